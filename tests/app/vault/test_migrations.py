"""Forward-only migrations from an empty vault and from every earlier version."""

from __future__ import annotations

from pathlib import Path

import pytest
from vidne.app.errors import VaultNewer
from vidne.app.vault import migrations
from vidne.app.vault.store import Vault, connect

from tests.conftest import FAST_KDF, PASSPHRASE


def test_new_vault_is_at_the_latest_version(vault: Vault) -> None:
    with vault.read() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()


@pytest.mark.parametrize("start", range(1, migrations.latest_version()))
def test_upgrade_from_every_earlier_version_keeps_data(tmp_path: Path, start: int) -> None:
    vault = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    key = bytes(vault._key)
    vault.lock()
    db = tmp_path / "v" / "vidne.db"
    db.unlink()
    conn = connect(db, key)
    assert migrations.upgrade(conn, target=start) == start
    conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', 'old')")
    conn.execute(
        "INSERT INTO episodes (occurred_at, channel, sender, description, severity, "
        "recorded_at, updated_at) VALUES ('2025-01-02T10:00:00+01:00', 'sms', 'X', "
        "'gammel episode', 2, '2025-01-02T09:00:00+00:00', '2025-01-02T09:00:00+00:00')"
    )
    conn.close()
    with Vault.open(tmp_path / "v", PASSPHRASE) as v, v.read() as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        row = c.execute("SELECT description, severity FROM episodes").fetchone()
        assert (row[0], row[1]) == ("gammel episode", 2)


def test_vault_from_a_newer_vidne_is_refused(vault: Vault, vault_dir: Path) -> None:
    with vault.read() as conn:
        conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    vault.lock()
    with pytest.raises(VaultNewer):
        Vault.open(vault_dir, PASSPHRASE)
