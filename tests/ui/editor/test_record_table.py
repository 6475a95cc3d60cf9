"""The Witnesses, Doctor visits, Told and Reference rows behave like a form."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from vidne.ui.editor.record_table import RecordTable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui


def form(qtbot: QtBot, vocab: str | None = None) -> tuple[QWidget, RecordTable, QLineEdit]:
    host = QWidget()
    columns = [("name", "Name", None), ("role", "Role", None)]
    if vocab is not None:
        columns = [("kind", "Kind", vocab), ("number", "Number", None)]
    table = RecordTable(columns, "people", host)
    after = QLineEdit(host)  # the next field in the form
    table.move(0, 0)
    after.move(0, 300)
    host.resize(500, 400)
    qtbot.addWidget(host)
    with qtbot.waitActive(host):  # focus goes to widgets of the active window only
        host.show()
        host.activateWindow()
    return host, table, after


def test_add_puts_the_cursor_in_the_new_row_and_typing_goes_there(qtbot: QtBot) -> None:
    _host, table, _after = form(qtbot)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    qtbot.keyClicks(editor, "Aase Hansen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter moves on, to the role
    qtbot.waitUntil(lambda: table.table.currentColumn() == 1, timeout=5000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "kollega")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the last cell: out of the table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.add_button, timeout=5000)
    assert table.records() == [{"name": "Aase Hansen", "role": "kollega"}]


def test_spaces_and_repeated_add_do_not_pile_up_empty_rows(qtbot: QtBot) -> None:
    _host, table, _after = form(qtbot)
    table.add_button.setFocus()
    qtbot.keyClick(table.add_button, Qt.Key.Key_Space)  # a space on "Add": one row, cursor in it
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    qtbot.keyClicks(editor, "  ")  # further spaces are typed into it, not clicks on "Add"
    assert table.table.rowCount() == 1
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # the empty one is reused
    assert table.table.rowCount() == 1


def test_an_empty_row_is_removed_when_the_cursor_leaves(qtbot: QtBot) -> None:
    _host, table, after = form(qtbot)
    table.add_row({"name": "Bo", "role": ""})
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.table.rowCount() == 2
    after.setFocus()
    qtbot.waitUntil(lambda: table.table.rowCount() == 1, timeout=5000)
    assert table.records() == [{"name": "Bo", "role": ""}]


def test_a_choice_cell_gets_the_cursor_and_enter_moves_on(qtbot: QtBot) -> None:
    _host, table, _after = form(qtbot, "reference")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("police"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "1200-1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert table.records() == [{"kind": "police", "number": "1200-1"}]
