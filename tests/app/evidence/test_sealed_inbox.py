"""Captures sealed while the vault is locked: import on unlock, damaged files set aside."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import time
from pathlib import Path

import nacl.public
from PIL import Image, PngImagePlugin
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault.store import Vault

from tests.conftest import FAST_KDF, PASSPHRASE, scan_for

MARKER = "MARKØR-7f3a-sealed"


def png_with_marker() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", MARKER)
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (9, 99, 199)).save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def new_capture(data: bytes) -> NewCapture:
    return NewCapture(
        original=data,
        thumb=data,
        mime="image/png",
        captured_at="2026-03-14T17:05:00.123+00:00",
        utc_offset="+01:00",
        trigger="cli",
        width=40,
        height=30,
        window_title=MARKER,
    )


def locked_vault(vault_dir: Path) -> Path:
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    return vault_dir


def test_sealed_capture_imports_on_unlock_with_the_same_hash(vault_dir: Path) -> None:
    locked_vault(vault_dir)
    data = png_with_marker()
    path = sealed_inbox.seal(vault_dir, new_capture(data))
    assert path.parent == vault_dir / "inbox" and path.exists()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        result = sealed_inbox.import_pending(vault)
        assert result.rejected == []
        [cid] = result.imported
        info = CaptureStore(vault).get(cid)
        assert info.sha256 == hashlib.sha256(data).hexdigest()
        assert info.sealed == 1 and info.window_title == MARKER
        assert CaptureStore(vault).data(cid) == data
    assert not path.exists()


def test_sealed_file_holds_no_plaintext(vault_dir: Path) -> None:
    locked_vault(vault_dir)
    started = time.time()
    sealed_inbox.seal(vault_dir, new_capture(png_with_marker()))
    assert scan_for(MARKER.encode(), vault_dir) == []
    assert scan_for(b"\x89PNG\r\n\x1a\n", vault_dir) == []
    # anything written to the temp dir since (other programs' files may hold old copies)
    fresh = []
    for folder, _dirs, names in os.walk(tempfile.gettempdir(), onerror=lambda _e: None):
        for name in names if "pytest-of" not in folder else ():
            path = Path(folder) / name
            try:  # other programs delete their temp files while we walk
                if path.stat().st_mtime >= started and MARKER.encode() in path.read_bytes():
                    fresh.append(path)
            except OSError:
                continue
    assert fresh == []


def test_tampered_and_foreign_files_are_set_aside_and_the_rest_import(vault_dir: Path) -> None:
    locked_vault(vault_dir)
    good = [sealed_inbox.seal(vault_dir, new_capture(png_with_marker())) for _ in range(2)]
    tampered = sealed_inbox.seal(vault_dir, new_capture(png_with_marker()))
    raw = bytearray(tampered.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    tampered.write_bytes(bytes(raw))
    other_key = bytes(nacl.public.PrivateKey.generate().public_key)
    foreign = sealed_inbox.seal(vault_dir, new_capture(png_with_marker()), other_key)
    junk = vault_dir / "inbox" / "junk.vsealed"
    junk.write_bytes(b"not sealed at all")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        result = sealed_inbox.import_pending(vault)
        assert len(result.imported) == 2
        assert len(CaptureStore(vault).inbox()) == 2
    rejected = {r.name: r for r in result.rejected}
    assert set(rejected) == {tampered.name, foreign.name, junk.name}
    for r in result.rejected:
        assert r.moved_to.parent == vault_dir / "inbox" / "rejected" and r.moved_to.exists()
        assert "rejected" in r.message
    assert not any(p.exists() for p in good)
    assert sealed_inbox.pending(vault_dir) == []


def test_import_is_all_or_nothing_and_keeps_files_if_the_commit_fails(vault_dir: Path) -> None:
    locked_vault(vault_dir)
    path = sealed_inbox.seal(vault_dir, new_capture(png_with_marker()))
    vault = Vault.open(vault_dir, PASSPHRASE)
    with vault.transaction() as tx:  # make the insert fail inside the import transaction
        tx.execute(
            "CREATE TRIGGER no_captures BEFORE INSERT ON captures "
            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
        )
    try:
        sealed_inbox.import_pending(vault)
    except Exception:  # noqa: BLE001 - any failure must leave the sealed file in place
        pass
    assert path.exists()
    with vault.transaction() as tx:
        tx.execute("DROP TRIGGER no_captures")
    assert len(sealed_inbox.import_pending(vault).imported) == 1
    assert not path.exists()
    vault.lock()


def test_a_sealed_decompression_bomb_is_set_aside(vault: Vault) -> None:
    """Anyone can read the public key beside the vault; a sealed bomb must not get in."""
    import io
    import struct as _struct
    import zlib

    from PIL import Image

    # A PNG that declares 30000 x 30000 pixels: tiny on disk, gigantic when decoded.
    buf = io.BytesIO()
    Image.new("L", (1, 1)).save(buf, "PNG")
    raw = bytearray(buf.getvalue())
    ihdr = raw.index(b"IHDR")
    raw[ihdr + 4 : ihdr + 12] = _struct.pack(">II", 30000, 30000)
    crc = zlib.crc32(bytes(raw[ihdr : ihdr + 17])) & 0xFFFFFFFF
    raw[ihdr + 17 : ihdr + 21] = _struct.pack(">I", crc)
    good = sealed_inbox.seal(vault.directory, new_capture(png_with_marker()))
    sealed_inbox.seal(vault.directory, new_capture(bytes(raw)))
    result = sealed_inbox.import_pending(vault)
    assert len(result.rejected) == 1 and "broken image" in result.rejected[0].message
    assert result.imported and not good.exists()
