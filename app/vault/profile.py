"""The user's name and workplace for the report's cover, kept inside the encrypted vault."""

from __future__ import annotations

from vidne.app.vault.store import Vault

NAME_KEY = "profile_name"
WORKPLACE_KEY = "profile_workplace"
MAX_LENGTH = 200


def _get(vault: Vault, key: str) -> str:
    value = vault.meta(key)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "")


def name(vault: Vault) -> str:
    return _get(vault, NAME_KEY)


def workplace(vault: Vault) -> str:
    return _get(vault, WORKPLACE_KEY)


def set_profile(vault: Vault, name: str, workplace: str) -> None:
    """Store both values (trimmed, bounded); an empty value clears the line on the cover."""
    vault.set_meta(NAME_KEY, name.strip()[:MAX_LENGTH])
    vault.set_meta(WORKPLACE_KEY, workplace.strip()[:MAX_LENGTH])
