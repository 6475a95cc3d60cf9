"""The save dialog suggests a file name in the report's language, which starts as the window's:
an English window no longer offers "vidne-rapport.pdf". The name is read from the real file
dialog the export button opens."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from vidne.app import i18n
from vidne.app.vault.store import Vault
from vidne.ui.export.export_dialog import ExportDialog

from tests.helpers.report import add_episode

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui

TODAY = date.today().isoformat()


@pytest.fixture(params=["en", "da"])
def window_language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def opened(qtbot: QtBot, vault: Vault) -> ExportDialog:
    add_episode(vault, "2026-01-10T09:00:00+01:00", "JANMARK", images=0)
    dialog = ExportDialog(vault)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def name_offered(dialog: ExportDialog) -> str:
    """Press "Choose file and write…", read the file name its save dialog shows, cancel."""
    seen: list[str] = []

    def read() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        shown = [d for d in shown if d.isVisible()]
        if not shown:
            QTimer.singleShot(20, read)
            return
        field = shown[0].findChild(QLineEdit, "fileNameEdit")
        assert field is not None
        seen.append(field.text())
        shown[0].reject()

    QTimer.singleShot(0, read)
    dialog.export_button.click()
    assert len(seen) == 1
    return seen[0]


def choose(dialog: ExportDialog, output: str, language: str | None = None) -> None:
    dialog.output.setCurrentIndex(dialog.output.findData(output))
    if language is not None:
        dialog.language.setCurrentIndex(dialog.language.findData(language))


EXPECTED = {
    ("en", "pdf"): f"Vidne-report-{TODAY}.pdf",
    ("en", "zip"): f"Vidne-evidence-bundle-{TODAY}.zip",
    ("da", "pdf"): f"Vidne-rapport-{TODAY}.pdf",
    ("da", "zip"): f"Vidne-bevispakke-{TODAY}.zip",
}


def test_the_suggested_name_is_in_the_windows_language(
    qtbot: QtBot, vault: Vault, window_language: str
) -> None:
    dialog = opened(qtbot, vault)
    assert dialog.language.currentData() == window_language  # the report's, to start with
    for output in ("pdf", "zip"):
        choose(dialog, output)
        assert name_offered(dialog) == EXPECTED[(window_language, output)]


def test_the_suggested_name_follows_the_language_chosen_for_the_report(
    qtbot: QtBot, vault: Vault, window_language: str
) -> None:
    dialog = opened(qtbot, vault)
    other = "da" if window_language == "en" else "en"
    for output in ("pdf", "zip"):
        choose(dialog, output, other)
        assert name_offered(dialog) == EXPECTED[(other, output)]
