"""Translation for the core and the CLI, through Qt's translation system (QtCore only).

Core code translates with :func:`translate` and marks strings kept for later with
:func:`QT_TRANSLATE_NOOP`; ``pyside6-lupdate`` finds both. :func:`install` loads the ``.qm``
catalogue for the chosen language into the running Q(Core)Application, together with Qt's own
catalogue for that language (``qtbase_da.qm``, shipped with PySide6), so that Qt's standard
buttons, file dialogs and context menus speak the same language; :func:`translate_to`
translates into a language given per call (a report's language need not be the window's).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from vidne.app import paths

if TYPE_CHECKING:  # QtCore is imported when first needed: the CLI reads .qm files without it
    from PySide6.QtCore import QObject, QTranslator
    from vidne.app.cli.catalogue import QmCatalogue

TRANSLATIONS_DIR = paths.resource("translations")
LANGUAGES = ("da", "en")

_installed: list[QTranslator] = []
_language: list[str] = []  # the language install() chose
_reader_language: list[str] = []
_reader: list[Callable[[str, str], str | None]] = []  # the CLI's catalogue, if installed
_catalogues: dict[str, QmCatalogue | None] = {}
_catalogues_lock = threading.Lock()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for translation in *context* and return it unchanged.

    Typed stand-in for PySide6's ``QT_TRANSLATE_NOOP`` (typed as returning ``object``). It keeps
    the name on purpose: lupdate recognises ``QT_TRANSLATE_NOOP(`` calls by their name.
    """
    return text


def translate(context: str, text: str) -> str:
    """Translate *text* in *context* with whatever catalogue is installed (English if none).

    Named ``translate`` (not ``tr``) because pyside6-lupdate reads a bare ``tr(a, b)`` as
    ``tr(source, comment)`` and would file the string under the wrong context.
    """
    if _reader:
        return _reader[0](context, text) or text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def use_reader(reader: Callable[[str, str], str | None], language: str) -> None:
    """From now on translate with *reader* (None from it: the English text) instead of Qt's
    translators, in a process without a Qt application: the command line, which reads the
    same ``.qm`` catalogue without loading Qt (:mod:`vidne.app.cli.catalogue`)."""
    _reader[:] = [reader]
    _reader_language[:] = [language]


def translate_to(language: str, context: str, text: str) -> str:
    """*text* in *language* ('da' or 'en') whatever catalogue the application has installed.

    Looked up in that language's own catalogue, loaded once; English is the source text.
    """
    translator = _catalogue(language) if language in LANGUAGES and language != "en" else None
    found = translator.translate(context, text) if translator is not None else None
    return found or text


def _catalogue(language: str) -> QmCatalogue | None:
    # The pure-Python reader of the compiled catalogue, not a QTranslator: reports are written
    # on worker threads, and a QTranslator made on one pool thread and used from others
    # crashed the process (a segfault inside translate() during a report).
    from vidne.app.cli.catalogue import QmCatalogue

    with _catalogues_lock:
        if language not in _catalogues:
            _catalogues[language] = QmCatalogue.load(TRANSLATIONS_DIR / f"vidne_{language}.qm")
        return _catalogues[language]


def system_language() -> str:
    """'da' on a Danish system, 'en' otherwise (LANGUAGE/LC_ALL/LANG first, then QLocale)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "da" if value.split(":")[0].lower().startswith("da") else "en"
    from PySide6.QtCore import QLocale

    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def install(language: str | None) -> str:
    """Load the catalogues for *language* (None: the system's) and return the language used.

    Ours and Qt's: without Qt's, a Danish window would still say "Cancel", "Yes"/"No" and
    "Look in:" in every standard button and file dialog. From now on the window's catalogues
    translate, not a command line reader installed earlier in this process.
    """
    from PySide6.QtCore import QCoreApplication

    lang = language if language in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _reader.clear()
    _reader_language.clear()
    if lang != "en":
        for translator in _loaded_catalogues(app, lang):
            app.installTranslator(translator)
            _installed.append(translator)
    _language[:] = [lang]
    return lang


def _loaded_catalogues(parent: QObject, lang: str) -> list[QTranslator]:
    """Vidne's catalogue for *lang*, then Qt's (qtbase_<lang>.qm) where PySide6 ships it."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    found = []
    ours = QTranslator(parent)
    if ours.load(str(TRANSLATIONS_DIR / f"vidne_{lang}.qm")):
        found.append(ours)
    qt = QTranslator(parent)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt)
    return found


def current_language() -> str:
    if _reader_language:
        return _reader_language[0]
    return _language[0] if _language else "en"
