"""The fixed vocabularies: channels and severity (grovhed) with anchored wording.

Identifiers are stable English keys stored in the vault; labels are translated at display time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.i18n import tr

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
    return tr("Channel", text) if text else key


def channel_key(label_or_key: str) -> str | None:
    """Accept a key ('facebook'), an English or a Danish label, any case."""
    wanted = label_or_key.strip().casefold()
    for key, label in CHANNELS.items():
        if wanted in (key, label.casefold(), tr("Channel", label).casefold()):
            return key
    aliases = {"e-mail": "email", "mail": "email", "twitter": "x", "x/twitter": "x",
               "telefon": "phone", "andet": "other"}
    return aliases.get(wanted)


def severity_name(level: int) -> str:
    return tr("Severity", SEVERITY[level][0]) if level in SEVERITY else str(level)


def severity_anchor(level: int) -> str:
    return tr("Severity", SEVERITY[level][1]) if level in SEVERITY else ""


def severity_label(level: int) -> str:
    return f"{level} – {severity_name(level)}"
