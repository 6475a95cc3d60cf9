"""One timestamp request to one service (RFC 3161 over HTTP), and the checks of its reply.

The request carries the SHA-256 of the item and a random nonce, nothing else (the hash is
computed here, by ``rfc3161-client``); it is sent with a plain HTTP POST (``urllib``). The
reply is kept only if it is granted, covers exactly this hash and nonce and, where the
service's root is known, is signed by a certificate for time stamping that chains to it.
"""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from datetime import UTC
from urllib.parse import urlsplit

from cryptography import x509
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimeStampRequest,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)
from vidne.app.errors import VidneError
from vidne.app.evidence.trusted_time import certs
from vidne.app.evidence.trusted_time.stamp import Stamp
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate

MAX_REPLY = 1024 * 1024  # a token is a few kB; more is not a timestamp reply
TIMEOUT = 15.0


class ServiceError(VidneError):
    """The service did not give a usable token; ``detail`` says why in the user's language."""

    text = QT_TRANSLATE_NOOP("TrustedTime", "The timestamp service gave no usable answer.")


def request(url: str, data: bytes, ca_file: str = "", timeout: float = TIMEOUT) -> Stamp:
    """Ask the service at *url* for a token over SHA-256(*data*); raises :class:`ServiceError`."""
    query = TimestampRequestBuilder().data(data).hash_algorithm(HashAlgorithm.SHA256).build()
    raw = _post(url, query.as_bytes(), timeout)
    try:
        reply = decode_timestamp_response(raw)
    except ValueError:
        raise _refused("The answer is not a timestamp.") from None
    return check(reply, query, data, url, ca_file)


def check(
    reply: TimeStampResponse, query: TimeStampRequest, data: bytes, url: str, ca_file: str
) -> Stamp:
    if reply.status != PKIStatus.GRANTED:
        raise _refused("The service refused to stamp.")
    digest = hashlib.sha256(data).digest()
    info = reply.tst_info
    if info.message_imprint.message != digest or info.nonce != query.nonce:
        raise _refused("The answer is for another request.")
    embedded = [x509.load_der_x509_certificate(der) for der in reply.signed_data.certificates]
    found = certs.chain(embedded, certs.trusted(ca_file))
    roots = certs.roots_of(found)
    if roots:
        _verify(reply, query, data, found, roots)
    signer = embedded[0] if len(embedded) == 1 else _signer(reply, embedded)
    name = certs.common_name(signer.subject) if signer else urlsplit(url).hostname or url
    return Stamp(
        token=reply.as_bytes(),
        sha256=digest.hex(),
        gen_time=info.gen_time.astimezone(UTC).isoformat(timespec="seconds"),
        tsa_name=name,
        tsa_url=url,
        certs=certs.to_pem(found),
        chain_ok=bool(roots),
    )


def _verify(
    reply: TimeStampResponse,
    query: TimeStampRequest,
    data: bytes,
    found: list[x509.Certificate],
    roots: list[x509.Certificate],
) -> None:
    builder = VerifierBuilder.from_request(query)
    for root in roots:
        builder = builder.add_root_certificate(root)
    for cert in found:
        if cert not in roots:
            builder = builder.add_intermediate_certificate(cert)
    try:
        builder.build().verify_message(reply, data)
    except VerificationError:
        raise _refused("The answer's signature does not check out.") from None


def _signer(reply: TimeStampResponse, embedded: list[x509.Certificate]) -> x509.Certificate | None:
    for info in reply.signed_data.signer_infos:
        for cert in embedded:
            if cert.issuer == info.issuer and cert.serial_number == info.serial_number:
                return cert
    return None


def _post(url: str, body: bytes, timeout: float) -> bytes:
    if urlsplit(url).scheme not in ("http", "https"):
        raise _refused("Only http and https addresses can be used.")
    req = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/timestamp-query",
            "Accept": "application/timestamp-reply",
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:  # noqa: S310 - http(s) only
            raw: bytes = answer.read(MAX_REPLY + 1)
    except urllib.error.HTTPError as exc:
        raise _refused("The service answered with an error (HTTP %1).", str(exc.code)) from None
    except (urllib.error.URLError, OSError, ValueError):
        raise _refused("The service could not be reached.") from None
    if len(raw) > MAX_REPLY:
        raise _refused("The answer is not a timestamp.")
    return raw


_REASONS = (
    QT_TRANSLATE_NOOP("TrustedTime", "The answer is not a timestamp."),
    QT_TRANSLATE_NOOP("TrustedTime", "The service refused to stamp."),
    QT_TRANSLATE_NOOP("TrustedTime", "The answer is for another request."),
    QT_TRANSLATE_NOOP("TrustedTime", "The answer's signature does not check out."),
    QT_TRANSLATE_NOOP("TrustedTime", "Only http and https addresses can be used."),
    QT_TRANSLATE_NOOP("TrustedTime", "The service answered with an error (HTTP %1)."),
    QT_TRANSLATE_NOOP("TrustedTime", "The service could not be reached."),
)


def _refused(reason: str, arg: str = "") -> ServiceError:
    return ServiceError(translate("TrustedTime", reason).replace("%1", arg))
