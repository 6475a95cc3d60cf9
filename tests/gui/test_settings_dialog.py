"""Settings: the language choice is kept; name and workplace go into the vault."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app import profile
from app.vault import Vault
from ui import settings
from ui.settings_dialog import GeneralSection, SettingsDialog
from ui.tasks import wait_idle


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
