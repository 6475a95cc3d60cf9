"""The fixed vocabularies: the codes stored in the vault and the one label of each code.

A code (``"facebook"``, severity ``3``) is a stable English key. Its label is defined once, here,
in English and marked for Qt translation; the Danish label is its translation in
``resources/translations/vidne_da.ts``. The UI shows a label in the window's language
(``label("channel", "x")``); the report asks for the language chosen for it
(``label("channel", "x", "da")``), so the app and the report print the same words.
"""

from __future__ import annotations

from typing import Any

from vidne.app.i18n import QT_TRANSLATE_NOOP, translate, translate_to

# QCoreApplication.translate contexts must be literal for lupdate; keep the strings here.
CHANNELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Channel", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("Channel", "SMS"),
    "facebook": QT_TRANSLATE_NOOP("Channel", "Facebook"),
    "x": QT_TRANSLATE_NOOP("Channel", "X/Twitter"),
    "instagram": QT_TRANSLATE_NOOP("Channel", "Instagram"),
    "tiktok": QT_TRANSLATE_NOOP("Channel", "TikTok"),
    "snapchat": QT_TRANSLATE_NOOP("Channel", "Snapchat"),
    "aula": QT_TRANSLATE_NOOP("Channel", "Aula"),
    "teams": QT_TRANSLATE_NOOP("Channel", "Teams"),
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "forum": QT_TRANSLATE_NOOP("Channel", "Forum/comments"),
    "other": QT_TRANSLATE_NOOP("Channel", "Other"),
}

# level -> (name, anchor): the anchor is the wording that tells the levels apart.
SEVERITY: dict[int, tuple[str, str]] = {
    1: (
        QT_TRANSLATE_NOOP("Severity", "Minor"),
        QT_TRANSLATE_NOOP("Severity", "Unpleasant, but a one-off"),
    ),
    2: (
        QT_TRANSLATE_NOOP("Severity", "Noticeable"),
        QT_TRANSLATE_NOOP("Severity", "Demeaning or offensive"),
    ),
    3: (
        QT_TRANSLATE_NOOP("Severity", "Serious"),
        QT_TRANSLATE_NOOP("Severity", "Grossly offensive; affects my work or my sleep"),
    ),
    4: (
        QT_TRANSLATE_NOOP("Severity", "Very serious"),
        QT_TRANSLATE_NOOP("Severity", "Threats, hate speech or my personal details shared"),
    ),
    5: (
        QT_TRANSLATE_NOOP("Severity", "Acute"),
        QT_TRANSLATE_NOOP("Severity", "Threat to my life or safety; I feel unsafe"),
    ),
}

KINDS: dict[str, str] = {
    "threats": QT_TRANSLATE_NOOP("Kind", "Threats"),
    "insults": QT_TRANSLATE_NOOP("Kind", "Insults or degrading remarks"),
    "sexual": QT_TRANSLATE_NOOP("Kind", "Sexual harassment"),
    "hate_speech": QT_TRANSLATE_NOOP("Kind", "Hate speech"),
    "personal_info": QT_TRANSLATE_NOOP("Kind", "Sharing personal information"),
    "images": QT_TRANSLATE_NOOP("Kind", "Sharing images or video"),
    "impersonation": QT_TRANSLATE_NOOP("Kind", "Impersonation"),
    "stalking": QT_TRANSLATE_NOOP("Kind", "Stalking or monitoring"),
    "other": QT_TRANSLATE_NOOP("Kind", "Other"),
}

ACCOUNTS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Account", "Not stated"),
    "work": QT_TRANSLATE_NOOP("Account", "Work account"),
    "private": QT_TRANSLATE_NOOP("Account", "Private account"),
}

RELATIONS: dict[str, str] = {
    "colleague": QT_TRANSLATE_NOOP("Relation", "Colleague"),
    "leader": QT_TRANSLATE_NOOP("Relation", "Leader"),
    "student": QT_TRANSLATE_NOOP("Relation", "Student"),
    "parent": QT_TRANSLATE_NOOP("Relation", "Parent"),
    "citizen": QT_TRANSLATE_NOOP("Relation", "Citizen or customer"),
    "unknown": QT_TRANSLATE_NOOP("Relation", "Unknown or anonymous"),
}
INTERNAL_RELATIONS = frozenset({"colleague", "leader"})

TOLD_WHO: dict[str, str] = {
    "leader": QT_TRANSLATE_NOOP("Told", "Leader"),
    "amr": QT_TRANSLATE_NOOP("Told", "Health and safety representative (AMR)"),
    "tr": QT_TRANSLATE_NOOP("Told", "Union representative (TR)"),
    "colleague": QT_TRANSLATE_NOOP("Told", "Colleague"),
    "police": QT_TRANSLATE_NOOP("Told", "Police"),
    "platform": QT_TRANSLATE_NOOP("Told", "Platform"),
    "other": QT_TRANSLATE_NOOP("Told", "Other"),
}

REFERENCE_KINDS: dict[str, str] = {
    "platform_ticket": QT_TRANSLATE_NOOP("Reference", "Platform ticket"),
    "police": QT_TRANSLATE_NOOP("Reference", "Police journal number"),
    "work_injury": QT_TRANSLATE_NOOP("Reference", "Work-injury report"),
    "other": QT_TRANSLATE_NOOP("Reference", "Other"),
}

