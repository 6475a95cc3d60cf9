"""Forward-only migrations from an empty vault and from every earlier version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from vidne.app.episodes.store import EpisodeStore
from vidne.app.errors import VaultNewer
from vidne.app.evidence import store as evidence_store
from vidne.app.vault import chain, integrity, migrations
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


# --- v5: the chain adopts what an older Vidne showed but did not chain ----------------------

CHAIN_COVERAGE = 5  # m005_chain_coverage
T1, T2, T3 = "2025-03-14T09:00:00+00:00", "2025-03-14T10:00:00+00:00", "2025-03-14T11:00:00+00:00"


def _append(conn: Any, kind: str, ref: int, payload: str, at: str) -> None:
    """An entry as an older Vidne appended it: at the clock's time, in order or not."""
    prev = chain.head(conn)
    conn.execute(
        "INSERT INTO chain (kind, ref, payload, at, prev, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (kind, ref, payload, at, prev, chain.link_hash(prev, kind, ref, payload, at)),
    )


def _episode(conn: Any, episode_id: int, description: str, severity: int, at: str) -> str:
    conn.execute(
        "INSERT OR REPLACE INTO episodes (id, occurred_at, channel, sender, description, "
        "severity, recorded_at, updated_at) VALUES (?, '2025-03-13T20:00:00+01:00', 'sms', '', "
        "?, ?, ?, ?)",
        (episode_id, description, severity, T1, at),
    )
    doc = {
        "id": episode_id,
        "occurred_at": "2025-03-13T20:00:00+01:00",
        "channel": "sms",
        "sender": "",
        "description": description,
        "severity": severity,
        "recorded_at": T1,
        "updated_at": at,
    }
    return json.dumps(doc, sort_keys=True, ensure_ascii=False)


def _revision(conn: Any, episode_id: int, action: str, snapshot: str, at: str) -> None:
    cur = conn.execute(
        "INSERT INTO revisions (episode_id, at, action, snapshot, changes, source) "
        "VALUES (?, ?, ?, ?, '[]', 'editor')",
        (episode_id, at, action, snapshot),
    )
    _append(conn, "revision", int(cur.lastrowid), chain.sha256_hex(snapshot.encode()), at)


def old_vault(directory: Path, *tampering: str, second_at: str = T2) -> Path:
    """A vault as Vidne wrote it before v5 (revisions chained by their snapshot only; no
    entries for thumbnails, links or the cover's name), with *tampering* done before the
    upgrade. *second_at*: the time of the second entry (an older Vidne logged the clock)."""
    created = Vault.create(directory, PASSPHRASE, FAST_KDF)
    key = bytes(created._key)
    created.lock()
    (directory / "vidne.db").unlink()
    conn = connect(directory / "vidne.db", key)
    migrations.upgrade(conn, target=CHAIN_COVERAGE - 1)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', 'old')")
    _revision(conn, 1, "create", _episode(conn, 1, "gammel episode", 2, T1), T1)
    _revision(conn, 1, "update", _episode(conn, 1, "gammel episode", 3, second_at), second_at)
    _revision(conn, 2, "create", _episode(conn, 2, "slettes", 1, T2), T2)
    conn.execute("DELETE FROM episodes WHERE id = 2")
    conn.execute("UPDATE revisions SET snapshot = '', changes = '[]' WHERE episode_id = 2")
    _revision(conn, 2, "delete", json.dumps({"deleted": True, "id": 2}, sort_keys=True), T2)
    conn.execute(
        "INSERT INTO captures (id, source, mime, sha256, size, captured_at, utc_offset, "
        "trigger, created_at) VALUES (1, 'screen', 'image/png', ?, 9, ?, '+01:00', 'tray', ?)",
        (chain.sha256_hex(b"\x89PNG old"), T2, T2),
    )
    conn.execute(
        "INSERT INTO blobs VALUES (1, 'original', ?), (1, 'thumb', ?)", (b"\x89PNG old", b"t")
    )
    _append(conn, "capture", 1, evidence_store.payload(conn, 1) or "", T2)
    conn.execute("INSERT INTO episode_captures VALUES (1, 1, 0)")
    conn.execute(
        "INSERT INTO meta VALUES ('profile_name', 'Mette'), ('profile_workplace', 'Skolen')"
    )
    for sql in tampering:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    return directory


def test_an_old_vault_is_adopted_explicitly_and_verifies(tmp_path: Path) -> None:
    directory = old_vault(tmp_path / "v")
    with Vault.open(directory, PASSPHRASE) as vault:
        assert integrity.check(vault).problem is None
        record = json.loads(vault.meta("chain_migration_5"))
        with vault.read() as conn:
            kinds = [r[0] for r in conn.execute("SELECT kind FROM chain ORDER BY seq")]
        assert [r["changes"] for r in EpisodeStore(vault).revisions(1)] == [[], []]
    assert record["adopted"] == {"revision": 4, "thumb": 1, "note": 0, "link": 1, "profile": 1}
    assert record["backwards"] == []
    assert kinds[:6] == ["revision"] * 4 + ["capture", "migration"]  # then the adopted rows
    assert sorted(kinds[6:]) == ["link", "profile"] + ["revision"] * 4 + ["thumb"]
    with Vault.open(directory, PASSPHRASE) as vault:  # adopted once; what follows is checked
        with vault.transaction() as tx:
            tx.execute("UPDATE revisions SET at = ? WHERE id = 2", (T3,))
        assert "history of episode 1" in (integrity.check(vault).problem or "")


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        (
            "UPDATE revisions SET snapshot = replace(snapshot, 'gammel', 'ny') WHERE id = 2",
            "The history of episode 1 was changed outside Vidne",
        ),
        (
            "INSERT INTO captures (source, mime, sha256, size, captured_at, utc_offset, trigger, "
            "redacted_from, created_at) VALUES ('redaction', 'image/png', 'x', 1, "
            "'2025-03-14T17:05:00+00:00', '+01:00', 'tray', 1, '2025-03-14T18:00:00+00:00')",
            "A redacted copy of evidence item 1 was added outside Vidne",
        ),
        (
            "INSERT INTO revisions (episode_id, at, action, snapshot) "
            "VALUES (1, '2025-03-14T12:00:00+00:00', 'update', '{}')",
            "An entry in the history of episode 1 was added outside Vidne",
        ),
    ],
)
def test_tampering_before_the_upgrade_is_not_adopted(tmp_path: Path, sql: str, named: str) -> None:
    directory = old_vault(tmp_path / "v", sql)
    with Vault.open(directory, PASSPHRASE) as vault:
        assert (integrity.check(vault).problem or "").startswith(named)


def test_times_out_of_order_before_the_upgrade_are_recorded_not_reported(tmp_path: Path) -> None:
    """An older Vidne logged the clock as it was; a clock set back then is no tampering."""
    directory = old_vault(tmp_path / "v", second_at="2020-01-01T00:00:00+00:00")
    with Vault.open(directory, PASSPHRASE) as vault:
        assert integrity.check(vault).problem is None
        assert json.loads(vault.meta("chain_migration_5"))["backwards"] == [2]
        with vault.transaction() as tx:  # widening what the record allows is itself caught
            tx.execute(
                "UPDATE meta SET value = replace(value, '[2]', '[2, 3]') "
                "WHERE key = 'chain_migration_5'"
            )
        problem = integrity.check(vault).problem or ""
    assert problem.startswith("The record of this vault's upgrade was changed outside Vidne")
