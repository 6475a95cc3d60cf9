"""Captures printed large enough to read: the window or the marked region large, the whole
screen after it as a second, smaller view; a redacted copy redacted in both.

The pictures are flat colours so the rendered pages can be read back: a magenta window on a
grey screen, a cyan marked region. pdftoppm renders the page, pypdf gives the images in the
order they are drawn.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import redaction
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault

from tests.helpers.report import pdf_text

SCREEN = (1600, 900)
GREY, MAGENTA, CYAN, RED = (190, 190, 190), (220, 0, 220), (0, 190, 200), (230, 20, 20)
WINDOW = (400, 150, 700, 500)  # x, y, w, h: the active window, magenta
SECRET = (400, 150, 200, 500)  # its left part, red: what a redaction covers
REGION = (100, 620, 500, 240)  # a marked region, cyan


def screen() -> Image.Image:
    im = Image.new("RGB", SCREEN, GREY)
    draw = ImageDraw.Draw(im)
    for (x, y, w, h), colour in ((WINDOW, MAGENTA), (SECRET, RED), (REGION, CYAN)):
        draw.rectangle((x, y, x + w - 1, y + h - 1), fill=colour)
    return im


def png(im: Image.Image) -> bytes:
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def add(vault: Vault, when: str, **what: object) -> int:
    """An episode with one 1600x900 capture of :func:`screen`; *what* sets the capture."""
    ep = EpisodeStore(vault).add(Episode(occurred_at=when, description="Opslag i gruppen"))
    monitor = {"index": 1, "left": 0, "top": 0, "width": SCREEN[0], "height": SCREEN[1]}
    fields: dict[str, object] = {
        "original": png(screen()),
        "mime": "image/png",
        "captured_at": when,
        "utc_offset": "+01:00",
        "trigger": "hotkey",
        "width": SCREEN[0],
        "height": SCREEN[1],
        "monitor": monitor,
    }
    fields.update(what)
    if "window" in what:
        x, y, w, h = what.pop("window")  # type: ignore[misc]
        fields.pop("window")
        fields["monitor"] = {**monitor, "window": {"x": x, "y": y, "w": w, "h": h}}
    store = CaptureStore(vault)
    capture = store.add(NewCapture(**fields))  # type: ignore[arg-type]
    assert ep.id is not None
    store.attach([capture], ep.id)
    return capture


def region_fields() -> dict[str, object]:
    x, y, w, h = REGION
    return {
        "source": "region",
        "crop": {"x": x, "y": y, "w": w, "h": h},
        "view": png(screen().crop((x, y, x + w, y + h))),
    }


def report(vault: Vault, tmp_path: Path, recipient: str = "leader") -> Path:
    out = tmp_path / f"{recipient}.pdf"
    pdf.write(vault, Selection(recipient=recipient, lang="en"), out)
    return out


def images(path: Path) -> list[tuple[int, Image.Image]]:
    """(page index, picture) of every image, in page order."""
    found = []
    for number, page in enumerate(PdfReader(str(path)).pages):
        for image in page.images:
            with Image.open(io.BytesIO(image.data)) as im:
                found.append((number, im.convert("RGB")))
    return found


def share(picture: Image.Image, colour: tuple[int, int, int], tolerance: int = 40) -> float:
    """The part of *picture* within *tolerance* of *colour* (JPEG blurs the edges a little)."""
    small = picture.resize((160, max(1, 160 * picture.height // picture.width)))
    raw = small.tobytes()
    pixels = [raw[i : i + 3] for i in range(0, len(raw), 3)]
    near = sum(all(abs(a - b) <= tolerance for a, b in zip(p, colour, strict=True)) for p in pixels)
    return near / len(pixels)


def page_share(path: Path, page: int, colour: tuple[int, int, int]) -> float:
    """The part of the rendered page (pdftoppm, 30 dpi) in *colour*."""
    done = subprocess.run(
        ["pdftoppm", "-r", "30", "-f", str(page + 1), "-l", str(page + 1), "-png", str(path)],
        capture_output=True,
        check=True,
    )
    with Image.open(io.BytesIO(done.stdout)) as rendered:
        return share(rendered.convert("RGB"), colour)


def test_the_active_window_prints_large_and_the_screen_follows(
    vault: Vault, tmp_path: Path
) -> None:
    add(vault, "2026-03-14T18:05:00+01:00", window=WINDOW)
    out = report(vault, tmp_path)
    [(page, window), (_, whole)] = images(out)
    assert share(window, MAGENTA) + share(window, RED) > 0.95  # the window, nothing around it
    assert abs(window.width / window.height - WINDOW[2] / WINDOW[3]) < 0.02
    assert page_share(out, page, MAGENTA) > 0.15  # printed large: a sixth of the page magenta
    assert share(whole, GREY) > 0.5 and abs(whole.width / whole.height - 16 / 9) < 0.02
    assert whole.width <= 1200  # the second view is small
    text = " ".join(pdf_text(out).split())
    assert "Detail: the window that was active." in text
    assert "Annex 1 – whole screen (for context)" in text


def test_a_marked_region_prints_large_and_the_screen_follows(vault: Vault, tmp_path: Path) -> None:
    add(vault, "2026-03-14T18:05:00+01:00", **region_fields())
    out = report(vault, tmp_path)
    [(page, region), (_, whole)] = images(out)
    assert share(region, CYAN) > 0.95
    # At its natural size (96 dpi): a tenth of the page, against a fiftieth inside the screen.
    assert page_share(out, page, CYAN) > 0.1
    assert share(whole, GREY) > 0.5 and share(whole, CYAN) < 0.15
    text = " ".join(pdf_text(out).split())
    assert "Detail: the marked region." in text and "whole screen (for context)" in text


def test_in_danish_the_second_view_says_so(vault: Vault, tmp_path: Path) -> None:
    add(vault, "2026-03-14T18:05:00+01:00", **region_fields())
    out = tmp_path / "da.pdf"
    pdf.write(vault, Selection(recipient="leader", lang="da"), out)
    text = " ".join(pdf_text(out).split())
    assert "Bilag 1 – hele skærmen (til sammenhæng)" in text
    assert "Udsnit: det markerede område." in text


@pytest.mark.parametrize(
    "window",
    [None, (0, 0, 1500, 880), (1500, 10, 100, 880)],
    ids=["unknown", "nearly-the-screen", "out-of-bounds"],
)
def test_otherwise_the_screen_prints_whole_once(
    vault: Vault, tmp_path: Path, window: tuple[int, int, int, int] | None
) -> None:
    add(vault, "2026-03-14T18:05:00+01:00", **({"window": window} if window else {}))
    out = report(vault, tmp_path)
    [(_, whole)] = images(out)
    assert abs(whole.width / whole.height - 16 / 9) < 0.02
    assert "whole screen" not in pdf_text(out)


def test_a_sealed_capture_keeps_its_note_in_two_views(vault: Vault, tmp_path: Path) -> None:
    add(vault, "2026-03-14T18:05:00+01:00", window=WINDOW, sealed=True)
    out = report(vault, tmp_path)
    assert len(images(out)) == 2
    assert "not verifiable" in " ".join(pdf_text(out).split())


@pytest.mark.parametrize("recipient", ["leader", "police"])
def test_a_redacted_copy_stays_redacted_in_both_views(
    vault: Vault, tmp_path: Path, recipient: str
) -> None:
    capture = add(vault, "2026-03-14T18:05:00+01:00", window=WINDOW)
    corner = (0, 0, 300, 120)  # outside the window: only the whole-screen view shows it
    redaction.redact(vault, capture, [SECRET, corner])
    out = report(vault, tmp_path, recipient)
    [(_, window), (_, whole)] = images(out)
    assert share(window, MAGENTA) > 0.6  # the copy's window, printed large
    for picture in (window, whole):
        assert share(picture, RED) < 0.005  # the covered part is black in both views
    assert share(window, (0, 0, 0)) > 0.2
    assert whole.crop((0, 0, whole.width * 300 // 1600, whole.height * 120 // 900)).getpixel(
        (2, 2)
    ) == pytest.approx((0, 0, 0), abs=30)


def test_a_redacted_region_copy_has_no_whole_screen(vault: Vault, tmp_path: Path) -> None:
    capture = add(vault, "2026-03-14T18:05:00+01:00", **region_fields())
    redaction.redact(vault, capture, [(0, 0, 250, 240)])
    out = report(vault, tmp_path)
    [(_, only)] = images(out)  # the copy is the region, blacked out in part; no grey screen
    assert share(only, GREY) < 0.05 and share(only, (0, 0, 0)) > 0.4
    assert "whole screen" not in pdf_text(out)
