"""The editor fits a 1366×768 laptop: the quick fields and every folding section are in sight.

The main window fills the screen a laptop leaves it (1366 × 768 less a 32 px panel), the
captures strip under it as always, an episode with something in every section is open (so the
form is far taller than the editor). Without scrolling, the quick fields stand inside the
form's visible part and the index names every section above it; choosing a name opens that
section and brings its header into sight, with the keyboard on it. Where they would be
squeezed (a large font), the short fields stand one under the other. The checklist under the
editor shows the three most important missing things and the rest on request.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from vidne.app import i18n
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.vault.store import Vault
from vidne.ui.editor.episode_editor import EpisodeEditor
from vidne.ui.tasks import wait_idle
from vidne.ui.window.main_window import MainWindow

from tests.conftest import FAST_KDF, PASSPHRASE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.gui

LAPTOP = (1366, 768 - 32)  # the screen less a desktop panel


def full_episode(sender_id: int) -> Episode:
    """Something in every section: each opens by itself and the form is long."""
    return Episode(
        occurred_at="2026-03-14T18:05:00+01:00",
        channel="facebook",
        sender="Mor til Emil",
        sender_id=sender_id,
        severity=3,
        description="Opslag i forældregruppen om mig.\n" * 3,
        url="https://facebook.com/p/123",
        kinds=["insults", "personal_info"],
        quote="Du bør skamme dig",
        context="Efter forældremødet",
        witnesses=[{"name": "Åse", "role": "kollega", "contact": ""}],
        experience="Jeg sov dårligt i en uge.",
        doctor_visits=[{"date": "2026-03-16", "note": "Egen læge"}],
        told=[{"who": "amr", "when": "2026-03-15", "note": ""}],
        support=["psychologist"],
        follow_up="Møde med lederen",
        tags=["forældre"],
    )


@pytest.fixture(params=["en", "da"])
def laptop(request: pytest.FixtureRequest, qtbot: QtBot, vault_dir: Path) -> Iterator[MainWindow]:
    """The main window at laptop size in English and in Danish (longer words)."""
    i18n.install(request.param)
    with Vault.create(vault_dir, PASSPHRASE, FAST_KDF) as v:
        sender = SenderStore(v).add(Sender(name="Mor til Emil", relation="parent"))
        assert sender.id is not None
        EpisodeStore(v).add(full_episode(sender.id))
    vault = Vault.open(vault_dir, PASSPHRASE)
    window = MainWindow(vault)
    window.setGeometry(QRect(QPoint(0, 0), QPoint(*LAPTOP) - QPoint(1, 1)))
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.editor.follow_up.expanded, timeout=10_000)
    wait_idle()
    yield window
    wait_idle()
    window.editor.load(Episode())  # no "unsaved changes" question on close
    window.close()
    vault.lock()
    i18n.install("en")


def on_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def same_line(a: QRect, b: QRect) -> bool:
    return a.top() < b.bottom() and b.top() < a.bottom() and a.right() < b.left()


def visible_form(window: MainWindow) -> QRect:
    """The part of the editor's scrolling form that is on screen."""
    scroll = window.editor.findChild(QScrollArea, "editorScroll")
    assert scroll is not None
    return on_window(scroll.viewport(), window)


def test_without_scrolling_the_quick_fields_and_every_section_are_in_sight(
    qtbot: QtBot, laptop: MainWindow
) -> None:
    editor = laptop.editor
    assert (laptop.width(), laptop.height()) == LAPTOP
    assert laptop.episode_captures.isVisible()  # the captures strip takes its share
    form = visible_form(laptop)
    assert form.height() > 0
    for field in (editor.when, editor.channel, editor.sender_edit, editor.severity):
        assert form.contains(on_window(field, laptop)), field.objectName()
    what_happened = on_window(editor.description, laptop)
    assert form.contains(what_happened) and what_happened.height() >= 4 * 14
    # two short fields to a line: when beside channel, sender beside severity
    assert same_line(on_window(editor.when, laptop), on_window(editor.channel, laptop))
    assert same_line(on_window(editor.sender_edit, laptop), on_window(editor.severity, laptop))
    shown = laptop.rect()
    names = [b.text() for b in editor.index.buttons]
    assert len(names) == len(editor.sections) == 6
    for button, section in zip(editor.index.buttons, editor.sections, strict=True):
        place = on_window(button, laptop)
        assert button.isVisible() and shown.contains(place), button.text()
        assert place.bottom() < form.top(), button.text()  # above the form: never scrolls away
        assert on_window(editor, laptop).contains(place)
        assert button.accessibleName().endswith(section.title)


def test_choosing_a_section_in_the_index_opens_it_and_brings_it_into_sight(
    qtbot: QtBot, laptop: MainWindow
) -> None:
    editor = laptop.editor
    index_places = [on_window(b, laptop) for b in editor.index.buttons]
    for button, section in zip(editor.index.buttons, editor.sections, strict=True):
        section.set_expanded(False)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert section.expanded, section.title

        def in_sight(header: QWidget = section.toggle) -> bool:
            return visible_form(laptop).contains(on_window(header, laptop))

        qtbot.waitUntil(in_sight, timeout=2000)
        assert editor.focusWidget() is section.toggle  # Tab goes on into the section
    assert [on_window(b, laptop) for b in editor.index.buttons] == index_places


def test_with_a_large_font_the_short_fields_stand_one_under_the_other(qtbot: QtBot) -> None:
    """Two to a line only where each field keeps the width it asks for: with a font half as
    large again, the editor's usual width takes them one per line, a wide one two again."""
    editor = EpisodeEditor()
    qtbot.addWidget(editor)
    editor.resize(580, 600)  # the editor's width on a 1366 px screen
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: same_line(editor.when.geometry(), editor.channel.geometry()))
    font = QFont(editor.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    editor.setFont(font)
    qtbot.waitUntil(lambda: editor.channel.y() > editor.when.geometry().bottom(), timeout=2000)
    assert editor.channel.width() == editor.when.width()  # each the whole width of the form
    assert editor.severity.y() > editor.sender_edit.geometry().bottom()
    editor.resize(1100, 600)
    qtbot.waitUntil(lambda: same_line(editor.when.geometry(), editor.channel.geometry()))
    assert editor.when.width() >= editor.when.sizeHint().width() - 1


def test_the_checklist_shows_the_three_most_important_and_the_rest_on_request(
    qtbot: QtBot,
) -> None:
    editor = EpisodeEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.new()  # nothing told, attached, quoted, chosen or linked yet
    view = editor.checklist
    everything = view.items
    assert len(everything) >= 5
    first, fourth = everything[0].text, everything[3].text
    assert first in view.text() and fourth not in view.text()
    more = len(everything) - 3
    assert f"…and {more} more" in view.text()
    assert all(item.text in view.toolTip() for item in everything)
    editor.when.setFocus()
    reached = []
    for _ in range(60):  # the link is reachable with Tab, like every other control
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        reached.append(editor.focusWidget())
    assert view in reached
    view.linkActivated.emit("#more")  # what Enter or a click on the link does
    assert all(item.text in view.text() for item in everything)
    assert "Show fewer" in view.text()
    view.linkActivated.emit("#fewer")
    assert fourth not in view.text()
    editor.description.setPlainText("kort")  # the list follows the typing, still folded
    assert fourth not in view.text() and first in view.text()
