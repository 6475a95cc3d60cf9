"""The evidence bundle, unpacked and checked with the real sha256sum."""

from __future__ import annotations

import json
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from vidne.app.output import bundle
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault

from tests.helpers.report import add_episode, pdf_text, qpdf_ok


@pytest.fixture
def filled(vault: Vault) -> Vault:
    add_episode(vault, "2026-01-10T09:00:00+01:00", "JANMARK", images=1)
    add_episode(vault, "2026-02-03T09:00:00+01:00", "FEBMARK", images=2)
    return vault


def unpack(path: Path, into: Path) -> Path:
    with zipfile.ZipFile(path) as zf:
        zf.extractall(into)
    return into


def test_bundle_verifies_with_sha256sum(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "pakke.zip"
    bundle.write(filled, Selection(start=date(2026, 2, 1)), out)
    assert out.stat().st_mode & 0o077 == 0
    folder = unpack(out, tmp_path / "x")
    result = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    listed = (folder / "SHA256SUMS").read_text().splitlines()
    assert len(listed) == 1 + 2 + 3  # report, two images, json + csv + readme
    assert qpdf_ok(folder / "rapport.pdf")
    text = pdf_text(folder / "rapport.pdf")
    assert "FEBMARK" in text and "JANMARK" not in text
    doc = json.loads((folder / "episodes.json").read_text(encoding="utf-8"))
    assert [e["description"][:7] for e in doc["episodes"]] == ["FEBMARK"]
    assert "FEBMARK" in (folder / "episodes.csv").read_text(encoding="utf-8-sig")
    images = sorted((folder / "bilag").iterdir())
    assert len(images) == 2
    plan = pdf.plan(filled, Selection(start=date(2026, 2, 1)))
    for item in plan.items:
        assert item.sha256[:12] in " ".join(p.name for p in images)
    readme = (folder / "LAES-MIG_README.txt").read_text(encoding="utf-8")
    assert "sha256sum -c SHA256SUMS" in readme and "DANSK" in readme and "ENGLISH" in readme


def test_tampered_file_fails_the_check(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "pakke.zip"
    bundle.write(filled, Selection(), out)
    folder = unpack(out, tmp_path / "x")
    victim = next((folder / "bilag").iterdir())
    victim.write_bytes(victim.read_bytes() + b"x")
    result = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True)
    assert result.returncode != 0


def test_cancel_leaves_no_file(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "pakke.zip"
    with pytest.raises(pdf.Cancelled):
        bundle.write(filled, Selection(), out, cancel=lambda: True)
    assert not out.exists()


def test_each_file_is_named_with_its_kinds_extension(vault: Vault, tmp_path: Path) -> None:
    from vidne.app.evidence.store import CaptureStore, NewCapture

    episode_id = add_episode(vault, "2026-02-03T09:00:00+01:00", "KINDMARK", images=1)
    store = CaptureStore(vault)
    files = {"application/pdf": b"%PDF-1.4 anmeldelse", "message/rfc822": b"From: a\r\nTo: b\r\n"}
    ids = [
        store.add(
            NewCapture(
                original=data,
                mime=mime,
                captured_at="2026-02-04T08:00:00+00:00",
                utc_offset="+01:00",
                trigger="import",
                source="import",
            )
        )
        for mime, data in files.items()
    ]
    store.attach(ids, episode_id)
    out = tmp_path / "pakke.zip"
    bundle.write(vault, Selection(), out)
    with zipfile.ZipFile(out) as zf:
        names = sorted(n.rsplit(".", 1)[-1] for n in zf.namelist() if n.startswith("bilag/"))
    assert names == ["eml", "pdf", "png"]
