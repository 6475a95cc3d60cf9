"""The guide's content in both languages, and the per-episode checklist."""

from __future__ import annotations

import pytest
from vidne.app import guide
from vidne.app.episodes import checklist
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "en",
            [
                "14 days after the first day of absence",
                "within one year",
                "police",
                "Win + Shift + S",
                "Cmd + Shift + 4",
                "Print",
                "AMR",
                "TR",
                "not legal advice",
            ],
        ),
        (
            "da",
            [
                "14 dage efter første fraværsdag",
                "inden for et år",
                "politiet",
                "Win + Shift + S",
                "Cmd + Shift + 4",
                "Print",
                "AMR",
                "TR",
                "ikke juridisk rådgivning",
                "grovheden, hyppigheden og varigheden",
            ],
        ),
    ],
)
def test_guide_states_the_facts_with_the_date_checked(lang: str, words: list[str]) -> None:
    text = guide.guide_text(lang)
    assert guide.CHECKED in text
    for word in words:
        assert word in text, word


def test_unknown_language_falls_back_to_english() -> None:
    assert guide.guide_text("fr") == guide.guide_text("en")


def test_checklist_of_a_bare_episode_and_of_a_complete_one(vault: Vault) -> None:
    bare = EpisodeStore(vault).add(
        Episode(description="kort", channel="facebook", kinds=["threats"], sick_days=2)
    )
    keys = [i.key for i in checklist.for_episode(vault, bare)]
    assert keys[:2] == ["not_told", "no_evidence"]
    assert {"no_quote", "no_url", "threat_not_police", "absence_no_injury_report"} <= set(keys)
    assert checklist.missing(bare, 0)[0].text.startswith("Not told anyone yet")
    done = Episode(
        description="x",
        channel="sms",
        quote="q",
        kinds=["threats"],
        sender_id=1,
        experience="bange",
        told=[{"who": "amr", "when": "", "note": ""}, {"who": "police", "when": "", "note": ""}],
    )
    assert checklist.missing(done, 1) == []
    only_police = Episode(description="x", told=[{"who": "police", "when": "", "note": ""}])
    assert "not_told" in [i.key for i in checklist.missing(only_police, 1)]
