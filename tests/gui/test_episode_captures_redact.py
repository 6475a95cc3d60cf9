"""The episode's capture strip offers "Black out for the report…" for one selected image."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.captures import CaptureStore
from app.vault import Vault
from tests.unit.report_support import add_episode
from ui.episode_captures import EpisodeCaptures
from ui.inbox_page import ID_ROLE
from ui.redact_dialog import RedactDialog

pytestmark = pytest.mark.gui


def test_redact_button_opens_the_dialog_for_the_selected_capture(qtbot: QtBot,
                                                                 vault: Vault) -> None:
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
