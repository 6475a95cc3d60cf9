"""The user's name and workplace for the report's cover, kept inside the encrypted vault.

Both live in ``meta`` and are printed on the cover, so each change is chained (kind
``profile``, ref 1, covering both values): a name changed behind the app's back shows in
``vidne verify``.
"""

from __future__ import annotations

import json
from typing import Any

from vidne.app.i18n import translate
from vidne.app.timeutil import now_utc
from vidne.app.vault import chain
from vidne.app.vault.store import Vault

NAME_KEY = "profile_name"
WORKPLACE_KEY = "profile_workplace"
MAX_LENGTH = 200
KIND, REF = "profile", 1


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "")


def name(vault: Vault) -> str:
    return _text(vault.meta(NAME_KEY))


def workplace(vault: Vault) -> str:
    return _text(vault.meta(WORKPLACE_KEY))


def set_profile(vault: Vault, name: str, workplace: str) -> None:
    """Store both values (trimmed, bounded); an empty value clears the line on the cover."""
    values = {NAME_KEY: name.strip()[:MAX_LENGTH], WORKPLACE_KEY: workplace.strip()[:MAX_LENGTH]}
    with vault.transaction() as tx:
        before = now(tx)
        for key, value in values.items():
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        after = now(tx)
        if after != before:
            chain.append(tx, KIND, REF, after[REF], now_utc())


def now(conn: Any) -> dict[int, str]:
    """The cover fields' payload, if either was ever stored."""
    rows = {
        key: value
        for key, value in conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?)", (NAME_KEY, WORKPLACE_KEY)
        )
    }
    if not rows:
        return {}
    doc = [_text(rows.get(NAME_KEY)), _text(rows.get(WORKPLACE_KEY))]
    return {REF: chain.sha256_hex(json.dumps(doc, ensure_ascii=False).encode())}


def describe(conn: Any, ref: int, change: str) -> str:
    return translate(
        "Integrity", "The name or workplace on the report's cover was changed outside Vidne"
    )
