"""The sender registry: recognition, counts, internal/external, merge with history."""

from __future__ import annotations

import pytest
from vidne.app.episodes import search
from vidne.app.episodes.senders import Sender, SenderStore, is_internal, normalise_identifier
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import ValidationError
from vidne.app.vault import integrity
from vidne.app.vault.store import Vault


def test_recognise_by_handle_email_or_phone_in_any_form(vault: Vault) -> None:
    store = SenderStore(vault)
    jens = store.add(
        Sender(
            name="Jens Hansen",
            relation="parent",
            identifiers=["@jens_h", "jens@example.dk", "+45 12 34 56 78"],
        )
    )
    for typed in (
        "jens_h",
        "@JENS_H",
        "Jens@Example.dk",
        "12345678",
        "0045 12 34 56 78",
        "jens hansen",
    ):
        found = store.recognise(typed)
        assert found is not None and found.id == jens.id, typed
    assert store.recognise("anden@example.dk") is None


def test_counts_and_internal_external(vault: Vault) -> None:
    senders, episodes = SenderStore(vault), EpisodeStore(vault)
    boss = senders.add(Sender(name="Chefen", relation="leader"))
    anon = senders.add(Sender(name="", relation="unknown", identifiers=["troll_99"]))
    for _ in range(3):
        episodes.add(Episode(description="mail", sender_id=anon.id))
    episodes.add(Episode(description="møde", sender_id=boss.id))
    listed = senders.list()
    assert [(s.id, s.episode_count) for s in listed] == [(anon.id, 3), (boss.id, 1)]
    assert boss.internal and not anon.internal
    assert is_internal("colleague") and not is_internal("student")
    assert episodes.list()[0].sender == "Chefen"  # the registry name fills an empty sender


def test_invalid_sender_is_refused(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        SenderStore(vault).add(Sender(name="", identifiers=[]))
    with pytest.raises(ValidationError):
        SenderStore(vault).add(Sender(name="X", relation="enemy"))


def test_merge_moves_episodes_with_revisions_and_keeps_identifiers(vault: Vault) -> None:
    senders, episodes = SenderStore(vault), EpisodeStore(vault)
    a = senders.add(Sender(name="Fake profil", relation="unknown", identifiers=["@fake1"]))
    b = senders.add(Sender(name="Peter Ø", relation="citizen", identifiers=["peter@ø.dk"]))
    ea = episodes.add(Episode(description="fra a", sender="fake1", sender_id=a.id))
    episodes.add(Episode(description="fra b", sender_id=b.id))
    merged = senders.merge(int(a.id or 0), int(b.id or 0))
    assert {"@fake1", "Fake profil"} <= set(merged.identifiers)
    moved = episodes.get(int(ea.id or 0))
    assert moved.sender_id == b.id and moved.sender == "fake1"  # the display text is kept
    history = episodes.revisions(int(ea.id or 0))
    assert history[-1]["source"] == "merge"
    assert history[-1]["changes"] == [{"field": "sender_id", "old": a.id, "new": b.id}]
    assert [s.id for s in senders.list()] == [b.id]
    assert senders.list()[0].episode_count == 2
    assert senders.get(int(a.id or 0)).merged_into == b.id
    assert senders.recognise("@fake1").id == b.id  # type: ignore[union-attr]
    # the survivor's episodes are now found by the merged sender's handle too
    assert len(search.search(vault, search.Filters(text="fake1"))) == 2
    assert integrity.check(vault).problem is None
    with pytest.raises(ValidationError):
        senders.merge(int(a.id or 0), int(b.id or 0))
    # a new episode pointed at the merged sender lands on the survivor
    late = episodes.add(Episode(description="sen", sender_id=a.id))
    assert late.sender_id == b.id


def test_sender_row_altered_behind_the_apps_back_is_detected(vault: Vault) -> None:
    s = SenderStore(vault).add(Sender(name="Karen", relation="parent"))
    assert integrity.check(vault).problem is None
    with vault.transaction() as tx:
        tx.execute("UPDATE senders SET relation = 'colleague' WHERE id = ?", (s.id,))
    assert "sender" in (integrity.check(vault).problem or "")


def test_renaming_a_sender_updates_search(vault: Vault) -> None:
    senders = SenderStore(vault)
    s = senders.add(Sender(name="Anonym", relation="unknown"))
    ep = EpisodeStore(vault).add(Episode(description="besked", sender="x", sender_id=s.id))
    s.identifiers = ["skæg_med_blå"]
    senders.update(s)
    assert search.search(vault, search.Filters(text="skæg_med_blå")) == [ep.id]


def test_normalise_identifier() -> None:
    assert normalise_identifier(" @Hans ") == "hans"
    assert normalise_identifier("+45 12-34-56-78") == normalise_identifier("12345678")
