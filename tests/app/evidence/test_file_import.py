"""Importing evidence files: type by content, hashes, originals untouched, bad files refused."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from PIL import Image
from vidne.app.evidence import kinds
from vidne.app.evidence.file_import import import_files, parse_email
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault

EML = (
    b"From: Troll <troll@example.com>\r\nTo: laerer@skole.dk\r\nSubject: Du skal passe "
    b"paa\r\nDate: Sat, 14 Mar 2026 18:05:00 +0100\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nVi ved hvor du bor.\r\n"
)


def image_bytes(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (30, 20), (10, 200, 30)).save(buf, fmt)
    return buf.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def sample(kind: kinds.Kind) -> bytes:
    """A small valid file of *kind*."""
    if kind.shown == kinds.IMAGE:
        return image_bytes(kind.name)  # an image kind's name is Pillow's format name
    return {"application/pdf": PDF, "message/rfc822": EML}[kind.mime]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    return path


@pytest.mark.parametrize(
    ("name", "fmt", "mime"),
    [
        ("a.png", "PNG", "image/png"),
        ("b.jpg", "JPEG", "image/jpeg"),
        ("c.webp", "WEBP", "image/webp"),
    ],
)
def test_image_is_copied_with_hash_name_and_mtime(
    vault: Vault, tmp_path: Path, name: str, fmt: str, mime: str
) -> None:
    data = image_bytes(fmt)
    path = write(tmp_path, name, data)
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime)
    report = import_files(vault, [path])
    [done] = report.imported
    info = CaptureStore(vault).get(done.capture_id)
    assert (info.mime, info.original_name, info.width, info.height) == (mime, name, 30, 20)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.original_mtime == "2023-11-14T22:13:20+00:00"
    assert CaptureStore(vault).data(done.capture_id) == data
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime) == before
    assert done.warning == ""


def test_wrong_extension_is_detected_by_content(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path, "screenshot.png", image_bytes("JPEG"))
    [done] = import_files(vault, [path]).imported
    assert done.mime == "image/jpeg"
    assert "screenshot.png" in done.warning and "JPEG" in done.warning


def test_email_and_pdf_are_stored_and_the_email_is_readable(vault: Vault, tmp_path: Path) -> None:
    eml = write(tmp_path, "trussel.eml", EML)
    pdf = write(tmp_path, "skærmbillede.pdf", PDF)
    report = import_files(vault, [eml, pdf])
    assert [d.mime for d in report.imported] == ["message/rfc822", "application/pdf"]
    view = parse_email(CaptureStore(vault).data(report.imported[0].capture_id))
    assert ("Subject", "Du skal passe paa") in view.headers
    assert "Vi ved hvor du bor." in view.text


def test_bad_files_are_refused_with_a_message_and_the_rest_import(
    vault: Vault, tmp_path: Path
) -> None:
    good = write(tmp_path, "ok.png", image_bytes("PNG"))
    truncated = write(tmp_path, "cut.png", image_bytes("PNG")[:60])
    random = write(tmp_path, "notes.png", b"just some text, not an image")
    report = import_files(vault, [truncated, good, random])
    assert [d.name for d in report.imported] == ["ok.png"]
    assert [name for name, _ in report.rejected] == ["cut.png", "notes.png"]
    assert all("not changed" in message for _, message in report.rejected)
    assert len(CaptureStore(vault).all()) == 1


def test_decompression_bomb_is_refused(vault: Vault, tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(buf, "PNG")
    bomb = write(tmp_path, "bomb.png", buf.getvalue())
    report = import_files(vault, [bomb])
    assert report.imported == [] and len(report.rejected) == 1


def test_an_email_with_an_unknown_charset_is_kept_and_shown() -> None:
    from vidne.app.evidence.file_import import parse_email

    raw = (
        b"From: anonym@example.invalid\r\nTo: laerer@skole.invalid\r\nSubject: Dig\r\n"
        b"Content-Type: text/plain; charset=unknown-8bit\r\n\r\n"
        b"Vi ved hvor du bor \xe6\xf8\xe5\r\n"
    )
    view = parse_email(raw)
    assert ("Subject", "Dig") in view.headers
    assert view.text.startswith("Vi ved hvor du bor")


@pytest.mark.parametrize(
    ("kind", "extension"),
    [(kind, ext) for kind in kinds.KINDS for ext in kind.extensions],
    ids=lambda value: value.mime if isinstance(value, kinds.Kind) else value,
)
def test_every_kind_imports_under_each_of_its_names(
    vault: Vault, tmp_path: Path, kind: kinds.Kind, extension: str
) -> None:
    [done] = import_files(vault, [write(tmp_path, f"bevis{extension}", sample(kind))]).imported
    assert (done.mime, done.warning) == (kind.mime, "")
    assert CaptureStore(vault).get(done.capture_id).is_image == (kind.shown == kinds.IMAGE)
