"""The key file beside the database: the data key wrapped by the passphrase, and what it vouches for.

Layout, version 2 (JSON, UTF-8; binary fields base64)::

    {"format": "vidne-keyfile", "version": 2,
     "kdf": {"name": "argon2id", "salt": …, "time_cost": 3, "memory_cost": 131072,
             "parallelism": 2},
     "cipher": "xchacha20poly1305-ietf", "nonce": …(24 bytes),
     "wrapped_key": …(32-byte data key + 16-byte tag),
     "inbox_public_key": …(X25519 key that captures taken while locked are sealed to),
     "anchor": …(opaque bytes, see :mod:`vidne.app.vault.anchor`; may be empty),
     "mac": …(32 bytes), "checksum": "<sha256 hex>"}

How each field is protected, and what a failure is reported as:

- ``checksum`` is a plain SHA-256 over every other field (canonical encoding, :func:`_encode`).
  It has no key, so it stops no attacker; it tells accidental damage (a flipped bit in the
  salt, a truncated wrapped key) from a wrong passphrase. Bad JSON, bad base64, wrong lengths,
  unknown fields, out-of-range costs or a checksum mismatch raise
  :class:`~vidne.app.errors.KeyFileCorrupt` ("damaged") *before* the passphrase is tried, so
  such a file never counts as a failed attempt.
- ``wrapped_key`` is XChaCha20-Poly1305 under the key derived from the passphrase (Argon2id),
  with the format, version, cipher and every KDF field as associated data. Failure means the
  passphrase is wrong (:class:`~vidne.app.errors.WrongPassphrase`). A deliberately edited salt
  or cost with a recomputed checksum also lands here: no keyless check can tell that apart
  from a wrong passphrase, and it reveals nothing.
- ``mac`` is HMAC-SHA256 over all fields but the checksum, keyed from the *data key*. It binds
  the inbox key and the anchor to the wrapped key: nobody without the data key can change
  them unnoticed. It is checked after a successful unwrap, so a swapped inbox key is reported
  as tampering, not as a wrong passphrase. Because it is keyed from the data key and not
  from the passphrase, the open vault can rewrite the anchor (:meth:`KeyFile.resealed`)
  without asking for the passphrase.

Costs below :data:`FLOOR` are refused when reading (as damaged): Vidne never writes them,
except when a caller passes cheap parameters explicitly (tests, benchmarks); such a file opens
only on the account that made it (:mod:`vidne.app.vault.local_trust`). New key files never
inherit costs below the floor (:meth:`KdfParams.at_least_floor`).

Version 1 files (SecretBox-wrapped key; nothing else authenticated) still open; the vault
rewrites them as version 2 at the first successful unlock.

Several processes may rewrite the key file (the window, ``vidne passwd``, any command that
commits): every read-modify-write of it, and of the state folder's record of the log, runs
inside :func:`locked` (an OS lock on ``vidne.key.lock`` beside it) and re-reads what it
changes there, so that no process puts back what another has just replaced.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import struct
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import nacl.bindings
import nacl.exceptions
import nacl.secret
from vidne.app.atomic import write_atomic
from vidne.app.errors import KeyFileCorrupt, KeyFileMissing, WrongPassphrase
from vidne.app.paths import KEY_NAME
from vidne.app.platform import file_lock
from vidne.app.vault import local_trust

FORMAT = "vidne-keyfile"
VERSION = 2
CIPHER = "xchacha20poly1305-ietf"
MAX_KEYFILE_BYTES = 64 * 1024
MAX_ANCHOR_BYTES = 16 * 1024
NONCE_BYTES = 24
MAC_LABEL = b"vidne keyfile mac v2"
_V2_FIELDS = {
    "format",
    "version",
    "kdf",
    "cipher",
    "nonce",
    "wrapped_key",
    "inbox_public_key",
    "anchor",
    "mac",
    "checksum",
}
_KDF_FIELDS = {"name", "salt", "time_cost", "memory_cost", "parallelism"}
LOCK_NAME = KEY_NAME + ".lock"


def locked(directory: Path) -> AbstractContextManager[None]:
    """Hold the key file lock of the vault in *directory* (see the module docstring); re-entrant
    in one thread. OSError when the lock file cannot be made, LockTimeout (an OSError) when
    another process keeps it too long."""
    return file_lock.exclusive(directory / LOCK_NAME)


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

    def below_floor(self) -> bool:
        return self.time_cost < FLOOR.time_cost or self.memory_cost < FLOOR.memory_cost

    def at_least_floor(self) -> KdfParams:
        """Same cost but never below :data:`FLOOR`; new salt."""
        return KdfParams(
            max(self.time_cost, FLOOR.time_cost),
            max(self.memory_cost, FLOOR.memory_cost),
            max(self.parallelism, FLOOR.parallelism),
        )

    def encoded(self) -> list[tuple[str, bytes]]:
        """The fields for the canonical encoding (associated data of the wrapped key)."""
        return [
            ("kdf", b"argon2id"),
            ("salt", self.salt),
            ("time_cost", str(self.time_cost).encode()),
            ("memory_cost", str(self.memory_cost).encode()),
            ("parallelism", str(self.parallelism).encode()),
        ]


# The lowest cost a key file may have: Argon2id with 2 passes over 64 MiB (~0.1-0.2 s on a
# laptop; OWASP's minimum is 2 passes over 19 MiB). The default is 3 passes over 128 MiB.
FLOOR = KdfParams(time_cost=2, memory_cost=64 * 1024, parallelism=1, salt=b"")
# The highest accepted: a planted file must not make an unlock run for minutes or exhaust memory.
CEILING = KdfParams(time_cost=16, memory_cost=1024 * 1024, parallelism=16, salt=b"")


@dataclass(frozen=True)
class KeyFile:
    """One key file as read or about to be written; see the module docstring."""

    kdf: KdfParams
    wrapped_key: bytes
    inbox_public_key: bytes
    anchor: bytes = b""
    nonce: bytes = b""
    mac: bytes = b""
    version: int = VERSION

    # --- the passphrase side -------------------------------------------------------------------
    @classmethod
    def wrap(
        cls,
        data_key: bytes | bytearray,
        passphrase: str,
        kdf: KdfParams,
        inbox_public_key: bytes,
        anchor: bytes = b"",
    ) -> KeyFile:
        """A version 2 key file for *data_key*, sealed (MAC) with it."""
        if kdf.below_floor():
            # Only a caller that passes cheap parameters on purpose gets here (tests,
            # benchmarks): the file is then accepted on this account only.
            local_trust.allow_cheap_kdf(kdf.salt)
        nonce = os.urandom(NONCE_BYTES)
        plain = cls(kdf, b"", inbox_public_key, anchor, nonce)
        wrapped = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
            bytes(data_key), plain._header(), nonce, kdf.derive(passphrase)
        )
        return replace(plain, wrapped_key=wrapped).resealed(data_key)

    def unwrap(self, passphrase: str) -> bytearray:
        """The data key (in a bytearray, so that the vault can wipe it); WrongPassphrase."""
        kek = self.kdf.derive(passphrase)
        try:
            if self.version == 1:
                return bytearray(nacl.secret.SecretBox(kek).decrypt(self.wrapped_key))
            return bytearray(
                nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
                    self.wrapped_key, self._header(), self.nonce, kek
                )
            )
        except nacl.exceptions.CryptoError:
            raise WrongPassphrase() from None

    # --- the data key side ---------------------------------------------------------------------
    def authentic(self, data_key: bytes | bytearray) -> bool:
        """True when the MAC matches *data_key*: nothing was changed since Vidne wrote it.
        Version 1 files authenticate nothing beyond the wrapped key: always False."""
        if self.version == 1 or len(self.mac) != 32:
            return False
        return hmac.compare_digest(self.mac, self._compute_mac(data_key))

    def resealed(self, data_key: bytes | bytearray, **changes: Any) -> KeyFile:
        """A copy with *changes* (``anchor``, ``inbox_public_key``) and a new MAC; needs the
        data key only, not the passphrase. Only for version 2 files."""
        if self.version != VERSION:
            raise ValueError("a version 1 key file must be wrapped again with the passphrase")
        if len(changes.get("anchor", b"")) > MAX_ANCHOR_BYTES:
            raise ValueError("anchor too large")
        changed = replace(self, **changes)
        return replace(changed, mac=changed._compute_mac(data_key))

    def _compute_mac(self, data_key: bytes | bytearray) -> bytes:
        mac_key = hmac.new(bytes(data_key), MAC_LABEL, hashlib.sha256).digest()
        return hmac.new(mac_key, self._authenticated(), hashlib.sha256).digest()

    # --- canonical encodings -------------------------------------------------------------------
    def _header(self) -> bytes:
        """Associated data of the wrapped key: what the key derivation depends on."""
        return _encode(
            [("format", FORMAT.encode()), ("version", str(self.version).encode())]
            + self.kdf.encoded()
            + [("cipher", CIPHER.encode())]
        )

    def _authenticated(self) -> bytes:
        return _encode(
            [
                ("header", self._header()),
                ("nonce", self.nonce),
                ("wrapped_key", self.wrapped_key),
                ("inbox_public_key", self.inbox_public_key),
                ("anchor", self.anchor),
            ]
        )

    def _checksum(self) -> str:
        return hashlib.sha256(
            _encode([("body", self._authenticated()), ("mac", self.mac)])
        ).hexdigest()

    # --- files ---------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        if self.version != VERSION:
            raise ValueError("only version 2 key files are written")
        doc = {
            "format": FORMAT,
            "version": self.version,
            "kdf": {
                "name": "argon2id",
                "salt": _b64(self.kdf.salt),
                "time_cost": self.kdf.time_cost,
                "memory_cost": self.kdf.memory_cost,
                "parallelism": self.kdf.parallelism,
            },
            "cipher": CIPHER,
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
            "inbox_public_key": _b64(self.inbox_public_key),
            "anchor": _b64(self.anchor),
            "mac": _b64(self.mac),
            "checksum": self._checksum(),
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse and check everything that needs no secret; KeyFileCorrupt ("damaged")."""
        try:
            if len(raw) > MAX_KEYFILE_BYTES:
                raise ValueError("too large")
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("not a Vidne key file")
            version = doc.get("version")
            if version == 1:
                keyfile = _parse_v1(doc)
            elif version == VERSION:
                keyfile = _parse_v2(doc)
            else:
                raise ValueError(f"unknown key file version {version!r}")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise KeyFileCorrupt(str(exc)) from None
        if keyfile.kdf.below_floor() and not local_trust.cheap_kdf_allowed(keyfile.kdf.salt):
            raise KeyFileCorrupt("key derivation cost below the minimum")
        return keyfile

    @classmethod
    def read_if_valid(cls, path: Path) -> KeyFile | None:
        """The key file at *path*, or None when it is missing or damaged."""
        try:
            return cls.read(path)
        except (KeyFileMissing, KeyFileCorrupt):
            return None

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


