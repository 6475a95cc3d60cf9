"""The PDF report, opened for real: text, images, pages, structure, selection, cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection
from vidne.app.vault.store import Vault

from tests.helpers.report import (
    HOSTILE,
    add_episode,
    image_count,
    pdf_text,
    qpdf_ok,
    rendered_pages,
)


@pytest.fixture
def three_months(vault: Vault) -> dict[str, int]:
    """Episodes in January, February (two) and March with known markers."""
    return {
        "JANMARK": add_episode(vault, "2026-01-10T09:00:00+01:00", "JANMARK", images=1),
        "FEBMARKA": add_episode(
            vault,
            "2026-02-03T09:00:00+01:00",
            "FEBMARKA",
            images=2,
            quote=" ".join(HOSTILE) + " 😡 slut",
        ),
        "FEBMARKB": add_episode(vault, "2026-02-20T21:30:00+01:00", "FEBMARKB", images=1),
        "MARMARK": add_episode(vault, "2026-03-05T09:00:00+01:00", "MARMARK", images=1),
    }


def test_period_selects_exactly_its_episodes(
    vault: Vault, three_months: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "rapport.pdf"
    sel = Selection(start=date(2026, 2, 1), end=date(2026, 2, 28), recipient="amr", lang="da")
    pdf.write(vault, sel, out)
    assert out.stat().st_mode & 0o077 == 0  # only the owner can read the report
    text = pdf_text(out)
    assert "FEBMARKA" in text and "FEBMARKB" in text
    assert "JANMARK" not in text and "MARMARK" not in text
    assert "æøå ÆØÅ" in text and "Forælder Ærø" in text
    assert "Arbejdsmiljørepræsentant" in text and "Fortroligt" in text
    # the 3 images of the two February episodes, nothing from January or March
    assert image_count(out) == 3


def test_hostile_text_is_printed_literally_and_links_nothing(
    vault: Vault, three_months: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(episode_ids={three_months["FEBMARKA"]}), out)
    text = pdf_text(out)
    flat = " ".join(text.split())
    for hostile in HOSTILE:
        assert hostile in flat, hostile
    assert "😡" in flat and "[emoji" not in flat  # the emoji itself, not its name
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    reader = PdfReader(str(out))
    for page in reader.pages:
        assert "/Annots" not in page  # no link annotations
    if hostname:
        assert hostname not in text.replace("\n", "")
    assert image_count(out) == 2  # only the episode's own two images


def test_footer_pages_render_and_qpdf(
    vault: Vault, three_months: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(lang="da"), out)
    pages = PdfReader(str(out)).pages
    n = len(pages)
    assert f"Side 1 af {n}" in (pages[0].extract_text() or "")
    assert f"Side {n} af {n}" in (pages[-1].extract_text() or "")
    assert qpdf_ok(out)
    assert rendered_pages(out, tmp_path / "png") == n
    assert image_count(out) == 5


def test_english_no_images_and_excluded_capture(
    vault: Vault, three_months: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(lang="en", images=False), out)
    text = pdf_text(out)
    assert "Page 1 of" in text and "Confidential" in text and "Annex 5" in text
    assert image_count(out) == 0
    plan = pdf.plan(vault, Selection())
    first = plan.items[0].id
    out2 = tmp_path / "r2.pdf"
    pdf.write(vault, Selection(excluded_captures={first}), out2)
    assert image_count(out2) == 4
    assert plan.items[0].sha256 not in pdf_text(out2)


def test_long_text_wraps_and_splits_across_pages(vault: Vault, tmp_path: Path) -> None:
    long_word = "x" * 3000
    body = ("Lang besked æøå. " * 4000) + long_word + " SLUTMARKØR"
    add_episode(vault, "2026-02-03T09:00:00+01:00", "LONGMARK", images=0, quote=body)
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(), out)
    text = pdf_text(out)
    assert "SLUTMARKØR" in text and "LONGMARK" in text
    assert len(PdfReader(str(out)).pages) > 8
    assert qpdf_ok(out)


def test_cancel_writes_nothing_and_progress_reaches_the_end(
    vault: Vault, three_months: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    seen: list[tuple[int, int]] = []
    with pytest.raises(pdf.Cancelled):
        pdf.write(
            vault,
            Selection(),
            out,
            progress=lambda d, t: seen.append((d, t)),
            cancel=lambda: len(seen) >= 2,
        )
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]
    seen.clear()
    pdf.write(vault, Selection(), out, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert [p.name for p in tmp_path.iterdir() if p.name != "vault"] == ["r.pdf"]


def test_empty_selection_still_makes_a_valid_report(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(start=date(2020, 1, 1), end=date(2020, 1, 2)), out)
    assert "Ingen episoder" in pdf_text(out)
    assert qpdf_ok(out)


def test_series_overlapping_the_period_is_included(vault: Vault, tmp_path: Path) -> None:
    add_episode(
        vault,
        "2026-01-10T09:00:00+01:00",
        "SERIESMARK",
        images=0,
        occurred_until="2026-02-15T09:00:00+01:00",
    )
    add_episode(vault, "2026-01-12T09:00:00+01:00", "ONEOFFMARK", images=0)
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(start=date(2026, 2, 1), end=date(2026, 2, 28)), out)
    text = pdf_text(out)
    assert "SERIESMARK" in text and "ONEOFFMARK" not in text


def test_imported_file_is_an_annex_with_its_hash_but_no_image(vault: Vault, tmp_path: Path) -> None:
    from vidne.app.evidence.store import CaptureStore, NewCapture

    episode_id = add_episode(vault, "2026-02-03T09:00:00+01:00", "IMPORTMARK", images=1)
    store = CaptureStore(vault)
    pdf_id = store.add(
        NewCapture(
            original=b"%PDF-1.4 politianmeldelse",
            mime="application/pdf",
            captured_at="2026-02-04T08:00:00+00:00",
            utc_offset="+01:00",
            trigger="import",
            source="import",
            original_name="anmeldelse.pdf",
        )
    )
    store.attach([pdf_id], episode_id)
    out = tmp_path / "r.pdf"
    plan = pdf.write(vault, Selection(lang="en"), out)
    text = pdf_text(out)
    assert "Annex 2" in text and "anmeldelse.pdf" in text and "Imported" in text
    assert store.get(pdf_id).sha256 in text
    assert image_count(out) == 1 and len(plan.items) == 2


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_report_prints_every_code_as_the_app_labels_it(
    qapp: object, vault: Vault, tmp_path: Path, lang: str
) -> None:
    """Channels, kinds, severity, relations, told, references, support, account, evidence
    source and trigger: the report's words are the app's words in the same language."""
    from vidne.app import i18n
    from vidne.app.episodes import vocabulary as v
    from vidne.app.episodes.senders import Sender, SenderStore
    from vidne.app.episodes.store import Episode, EpisodeStore
    from vidne.app.evidence.store import CaptureStore, NewCapture

    from tests.helpers.report import png

    senders = [SenderStore(vault).add(Sender(name=f"S{r}", relation=r)) for r in v.RELATIONS]
    every_list = {
        "kinds": list(v.KINDS),
        "support": list(v.SUPPORT),
        "told": [{"who": who, "when": "2026-02-01", "note": ""} for who in v.TOLD_WHO],
        "references": [{"kind": kind, "number": "1"} for kind in v.REFERENCE_KINDS],
    }
    for n, channel in enumerate(v.CHANNELS):  # one episode per channel, the first has all lists
        sender = senders[n % len(senders)]
        EpisodeStore(vault).add(
            Episode(
                occurred_at=f"2026-02-{n + 1:02d}T09:00:00+01:00",
                channel=channel,
                sender=sender.name,
                sender_id=sender.id,
                severity=n % 5 + 1,
                account="work" if n % 2 else "private",
                description=f"episode {n}",
                **(every_list if n == 0 else {}),
            )
        )
    captures = CaptureStore(vault)
    ids = [
        captures.add(
            NewCapture(
                original=png(colour=(n, 0, 0)),
                mime="image/png",
                captured_at="2026-02-01T08:00:00+00:00",
                utc_offset="+01:00",
                trigger=trigger,
                source=source,
            )
        )
        for n, (source, trigger) in enumerate(
            zip(_sources_for(v.TRIGGERS), v.TRIGGERS, strict=True)
        )
    ]
    captures.attach(ids, 1)
    out = tmp_path / "r.pdf"
    pdf.write(vault, Selection(lang=lang, images=False), out)
    text = " ".join(pdf_text(out).split())
    try:
        i18n.install(lang)  # what the app shows in the same language
        shown = [v.label(t, k) for t, (_c, keys) in v.TABLES.items() for k in keys if k]
        shown += [v.severity_label(level) for level in v.SEVERITY]
    finally:
        i18n.install("en")
    missing = [words for words in shown if " ".join(words.split()) not in text]
    assert missing == []


def _sources_for(triggers: dict[str, str]) -> list[str]:
    """Every capture source once, then "screen" for the remaining triggers (one capture each)."""
    from vidne.app.episodes import vocabulary as v

    sources = list(v.SOURCES)
    return sources + ["screen"] * (len(triggers) - len(sources))
