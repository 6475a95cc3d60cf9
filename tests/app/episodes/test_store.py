"""Episode CRUD, validation messages, revisions and the chain (first cut of the record)."""

from __future__ import annotations

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import NotFound, ValidationError
from vidne.app.vault import chain
from vidne.app.vault.integrity import check
from vidne.app.vault.store import Vault


def make(**kw: object) -> Episode:
    base = dict(
        occurred_at="2026-03-14T18:05:00+01:00",
        channel="facebook",
        sender="Forælder i klassens gruppe",
        description="Kaldte mig inkompetent",
        severity=3,
    )
    base.update(kw)
    return Episode(**base)  # type: ignore[arg-type]


def test_add_get_update_delete(vault: Vault) -> None:
    store = EpisodeStore(vault)
    saved = store.add(make())
    assert saved.id is not None and saved.recorded_at and saved.updated_at
    got = store.get(saved.id)
    assert got.occurred_at == "2026-03-14T18:05:00+01:00"
    assert got.sender == "Forælder i klassens gruppe"
    got.severity = 4
    got.description = "Kaldte mig inkompetent og delte mit telefonnummer"
    store.update(got)
    again = store.get(saved.id)
    assert again.severity == 4 and "telefonnummer" in again.description
    assert again.recorded_at == saved.recorded_at
    store.delete(saved.id)
    with pytest.raises(NotFound):
        store.get(saved.id)
    assert store.count() == 0


def test_naive_time_gets_the_local_offset(vault: Vault) -> None:
    saved = EpisodeStore(vault).add(make(occurred_at="2026-03-14T18:05"))
    assert saved.occurred_at.startswith("2026-03-14T18:05:00")
    assert saved.occurred().utcoffset() is not None


@pytest.mark.parametrize(
    "field,value,fragment",
    [
        ("severity", 0, "1 to 5"),
        ("severity", 6, "1 to 5"),
        ("channel", "myspace", "channel"),
        ("occurred_at", "i går", "not valid"),
        ("occurred_at", "2099-01-01T10:00", "future"),
        ("description", "", "description"),
    ],
)
def test_validation_gives_clear_messages(
    vault: Vault, field: str, value: object, fragment: str
) -> None:
    kwargs = {field: value}
    if field == "description":
        kwargs["sender"] = ""
    with pytest.raises(ValidationError) as err:
        EpisodeStore(vault).add(make(**kwargs))
    assert fragment in err.value.message()
    assert EpisodeStore(vault).count() == 0


def test_control_characters_are_removed_but_lines_kept(vault: Vault) -> None:
    saved = EpisodeStore(vault).add(make(description="a\x00b\x1b[31mc\nd\te"))
    assert saved.description == "ab[31mc\nd\te"


def test_every_change_is_a_revision_with_what_changed(vault: Vault) -> None:
    store = EpisodeStore(vault)
    ep = store.add(make())
    ep.severity = 5
    store.update(ep)
    store.update(ep)  # no change: no new revision
    revs = store.revisions(ep.id or 0)
    assert [r["action"] for r in revs] == ["create", "update"]
    assert revs[1]["changes"] == [{"field": "severity", "old": 3, "new": 5}]


def test_chain_detects_a_row_altered_behind_the_apps_back(vault: Vault) -> None:
    store = EpisodeStore(vault)
    ep = store.add(make())
    store.add(make(description="Anden episode"))
    assert check(vault).problem is None
    with vault.transaction() as tx:
        tx.execute(
            "UPDATE revisions SET snapshot = replace(snapshot, 'inkompetent', 'flink') "
            "WHERE episode_id = ?",
            (ep.id,),
        )
    problem = check(vault).problem
    assert problem is not None and "chain entry 1" in problem


def test_chain_detects_a_removed_entry(vault: Vault) -> None:
    store = EpisodeStore(vault)
    for i in range(3):
        store.add(make(description=f"episode {i}"))
    with vault.transaction() as tx:
        tx.execute("DELETE FROM chain WHERE seq = 2")
    problem = check(vault).problem
    assert problem is not None and "chain entry 3" in problem


def test_delete_is_recorded_and_history_content_purged(vault: Vault) -> None:
    store = EpisodeStore(vault)
    ep = store.add(make(description="MARKØR-SLET"))
    head_before = _head(vault)
    store.delete(ep.id or 0)
    assert _head(vault) != head_before
    assert check(vault).problem is None
    with vault.read() as conn:
        rows = conn.execute("SELECT action, snapshot FROM revisions").fetchall()
    assert [r[0] for r in rows] == ["create", "delete"]
    assert all("MARKØR" not in r[1] for r in rows)


def _head(vault: Vault) -> str:
    with vault.read() as conn:
        return chain.head(conn)


def test_dicts_read_for_the_report_equal_the_episodes_own_dicts(vault: Vault) -> None:
    store = EpisodeStore(vault)
    store.add(make(witnesses=[{"name": "Anne", "role": "kollega", "contact": ""}]))
    store.add(make(told=[{"who": "leader", "when": "2026-03-15", "note": ""}], asked_to_stop=True))
    store.add(make(description="Halvskrevet", draft=True))
    for drafts in (False, True):
        assert store.dicts(drafts) == [ep.to_dict() for ep in store.list(drafts=drafts)]
    assert len(store.dicts()) == 2
    first = store.dicts()[0]
    first["told"].append({"who": "x"})  # a caller changing its copy changes nothing stored
    assert store.dicts()[0]["told"] != first["told"]


def test_the_list_is_read_from_its_covering_index(vault: Vault) -> None:
    """The window's list and the Overview read only the index (m008), not every whole record:
    if the list's columns or the description's length change, the index must change too."""
    from vidne.app.episodes.store import _summary_sql

    with vault.read() as conn:
        for drafts in (True, False):
            plan = " ".join(
                str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + _summary_sql(drafts))
            )
            assert "COVERING INDEX episodes_listed" in plan, plan
