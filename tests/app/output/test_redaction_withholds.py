"""Redaction that withholds: a report or bundle for anyone but the user carries the blacked-out
copy, never the original's pixels; the original's SHA-256 is given and said to be withheld.
Sharing the original too is an explicit choice (``--include-originals``), with a warning."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import redaction
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.output import bundle
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.report import pdf_text

ROOT = Path(__file__).resolve().parents[3]
RED = (220, 20, 20)
SIZE = (320, 200)
BOX = (0, 0, 160, 200)  # the left half: what the user covered


def red_png() -> bytes:
    """The original: red all over (so its covered half is red, the copy's black)."""
    buf = io.BytesIO()
    Image.new("RGB", SIZE, RED).save(buf, "PNG")
    return buf.getvalue()


def setup(vault: Vault) -> tuple[int, int, bytes]:
    """An episode with one capture and its redacted copy: (original id, copy id, bytes)."""
    ep = EpisodeStore(vault).add(
        Episode(occurred_at="2026-03-14T18:05:00+01:00", description="Navn i skærmbilledet")
    )
    original = red_png()
    store = CaptureStore(vault)
    capture = store.add(
        NewCapture(
            original=original,
            mime="image/png",
            captured_at="2026-03-14T17:05:00+00:00",
            utc_offset="+01:00",
            trigger="hotkey",
            width=SIZE[0],
            height=SIZE[1],
        )
    )
    assert ep.id is not None
    store.attach([capture], ep.id)
    copy = redaction.redact(vault, capture, [BOX])
    return capture, copy, original


def pictures_in(pdf_bytes: bytes) -> list[Image.Image]:
    images = []
    for page in PdfReader(io.BytesIO(pdf_bytes)).pages:
        for found in page.images:
            with Image.open(io.BytesIO(found.data)) as im:
                images.append(im.convert("RGB").resize((32, 20)))
    return images


def shows_the_original(picture: Image.Image) -> bool:
    """Red where the user put the box: the original's pixels (the copy is black there)."""
    r, g, b = picture.getpixel((8, 10))  # type: ignore[misc]
    return r > 150 and g < 80 and b < 80


def bundle_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


@pytest.mark.parametrize("recipient", ["leader", "amr", "tr", "police"])
def test_a_bundle_for_others_holds_no_trace_of_the_original(
    vault: Vault, tmp_path: Path, recipient: str
) -> None:
    capture, copy, original = setup(vault)
    original_sha = hashlib.sha256(original).hexdigest()
    out = tmp_path / "pakke.zip"
    bundle.write(vault, Selection(recipient=recipient, lang="en"), out)
    members = bundle_members(out)
    for name, payload in members.items():
        assert payload != original, name
        assert hashlib.sha256(payload).hexdigest() != original_sha, name
    assert sum(name.startswith("bilag/") for name in members) == 1
    assert any("-tildaekket-" in name for name in members)
    # The report inside: the copy's pixels only, the original's hash said to be withheld.
    report = members["rapport.pdf"]
    pictures = pictures_in(report)
    assert pictures and not any(shows_the_original(p) for p in pictures)
    (tmp_path / "r.pdf").write_bytes(report)
    text = " ".join(pdf_text(tmp_path / "r.pdf").split())
    assert original_sha in text.replace(" ", "") and "withheld" in text
    assert "REDACTED" in text
    readme = members["LAES-MIG_README.txt"].decode()
    assert "withheld and are not in this bundle" in readme
    subprocess.run(["unzip", "-q", str(out), "-d", str(tmp_path / "x")], check=True)
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path / "x")
    assert check.returncode == 0


def test_the_user_gets_the_original_beside_the_copy(vault: Vault, tmp_path: Path) -> None:
    _, _, original = setup(vault)
    out = tmp_path / "egen.zip"
    bundle.write(vault, Selection(recipient="self", lang="en"), out)
    members = bundle_members(out)
    assert original in members.values()
    assert (
        "The original of each redacted copy is beside it" in members["LAES-MIG_README.txt"].decode()
    )


def test_including_originals_is_an_explicit_choice(vault: Vault, tmp_path: Path) -> None:
    _, _, original = setup(vault)
    chosen = Selection(recipient="leader", lang="en", include_originals=True)
    out = tmp_path / "med.zip"
    bundle.write(vault, chosen, out)
    members = bundle_members(out)
    assert original in members.values()
    assert any(shows_the_original(p) for p in pictures_in(members["rapport.pdf"]))
    report = tmp_path / "med.pdf"
    pdf.write(vault, chosen, report)
    assert any(shows_the_original(p) for p in pictures_in(report.read_bytes()))
    plain = tmp_path / "uden.pdf"
    pdf.write(vault, Selection(recipient="leader", lang="en"), plain)
    assert not any(shows_the_original(p) for p in pictures_in(plain.read_bytes()))


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "LANGUAGE": ""}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "vidne.app.cli.main", *args, "--data-dir", str(data)]
        + ["--passphrase-stdin", "--lang", "en"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        cwd=ROOT,
    )


def test_the_command_line_withholds_unless_told_and_then_warns(tmp_path: Path) -> None:
    data = tmp_path / "vault"
    with Vault.create(data, PASSPHRASE, FAST_KDF) as v:
        _, _, original = setup(v)
    plain = cli(data, "bundle", "--out", str(tmp_path / "a.zip"), "--recipient", "leader")
    assert plain.returncode == 0, plain.stderr
    assert original not in bundle_members(tmp_path / "a.zip").values()
    assert "Warning" not in plain.stderr
    shared = cli(
        data,
        "bundle",
        "--out",
        str(tmp_path / "b.zip"),
        "--recipient",
        "leader",
        "--include-originals",
    )
    assert shared.returncode == 0, shared.stderr
    assert original in bundle_members(tmp_path / "b.zip").values()
    assert "Warning: the unredacted originals" in shared.stderr
    report = cli(
        data,
        "report",
        "--out",
        str(tmp_path / "c.pdf"),
        "--recipient",
        "police",
        "--include-originals",
    )
    assert report.returncode == 0 and "Warning" in report.stderr
    assert any(shows_the_original(p) for p in pictures_in((tmp_path / "c.pdf").read_bytes()))
