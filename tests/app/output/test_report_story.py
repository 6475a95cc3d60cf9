"""The report's first page tells the case in words, and every figure in it is the log's."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault import profile
from vidne.app.vault.store import Vault

from tests.helpers.report import add_episode, pdf_text

# (when, sender, severity, channel, sick days, told leader on)
LOG = [
    ("2026-01-05T09:00:00+01:00", "Forælder A", 2, "facebook", None, ""),
    ("2026-01-09T09:00:00+01:00", "Forælder A", 3, "facebook", 2, "2026-01-10"),
    ("2026-02-20T09:00:00+01:00", "Elev B", 4, "sms", 3, ""),
    ("2026-02-22T09:00:00+01:00", "Forælder A", 5, "email", None, ""),
    ("2026-02-25T09:00:00+01:00", "Forælder A", 4, "facebook", None, ""),
    ("2026-02-27T09:00:00+01:00", "Ukendt C", 1, "forum", None, ""),
]


@pytest.fixture
def logged(vault: Vault) -> Vault:
    store = EpisodeStore(vault)
    for when, sender, severity, channel, sick, told in LOG:
        store.add(
            Episode(
                occurred_at=when,
                sender=sender,
                severity=severity,
                channel=channel,
                description=f"{sender} {when[:10]}",
                sick_days=sick,
                told=[{"who": "leader", "when": told, "note": ""}] if told else [],
                doctor_visits=[{"date": "2026-01-12", "note": "stress"}] if sick == 2 else [],
            )
        )
    profile.set_profile(vault, "Mette Ærø", "Nordskolen")
    return vault


def first_pages(path: Path) -> str:
    """The words of the first pages (cover and summary), whitespace flattened."""
    pages = PdfReader(str(path)).pages[:3]
    return " ".join(" ".join((p.extract_text() or "") for p in pages).split())


def test_the_summary_figures_are_the_logs(logged: Vault, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    today = date.today()
    pdf.write(logged, Selection(recipient="leader", lang="da", request="Et møde i næste uge"), out)
    text = first_pages(out)
    days = [date.fromisoformat(w[:10]) for w, *_ in LOG]
    span = (days[-1] - days[0]).days + 1
    assert f"Der er registreret 6 episoder fra {days[0]} til {days[-1]}, i alt {span} dage" in text
    # per level, gravest first: 5 once, 4 twice, 3 once, 2 once, 1 once
    assert "5 – Akut: 1, 4 – Meget alvorlig: 2, 3 – Alvorlig: 1, 2 – Mærkbar: 1, 1 – Let: 1" in text
    # 2 in January, 4 in February: 3,0 a month over 2 months, most in February
    assert "I gennemsnit 3,0 episoder pr. måned over 2 måneder; flest i 2026-02 (4)" in text
    gap = max((b - a).days for a, b in zip(days, days[1:], strict=False))
    assert f"Den længste periode uden episoder var {gap} dage (2026-01-09 – 2026-02-20)" in text
    assert "Grovheden er" in text and "tendenslinjen går fra" in text
    assert "Forælder A (4 episoder, 2026-01-05 – 2026-02-25)" in text
    assert "Facebook (3)" in text and "SMS (1)" in text and "E-mail (1)" in text
    assert "Der er registreret 5 sygedage ved 2 episoder" in text
    assert "den første episode med sygedage var 2026-01-09" in text
    assert "Lægebesøg: 1, det første 2026-01-12" in text
    assert "Leder fra 2026-01-10 (1 episode)" in text
    employer = date(2026, 1, 9) + timedelta(days=14)
    own = date(2027, 1, 9)
    assert f"arbejdsskade er {employer}" in text and f"senest {own}" in text
    assert ("(overskredet)" in text) == (employer < today or own < today)
    assert "Det beder jeg om: Et møde i næste uge" in text
    assert "Mette Ærø" in text and "Nordskolen" in text


def test_missing_data_is_said_not_guessed(vault: Vault, tmp_path: Path) -> None:
    add_episode(vault, "2026-03-01T09:00:00+01:00", "ALENE", images=0)
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(lang="en"), out)
    text = first_pages(out)
    assert "the name of the person reporting is not filled in" in text.lower()
    assert "The workplace is not filled in." in text
    assert "One episode is recorded, on 2026-03-01." in text
    assert "too few episodes" in text
    assert "No sick days are recorded." in text and "No doctor visits are recorded." in text
    assert "Nobody is recorded as told yet." in text
    assert "the log cannot give a date for the reporting deadlines" in text
    assert "What is asked for has not been written." in text


def test_numbers_are_the_apps_and_annexes_name_their_episode(vault: Vault, tmp_path: Path) -> None:
    """The app calls an episode by its id; the report uses the same number, and every annex
    says which episode it belongs to (and the episode which annexes are its)."""
    ids = [add_episode(vault, f"2026-02-{d:02d}T09:00:00+01:00", f"M{d}", images=1) for d in (3, 1)]
    later, earlier = ids  # the later episode was entered first: id 1, printed second
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(lang="da"), out)
    text = " ".join(pdf_text(out).split())
    assert f"Episode {later} · 2026-02-03" in text and f"Episode {earlier} · 2026-02-01" in text
    # annexes are numbered in time order: the earlier episode's capture is annex 1
    assert f"Bilag 1 – til episode {earlier}" in text
    assert f"Bilag 2 – til episode {later}" in text


def test_drafts_are_never_in_a_report(vault: Vault, tmp_path: Path) -> None:
    from vidne.app.output.report.selection import Selection as Sel

    eps = [{"id": 1, "occurred_at": "2026-01-01T10:00:00+01:00", "draft": True}]
    eps.append({"id": 2, "occurred_at": "2026-01-02T10:00:00+01:00"})
    assert [e["id"] for e in Sel().episodes(eps)] == [2]
    assert [e["id"] for e in Sel(episode_ids={1, 2}).episodes(eps)] == [2]


def test_police_get_time_order_quotes_first_and_evidence_beside(
    vault: Vault, tmp_path: Path
) -> None:
    add_episode(vault, "2026-02-01T09:00:00+01:00", "FØRSTE", images=1, quote="CITATET")
    add_episode(vault, "2026-02-05T09:00:00+01:00", "ANDEN", images=1)
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(recipient="police", lang="da"), out)
    text = " ".join(pdf_text(out).split())
    first, second = text.index("FØRSTE skrev"), text.index("ANDEN skrev")
    assert text.index("Bilag 1 – til episode 1") < second  # its evidence before the next one
    quote, description = text.index("CITATET"), first
    assert quote < description  # the exact words before the description
    assert text.index("Afsender: Forælder Ærø") < quote
    assert "dokumentation til en politianmeldelse" in text
