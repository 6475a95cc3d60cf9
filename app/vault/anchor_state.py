"""The state folder's record of the log: one file per vault, sealed, outside the data folder.

:mod:`vidne.app.vault.anchor` decides what is recorded (an anchor's bytes); this module keeps
it in the user's state folder, one file per vault keyed by the vault's id and folder, sealed
with an HMAC whose key is derived from the data key: someone without the passphrase can delete
the file but not forge or edit it (:class:`Forged`).

A passphrase change gives the vault a new data key, and the record must be sealed again. So
that a crash between the database's re-encryption and that second seal does not leave a record
that looks forged, the change first writes the record sealed for the new key under a staging
name (:func:`stage`); :func:`read` falls back to it when the live record does not match the
key that opened the vault, and :func:`write` removes it once the live record supersedes it.
Callers hold the vault's key file lock (:func:`vidne.app.vault.keyfile.locked`) to write.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from pathlib import Path

from vidne.app.atomic import write_atomic
from vidne.app.paths import state_dir

MAX_STATE_BYTES = 16 * 1024


class Forged(Exception):
    """The state file is there but its seal does not match this vault's key."""


def state_path(home: Path, vault_id: str) -> Path:
    key = hashlib.sha256(f"{vault_id}|{home.resolve()}".encode()).hexdigest()[:16]
    return state_dir() / f"anchor-{key}.json"


def staged_path(home: Path, vault_id: str) -> Path:
    """The record sealed for the new key of a passphrase change not yet completed."""
    return _staged(state_path(home, vault_id))


def _staged(live: Path) -> Path:
    return live.with_suffix(".json.new")


def _mac_key(data_key: bytes | bytearray) -> bytes:
    return hmac.new(bytes(data_key), b"vidne anchor state v1", hashlib.sha256).digest()


def seal(body: bytes, data_key: bytes | bytearray) -> bytes:
    tag = hmac.new(_mac_key(data_key), body, hashlib.sha256).hexdigest()
    return json.dumps({"anchor": body.decode(), "mac": tag}).encode()


def unseal(raw: bytes, data_key: bytes | bytearray) -> bytes:
    """The record in a state file; raises Forged when it is not sealed with *data_key*."""
    try:
        doc = json.loads(raw.decode("utf-8"))
        body, tag = doc["anchor"].encode(), str(doc["mac"])
    except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError):
        raise Forged() from None
    expected = hmac.new(_mac_key(data_key), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, tag):
        raise Forged()
    return bytes(body)


def _read_sealed(path: Path, data_key: bytes | bytearray) -> bytes | None:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_STATE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        raise Forged() from None
    return unseal(raw, data_key)


def _read_staged(home: Path, vault_id: str, data_key: bytes | bytearray) -> bytes | None:
    """The staged record if it is sealed with *data_key* (one for another key is from a change
    still under way, or one that never took effect: not this key's business)."""
    try:
        return _read_sealed(staged_path(home, vault_id), data_key)
    except Forged:
        return None


def read(home: Path, vault_id: str, data_key: bytes | bytearray) -> bytes | None:
    """The record for this vault (None if absent); raises Forged. A live record that does not
    match *data_key* is taken from the staged one when that does: a passphrase change was
    stopped after the re-encryption and before it sealed the record again."""
    try:
        return _read_sealed(state_path(home, vault_id), data_key) or _read_staged(
            home, vault_id, data_key
        )
    except Forged:
        staged = _read_staged(home, vault_id, data_key)
        if staged is None:
            raise
        return staged


def write(home: Path, vault_id: str, body: bytes, data_key: bytes | bytearray) -> None:
    """Seal *body* as the live record; a staged record for this key is then superseded."""
    path = state_path(home, vault_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, seal(body, data_key))
    staged = _staged(path)
    with contextlib.suppress(Forged):  # one for another key is not superseded by this one
        if _read_sealed(staged, data_key) is not None:
            staged.unlink(missing_ok=True)


def stage(home: Path, vault_id: str, body: bytes, new_key: bytes | bytearray) -> None:
    """Seal *body* for *new_key* under the staging name; the live record stays as it is."""
    path = staged_path(home, vault_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, seal(body, new_key))
