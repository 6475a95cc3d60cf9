"""Settings: language and the user's name and workplace for reports, then the window's tabs.

The General tab is always first; the main window passes the other tabs it declares (see
``MainWindow.settings_sections``) as factories that get the dialog and the vault and return
``(title, widget)``. If a widget has ``apply()``, it runs on OK.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from vidne.app.platform import autostart
from vidne.app.vault import profile
from vidne.app.vault.store import Vault
from vidne.ui import settings
from vidne.ui.errors import user_message
from vidne.ui.tasks import run_db

SectionFactory = Callable[[QWidget, Vault], tuple[str, QWidget]]


class GeneralSection(QWidget):
    def __init__(self, parent: QWidget, vault: Vault) -> None:
        super().__init__(parent)
        self.vault = vault
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("As the system (Danish on a Danish system)"), "")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language() or "")))
        note = QLabel(self.tr("A new language is used from the next start of Vidne."), self)
        note.setWordWrap(True)
        self.autostart = QCheckBox(
            self.tr(
                "Start Vidne in the tray when I log in, so the "
                "capture hotkey works from the first minute"
            ),
            self,
        )
        self.autostart.setObjectName("autostartCheck")
        self.autostart.setChecked(autostart.is_enabled())
        self.name = QLineEdit(self)
        self.name.setObjectName("profileName")
        self.workplace = QLineEdit(self)
        self.workplace.setObjectName("profileWorkplace")
        for edit in (self.name, self.workplace):
            edit.setMaxLength(profile.MAX_LENGTH)
            edit.setEnabled(False)  # until loaded from the vault
        about = QLabel(
            self.tr(
                "Your name and workplace appear on the report's cover page. "
                "They are stored inside the encrypted vault."
            ),
            self,
        )
        about.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", note)
        form.addRow(self.autostart)
        form.addRow(about)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Workplace:"), self.workplace)
        run_db(lambda: (profile.name(vault), profile.workplace(vault)), self._loaded)

    def _loaded(self, values: tuple[str, str]) -> None:
        self.name.setText(values[0])
        self.workplace.setText(values[1])
        self.name.setEnabled(True)
        self.workplace.setEnabled(True)

    def apply(self) -> None:
        settings.set_language(self.language.currentData() or None)
        self._apply_autostart()
        if self.name.isEnabled():
            vault, name, workplace = self.vault, self.name.text(), self.workplace.text()
            run_db(lambda: profile.set_profile(vault, name, workplace), None, self._failed)

    def _apply_autostart(self) -> None:
        wanted = self.autostart.isChecked()
        if wanted == autostart.is_enabled():
            return
        try:
            autostart.enable() if wanted else autostart.disable()
        except OSError as exc:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, "Vidne", user_message(exc))


class SettingsDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        sections: Sequence[SectionFactory] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.tabs = QTabWidget(self)
        self.sections: list[QWidget] = [GeneralSection(self, vault)]
        self.tabs.addTab(self.sections[0], self.tr("General"))
        for factory in sections:
            title, widget = factory(self, vault)
            self.sections.append(widget)
            self.tabs.addTab(widget, title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for section in self.sections:
            apply = getattr(section, "apply", None)
            if callable(apply):
                apply()
        super().accept()
