"""The key file beside the database: the data key, wrapped by a key derived from the passphrase.

Layout (JSON, UTF-8)::

    {"format": "vidne-keyfile", "version": 1,
     "kdf": {"name": "argon2id", "salt": b64, "time_cost": 3, "memory_cost": 131072,
             "parallelism": 2},
     "wrapped_key": b64(SecretBox(kek).encrypt(data_key)),
     "inbox_public_key": b64(X25519 public key for sealed captures)}

The data key is random and never changes, so a passphrase change re-wraps 32 bytes and the
database stays as it is. SecretBox (XSalsa20-Poly1305) authenticates the wrapped key, which
is how a wrong passphrase is told apart from a damaged database.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import nacl.exceptions
import nacl.secret
from vidne.app.atomic import write_atomic
from vidne.app.errors import KeyFileCorrupt, KeyFileMissing, WrongPassphrase

FORMAT = "vidne-keyfile"
VERSION = 1
MAX_KEYFILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored with the salt so that later versions can raise it."""

    time_cost: int = 3
    memory_cost: int = 128 * 1024  # KiB
    parallelism: int = 2
    salt: bytes = field(default_factory=lambda: os.urandom(16))

    def derive(self, passphrase: str) -> bytes:
        from argon2.low_level import Type, hash_secret_raw  # sealing a capture never derives

        return hash_secret_raw(
            passphrase.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )

    def fresh(self) -> KdfParams:
        """Same cost, new salt."""
        return KdfParams(self.time_cost, self.memory_cost, self.parallelism)


@dataclass(frozen=True)
class KeyFile:
    kdf: KdfParams
    wrapped_key: bytes
    inbox_public_key: bytes

    def unwrap(self, passphrase: str) -> bytearray:
        kek = self.kdf.derive(passphrase)
        try:
            return bytearray(nacl.secret.SecretBox(kek).decrypt(self.wrapped_key))
        except nacl.exceptions.CryptoError:
            raise WrongPassphrase() from None

    @classmethod
    def wrap(
        cls, data_key: bytes | bytearray, passphrase: str, kdf: KdfParams, inbox_public_key: bytes
    ) -> KeyFile:
        # The open vault keeps its data key in a bytearray so that close() can wipe it.
        kek = kdf.derive(passphrase)
        wrapped = bytes(nacl.secret.SecretBox(kek).encrypt(bytes(data_key)))
        return cls(kdf, wrapped, inbox_public_key)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "kdf": {
                "name": "argon2id",
                "salt": _b64(self.kdf.salt),
                "time_cost": self.kdf.time_cost,
                "memory_cost": self.kdf.memory_cost,
                "parallelism": self.kdf.parallelism,
            },
            "wrapped_key": _b64(self.wrapped_key),
            "inbox_public_key": _b64(self.inbox_public_key),
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            if len(raw) > MAX_KEYFILE_BYTES:
                raise ValueError("too large")
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT or doc.get("version") != VERSION:
                raise ValueError("not a Vidne key file")
            kdf = doc["kdf"]
            if kdf["name"] != "argon2id":
                raise ValueError("unknown kdf")
            params = KdfParams(
                time_cost=_bounded(kdf["time_cost"], 1, 64),
                memory_cost=_bounded(kdf["memory_cost"], 8, 4 * 1024 * 1024),
                parallelism=_bounded(kdf["parallelism"], 1, 64),
                salt=_unb64(kdf["salt"], 8, 64),
            )
            return cls(
                params,
                _unb64(doc["wrapped_key"], 72, 72),
                _unb64(doc["inbox_public_key"], 32, 32),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise KeyFileCorrupt(str(exc)) from None

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_KEYFILE_BYTES + 1)
        except FileNotFoundError:
            raise KeyFileMissing() from None
        except OSError as exc:
            raise KeyFileCorrupt(exc.strerror or str(exc)) from None
        return cls.from_bytes(raw)

    def write(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, min_len: int, max_len: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    data = base64.b64decode(text, validate=True)
    if not min_len <= len(data) <= max_len:
        raise ValueError("wrong length")
    return data


def _bounded(value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("kdf parameter out of range")
    return value
