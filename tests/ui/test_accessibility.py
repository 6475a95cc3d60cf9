"""A screen reader and a keyboard can use every window: each control has a name and a role
(what Qt's accessibility bridge hands to AT-SPI), and Tab reaches every control from the first.

Each window is opened with real widgets and walked: every visible button, field, box, slider,
list, table and tab bar must answer ``QAccessible`` with a non-empty name (Qt falls back to a
button's text and a field's label buddy, so those count), and pressing Tab from the first
control - Ctrl+Tab where a table or a text field keeps Tab for itself, as Qt intends - must
visit every control that takes focus before it comes round again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault
from vidne.ui.tasks import wait_idle

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QSpinBox,
    QDateTimeEdit,
    QSlider,
    QTableView,
    QListView,
    QTabBar,
)


IDENTIFIER = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)+")  # an object name such as "witnessTable"


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = parent.objectName() or type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__} '{widget.objectName()}' in {where}"


def controls(window: QWidget) -> list[QWidget]:
    """The controls a user can see in *window* (a combo box's own line edit is the box)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editable part of a box: the box carries the name
        if widget.window() is not window:
            continue  # a popup or another top-level window
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces; empty when the widget has no real one (an object
    name is for tests and style sheets, not for people) or no role to go with it."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid(), describe(widget)
    if face.role() in (QAccessible.Role.NoRole, QAccessible.Role.Client):
        return ""
    if isinstance(widget, QComboBox):  # on Linux Qt names a box by its current choice, and
        labels = face.relations(QAccessible.RelationFlag.Label)  # says what it is by its label
        name = widget.accessibleName() or " ".join(x.text(QAccessible.Text.Name) for x, _ in labels)
    else:
        name = face.text(QAccessible.Text.Name)
    return "" if IDENTIFIER.fullmatch(name.strip()) else name.strip()


def unnamed(window: QWidget) -> list[str]:
    return [describe(w) for w in controls(window) if not accessible_name(w)]


def takes_tab_focus(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.isVisibleTo(window)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
    )


def keeps_tab(widget: QWidget) -> bool:
    """Widgets where Tab has a meaning of its own; Qt leaves them with Ctrl+Tab."""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.tabChangesFocus()
    return isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation()


def tab_walk(window: QWidget) -> list[QWidget]:
    """Press Tab from the first control until focus comes back; the widgets visited."""
    first = next(w for w in chain_of(window) if takes_tab_focus(w, window))
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = [first]
    for _ in range(400):
        current = window.focusWidget()
        assert current is not None
        modifier = (
            Qt.KeyboardModifier.ControlModifier
            if keeps_tab(current)
            else Qt.KeyboardModifier.NoModifier
        )
        QTest.keyClick(current, Qt.Key.Key_Tab, modifier)
        now = window.focusWidget()
        if now is first:
            return visited
        if now is not None and now not in visited:
            visited.append(now)
    return visited


def chain_of(window: QWidget) -> Iterator[QWidget]:
    widget = window.nextInFocusChain()
    while widget is not window:
        yield widget
        widget = widget.nextInFocusChain()


def unreached(window: QWidget) -> list[str]:
    reached = set(map(id, tab_walk(window)))
    focusable = [w for w in window.findChildren(QWidget) if takes_tab_focus(w, window)]
    return [describe(w) for w in focusable if w.window() is window and id(w) not in reached]


def check(window: QWidget) -> None:
    assert controls(window), "nothing to check"
    problems = [f"no name: {w}" for w in unnamed(window)]
    problems += [f"Tab does not reach: {w}" for w in unreached(window)]
    assert problems == [], "\n".join(problems)


# --- the windows --------------------------------------------------------------------------------
@pytest.fixture
def vault_with_episode(vault: Vault) -> Vault:
    EpisodeStore(vault).add(
        Episode(
            occurred_at="2026-03-14T18:05:00+01:00",
            channel="facebook",
            severity=3,
            description="Opslag i forældregruppen om mig",
        )
    )
    return vault


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_setup_dialog_every_page(qtbot: QtBot, vault_dir: Path) -> None:
    from vidne.ui.security.setup_dialog import SetupDialog

    dialog = show(qtbot, SetupDialog(vault_dir, kdf=FAST_KDF))
    assert isinstance(dialog, SetupDialog)
    for index in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(index)
        check(dialog)


def test_unlock_dialog(qtbot: QtBot, vault_dir: Path) -> None:
    from vidne.ui.security.unlock_dialog import UnlockDialog

    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    check(show(qtbot, UnlockDialog(vault_dir)))


@pytest.fixture
def main_window(qtbot: QtBot, vault_with_episode: Vault) -> Iterator[QWidget]:
    from vidne.ui.window.main_window import MainWindow

    window = MainWindow(vault_with_episode)
    show(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    yield window
    wait_idle()
    window.editor.load(Episode())  # no "unsaved changes" question on close
    window.close()


def test_main_window_every_tab(qtbot: QtBot, main_window: QWidget) -> None:
    pages = main_window.findChild(QTabWidget, "pages")
    assert pages is not None
    for index in range(pages.count()):
        pages.setCurrentIndex(index)
        wait_idle()
        check(main_window)


def test_episode_editor_all_sections_open(qtbot: QtBot, main_window: QWidget) -> None:
    from vidne.ui.editor.collapsible import Collapsible

    main_window.table.selectRow(0)  # type: ignore[attr-defined]
    wait_idle()
    for section in main_window.findChildren(Collapsible):
        section.set_expanded(True)
    check(main_window)


def test_settings_dialog_every_tab(qtbot: QtBot, main_window: QWidget) -> None:
    dialog = main_window.open_settings()  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        wait_idle()
        check(dialog)
    dialog.reject()


def test_export_dialog(qtbot: QtBot, vault_with_episode: Vault) -> None:
    from vidne.ui.export.export_dialog import ExportDialog

    dialog = ExportDialog(vault_with_episode)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    check(dialog)


def test_senders_dialog(qtbot: QtBot, vault_with_episode: Vault) -> None:
    from vidne.ui.editor.sender_dialog import SenderDialog

    dialog = show(qtbot, SenderDialog(vault_with_episode))
    wait_idle()
    check(dialog)


def test_csv_import_dialog_with_a_file(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    from vidne.ui.export.csv_import_dialog import CsvImportDialog

    sheet = tmp_path / "episoder.csv"
    sheet.write_text("hvornår;kanal;grovhed;beskrivelse\n2026-03-14 18:05;sms;2;Besked\n")
    dialog = show(qtbot, CsvImportDialog(vault))
    assert isinstance(dialog, CsvImportDialog)
    check(dialog)
    dialog.load_file(sheet)
    qtbot.waitUntil(lambda: dialog.mapping.rowCount() == 4, timeout=10_000)
    check(dialog)
