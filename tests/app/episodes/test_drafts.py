"""An unfinished entry saved on lock or close is a draft: kept, listed, never counted."""

from __future__ import annotations

import pytest
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.errors import ValidationError
from vidne.app.output import export
from vidne.app.output.report import data as report_data
from vidne.app.vault import record_kinds
from vidne.app.vault.store import Vault


def test_a_draft_is_kept_without_severity_or_text(vault: Vault) -> None:
    store = EpisodeStore(vault)
    draft = store.add(Episode(description="", severity=0, draft=True, channel="facebook"))
    assert store.get(draft.id or 0).draft is True
    assert store.get(draft.id or 0).severity == 0
    with pytest.raises(ValidationError):  # a complete episode still needs both
        store.add(Episode(description="", severity=0))
    with vault.read() as conn:  # the widened CHECK left a sound database
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_drafts_are_listed_only_when_asked_and_never_counted(vault: Vault) -> None:
    store = EpisodeStore(vault)
    store.add(Episode(occurred_at="2026-03-01T10:00:00+01:00", description="fuld", severity=2))
    store.add(Episode(occurred_at="2026-03-02T10:00:00+01:00", description="halv", draft=True))
    assert [e.description for e in store.list()] == ["fuld"]
    assert [e.description for e in store.list(drafts=True)] == ["halv", "fuld"]
    assert [r["description"] for r in report_data.episodes(vault)] == ["fuld"]
    assert [r["description"] for r in export.episode_rows(vault)] == ["fuld"]


def test_completing_a_draft_counts_it_and_keeps_the_chain_whole(vault: Vault) -> None:
    store = EpisodeStore(vault)
    draft = store.add(Episode(description="halv", severity=0, draft=True))
    draft.severity, draft.draft = 3, False
    store.update(draft)
    assert [e.description for e in store.list()] == ["halv"]
    changed = {c["field"] for c in store.revisions(draft.id or 0)[-1]["changes"]}
    assert changed == {"severity", "draft"}
    with vault.read() as conn:
        assert record_kinds.verify(conn) is None


def test_the_draft_flag_is_covered_by_the_chain(vault: Vault) -> None:
    """Turning a draft into a counted episode behind Vidne's back shows in the check."""
    draft = EpisodeStore(vault).add(Episode(description="halv", severity=0, draft=True))
    with vault.transaction() as tx:
        tx.execute("UPDATE episodes SET draft = 0, severity = 5 WHERE id = ?", (draft.id,))
    with vault.read() as conn:
        assert record_kinds.verify(conn) is not None
