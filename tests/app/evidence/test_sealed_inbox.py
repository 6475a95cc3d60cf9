"""Captures sealed while the vault is locked: import on unlock, bad files set aside one by one."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import time
from pathlib import Path

import nacl.public
import pytest
from PIL import Image, PngImagePlugin
from vidne.app.errors import DiskFull
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


def noise_png(side: int = 200) -> bytes:
    """A PNG that does not compress: side x side x 3 bytes of it."""
    buf = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buf, "PNG")
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


def test_a_failing_vault_keeps_every_file_for_the_next_unlock(vault_dir: Path) -> None:
    """Disk full is the vault's trouble, not the file's: nothing is set aside or lost."""
    locked_vault(vault_dir)
    paths = [sealed_inbox.seal(vault_dir, new_capture(noise_png())) for _ in range(2)]
    vault = Vault.open(vault_dir, PASSPHRASE)
    with vault.read() as conn:  # no room for one more page: every insert fails
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}").fetchone()
    with pytest.raises(DiskFull):
        sealed_inbox.import_pending(vault)
    assert all(p.exists() for p in paths)
    assert not (vault_dir / "inbox" / "rejected").exists()
    with vault.read() as conn:
        conn.execute("PRAGMA max_page_count = 1073741823").fetchone()
    assert len(sealed_inbox.import_pending(vault).imported) == 2
    assert not any(p.exists() for p in paths)
    vault.lock()


def test_a_file_the_database_refuses_is_set_aside_alone(vault_dir: Path) -> None:
    """Each file has its own transaction: one the database refuses holds back nothing."""
    locked_vault(vault_dir)
    first = sealed_inbox.seal(vault_dir, new_capture(png_with_marker()))
    refused = new_capture(png_with_marker())
    refused.window_title = "refuse me"
    bad = sealed_inbox.seal(vault_dir, refused)
    last = sealed_inbox.seal(vault_dir, new_capture(png_with_marker()))
    vault = Vault.open(vault_dir, PASSPHRASE)
    with vault.transaction() as tx:  # a constraint only that one file breaks
        tx.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON captures WHEN NEW.window_title = 'refuse me' "
            "BEGIN SELECT RAISE(ABORT, 'constraint'); END"
        )
    result = sealed_inbox.import_pending(vault)
    assert len(result.imported) == 2 and not first.exists() and not last.exists()
    [rejected] = result.rejected
    assert rejected.name == bad.name and rejected.reason.startswith("refused by the vault")
    assert rejected.moved_to == vault_dir / "inbox" / "rejected" / bad.name
    note = rejected.moved_to.with_name(bad.name + ".reason").read_text(encoding="utf-8")
    assert "refused by the vault" in note and bad.name in note
    with vault.read() as conn:  # nothing of the refused file was half-stored
        assert conn.execute("SELECT count(*) FROM sealed_imports").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM captures").fetchone()[0] == 2
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
