"""Importing evidence files: type by content, hashes, originals untouched, bad files refused."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib
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


# --- real-world files: every image Pillow decodes is accepted, a batch never stops ------------
ADAM7 = (
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
)
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def _row(xs: range, y: int, color_type: int, depth: int) -> bytes:
    """One scanline of a gradient, packed at *depth* bits per sample (big-endian for 16)."""
    samples = [
        (x * 7 + y * 13 + c * 5) % (1 << depth) for x in xs for c in range(CHANNELS[color_type])
    ]
    if depth == 16:
        return b"\0" + b"".join(struct.pack(">H", s) for s in samples)
    if depth == 8:
        return b"\0" + bytes(samples)
    per = 8 // depth
    packed = bytearray()
    for i in range(0, len(samples), per):
        group = samples[i : i + per] + [0] * (per - len(samples[i : i + per]))
        packed.append(sum(s << (8 - depth * (k + 1)) for k, s in enumerate(group)))
    return b"\0" + bytes(packed)


def raw_png(color_type: int, depth: int, interlaced: bool = False, trns: bool = False) -> bytes:
    """A PNG written by hand (Pillow cannot write most of these): any colour type and bit
    depth, Adam7-interlaced or not, with a transparent colour (tRNS) if asked."""
    w, h = 13, 9
    passes = ADAM7 if interlaced else ((0, 0, 1, 1),)
    raw = b"".join(
        _row(range(x0, w, dx), y, color_type, depth)
        for x0, y0, dx, dy in passes
        if range(x0, w, dx)
        for y in range(y0, h, dy)
    )
    ihdr = struct.pack(">IIBBBBB", w, h, depth, color_type, 0, 0, int(interlaced))
    chunks = [_chunk(b"IHDR", ihdr)]
    if color_type == 3:
        chunks.append(_chunk(b"PLTE", bytes(i % 256 for i in range(3 * (1 << depth)))))
    if trns:
        value = {0: struct.pack(">H", 1), 2: struct.pack(">HHH", 1, 2, 3), 3: b"\x00\x80"}
        chunks.append(_chunk(b"tRNS", value[color_type]))
    chunks += [_chunk(b"IDAT", zlib.compress(raw)), _chunk(b"IEND", b"")]
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


PNG_VARIANTS = [
    (ct, depth, interlaced, trns)
    for ct, depths in (
        (0, (1, 2, 4, 8, 16)),
        (2, (8, 16)),
        (3, (1, 2, 4, 8)),
        (4, (8, 16)),
        (6, (8, 16)),
    )
    for depth in depths
    for interlaced in (False, True)
    for trns in ((False, True) if ct in (0, 2, 3) else (False,))
]


@pytest.mark.parametrize(
    ("color_type", "depth", "interlaced", "trns"),
    PNG_VARIANTS,
    ids=[
        f"type{c}-{d}bit{'-adam7' if i else ''}{'-trns' if t else ''}"
        for c, d, i, t in PNG_VARIANTS
    ],
)
def test_every_png_colour_type_and_depth_is_accepted_byte_identical(
    vault: Vault, tmp_path: Path, color_type: int, depth: int, interlaced: bool, trns: bool
) -> None:
    data = raw_png(color_type, depth, interlaced, trns)
    with Image.open(io.BytesIO(data)) as im:
        im.load()  # the test's own file is a real image to Pillow
    report = import_files(vault, [write(tmp_path, "bevis.png", data)])
    assert report.rejected == []
    [done] = report.imported
    store = CaptureStore(vault)
    assert store.data(done.capture_id) == data
    info = store.get(done.capture_id)
    assert (info.width, info.height) == (13, 9)
    with Image.open(io.BytesIO(store.thumbs([done.capture_id])[done.capture_id])) as thumb:
        assert (thumb.mode, thumb.size) == ("RGB", (13, 9))


def rotated_jpeg(orientation: int = 6) -> bytes:
    """40 × 20 pixels, left half red and right half blue, stored with an EXIF orientation."""
    im = Image.new("RGB", (40, 20), (0, 0, 255))
    im.paste((255, 0, 0), (0, 0, 20, 20))
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif, quality=95)
    return buf.getvalue()


def test_an_exif_rotated_photo_is_stored_as_is_and_shown_upright(
    vault: Vault, tmp_path: Path
) -> None:
    data = rotated_jpeg(6)  # 6: turn 90° clockwise to show; the left half ends on top
    [done] = import_files(vault, [write(tmp_path, "foto.jpg", data)]).imported
    store = CaptureStore(vault)
    assert store.data(done.capture_id) == data  # the original keeps its tag and its pixels
    info = store.get(done.capture_id)
    assert (info.width, info.height) == (20, 40)
    with Image.open(io.BytesIO(store.thumbs([done.capture_id])[done.capture_id])) as thumb:
        assert thumb.size == (20, 40)
        top, bottom = thumb.getpixel((10, 5)), thumb.getpixel((10, 35))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 200 and top[2] < 60  # red on top
    assert bottom[2] > 200 and bottom[0] < 60  # blue below


def test_cmyk_jpeg_and_16_bit_grey_are_accepted(vault: Vault, tmp_path: Path) -> None:
    cmyk = io.BytesIO()
    Image.new("CMYK", (30, 20), (0, 255, 255, 0)).save(cmyk, "JPEG")
    grey16 = io.BytesIO()
    Image.new("I;16", (30, 20), 50_000).save(grey16, "PNG")
    paths = [
        write(tmp_path, "tryk.jpg", cmyk.getvalue()),
        write(tmp_path, "grå.png", grey16.getvalue()),
    ]
    report = import_files(vault, paths)
    assert report.rejected == [] and len(report.imported) == 2
    thumbs = CaptureStore(vault).thumbs([d.capture_id for d in report.imported])
    with Image.open(io.BytesIO(thumbs[report.imported[0].capture_id])) as red:
        pixel = red.getpixel((5, 5))
    assert isinstance(pixel, tuple) and pixel[0] > 200 and pixel[1] < 60  # CMYK red shown red
    with Image.open(io.BytesIO(thumbs[report.imported[1].capture_id])) as grey:
        assert grey.getpixel((5, 5)) == (195, 195, 195)  # 50000/65535 of white, not clipped


def no_image_data() -> bytes:
    """A PNG with a header and an end but no IDAT chunk (Pillow raised IndexError)."""
    data = raw_png(2, 8)
    start = data.index(b"IDAT") - 4
    end = data.index(b"IEND") - 4
    return data[:start] + data[end:]


def pdf_with_junk() -> bytes:
    """A real one-page PDF (reportlab) behind 37 bytes of junk, as some gateways write them."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.drawString(72, 720, "Anmeldelse")
    page.save()
    return b"X-Gateway-Scanned: clean; id=4711\r\n\r\n" + buf.getvalue()


