"""The certificates that make a token checkable: the service's chain up to a trusted root.

A reply usually carries only the service's own (signing) certificate. The issuers above it
are looked up among the roots this computer trusts (the system's store, where Python can read
it) and the extra certificates the user named in the settings; the chain found is stored with
the token and put in the bundle as ``certs.pem``, so the recipient can check the token with
``openssl ts -verify`` without asking the service.
"""

from __future__ import annotations

import functools
import ssl
import warnings
from collections.abc import Iterable
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.utils import CryptographyDeprecationWarning

# Where Linux distributions keep the system's roots as one file, after Python's own default.
SYSTEM_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/ssl/cert.pem",  # Alpine, macOS, BSD
)


def load_pem(data: bytes) -> list[x509.Certificate]:
    """Every certificate in *data*; an unreadable file gives none."""
    with warnings.catch_warnings():
        # Some roots in distributions' bundles have a negative serial number (RFC 5280
        # forbids it; cryptography warns): still the system's roots, still usable.
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        try:
            return list(x509.load_pem_x509_certificates(data))
        except ValueError:
            return []


def load_file(path: str | Path) -> list[x509.Certificate]:
    try:
        return load_pem(Path(path).read_bytes())
    except OSError:
        return []


@functools.cache
def system_roots() -> tuple[x509.Certificate, ...]:
    """The roots the system trusts, as far as Python can read them (read once)."""
    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile, *SYSTEM_BUNDLES):
        if candidate and Path(candidate).is_file():
            found = load_file(candidate)
            if found:
                return tuple(found)
    context = ssl.create_default_context()  # Windows: the system store
    return tuple(
        x509.load_der_x509_certificate(der) for der in context.get_ca_certs(binary_form=True)
    )


def trusted(ca_file: str) -> list[x509.Certificate]:
    """The extra certificates the user named, then the system's roots."""
    return (load_file(ca_file) if ca_file else []) + list(system_roots())


def chain(
    leaves: Iterable[x509.Certificate], pool: list[x509.Certificate]
) -> list[x509.Certificate]:
    """*leaves* and their issuers found in *pool*, up to a self-signed root (no repeats)."""
    out: list[x509.Certificate] = []
    todo = list(leaves)
    while todo:
        cert = todo.pop()
        if cert in out:
            continue
        out.append(cert)
        if cert.issuer == cert.subject:
            continue
        todo += [c for c in pool if c.subject == cert.issuer and c not in out and _signed(cert, c)]
    return out


def _signed(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def roots_of(certs: Iterable[x509.Certificate]) -> list[x509.Certificate]:
    return [c for c in certs if c.issuer == c.subject]


def to_pem(certs: Iterable[x509.Certificate]) -> str:
    return "".join(c.public_bytes(Encoding.PEM).decode("ascii") for c in certs)


def fingerprint(cert: x509.Certificate) -> str:
    """The SHA-256 fingerprint as services publish it (colon-separated hex)."""
    return ":".join(f"{b:02X}" for b in cert.fingerprint(hashes.SHA256()))


def common_name(name: x509.Name) -> str:
    values = name.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    text = values[0].value if values else name.rfc4514_string()
    return text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
