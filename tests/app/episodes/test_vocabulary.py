"""One label per code: every code has a Danish and an English label, and the app (in the
window's language) and the report (in the language asked for) give the same words."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from vidne.app import i18n
from vidne.app.episodes import vocabulary
from vidne.app.episodes.vocabulary import (
    SEVERITY,
    TABLES,
    channel_key,
    key_for,
    label,
    labelled,
    severity_anchor,
    severity_label,
)

CODES = [(table, key) for table, (_ctx, entries) in TABLES.items() for key in entries]


def danish_catalogue() -> dict[tuple[str, str], str]:
    """(context, English) -> finished Danish translation in the committed catalogue."""
    out = {}
    for ctx in ET.parse(i18n.TRANSLATIONS_DIR / "vidne_da.ts").getroot().iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                out[(ctx.findtext("name") or "", msg.findtext("source") or "")] = translation.text
    return out


@pytest.fixture
def window_language(qapp: QCoreApplication) -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize(("table", "key"), CODES)
def test_every_code_has_an_english_and_a_danish_label(table: str, key: str) -> None:
    context, entries = TABLES[table]
    english = label(table, key, "en")
    assert english and english == entries[key]
    danish = danish_catalogue().get((context, english))
    assert danish, f"{table}/{key} has no Danish label"
    assert label(table, key, "da") == danish


def test_every_severity_has_both_labels_and_an_anchor() -> None:
    catalogue = danish_catalogue()
    for level, (name, anchor) in SEVERITY.items():
        assert catalogue.get(("Severity", name)) and catalogue.get(("Severity", anchor))
        assert severity_label(level, "en") == f"{level} – {name}"
        assert severity_label(level, "da") == f"{level} – {catalogue[('Severity', name)]}"
        assert severity_anchor(level, "da") == catalogue[("Severity", anchor)]
    assert severity_label(1, "da") == "1 – Let"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_app_and_the_report_print_the_same_label(window_language: None, lang: str) -> None:
    i18n.install(lang)
    for table, key in CODES:
        assert label(table, key) == label(table, key, lang), (table, key)
    for level in SEVERITY:
        assert severity_label(level) == severity_label(level, lang)


def test_the_report_language_does_not_follow_the_window(window_language: None) -> None:
    i18n.install("da")
    assert label("channel", "phone") == "Telefon"
    assert label("channel", "phone", "en") == "Phone"
    i18n.install("en")
    assert label("channel", "phone", "da") == "Telefon"


def test_an_unknown_code_prints_as_stored() -> None:
    assert label("kind", "no_such_kind", "da") == "no_such_kind"
    assert severity_label(9, "da") == "9"


def test_codes_are_found_from_a_key_an_english_or_a_danish_label() -> None:
    assert key_for("kind", "Threats") == "threats"
    assert key_for("kind", "trusler") == "threats"
    assert key_for("told", "TILLIDSREPRÆSENTANT (TR)") == "tr"
    assert key_for("support", "nothing like it") is None
    assert channel_key("Telefon") == "phone" and channel_key("twitter") == "x"


def test_field_values_are_labelled_in_the_same_shape() -> None:
    assert labelled("channel", "phone", "da") == "Telefon"
    assert labelled("kinds", ["threats", "insults"], "en") == [
        "Threats",
        "Insults or degrading remarks",
    ]
    told = labelled("told", [{"who": "amr", "when": "2026-03-01", "note": "x"}], "en")
    assert told == [
        {"who": "Health and safety representative (AMR)", "when": "2026-03-01", "note": "x"}
    ]
    refs = labelled("references", [{"kind": "platform_ticket", "number": "7"}], "da")
    assert refs == [{"kind": "Sag hos platformen", "number": "7"}]
    assert labelled("severity", 3, "en") == "3 – Serious"
    assert labelled("description", "threats", "en") == "threats"  # free text is left alone
    assert vocabulary.is_internal("leader") and not vocabulary.is_internal("parent")
