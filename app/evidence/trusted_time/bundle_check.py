"""Checking an evidence bundle as its recipient would, without the vault (``vidne
verify-bundle``): every file against ``SHA256SUMS``, and every token (``.tsr``) against the
file it covers and the certificates in ``certs.pem``. The same checks as ``sha256sum -c`` and
``openssl ts -verify``, done with ``rfc3161-client`` (no openssl program needed).

A bundle changed after export, with ``SHA256SUMS`` recomputed, passes the sums but fails the
token over ``SHA256SUMS`` where the bundle has one.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path

from cryptography import x509
from rfc3161_client import (
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)
from vidne.app.evidence.trusted_time import certs
from vidne.app.evidence.trusted_time.bundle_part import CERTS, MANIFEST, MANIFEST_TOKEN, SUFFIX
from vidne.app.i18n import translate

OK, FAILED, NOTE = "OK", "FAILED", "NOTE"


@dataclass
class Result:
    lines: list[tuple[str, str]] = field(default_factory=list)  # (status, sentence)

    @property
    def ok(self) -> bool:
        return all(status != FAILED for status, _ in self.lines)

    def add(self, status: str, name: str, text: str) -> None:
        self.lines.append((status, f"{name}: {text}"))


def check(path: Path) -> Result:
    result = Result()
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        if MANIFEST not in names:
            result.add(
                FAILED, MANIFEST, translate("TrustedTime", "missing: the bundle cannot be checked")
            )
            return result
        listed = _sums(zf.read(MANIFEST))
        pool = certs.load_pem(zf.read(CERTS)) if CERTS in names else []
        stamped = {n[: -len(SUFFIX)]: n for n in names if n.endswith(SUFFIX)}
        for name, digest in listed.items():
            _check_file(zf, names, name, digest, stamped.get(name), pool, result)
        for name in sorted(names - set(listed) - {MANIFEST, MANIFEST_TOKEN, CERTS}):
            result.add(
                FAILED,
                name,
                translate("TrustedTime", "not listed in SHA256SUMS (added afterwards)"),
            )
        _check_manifest(zf, stamped.get(MANIFEST), pool, result)
        for root in certs.roots_of(pool):
            text = translate("TrustedTime", "trusted root %1, SHA-256 fingerprint %2")
            name = certs.common_name(root.subject)
            result.add(NOTE, CERTS, text.replace("%1", name).replace("%2", certs.fingerprint(root)))
    return result


def _sums(raw: bytes) -> dict[str, str]:
    listed: dict[str, str] = {}
    for line in raw.decode("utf-8", "replace").splitlines():
        digest, sep, name = line.partition("  ")
        if sep and len(digest) == 64:
            listed[name.lstrip("*")] = digest.lower()
    return listed


def _check_file(
    zf: zipfile.ZipFile,
    names: set[str],
    name: str,
    digest: str,
    token: str | None,
    pool: list[x509.Certificate],
    result: Result,
) -> None:
    if name.endswith(SUFFIX):
        return  # a token: checked with the file it covers
    if name not in names:
        result.add(FAILED, name, translate("TrustedTime", "missing"))
        return
    data = zf.read(name)
    if hashlib.sha256(data).hexdigest() != digest:
        result.add(FAILED, name, translate("TrustedTime", "changed (does not match SHA256SUMS)"))
        return
    if token is None or token not in names:
        result.add(OK, name, translate("TrustedTime", "unchanged"))
        return
    ok, text = verify_token(zf.read(token), data, pool)
    result.add(
        OK if ok else FAILED,
        name,
        translate("TrustedTime", "unchanged") + "; " + text if ok else text,
    )


def _check_manifest(
    zf: zipfile.ZipFile, token: str | None, pool: list[x509.Certificate], result: Result
) -> None:
    if token is None:
        result.add(
            NOTE,
            MANIFEST,
            translate("TrustedTime", "no trusted timestamp: a later change would not be seen"),
        )
        return
    ok, text = verify_token(zf.read(token), zf.read(MANIFEST), pool)
    if not ok:
        text = translate(
            "TrustedTime", "changed after its trusted timestamp, or the timestamp is not valid"
        ) + (f" ({text})")
    result.add(OK if ok else FAILED, MANIFEST, text)


def verify_token(raw: bytes, data: bytes, pool: list[x509.Certificate]) -> tuple[bool, str]:
    """(valid, what to say): the token covers *data* and is signed by a chain to a root in
    *pool*."""
    try:
        reply = decode_timestamp_response(raw)
    except ValueError:
        return False, translate("TrustedTime", "the timestamp file cannot be read")
    roots = certs.roots_of(pool)
    if not roots:
        return False, translate(
            "TrustedTime", "no certificates to check the timestamp with (certs.pem)"
        )
    builder = VerifierBuilder()
    for cert in pool:
        if cert in roots:
            builder = builder.add_root_certificate(cert)
        else:
            builder = builder.add_intermediate_certificate(cert)
    try:
        builder.build().verify_message(reply, data)
    except VerificationError as exc:
        if "Mismatch between messages" in str(exc):
            return False, translate(
                "TrustedTime", "the trusted timestamp is for other content: changed after stamping"
            )
        return False, translate(
            "TrustedTime", "the trusted timestamp's signature does not check out"
        )
    return True, stamped_text(reply)


def stamped_text(reply: TimeStampResponse) -> str:
    info = reply.tst_info
    when = info.gen_time.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    embedded = [x509.load_der_x509_certificate(d) for d in reply.signed_data.certificates]
    name = certs.common_name(embedded[0].subject) if embedded else "?"
    return (
        translate("TrustedTime", "trusted time %1 UTC, by %2")
        .replace("%1", when)
        .replace("%2", name)
    )
