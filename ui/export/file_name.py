"""The file name the save dialog suggests for a report or an evidence bundle.

In the report's language, like everything in the file: "Vidne-rapport-2026-03-14.pdf" for a
Danish report, "Vidne-report-2026-03-14.pdf" for an English one (the dialog starts with the
report in the window's language). Dated, so a second report does not overwrite the first; it
names neither the recipient nor anybody else, because a file's name is seen where its content
is not (the file manager, the desktop's list of recent files).
"""

from __future__ import annotations

from datetime import date

from vidne.app.i18n import QT_TRANSLATE_NOOP, translate_to

CONTEXT = "ExportFileName"
REPORT = QT_TRANSLATE_NOOP("ExportFileName", "Vidne-report")
BUNDLE = QT_TRANSLATE_NOOP("ExportFileName", "Vidne-evidence-bundle")


def suggested_name(as_bundle: bool, lang: str, day: date) -> str:
    """E.g. ``Vidne-evidence-bundle-2026-03-14.zip`` for a bundle in English on that day."""
    stem = translate_to(lang, CONTEXT, BUNDLE if as_bundle else REPORT)
    return f"{stem}-{day.isoformat()}.{'zip' if as_bundle else 'pdf'}"