def test_a_pdf_with_junk_before_the_header_is_accepted(vault: Vault, tmp_path: Path) -> None:
    import shutil
    import subprocess

    data = pdf_with_junk()
    path = write(tmp_path, "anmeldelse.pdf", data)
    if shutil.which("pdfinfo"):  # what a PDF viewer does with it: poppler opens it
        assert subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode == 0
    [done] = import_files(vault, [path]).imported
    assert done.mime == "application/pdf"
    assert CaptureStore(vault).data(done.capture_id) == data


def test_a_batch_of_good_and_broken_files_imports_every_good_one(
    vault: Vault, tmp_path: Path
) -> None:
    good = {
        "grå-trns.png": raw_png(0, 1, trns=True),
        "palette.png": raw_png(3, 4, interlaced=True, trns=True),
        "16bit.png": raw_png(6, 16, interlaced=True),
        "foto.jpg": rotated_jpeg(8),
        "anmeldelse.pdf": pdf_with_junk(),
        "trussel.eml": EML,
        "billede.webp": image_bytes("WEBP"),
    }
    broken = {
        "tom.png": no_image_data(),
        "halv.png": raw_png(2, 8)[:70],
        "nul.png": b"",
        "tekst.png": b"just some text, not an image",
        "falsk.jpg": b"\xff\xd8\xff\xe0" + bytes(100),
    }
    (tmp_path / "mappe.png").mkdir()
    names = list(good) + list(broken) + ["mappe.png", "væk.png"]
    files = {**good, **broken}
    paths = [write(tmp_path, n, files[n]) if n in files else tmp_path / n for n in names]
    paths = paths[::2] + paths[1::2]  # good and broken mixed
    report = import_files(vault, paths)
    assert sorted(d.name for d in report.imported) == sorted(good)
    assert sorted(n for n, _ in report.rejected) == sorted([*broken, "mappe.png", "væk.png"])
    store = CaptureStore(vault)
    for done in report.imported:
        assert store.data(done.capture_id) == good[done.name]
    for _, message in report.rejected:
        assert "\n" not in message and "Error" not in message and "0x" not in message
        assert "not changed" in message
    reasons = dict(report.rejected)
    assert reasons["tom.png"].startswith("The image is damaged or incomplete.")
    assert reasons["nul.png"].startswith("The file is empty.")
    assert reasons["mappe.png"].startswith("This is a folder")
    assert reasons["væk.png"].startswith("The file no longer exists.")
    assert report.summary() == "7 imported, 7 refused"


