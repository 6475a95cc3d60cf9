"""The episode's capture strip offers "Black out for the report…" for one selected image."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault
from vidne.ui.evidence.episode_strip import EpisodeCaptures
from vidne.ui.evidence.inbox_page import ID_ROLE
from vidne.ui.evidence.redact_dialog import RedactDialog
from vidne.ui.tasks import run_db, wait_idle

from tests.helpers.report import add_episode

pytestmark = pytest.mark.gui


def test_redact_button_opens_the_dialog_for_the_selected_capture(
    qtbot: QtBot, vault: Vault
) -> None:
    episode_id = add_episode(vault, "2026-02-03T09:00:00+01:00", "STRIP", images=2)
    strip = EpisodeCaptures(vault)
    qtbot.addWidget(strip)
    strip.show()
    strip.show_episode(episode_id)
    qtbot.waitUntil(lambda: strip.list.count() == 2, timeout=5000)
    assert not strip.redact_button.isEnabled()
    strip.list.item(0).setSelected(True)
    assert strip.redact_button.isEnabled()
    strip.list.item(1).setSelected(True)
    assert not strip.redact_button.isEnabled()  # one capture at a time
    strip.list.item(1).setSelected(False)
    qtbot.mouseClick(strip.redact_button, Qt.MouseButton.LeftButton)
    dialog = strip.findChild(RedactDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.capture_id == int(strip.list.item(0).data(ID_ROLE))
    assert dialog.capture_id in {c.id for c in CaptureStore(vault).all()}


def test_a_strip_closed_before_its_captures_arrive_drops_them(qtbot: QtBot, vault: Vault) -> None:
    """Closing the episode (the strip goes) while its captures load must not raise when they
    arrive; a later strip still shows them. (pytest-qt fails the test on an exception in a slot.)"""
    episode_id = add_episode(vault, "2026-02-03T09:00:00+01:00", "STRIP", images=1)
    db_thread_busy = threading.Event()
    run_db(lambda: db_thread_busy.wait(5))  # hold the vault thread so the load comes later
    strip = EpisodeCaptures(vault)
    strip.show_episode(episode_id)
    shiboken6.delete(strip)
    db_thread_busy.set()
    assert wait_idle()
    qtbot.wait(50)  # deliver the queued result to nobody
    again = EpisodeCaptures(vault)
    qtbot.addWidget(again)
    again.show_episode(episode_id)
    qtbot.waitUntil(lambda: again.list.count() == 1, timeout=5000)


def test_an_episode_without_captures_takes_one_line_not_a_strip(qtbot: QtBot, vault: Vault) -> None:
    """On a laptop the empty thumbnail strip was 130 pixels of nothing: an episode without
    captures shows one line saying how to add one; the thumbnails come back with captures."""
    bare = add_episode(vault, "2026-02-03T09:00:00+01:00", "NOTHING", images=0)
    with_two = add_episode(vault, "2026-02-04T09:00:00+01:00", "TWO", images=2)
    strip = EpisodeCaptures(vault)
    qtbot.addWidget(strip)
    strip.show()
    strip.show_episode(bare)
    qtbot.waitUntil(lambda: "Ctrl+V" in strip.label.text(), timeout=5000)
    assert not strip.list.isVisible() and not strip.redact_button.isVisible()
    one_line = strip.maximumHeight()
    assert one_line < 2 * strip.label.sizeHint().height() + 10
    strip.show_episode(with_two)
    qtbot.waitUntil(lambda: strip.list.count() == 2, timeout=5000)
    assert strip.list.isVisible() and strip.detach_button.isVisible()
    assert strip.maximumHeight() >= one_line + strip.list.height()
