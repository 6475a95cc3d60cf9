"""Choosing a file leaves no trace of its name: no recently-used entry, no folder in Qt's
settings. Every file dialog of the app goes through vidne.ui.file_dialogs (checked below)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from vidne.app.vault.store import Vault
from vidne.ui.evidence.inbox_page import InboxPage
from vidne.ui.export.export_dialog import ExportDialog
from vidne.ui.tasks import wait_idle

from tests.helpers.report import add_episode

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[3]
FOLDER = "politianmeldelse-sagen"  # a folder name that says too much


def answer_with(path: Path, seen: list[QFileDialog]) -> None:
    """When the next file dialog is up, type *path* in it and accept, as a user would."""

    def fill() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(20, fill)
            return
        dialog = visible[0]
        seen.append(dialog)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, fill)


def traces(name: str) -> list[str]:
    """Where the desktop or Qt wrote *name* (or the folder it is in)."""
    found = []
    recent = Path(os.environ["XDG_DATA_HOME"]) / "recently-used.xbel"
    qt_settings = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    for place in (recent, qt_settings):
        if place.exists():
            text = place.read_text("utf-8", errors="replace")
            found += [f"{place}: {word}" for word in (name, FOLDER) if word in text]
    return found


def run_dialog(qtbot: QtBot, path: Path, action: Callable[[], None]) -> None:
    seen: list[QFileDialog] = []
    answer_with(path, seen)
    action()
    assert len(seen) == 1


def test_exporting_a_report_leaves_its_name_nowhere(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    add_episode(vault, "2026-01-10T09:00:00+01:00", "JANMARK", images=1)
    dialog = ExportDialog(vault)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    out = tmp_path / FOLDER / "report-for-police.pdf"
    out.parent.mkdir()
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as outcome:
        run_dialog(qtbot, out, dialog.choose_file)
    assert outcome.args == ["done"] and out.read_bytes().startswith(b"%PDF")
    assert traces("report-for-police") == []


def test_importing_evidence_leaves_its_name_nowhere(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    page = InboxPage(vault)
    qtbot.addWidget(page)
    evidence = tmp_path / FOLDER / "trussel-fra-chefen.eml"
    evidence.parent.mkdir()
    evidence.write_bytes(b"From: a@example.invalid\r\nSubject: x\r\n\r\nHej.\r\n")
    with qtbot.waitSignal(page.countChanged, timeout=10_000):
        run_dialog(qtbot, evidence, page.import_files)
    wait_idle()
    assert traces("trussel-fra-chefen") == []


def test_no_file_dialog_bypasses_the_helper() -> None:
    """Qt's static functions would use the desktop's dialog (and its recently-used list)."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "ui").rglob("*.py")
        if p.name != "file_dialogs.py" and "QFileDialog" in p.read_text("utf-8")
    ]
    assert offenders == []
