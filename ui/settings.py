"""Preferences that are not user data (language, window state, hotkey) in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from vidne.app import APP_NAME


def settings() -> QSettings:
    return QSettings(APP_NAME, APP_NAME)


def language() -> str | None:
    value = settings().value("ui/language", "")
    return value if value in ("da", "en") else None


def set_language(lang: str | None) -> None:
    settings().setValue("ui/language", lang or "")
