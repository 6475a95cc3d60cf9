"""The report's layout as a reader meets it: photos upright, wide captures large, episodes
kept together or visibly continued, the charts on one page, the cover's contents."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault

from tests.helpers.report import add_episode, pdf_text


def images_drawn(path: Path) -> list[tuple[int, int, float, float]]:
    """(pixel width, pixel height, page width, page height) of each page's image."""
    found = []
    for page in PdfReader(str(path)).pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        for ref in xobjects.values():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image":
                box = page.mediabox
                found.append((image["/Width"], image["/Height"], box.width, box.height))
    return found


def attach(vault: Vault, episode_id: int, data: bytes, **fields: object) -> None:
    store = CaptureStore(vault)
    item = store.add(
        NewCapture(
            original=data,
            captured_at="2026-02-01T10:00:00+00:00",
            utc_offset="+01:00",
            **fields,  # type: ignore[arg-type]
        )
    )
    store.attach([item], episode_id)


def test_a_turned_photo_prints_upright(vault: Vault, tmp_path: Path) -> None:
    """A phone photo stored sideways with EXIF orientation 6 prints the way it was taken."""
    sideways = Image.new("RGB", (400, 200), (200, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to show
    out_jpeg = io.BytesIO()
    sideways.save(out_jpeg, "JPEG", exif=exif)
    episode = add_episode(vault, "2026-02-01T09:00:00+01:00", "FOTO", images=0)
    attach(
        vault,
        episode,
        out_jpeg.getvalue(),
        mime="image/jpeg",
        trigger="import",
        source="import",
        original_name="foto.jpg",
        width=400,
        height=200,
    )
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(), out)
    [(w, h, _pw, _ph)] = images_drawn(out)
    assert h > w  # upright: taller than wide, as the camera was held


def test_a_wide_capture_gets_a_landscape_page(vault: Vault, tmp_path: Path) -> None:
    from tests.helpers.report import png

    episode = add_episode(vault, "2026-02-01T09:00:00+01:00", "BRED", images=0)
    attach(
        vault, episode, png(1920, 1080), mime="image/png", trigger="hotkey", width=1920, height=1080
    )
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(), out)
    [(w, h, page_w, page_h)] = images_drawn(out)
    assert page_w > page_h  # a landscape page
    assert "Bilag 1 – til episode 1" in pdf_text(out)


def test_a_long_episode_is_continued_and_the_charts_share_a_page(
    vault: Vault, tmp_path: Path
) -> None:
    store = EpisodeStore(vault)
    for day in range(1, 8):
        store.add(
            Episode(
                occurred_at=f"2026-02-{day:02d}T09:00:00+01:00",
                sender=f"Afsender {day % 3}",
                severity=day % 5 + 1,
                description=f"LANG{day} " + "Beskrivelse af hændelsen. " * (300 if day == 4 else 5),
            )
        )
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(lang="da"), out)
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(out)).pages]
    continued = [p for p in pages if "Episode 4 · 2026-02-04" in p and "(fortsat)" in p]
    assert continued  # the page it goes on to says which episode it is
    assert not any(
        "(fortsat)" in p and "Episode 5 · 2026-02-05 09:00 (fortsat)" in p for p in pages
    )
    charts = [p for p in pages if "Episoder pr. måned efter grovhed" in p]
    assert len(charts) == 1
    assert "Grovhed over tid med tendens" in charts[0] and "Varighed og antal pr." in charts[0]
    cover = pages[0]
    assert "Formål" in cover and "Indhold" in cover and "Sagen kort" in cover
