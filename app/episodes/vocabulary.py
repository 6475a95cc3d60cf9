"""The fixed vocabularies: channels and severity (grovhed) with anchored wording.

Identifiers are stable English keys stored in the vault; labels are translated at display time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from vidne.app.i18n import translate

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


def channel_label(key: str) -> str:
    text = CHANNELS.get(key)
    return translate("Channel", text) if text else key


def channel_key(label_or_key: str) -> str | None:
    """Accept a key ('facebook'), an English or a Danish label, any case."""
    wanted = label_or_key.strip().casefold()
    for key, label in CHANNELS.items():
        if wanted in (key, label.casefold(), translate("Channel", label).casefold()):
            return key
    aliases = {
        "e-mail": "email",
        "mail": "email",
        "twitter": "x",
        "x/twitter": "x",
        "telefon": "phone",
        "andet": "other",
    }
    return aliases.get(wanted)


def severity_name(level: int) -> str:
    return translate("Severity", SEVERITY[level][0]) if level in SEVERITY else str(level)


def severity_anchor(level: int) -> str:
    return translate("Severity", SEVERITY[level][1]) if level in SEVERITY else ""


def severity_label(level: int) -> str:
    return f"{level} – {severity_name(level)}"


# --- the record in depth (issue 4) ---------------------------------------------------------
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

_TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "kind": ("Kind", KINDS),
    "account": ("Account", ACCOUNTS),
    "relation": ("Relation", RELATIONS),
    "told": ("Told", TOLD_WHO),
    "reference": ("Reference", REFERENCE_KINDS),
    "support": ("Support", SUPPORT),
}


def label(table: str, key: str) -> str:
    """The translated label of *key* in one of the vocabularies above (the key if unknown)."""
    context, entries = _TABLES[table]
    text = entries.get(key)
    return translate(context, text) if text is not None else key


def key_for(table: str, label_or_key: str) -> str | None:
    """Accept a key, an English or a translated label, any case (for CSV import)."""
    context, entries = _TABLES[table]
    wanted = label_or_key.strip().casefold()
    for key, text in entries.items():
        if wanted in (key, text.casefold(), translate(context, text).casefold()):
            return key
    return None


def is_internal(relation: str) -> bool:
    """Colleagues and leaders are inside the workplace; everyone else is external."""
    return relation in INTERNAL_RELATIONS


def choices(table: str) -> list[str]:
    """The keys of a vocabulary, in display order."""
    return list(_TABLES[table][1])
