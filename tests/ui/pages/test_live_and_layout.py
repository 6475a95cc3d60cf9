"""The window stays current and fits: changes from the command line show within a second,
the captures strip belongs to the Episodes tab, the window comes back where it was, numbers
and times are written the user's language's way."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QScrollArea
from pytestqt.qtbot import QtBot
from vidne.app import i18n
from vidne.app.episodes import overview
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault
from vidne.ui.editor.history_view import local_time
from vidne.ui.pages.locale_text import decimal
from vidne.ui.tasks import wait_idle
from vidne.ui.window.geometry import remember_geometry
from vidne.ui.window.main_window import MainWindow

from tests.conftest import FAST_KDF, PASSPHRASE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui


@pytest.fixture
def opened(qtbot: QtBot, vault_dir: Path):  # type: ignore[no-untyped-def]
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        EpisodeStore(v).add(Episode(description="første", severity=2))
    vault = Vault.open(vault_dir, PASSPHRASE)
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        win = MainWindow(vault)
        win.show()
        qtbot.waitUntil(lambda: win.model.rowCount() >= 1, timeout=10_000)
        windows.append(win)
        return win

    yield make
    wait_idle()
    for win in windows:
        win.editor.load(Episode())
        win.close()
        win.deleteLater()
    vault.lock()


@pytest.fixture
def danish(qapp: object) -> Iterator[None]:
    i18n.install("da")
    yield
    i18n.install("en")


def test_an_episode_added_on_the_command_line_shows_within_a_second(
    qtbot: QtBot,
    opened,
    vault_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = opened()
    window.editor.description.setPlainText("skriver stadig")  # typing is not disturbed
    with Vault.open(vault_dir, PASSPHRASE) as other:  # another process's connection
        EpisodeStore(other).add(Episode(description="fra kommandolinjen", severity=3), "cli")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=2500)
    shown = {window.proxy.index(r, 4).data() for r in range(2)}
    assert shown == {"første", "fra kommandolinjen"}
    assert window.editor.description.toPlainText() == "skriver stadig"


def test_the_overview_follows_changes_while_it_is_shown(
    qtbot: QtBot,
    opened,
    vault_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = opened()
    window.pages.setCurrentWidget(window.overview_page)
    summary = window.overview_page.summary
    qtbot.waitUntil(lambda: summary.text().startswith("1 episode"), timeout=10_000)
    with Vault.open(vault_dir, PASSPHRASE) as other:  # e.g. a CSV import with the CLI
        for n in range(3):
            EpisodeStore(other).add(Episode(description=f"import {n}", severity=1), "import")
    qtbot.waitUntil(lambda: summary.text().startswith("4 episode"), timeout=3000)


def test_the_captures_strip_belongs_to_the_episodes_tab(qtbot: QtBot, opened) -> None:  # type: ignore[no-untyped-def]
    window = opened()
    dock = window.episode_captures.parentWidget()
    assert dock.isVisible()
    for page in (window.inbox, window.overview_page, window.guide_page):
        window.pages.setCurrentWidget(page)
        assert not dock.isVisible()
    window.pages.setCurrentIndex(0)
    assert dock.isVisible()


def test_at_1366x768_the_quick_fields_and_sections_are_reachable(qtbot: QtBot, opened) -> None:  # type: ignore[no-untyped-def]
    window = opened()
    window.resize(1366, 768 - 40)  # a laptop screen less a panel
    qtbot.wait(50)
    editor = window.editor
    assert window.width() <= 1366 and window.height() <= 728
    top = editor.mapTo(window, editor.rect().topLeft()).y()
    for widget in (editor.when, editor.channel, editor.severity, editor.description):
        y = widget.mapTo(window, widget.rect().bottomLeft()).y()
        assert y < window.height(), widget.objectName()
    assert top < window.height() // 3
    scroll = editor.findChild(QScrollArea, "editorScroll")
    assert scroll is not None  # the rest scrolls: the folding sections are in a scroll area
    last = editor.sections[-1].toggle
    scroll.ensureWidgetVisible(last)
    assert not last.visibleRegion().isEmpty()


def test_size_position_and_maximised_state_are_remembered(qtbot: QtBot, opened) -> None:  # type: ignore[no-untyped-def]
    plain = QMainWindow()  # any window: the main window's own minimum exceeds the test screen
    qtbot.addWidget(plain)
    remember_geometry(plain)
    plain.setGeometry(40, 50, 500, 400)
    plain.show()
    plain.hide()  # closing and going to the tray both hide the window
    again = QMainWindow()
    qtbot.addWidget(again)
    assert remember_geometry(again)
    assert (again.geometry().width(), again.geometry().height()) == (500, 400)
    window = opened()
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=5000)
    window.hide()
    second = opened()
    assert second.windowState() & Qt.WindowState.WindowMaximized


def test_danish_numbers_have_a_decimal_comma(qtbot: QtBot, opened, danish: None) -> None:  # type: ignore[no-untyped-def]
    window = opened()
    page = window.overview_page
    trend = overview.Trend(points=[], start=1.0, end=2.0, per_30_days=0.7412)
    assert page._trend_words(trend) == "Tendens: grovheden stiger med 0,74 trin pr. 30 dage."
    assert decimal(-1.5) == "-1,50"


def test_history_times_are_local_and_written_the_language_s_way(danish: None) -> None:
    at = datetime(2026, 3, 14, 17, 5, 7, tzinfo=UTC).isoformat()
    local = datetime(2026, 3, 14, 17, 5, 7, tzinfo=UTC).astimezone()
    assert local_time(at) == local.strftime("%d.%m.%Y %H.%M.%S")
    assert "+00:00" not in local_time(at)
