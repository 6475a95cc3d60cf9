"""What an episode's record still lacks, as a short checklist shown beside the editor.

The items follow the guidance: tell someone (leader, AMR, TR), secure the evidence, keep the exact
words, describe your own experience, report threats and absence. They are reminders, never
requirements: an episode with open items is saved like any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from vidne.app.episodes.store import Episode
from vidne.app.i18n import QT_TRANSLATE_NOOP, translate
from vidne.app.vault.store import Vault

ITEMS: dict[str, str] = {
    "not_told": QT_TRANSLATE_NOOP(
        "Checklist", "Not told anyone yet (leader, AMR, TR or a colleague)."
    ),
    "no_evidence": QT_TRANSLATE_NOOP("Checklist", "No evidence attached (screenshot or file)."),
    "no_quote": QT_TRANSLATE_NOOP("Checklist", "No exact quote of the words used."),
    "no_kind": QT_TRANSLATE_NOOP("Checklist", "Kind of harassment not chosen."),
    "no_sender": QT_TRANSLATE_NOOP(
        "Checklist", "Sender not linked to the registry, so repeats are not counted."
    ),
    "no_experience": QT_TRANSLATE_NOOP(
        "Checklist", "Your own experience and its effect are not described."
    ),
    "no_url": QT_TRANSLATE_NOOP("Checklist", "No link (URL) to where it was posted."),
    "threat_not_police": QT_TRANSLATE_NOOP(
        "Checklist", "A threat that has not been reported to the police."
    ),
    "absence_no_injury_report": QT_TRANSLATE_NOOP(
        "Checklist", "Sick days but no work-injury report number."
    ),
}

# Channels where a link usually exists (a post, a profile, a thread).
_LINKED_CHANNELS = frozenset({"facebook", "x", "instagram", "tiktok", "forum"})


@dataclass(frozen=True)
class Item:
    key: str

    @property
    def text(self) -> str:
        return translate("Checklist", ITEMS[self.key])


def missing(ep: Episode, evidence_count: int) -> list[Item]:
    """The open items for *ep*, most important first."""
    told = {t.get("who") for t in ep.told if t.get("who")}  # the editor's blank rows don't count
    refs = {r.get("kind") for r in ep.references if r.get("kind") and r.get("number")}
    checks = [
        ("not_told", not told - {"police", "platform"}),
        ("no_evidence", evidence_count == 0),
        ("no_quote", not ep.quote.strip()),
        ("no_kind", not ep.kinds),
        ("no_sender", ep.sender_id is None),
        ("no_experience", not ep.experience.strip()),
        ("no_url", ep.channel in _LINKED_CHANNELS and not ep.url.strip()),
        ("threat_not_police", "threats" in ep.kinds and "police" not in told),
        ("absence_no_injury_report", bool(ep.sick_days) and "work_injury" not in refs),
    ]
    return [Item(key) for key, is_open in checks if is_open]


def evidence_count(vault: Vault, episode_id: int | None) -> int:
    """How many captures or imported files are linked to the episode."""
    if episode_id is None:
        return 0
    with vault.read() as conn:
        row = conn.execute(
            "SELECT count(*) FROM episode_captures WHERE episode_id = ?", (episode_id,)
        ).fetchone()
    return int(row[0])


def for_episode(vault: Vault, ep: Episode) -> list[Item]:
    return missing(ep, evidence_count(vault, ep.id))
