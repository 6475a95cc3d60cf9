"""A token as Vidne keeps it (no network or crypto imports: the chain check reads these)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stamp:
    """A token as stored: the reply's bytes and what was read and checked from it."""

    token: bytes  # the service's reply exactly as received (DER), a .tsr file
    sha256: str  # the hash it covers (hex)
    gen_time: str  # the time the service signed, ISO 8601 in UTC
    tsa_name: str  # the signing certificate's name (or the service's host)
    tsa_url: str
    certs: str  # PEM: the signer's certificate and its issuers found, up to the root
    chain_ok: bool  # the signature was checked against a trusted root