def _parse_kdf(kdf: dict[str, Any]) -> KdfParams:
    if not isinstance(kdf, dict) or kdf["name"] != "argon2id":
        raise ValueError("unknown kdf")
    params = KdfParams(
        time_cost=_bounded(kdf["time_cost"], 1, CEILING.time_cost),
        memory_cost=_bounded(kdf["memory_cost"], 8, CEILING.memory_cost),
        parallelism=_bounded(kdf["parallelism"], 1, CEILING.parallelism),
        salt=_unb64(kdf["salt"], 8, 64),
    )
    if params.memory_cost < 8 * params.parallelism:  # Argon2 itself would refuse to run
        raise ValueError("kdf parameter out of range")
    return params


def _parse_v1(doc: dict[str, Any]) -> KeyFile:
    return KeyFile(
        _parse_kdf(doc["kdf"]),
        _unb64(doc["wrapped_key"], 72, 72),
        _unb64(doc["inbox_public_key"], 32, 32),
        version=1,
    )


def _parse_v2(doc: dict[str, Any]) -> KeyFile:
    if set(doc) != _V2_FIELDS or set(doc["kdf"]) != _KDF_FIELDS:
        raise ValueError("unexpected fields")
    if doc["cipher"] != CIPHER:
        raise ValueError("unknown cipher")
    keyfile = KeyFile(
        _parse_kdf(doc["kdf"]),
        _unb64(doc["wrapped_key"], 48, 48),
        _unb64(doc["inbox_public_key"], 32, 32),
        _unb64(doc["anchor"], 0, MAX_ANCHOR_BYTES),
        _unb64(doc["nonce"], NONCE_BYTES, NONCE_BYTES),
        _unb64(doc["mac"], 32, 32),
    )
    if not isinstance(doc["checksum"], str) or not hmac.compare_digest(
        doc["checksum"],
        keyfile._checksum(),  # noqa: SLF001
    ):
        raise ValueError("checksum does not match: the file was damaged")
    return keyfile


def _encode(items: list[tuple[str, bytes]]) -> bytes:
    """Unambiguous: each name and value with its length in front."""
    out = bytearray(b"vidne-keyfile\0")
    for name, value in items:
        label = name.encode("ascii")
        out += struct.pack(">H", len(label)) + label + struct.pack(">I", len(value)) + value
    return bytes(out)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, min_len: int, max_len: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    try:
        data = base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise ValueError(f"bad base64: {exc}") from None
    if not min_len <= len(data) <= max_len:
        raise ValueError("wrong length")
    return data


def _bounded(value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("kdf parameter out of range")
    return value
