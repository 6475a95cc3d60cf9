"""The sealed inbox's key pairs: the current one, and those retired by passphrase changes.

Captures taken while the vault is locked are sealed to the current public key (published in the
key file). A passphrase change makes a new pair, because someone who learned the old
passphrase can open old backups, and those hold the old private key. Files sealed to an older
key before the change are still imported: the retired private keys stay in the vault
(``meta.inbox_retired_keys``, 32 bytes each, newest first), and :func:`inbox_secret_keys`
gives every key to try.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import nacl.public

if TYPE_CHECKING:
    from vidne.app.vault.store import Vault

CURRENT = "inbox_private_key"
RETIRED = "inbox_retired_keys"
KEY_BYTES = 32


def inbox_secret_keys(vault: Vault) -> list[bytes]:
    """Every inbox private key the vault holds, newest first (the current one first)."""
    current = vault.meta(CURRENT)
    retired = bytes(vault.meta(RETIRED) or b"")
    keys = [bytes(current)] if current else []
    keys += [retired[i : i + KEY_BYTES] for i in range(0, len(retired), KEY_BYTES)]
    return [k for k in keys if len(k) == KEY_BYTES]


def public_key(secret: bytes) -> bytes:
    return bytes(nacl.public.PrivateKey(secret).public_key)


def current_public_key(vault: Vault) -> bytes:
    """The current public key; a vault without a pair (never made by Vidne) gets one."""
    keys = inbox_secret_keys(vault)
    return public_key(keys[0]) if keys else rotate(vault)


def rotate(vault: Vault) -> bytes:
    """Make a new pair current (the old private key retired, kept); its public key."""
    fresh = nacl.public.PrivateKey.generate()
    with vault.transaction() as tx:
        row = tx.execute("SELECT value FROM meta WHERE key = ?", (RETIRED,)).fetchone()
        current = tx.execute("SELECT value FROM meta WHERE key = ?", (CURRENT,)).fetchone()
        retired = (bytes(current[0]) if current else b"") + (bytes(row[0]) if row else b"")
        for key, value in ((RETIRED, retired), (CURRENT, bytes(fresh))):
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
    return bytes(fresh.public_key)
