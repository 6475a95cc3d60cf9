"""Full-text search with Danish text, and the list filters."""

from __future__ import annotations

from vidne.app.episodes import search
from vidne.app.episodes.search import Filters
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault


def seed(vault: Vault) -> dict[str, int]:
    store = EpisodeStore(vault)
    troll = SenderStore(vault).add(
        Sender(name="Trolden", relation="unknown", identifiers=["@nattevagt"])
    )
    ids = {}
    ids["bor"] = store.add(
        Episode(
            occurred_at="2026-01-05T10:00+01:00",
            channel="sms",
            description="Han ved hvor jeg bor",
            severity=4,
            kinds=["threats", "stalking"],
        )
    ).id
    ids["bør"] = store.add(
        Episode(
            occurred_at="2026-02-05T10:00+01:00",
            channel="facebook",
            description="Opslag",
            quote="Du bør fyres, din dumme lærer",
            severity=2,
            kinds=["insults"],
            told=[{"who": "leader", "when": "", "note": ""}],
        )
    ).id
    ids["troll"] = store.add(
        Episode(
            occurred_at="2026-03-05T10:00+01:00",
            channel="email",
            description="Mail om min familie",
            sender_id=troll.id,
            own_reply="Jeg bad ham stoppe",
            follow_up="Tal med AMR",
            tags=["weekend"],
            severity=3,
        )
    ).id
    ids["sender"] = int(troll.id or 0)
    return {k: int(v or 0) for k, v in ids.items()}


def test_danish_letters_are_letters_of_their_own(vault: Vault) -> None:
    ids = seed(vault)
    assert search.search(vault, Filters(text="bør")) == [ids["bør"]]
    assert search.search(vault, Filters(text="bor")) == [ids["bor"]]
    assert search.search(vault, Filters(text="LÆRER")) == [ids["bør"]]
    assert search.search(vault, Filters(text="laerer")) == []
    assert search.search(vault, Filters(text="lær")) == [ids["bør"]]  # prefix


def test_every_searchable_field(vault: Vault) -> None:
    ids = seed(vault)
    for text in ("familie", "Trolden", "nattevagt", "stoppe", "AMR", "weekend"):
        assert search.search(vault, Filters(text=text)) == [ids["troll"]], text
    assert search.search(vault, Filters(text="min")) == [ids["troll"]]
    assert search.search(vault, Filters(text='"unbalanced (NEAR')) == []


def test_filters(vault: Vault) -> None:
    ids = seed(vault)
    assert search.search(vault, Filters(since="2026-02-01", until="2026-02-28")) == [ids["bør"]]
    assert search.search(vault, Filters(channels=["sms", "email"])) == [ids["troll"], ids["bor"]]
    assert search.search(vault, Filters(sender_id=ids["sender"])) == [ids["troll"]]
    assert search.search(vault, Filters(severity_min=3)) == [ids["troll"], ids["bor"]]
    assert search.search(vault, Filters(kinds=["stalking"])) == [ids["bor"]]
    assert search.search(vault, Filters(told=True)) == [ids["bør"]]
    assert search.search(vault, Filters(told=False)) == [ids["troll"], ids["bor"]]
    assert search.search(vault, Filters(text="opslag", told=False)) == []


def test_index_follows_edits_and_deletes(vault: Vault) -> None:
    ids = seed(vault)
    store = EpisodeStore(vault)
    ep = store.get(ids["bor"])
    ep.description = "Han står ved skolen"
    store.update(ep)
    assert search.search(vault, Filters(text="bor")) == []
    assert search.search(vault, Filters(text="skolen")) == [ids["bor"]]
    store.delete(ids["bor"])
    assert search.search(vault, Filters(text="skolen")) == []
    with vault.read() as conn:  # one index row per surviving episode, none left behind
        rows = sorted(r[0] for r in conn.execute("SELECT rowid FROM episodes_fts"))
    assert rows == sorted([ids["troll"], ids["bør"]])


def test_index_and_new_fields_leave_no_plaintext_on_disk(vault: Vault, vault_dir) -> None:  # type: ignore[no-untyped-def]
    import tempfile
    import uuid
    from pathlib import Path

    from tests.conftest import scan_for

    marker = f"MARKØR-{uuid.uuid4().hex}"  # made at run time: no source file contains it
    s = SenderStore(vault).add(Sender(name="x", relation="unknown", identifiers=[marker]))
    EpisodeStore(vault).add(
        Episode(description="d", quote=marker, experience=marker, sender_id=s.id, tags=[marker])
    )
    assert search.search(vault, Filters(text=marker)) != []
    vault.lock()
    assert scan_for(marker.encode(), vault_dir, Path(tempfile.gettempdir())) == []
