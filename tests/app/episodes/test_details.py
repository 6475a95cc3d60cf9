"""The episode record in depth: every field round-trips, validation, history, chain."""

from __future__ import annotations

from pathlib import Path

import pytest
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import EDITABLE, Episode, EpisodeStore
from vidne.app.errors import ValidationError
from vidne.app.vault import integrity, migrations
from vidne.app.vault.store import Vault, connect

from tests.conftest import FAST_KDF, PASSPHRASE


def full_episode(sender_id: int | None = None) -> Episode:
    """Every field set to a non-default value (Danish text included)."""
    return Episode(
        occurred_at="2026-03-14T18:05:00+01:00",
        occurred_until="2026-03-20T22:00:00+01:00",
        channel="facebook",
        account="work",
        url="https://facebook.com/p/123",
        sender="Mor til Emil",
        sender_id=sender_id,
        kinds=["threats", "insults"],
        description="Opslag i forældregruppen om mig",
        quote="Du bør skamme dig, din ødelagte lærer",
        context="Efter forældremødet",
        own_reply="Jeg svarede ikke",
        severity=4,
        experience="Jeg sov dårligt i en uge",
        symptoms="Hjertebanken, søvnløshed",
        sick_days=3,
        doctor_visits=[{"date": "2026-03-16", "note": "Egen læge"}],
        witnesses=[{"name": "Åse", "role": "kollega", "contact": "aase@skole.dk"}],
        told=[
            {"who": "leader", "when": "2026-03-15", "note": "Mundtligt"},
            {"who": "amr", "when": "2026-03-16", "note": ""},
        ],
        references=[{"kind": "police", "number": "1200-12345-00001-26"}],
        asked_to_stop=True,
        support=["first_aid", "psychologist"],
        follow_up="Møde med leder 20/3",
        tags=["forældre", "facebook-gruppe"],
    )


def test_every_field_round_trips_through_the_store(vault: Vault, vault_dir: Path) -> None:
    sender = SenderStore(vault).add(Sender(name="Mor til Emil", relation="parent"))
    store = EpisodeStore(vault)
    saved = store.add(full_episode(sender.id))
    vault.lock()
    with Vault.open(vault_dir, PASSPHRASE) as again:
        loaded = EpisodeStore(again).get(int(saved.id or 0))
    assert loaded == saved
    expected = full_episode(sender.id)
    for name in EDITABLE:
        assert getattr(loaded, name) == getattr(expected, name), name


def test_defaults_round_trip_and_asked_to_stop_keeps_no(vault: Vault) -> None:
    store = EpisodeStore(vault)
    ep = store.add(Episode(description="kort", asked_to_stop=False, sick_days=0))
    got = store.get(int(ep.id or 0))
    assert got.asked_to_stop is False and got.sick_days == 0 and got.kinds == []


@pytest.mark.parametrize(
    "change, fragment",
    [
        ({"kinds": ["spam"]}, "Unknown kind"),
        ({"account": "home"}, "account"),
        ({"occurred_until": "2026-03-01T10:00+01:00"}, "before its start"),
        ({"sick_days": -1}, "Sick days"),
        ({"told": [{"who": "mum", "when": "", "note": ""}]}, "whom you told"),
        ({"doctor_visits": [{"date": "32-13-2026", "note": "x"}]}, "date is not valid"),
        ({"references": [{"kind": "bank", "number": "1"}]}, "reference"),
        ({"support": ["money"]}, "support"),
    ],
)
def test_invalid_fields_get_clear_messages_and_nothing_is_stored(
    vault: Vault, change: dict[str, object], fragment: str
) -> None:
    ep = full_episode()
    for key, value in change.items():
        setattr(ep, key, value)
    with pytest.raises(ValidationError) as info:
        EpisodeStore(vault).add(ep)
    assert fragment in info.value.message()
    assert EpisodeStore(vault).count() == 0


def test_empty_list_rows_are_dropped_and_tags_deduplicated(vault: Vault) -> None:
    ep = full_episode()
    ep.witnesses = [
        {"name": "", "role": "", "contact": ""},
        {"name": "Bo", "role": "", "contact": ""},
    ]
    ep.tags = ["Skole", "skole", " ", "aula"]
    saved = EpisodeStore(vault).add(ep)
    assert saved.witnesses == [{"name": "Bo", "role": "", "contact": ""}]
    assert saved.tags == ["Skole", "aula"]


def test_unknown_sender_id_is_refused(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="registry"):
        EpisodeStore(vault).add(full_episode(sender_id=99))


def test_history_records_what_changed_and_snapshot_has_all_fields(vault: Vault) -> None:
    store = EpisodeStore(vault)
    ep = store.add(Episode(description="Første udgave", channel="sms"))
    ep.quote = "præcis ordlyd"
    ep.told = [{"who": "tr", "when": "2026-03-20", "note": ""}]
    store.update(ep, source="editor")
    store.update(ep)  # no change: no revision
    history = store.revisions(int(ep.id or 0))
    assert [h["action"] for h in history] == ["create", "update"]
    changed = {c["field"]: c for c in history[1]["changes"]}
    assert set(changed) == {"quote", "told"}
    assert changed["quote"]["old"] == "" and changed["quote"]["new"] == "præcis ordlyd"
    with vault.read() as conn:
        snap = conn.execute("SELECT snapshot FROM revisions ORDER BY id DESC").fetchone()[0]
    import json

    assert set(json.loads(snap)) == set(Episode().to_dict())


