"""Translation for the core and the CLI, through Qt's translation system (QtCore only).

Core code marks strings with :func:`tr`; ``pyside6-lupdate`` finds the
``QCoreApplication.translate`` calls. :func:`install` loads the ``.qm`` catalogue for the
chosen language into the running Q(Core)Application.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from vidne.app import paths

TRANSLATIONS_DIR = paths.resource("translations")
LANGUAGES = ("da", "en")

_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    """Translate *text* in *context* with whatever catalogue is installed (English if none).

    Named ``translate`` (not ``tr``) because pyside6-lupdate reads a bare ``tr(a, b)`` as
    ``tr(source, comment)`` and would file the string under the wrong context.
    """
    return QCoreApplication.translate(context, text)


def system_language() -> str:
    """'da' on a Danish system, 'en' otherwise (LANGUAGE/LC_ALL/LANG first, then QLocale)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "da" if value.split(":")[0].lower().startswith("da") else "en"
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def install(language: str | None) -> str:
    """Load the catalogue for *language* (None: the system's) and return the language used."""
    lang = language if language in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang != "en":
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS_DIR / f"vidne_{lang}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang


def current_language() -> str:
    return "da" if _installed else "en"
