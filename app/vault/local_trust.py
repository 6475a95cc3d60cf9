"""What this user account has seen of its vaults, kept in the user's state folder.

Someone who can write to the data folder (a synced folder, a stolen USB disk put back, another
account on a shared machine) can replace anything in it. Two facts therefore live outside it,
in :func:`vidne.app.paths.state_dir`, where only this account writes:

- **The trusted inbox key** of each vault folder. ``vidne capture`` while the vault is locked
  has no secret to check the key file with, so it seals only to a public key whose fingerprint
  was recorded here when the key file was last authenticated (at create, unlock, passphrase
  change or restore). A key file whose inbox key was swapped is refused with
  :class:`~vidne.app.errors.InboxKeyUntrusted` instead of sealing a capture to a stranger.
- **Key files made here on purpose with costs below the floor** (tests, benchmarks and sample
  vaults pass explicitly cheap Argon2id parameters). Such a file opens on this account only;
  anywhere else, or planted by someone else, it is refused as damaged (see
  :mod:`vidne.app.vault.keyfile`). The record is a hash of the file's random salt.

Both are best effort to write (an unwritable state folder never blocks an unlock); reading a
missing record means "not trusted".
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from vidne.app.atomic import write_atomic
from vidne.app.errors import InboxKeyUntrusted
from vidne.app.paths import KEY_NAME, state_dir

MAX_RECORD = 16 * 1024


def fingerprint(public_key: bytes) -> str:
    return hashlib.sha256(b"vidne inbox key\0" + public_key).hexdigest()


def _inbox_record(vault_dir: Path) -> Path:
    key = hashlib.sha256(str(vault_dir.resolve()).encode()).hexdigest()[:16]
    return state_dir() / f"inbox-key-{key}.json"


def trust_inbox_keys(vault_dir: Path, public_keys: list[bytes]) -> None:
    """Record the inbox public keys captures may be sealed to (normally exactly one)."""
    doc = {"vault": str(vault_dir.resolve()), "trusted": [fingerprint(k) for k in public_keys]}
    path = _inbox_record(vault_dir)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(path, json.dumps(doc).encode())
    except OSError:
        pass  # best effort: the next unlock records it again; sealing then waits for it


def trusted_fingerprints(vault_dir: Path) -> set[str]:
    try:
        with _inbox_record(vault_dir).open("rb") as fh:
            doc = json.loads(fh.read(MAX_RECORD).decode("utf-8"))
        return {str(f) for f in doc["trusted"]}
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return set()


def trusted_inbox_key(data_dir: Path) -> bytes:
    """The key file's inbox public key, if it is the one recorded at the last authentication.

    Raises KeyFileMissing / KeyFileCorrupt for a missing or damaged key file and
    InboxKeyUntrusted when the key is not the recorded one (or none was recorded here).
    """
    from vidne.app.vault.keyfile import KeyFile  # keeps this module free of the KDF imports

    public_key = KeyFile.read(data_dir / KEY_NAME).inbox_public_key
    if fingerprint(public_key) not in trusted_fingerprints(data_dir):
        raise InboxKeyUntrusted(str(data_dir))
    return public_key


# --- key files made here with explicitly cheap parameters -------------------------------------
def _weak_record(salt: bytes) -> Path:
    return state_dir() / "cheap-kdf" / hashlib.sha256(b"vidne kdf salt\0" + salt).hexdigest()


def allow_cheap_kdf(salt: bytes) -> None:
    """Remember that a key file with this salt was made here with costs below the floor."""
    path = _weak_record(salt)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(path, b"")
    except OSError:
        pass  # then that file is refused as below the floor, which is the safe side


def cheap_kdf_allowed(salt: bytes) -> bool:
    return _weak_record(salt).exists()
