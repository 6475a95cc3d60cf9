"""Settings: the language choice is kept; name and workplace go into the vault."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from vidne.app.vault import profile
from vidne.app.vault.store import Vault
from vidne.ui import settings
from vidne.ui.tasks import wait_idle
from vidne.ui.window.settings_dialog import GeneralSection, SettingsDialog


def test_language_and_profile_are_saved(qtbot: QtBot, vault: Vault) -> None:
    dialog = SettingsDialog(vault)
    qtbot.addWidget(dialog)
    general = dialog.sections[0]
    assert isinstance(general, GeneralSection)
    qtbot.waitUntil(general.name.isEnabled, timeout=5_000)
    general.language.setCurrentIndex(general.language.findData("da"))
    general.name.setText("  Hanne Sørensen ")
    general.workplace.setText("Nørrebro Skole")
    dialog.accept()
    wait_idle()
    assert settings.language() == "da"
    assert profile.name(vault) == "Hanne Sørensen"
    assert profile.workplace(vault) == "Nørrebro Skole"
    again = SettingsDialog(vault)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.sections[0].name.text() == "Hanne Sørensen", timeout=5_000)
    assert again.sections[0].language.currentData() == "da"


def test_start_at_login_switch_writes_and_removes_the_autostart_entry(
    qtbot: QtBot, vault: Vault, isolated_user_dirs: object
) -> None:
    from pathlib import Path

    from vidne.app.platform import freedesktop

    entry = Path(freedesktop.xdg_config_home()) / "autostart" / "dk.vidne.Vidne.desktop"
    dialog = SettingsDialog(vault)
    qtbot.addWidget(dialog)
    general = dialog.sections[0]
    assert isinstance(general, GeneralSection)
    assert not general.autostart.isChecked()  # off by default
    general.autostart.setChecked(True)
    dialog.accept()
    assert entry.exists() and "--minimized" in entry.read_text()
    again = SettingsDialog(vault)
    qtbot.addWidget(again)
    assert again.sections[0].autostart.isChecked()
    again.sections[0].autostart.setChecked(False)
    again.accept()
    assert not entry.exists()
    wait_idle()
