"""Where Vidne cannot register a global hotkey, Settings offers the desktop's own shortcut.

GNOME through the real gsettings and GNOME's schema into a private keyfile backend: one click
binds the hotkey shown in the field to this Vidne's ``capture`` command.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from vidne.app.platform.desktop_shortcut import GNOME_PATH, MEDIA_KEYS, GnomeShortcut
from vidne.app.platform.launch import launch_command
from vidne.ui.window.hotkey_settings import HotkeySettings, capture_section
from vidne.ui.window.shortcut_offer import DesktopShortcutOffer

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        sys.platform in ("win32", "darwin"), reason="GNOME and KDE desktops are Linux and BSD"
    ),
]

PROBLEM = "This desktop does not let programs register a global shortcut."


class NoGlobalShortcuts:
    """The capture feature on a desktop without GlobalShortcuts (what the controller says)."""

    hotkey_problem = PROBLEM

    def backend_name(self) -> str:
        return ""

    def register_hotkey(self, sequence: str) -> str | None:
        return PROBLEM


@pytest.fixture
def gnome(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    if not GnomeShortcut.is_available():
        pytest.skip("gsettings or GNOME's media-keys schema missing (gnome-settings-daemon-common)")


KEEP: list[QWidget] = []


def capture_tab(qtbot: QtBot) -> HotkeySettings:
    """The Capture tab as Settings builds it, for the capture feature above."""
    parent = QWidget()
    qtbot.addWidget(parent)
    KEEP.append(parent)  # the tab lives as long as its dialog
    _title, widget = capture_section(parent, NoGlobalShortcuts())
    assert isinstance(widget, HotkeySettings)
    return widget


def test_one_click_binds_the_hotkey_in_gnome(qtbot: QtBot, gnome: None) -> None:
    tab = capture_tab(qtbot)
    assert tab.status.text() == PROBLEM
    offer = tab.offer
    assert isinstance(offer, DesktopShortcutOffer)
    assert offer.button.text() == "Create a desktop shortcut for GNOME"
    tab.edit.setKeySequence(QKeySequence("Ctrl+Alt+F9"))
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    assert offer.status.text() == "Done: Ctrl+Alt+F9 now runs “vidne capture” from anywhere."
    where = f"{MEDIA_KEYS}.custom-keybinding:{GNOME_PATH}"
    got = subprocess.run(["gsettings", "get", where, "binding"], capture_output=True, text=True)
    assert got.stdout.strip() == "'<Control><Alt>F9'"
    expected = " ".join([*launch_command().argv, "capture"])
    assert GnomeShortcut().current() == expected
    again = capture_tab(qtbot)  # the next time Settings opens, it says the shortcut exists
    assert isinstance(again.offer, DesktopShortcutOffer)
    assert again.offer.button.text() == "Update the desktop shortcut"


def test_a_desktop_vidne_cannot_configure_gets_the_explanation_only(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "sway")
    tab = capture_tab(qtbot)
    assert tab.offer is None and tab.status.text() == PROBLEM