def test_reasons_are_in_the_users_language(vault: Vault, tmp_path: Path) -> None:
    from vidne.app.cli import catalogue

    catalogue.install("da")
    try:
        report = import_files(vault, [write(tmp_path, "tom.png", no_image_data())])
        assert report.summary() == "0 importeret, 1 afvist"
    finally:
        catalogue.install("en")
    [(_, message)] = report.rejected
    assert "IndexError" not in message and "billedet" in message.lower()


def forwarded(inner: bytes) -> bytes:
    import email
    import email.policy
    from email.message import EmailMessage

    outer = EmailMessage()
    outer["From"] = "kollega@skole.invalid"
    outer["To"] = "laerer@skole.invalid"
    outer["Subject"] = "Fwd: Du skal passe paa"
    outer.set_content("")  # many mail programs forward with nothing of their own
    outer.add_attachment(email.message_from_bytes(inner, policy=email.policy.default))
    return outer.as_bytes()


def test_a_forwarded_message_shows_the_enclosed_text() -> None:
    view = parse_email(forwarded(EML))
    assert ("Subject", "Fwd: Du skal passe paa") in view.headers
    assert "Vi ved hvor du bor." in view.text
    assert "From: Troll <troll@example.com>" in view.text


def test_a_digest_shows_every_message() -> None:
    parts = [
        EML.replace(b"Vi ved hvor du bor.", text.encode()) for text in ("Første", "Anden besked")
    ]
    boundary = b"digest-boundary"
    body = b"".join(b"--" + boundary + b"\r\n\r\n" + p + b"\r\n" for p in parts)
    raw = (
        b"From: liste@example.invalid\r\nTo: laerer@skole.invalid\r\nSubject: Digest\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/digest; boundary="'
        + boundary
        + b'"\r\n\r\n'
        + body
        + b"--"
        + boundary
        + b"--\r\n"
    )
    view = parse_email(raw)
    assert "Første" in view.text and "Anden besked" in view.text


def test_html_only_mail_and_an_empty_text_part_show_the_html_text() -> None:
    from email.message import EmailMessage

    html = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>Vi ved hvor du bor &amp; arbejder.</p><img src='https://tracker.invalid/x.png'>"
        "<p>Næste linje</p></body></html>"
    )
    only = EmailMessage()
    only["From"], only["To"], only["Subject"] = "a@b.invalid", "c@d.invalid", "HTML"
    only.set_content(html, subtype="html")
    empty_text = EmailMessage()
    empty_text["From"], empty_text["To"], empty_text["Subject"] = "a@b.invalid", "c@d.invalid", "x"
    empty_text.set_content("\r\n")
    empty_text.add_alternative(html, subtype="html")
    for msg in (only, empty_text):
        text = parse_email(msg.as_bytes()).text
        assert text.splitlines() == ["Vi ved hvor du bor & arbejder.", "", "Næste linje"]
        assert "alert" not in text and "color" not in text and "tracker" not in text