@pytest.mark.parametrize(
    "column, value",
    [
        ("quote", "'ændret bag om ryggen'"),
        ("kinds", "'[\"other\"]'"),
        ("sick_days", "9"),
        ("asked_to_stop", "0"),
        ('"references"', "'[]'"),
        ("description", "'x'"),
    ],
)
def test_row_altered_behind_the_apps_back_breaks_the_chain(
    vault: Vault, column: str, value: str
) -> None:
    store = EpisodeStore(vault)
    ep = store.add(full_episode())
    store.add(Episode(description="en anden"))
    assert integrity.check(vault).problem is None
    with vault.transaction() as tx:
        tx.execute(f"UPDATE episodes SET {column} = {value} WHERE id = ?", (ep.id,))
    problem = integrity.check(vault).problem
    assert problem is not None and "revision" in problem and "altered" in problem


def test_altered_revision_and_removed_chain_entry_are_detected(vault: Vault) -> None:
    store = EpisodeStore(vault)
    ep = store.add(full_episode())
    ep.severity = 5
    store.update(ep)
    with vault.transaction() as tx:
        tx.execute(
            "UPDATE revisions SET snapshot = replace(snapshot, 'ødelagte', 'søde') WHERE id = 1"
        )
    assert "altered" in (integrity.check(vault).problem or "")


def test_delete_purges_history_but_keeps_the_chain_valid(vault: Vault) -> None:
    store = EpisodeStore(vault)
    ep = store.add(full_episode())
    ep.severity = 2
    store.update(ep)
    store.delete(int(ep.id or 0))
    with vault.read() as conn:
        snaps = [r[0] for r in conn.execute("SELECT snapshot FROM revisions ORDER BY id")]
        fts = conn.execute("SELECT count(*) FROM episodes_fts").fetchone()[0]
    assert snaps[:2] == ["", ""] and "deleted" in snaps[2]
    assert fts == 0
    assert all("ødelagte" not in s for s in snaps)
    assert integrity.check(vault).problem is None


def test_v2_vault_with_data_upgrades_to_v3_and_verifies(tmp_path: Path) -> None:
    """A vault written by the foundation code (m001+m002 only) keeps its episode and chain."""
    from vidne.app.vault import chain

    vault = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    key = bytes(vault._key)
    vault.lock()
    db = tmp_path / "v" / "vidne.db"
    db.unlink()
    conn = connect(db, key)
    assert migrations.upgrade(conn, target=2) == 2
    old = {
        "occurred_at": "2025-01-02T10:00:00+01:00",
        "channel": "sms",
        "sender": "Ukendt",
        "description": "gammel besked om min løn",
        "severity": 2,
        "id": 1,
        "recorded_at": "2025-01-02T09:00:00+00:00",
        "updated_at": "2025-01-02T09:00:00+00:00",
    }
    import json

    snapshot = json.dumps(old, sort_keys=True, ensure_ascii=False)
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO episodes (id, occurred_at, channel, sender, description, severity, "
        "recorded_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
        [
            old[k]
            for k in (
                "occurred_at",
                "channel",
                "sender",
                "description",
                "severity",
                "recorded_at",
                "updated_at",
            )
        ],
    )
    conn.execute(
        "INSERT INTO revisions (id, episode_id, at, action, snapshot) "
        "VALUES (1, 1, ?, 'create', ?)",
        (old["updated_at"], snapshot),
    )
    chain.append(conn, "revision", 1, chain.sha256_hex(snapshot.encode()), old["updated_at"])
    conn.execute("COMMIT")
    conn.close()
    with Vault.open(tmp_path / "v", PASSPHRASE) as v:
        ep = EpisodeStore(v).get(1)
        assert (ep.description, ep.severity, ep.kinds, ep.sender_id) == (
            "gammel besked om min løn",
            2,
            [],
            None,
        )
        assert integrity.check(v).problem is None
        from vidne.app.episodes import search

        assert search.search(v, search.Filters(text="løn")) == [1]
        with v.transaction() as tx:  # the new columns are protected too
            tx.execute("UPDATE episodes SET quote = 'indsat' WHERE id = 1")
        assert integrity.check(v).problem is not None


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO episodes (occurred_at, channel, description, severity, recorded_at, updated_at)"
        " VALUES ('2026-03-01T10:00:00+01:00', 'sms', 'indsat', 3, 'x', 'x')",
        "INSERT INTO revisions (episode_id, at, action, snapshot) VALUES (1, 'x', 'update', '{}')",
        "INSERT INTO senders (name, created_at, updated_at) VALUES ('Snyd', 'x', 'x')",
        "DELETE FROM episodes WHERE id = 1",
    ],
)
def test_rows_added_or_removed_behind_the_apps_back_are_detected(vault: Vault, sql: str) -> None:
    EpisodeStore(vault).add(full_episode())
    SenderStore(vault).add(Sender(name="Ægte", relation="parent"))
    assert integrity.check(vault).problem is None
    with vault.transaction() as tx:
        tx.execute(sql)
    assert integrity.check(vault).problem is not None
