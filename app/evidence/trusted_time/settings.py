"""The trusted-time settings, kept in the vault: whether it is on, which services, which
extra certificates to trust.

In the vault rather than in the desktop's settings so that the command line (``vidne
timestamp``, ``vidne bundle``) and the window use the same choice, and so that nothing outside
the encrypted vault tells that this person uses a timestamp service.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from vidne.app.vault.store import Vault

# Public services that answer RFC 3161 requests without an account; the user picks and orders.
DEFAULT_SERVICES = (
    "https://freetsa.org/tsr",
    "http://timestamp.digicert.com",
    "http://timestamp.sectigo.com",
)

ENABLED = "trusted_time_enabled"
SERVICES = "trusted_time_services"
CA_FILE = "trusted_time_ca_file"
SINCE = "trusted_time_since"  # captures with a higher id are stamped automatically


@dataclass(frozen=True)
class TrustedTime:
    enabled: bool = False
    services: tuple[str, ...] = DEFAULT_SERVICES
    ca_file: str = ""  # a PEM file of roots for services the system does not know
    since: int = 0

    def with_services(self, text: str) -> TrustedTime:
        return TrustedTime(self.enabled, parse_services(text), self.ca_file, self.since)


def valid_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def parse_services(text: str) -> tuple[str, ...]:
    """One address a line (or separated by spaces); anything that is not http(s) is dropped."""
    seen: list[str] = []
    for url in text.split():
        if valid_url(url) and url not in seen:
            seen.append(url)
    return tuple(seen)


def load(vault: Vault) -> TrustedTime:
    services = _services(vault.meta(SERVICES))
    return TrustedTime(
        enabled=_text(vault.meta(ENABLED)) == "1",
        services=services if services is not None else DEFAULT_SERVICES,
        ca_file=_text(vault.meta(CA_FILE)),
        since=int(_text(vault.meta(SINCE)) or 0),
    )


def save(vault: Vault, wanted: TrustedTime) -> TrustedTime:
    """Store *wanted*; turning it on stamps from the next new item on (``since``)."""
    current = load(vault)
    since = current.since
    if wanted.enabled and not current.enabled:
        with vault.read() as conn:
            since = int(conn.execute("SELECT coalesce(max(id), 0) FROM captures").fetchone()[0])
    with vault.transaction() as tx:
        for key, value in (
            (ENABLED, "1" if wanted.enabled else "0"),
            (SERVICES, json.dumps(list(wanted.services))),
            (CA_FILE, wanted.ca_file),
            (SINCE, str(since)),
        ):
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
    return load(vault)


def _services(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    try:
        items = json.loads(_text(value))
    except ValueError:
        return None
    if not isinstance(items, list):
        return None
    return tuple(u for u in items if isinstance(u, str) and valid_url(u))


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value or "")