SUPPORT: dict[str, str] = {
    "first_aid": QT_TRANSLATE_NOOP("Support", "Psychological first aid"),
    "psychologist": QT_TRANSLATE_NOOP("Support", "Psychologist"),
    "tech_removal": QT_TRANSLATE_NOOP("Support", "Technical help to remove material"),
    "companion": QT_TRANSLATE_NOOP("Support", "A companion at meetings"),
    "other": QT_TRANSLATE_NOOP("Support", "Other"),
}

# How a piece of evidence came into the vault, and what started a capture.
SOURCES: dict[str, str] = {
    "screen": QT_TRANSLATE_NOOP("Source", "Screen capture"),
    "region": QT_TRANSLATE_NOOP("Source", "Screen region"),
    "import": QT_TRANSLATE_NOOP("Source", "Imported file"),
    "redaction": QT_TRANSLATE_NOOP("Source", "Redacted copy"),
}

TRIGGERS: dict[str, str] = {
    "hotkey": QT_TRANSLATE_NOOP("Trigger", "Hotkey"),
    "tray": QT_TRANSLATE_NOOP("Trigger", "Tray icon"),
    "window": QT_TRANSLATE_NOOP("Trigger", "Main window"),
    "cli": QT_TRANSLATE_NOOP("Trigger", "Command line"),
    "import": QT_TRANSLATE_NOOP("Trigger", "Imported file"),
    "clipboard": QT_TRANSLATE_NOOP("Trigger", "Pasted from the clipboard"),
}

# table name -> (translation context, entries)
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "channel": ("Channel", CHANNELS),
    "kind": ("Kind", KINDS),
    "account": ("Account", ACCOUNTS),
    "relation": ("Relation", RELATIONS),
    "told": ("Told", TOLD_WHO),
    "reference": ("Reference", REFERENCE_KINDS),
    "support": ("Support", SUPPORT),
    "source": ("Source", SOURCES),
    "trigger": ("Trigger", TRIGGERS),
}

# Which vocabulary an episode field's codes come from: the field itself, or a key of the
# records in a list field. The history view and the report label values through these.
FIELD_TABLES = {"channel": "channel", "account": "account", "kinds": "kind", "support": "support"}
RECORD_TABLES = {"told": {"who": "told"}, "references": {"kind": "reference"}}


def _in(lang: str | None, context: str, text: str) -> str:
    """*text* in *lang*, or in the window's language when *lang* is None."""
    return translate(context, text) if lang is None else translate_to(lang, context, text)


def label(table: str, key: str, lang: str | None = None) -> str:
    """The label of *key* in one of the vocabularies (the key itself if unknown).

    *lang* ('da' or 'en') asks for that language; None gives the window's language.
    """
    context, entries = TABLES[table]
    text = entries.get(key)
    return _in(lang, context, text) if text is not None else key


def channel_label(key: str, lang: str | None = None) -> str:
    return label("channel", key, lang)


def severity_name(level: int, lang: str | None = None) -> str:
    return _in(lang, "Severity", SEVERITY[level][0]) if level in SEVERITY else str(level)


def severity_anchor(level: int, lang: str | None = None) -> str:
    return _in(lang, "Severity", SEVERITY[level][1]) if level in SEVERITY else ""


def severity_label(level: int, lang: str | None = None) -> str:
    """'3 – Serious'; an unknown level prints as the number alone."""
    return f"{level} – {severity_name(level, lang)}" if level in SEVERITY else str(level)


def labelled(name: str, value: Any, lang: str | None = None) -> Any:
    """An episode field's value with every code replaced by its label, in the same shape
    (a list stays a list, a record a record); values that are not codes are left as they are."""
    if name == "severity" and isinstance(value, int) and not isinstance(value, bool):
        return severity_label(value, lang)
    table = FIELD_TABLES.get(name)
    if table and isinstance(value, str):
        return label(table, value, lang)
    if table and isinstance(value, list):
        return [label(table, v, lang) if isinstance(v, str) else v for v in value]
    keys = RECORD_TABLES.get(name)
    if keys and isinstance(value, list):
        return [_labelled_record(item, keys, lang) for item in value]
    return value


def _labelled_record(item: Any, keys: dict[str, str], lang: str | None) -> Any:
    if not isinstance(item, dict):
        return item
    return {
        k: label(keys[k], v, lang) if k in keys and isinstance(v, str) else v
        for k, v in item.items()
    }


def key_for(table: str, label_or_key: str) -> str | None:
    """Accept a key, an English or a Danish label, any case (for CSV import and the CLI)."""
    context, entries = TABLES[table]
    wanted = label_or_key.strip().casefold()
    for key, text in entries.items():
        names = (key, text, translate(context, text), translate_to("da", context, text))
        if wanted in (name.casefold() for name in names):
            return key
    return None


def channel_key(label_or_key: str) -> str | None:
    """Accept a key ('facebook'), an English or a Danish label, or a common alias, any case."""
    aliases = {"mail": "email", "twitter": "x"}
    return key_for("channel", label_or_key) or aliases.get(label_or_key.strip().casefold())


def is_internal(relation: str) -> bool:
    """Colleagues and leaders are inside the workplace; everyone else is external."""
    return relation in INTERNAL_RELATIONS


def choices(table: str) -> list[str]:
    """The keys of a vocabulary, in display order."""
    return list(TABLES[table][1])
