"""The export dialog driven with qtbot: summary first, selection, writing, Cancel."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from vidne.app.vault import profile
from vidne.app.vault.store import Vault
from vidne.ui.export.export_dialog import ExportDialog

from tests.helpers.report import add_episode, image_count, pdf_text, qpdf_ok

pytestmark = pytest.mark.gui


@pytest.fixture
def filled(vault: Vault) -> Vault:
    add_episode(vault, "2026-01-10T09:00:00+01:00", "JANMARK", images=1)
    add_episode(vault, "2026-02-03T09:00:00+01:00", "FEBMARKA", images=2)
    add_episode(vault, "2026-02-20T09:00:00+01:00", "FEBMARKB", images=1)
    return vault


def opened(qtbot: QtBot, vault: Vault) -> ExportDialog:
    dialog = ExportDialog(vault)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def test_summary_follows_the_choices_before_anything_is_written(
    qtbot: QtBot, filled: Vault, tmp_path: Path
) -> None:
    dialog = opened(qtbot, filled)
    assert "3 episodes, 4 evidence items (4 images" in dialog.summary.text()
    dialog.period_radio.setChecked(True)
    dialog.start.setDate(QDate(2026, 2, 1))
    dialog.end.setDate(QDate(2026, 2, 28))
    assert "2 episodes, 3 evidence items" in dialog.summary.text()
    assert dialog.capture_list.count() == 3
    dialog.capture_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "2 episodes, 2 evidence items (2 images" in dialog.summary.text()
    dialog.images.setChecked(False)
    assert "(0 images" in dialog.summary.text()
    dialog.start.setDate(QDate(2026, 3, 1))
    assert not dialog.export_button.isEnabled()
    assert list(tmp_path.glob("*.pdf")) == []


def test_writes_exactly_the_chosen_episodes_and_captures(
    qtbot: QtBot, filled: Vault, tmp_path: Path
) -> None:
    dialog = opened(qtbot, filled)
    dialog.pick_radio.setChecked(True)
    for i in range(dialog.episode_list.count()):
        item = dialog.episode_list.item(i)
        if "FEBMARKA" not in item.text():
            item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.capture_list.count() == 2
    dialog.capture_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("leader"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.keyClicks(dialog.name_edit, "Åse Ødegård")
    qtbot.keyClicks(dialog.workplace_edit, "Ærø Skole")
    out = tmp_path / "r.pdf"
    with qtbot.waitSignal(dialog.finished_export, timeout=30_000) as done:
        dialog.export_to(out)
    assert done.args == ["done"]
    text = pdf_text(out)
    assert "FEBMARKA" in text and "JANMARK" not in text and "FEBMARKB" not in text
    assert "Page 1 of" in text and "Manager" in text
    assert "Åse Ødegård" in text and "Ærø Skole" in text
    assert profile.name(filled) == "Åse Ødegård"  # remembered for the next report
    assert image_count(out) == 1
    assert qpdf_ok(out)
    assert dialog.export_button.isEnabled() and "Done" in dialog.summary.text()


def test_bundle_from_the_dialog(qtbot: QtBot, filled: Vault, tmp_path: Path) -> None:
    dialog = opened(qtbot, filled)
    dialog.output.setCurrentIndex(dialog.output.findData("zip"))
    out = tmp_path / "b.zip"
    with qtbot.waitSignal(dialog.finished_export, timeout=30_000) as done:
        dialog.export_to(out)
    assert done.args == ["done"] and out.exists()


def test_cancel_stops_and_writes_nothing(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    for day in range(1, 29):
        add_episode(vault, f"2026-02-{day:02d}T09:00:00+01:00", f"MARK{day}", images=2)
    dialog = opened(qtbot, vault)
    out = tmp_path / "r.pdf"
    clicked: list[bool] = []

    def press_cancel(value: int) -> None:
        if value > 0 and not clicked:
            clicked.append(True)
            assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.progress.valueChanged.connect(press_cancel)  # the first progress the user sees
    with qtbot.waitSignal(dialog.finished_export, timeout=30_000) as done:
        dialog.export_to(out)
    assert clicked and done.args == ["cancelled"]
    assert not out.exists()
    assert "Nothing was written" in dialog.summary.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_request_preview_and_hand_off(
    qtbot: QtBot, filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the user asks for goes onto the first page; the preview shows the first pages
    before anything is written (and writes no file); afterwards Open and Show in folder hand
    the file to the desktop."""
    import tempfile

    from PySide6.QtGui import QDesktopServices

    spare = tmp_path / "tmp"
    spare.mkdir()
    monkeypatch.setenv("TMPDIR", str(spare))  # where poppler would put a temporary file
    tempfile.tempdir = None
    dialog = opened(qtbot, filled)
    qtbot.keyClicks(dialog.request_edit, "Et møde med AMR")
    assert not dialog.preview.isVisible() and not dialog.hand_off.isVisible()
    with qtbot.waitSignal(dialog.preview.shown, timeout=30_000) as shown:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert shown.args[0] >= 2 and len(dialog.preview.pictures) == shown.args[0]
    assert not dialog.preview.pictures[0].pixmap().isNull()
    assert list(tmp_path.glob("*.pdf")) == [] and list(spare.iterdir()) == []
    other = "da" if dialog.language.currentData() == "en" else "en"
    dialog.language.setCurrentIndex(dialog.language.findData(other))
    assert not dialog.preview.isVisible()  # a stale preview is not shown
    opened_urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url.path()))
    out = tmp_path / "r.pdf"
    with qtbot.waitSignal(dialog.finished_export, timeout=30_000):
        dialog.export_to(out)
    assert "Et møde med AMR" in pdf_text(out)
    assert dialog.hand_off.isVisible()
    qtbot.mouseClick(dialog.hand_off.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.hand_off.folder_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [str(out), str(tmp_path)]
