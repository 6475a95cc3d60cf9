"""The episode's capture strip offers "Black out for the report…" for one selected image."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from vidne.app.evidence.store import CaptureStore
from vidne.app.vault.store import Vault
from vidne.ui.evidence.episode_strip import EpisodeCaptures
from vidne.ui.evidence.inbox_page import ID_ROLE
from vidne.ui.evidence.redact_dialog import RedactDialog

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
