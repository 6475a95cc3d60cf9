"""Settings → Trusted time: turn RFC 3161 timestamps on, choose the services, and read in
plain words what leaves the computer and what a timestamp proves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from vidne.app.evidence.trusted_time import settings, tokens
from vidne.app.vault.store import Vault
from vidne.ui import file_dialogs
from vidne.ui.errors import user_message
from vidne.ui.tasks import run_db


class TrustedTimeSection(QWidget):
    def __init__(self, parent: QWidget, vault: Vault) -> None:
        super().__init__(parent)
        self.setObjectName("trustedTimeSection")
        self.vault = vault
        self.loaded: settings.TrustedTime | None = None
        self.enabled = QCheckBox(
            self.tr("Get a trusted timestamp for each new capture and import, and for each export"),
            self,
        )
        self.enabled.setObjectName("trustedTimeEnabled")
        self.services = QPlainTextEdit(self)
        self.services.setObjectName("trustedTimeServices")
        self.services.setTabChangesFocus(True)  # Tab moves on, never a tab character
        self.services.setMaximumHeight(90)
        self.ca_file = QLineEdit(self)
        self.ca_file.setObjectName("trustedTimeCaFile")
        self.ca_file.setPlaceholderText(self.tr("Only for a service your system does not know"))
        self.waiting = QLabel(self)
        self.waiting.setObjectName("trustedTimeWaiting")
        for widget in (self.enabled, self.services, self.ca_file):
            widget.setEnabled(False)  # until loaded from the vault
        self._lay_out()
        run_db(self._load, self._loaded)

    def _lay_out(self) -> None:
        explain = QLabel(self._explanation(), self)
        explain.setWordWrap(True)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_ca_file)
        row = QHBoxLayout()
        row.addWidget(self.ca_file, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addWidget(explain)
        services = QLabel(self.tr("Timestamp services, one address a line, in order:"), self)
        services.setBuddy(self.services)  # its name for a screen reader
        certificates = QLabel(self.tr("Extra trusted certificates (PEM file):"), self)
        certificates.setBuddy(self.ca_file)
        layout.addWidget(services)
        layout.addWidget(self.services)
        layout.addWidget(certificates)
        layout.addLayout(row)
        layout.addWidget(self.waiting)
        layout.addStretch(1)

    def _explanation(self) -> str:
        return self.tr(
            "Off by default. When on, Vidne sends only the SHA-256 fingerprint of each new "
            "capture or imported file, and of each export's list of fingerprints, to the first "
            "timestamp service below that answers. The image, the text and your name never "
            "leave the computer. The service signs the fingerprint with the time; the signed "
            "timestamp is kept in the vault and put in the evidence bundle. It proves to anyone, "
            "without Vidne, that the file existed unchanged at that time. It does not prove "
            "what was on the screen or who wrote it. The service sees that someone at your "
            "internet address asked for a timestamp. Without a connection, items wait and are "
            "sent later."
        )

    def _load(self) -> tuple[settings.TrustedTime, int]:
        config = settings.load(self.vault)
        with self.vault.read() as conn:
            return config, tokens.waiting(conn)

    def _loaded(self, result: tuple[settings.TrustedTime, int]) -> None:
        config, waiting = result
        self.loaded = config
        self.enabled.setChecked(config.enabled)
        self.services.setPlainText("\n".join(config.services))
        self.ca_file.setText(config.ca_file)
        if waiting:
            self.waiting.setText(
                self.tr("%n item(s) wait for a timestamp.", "", waiting).replace("%n", str(waiting))
            )
        for widget in (self.enabled, self.services, self.ca_file):
            widget.setEnabled(True)

    def _choose_ca_file(self) -> None:
        start = Path(self.ca_file.text()).parent if self.ca_file.text() else Path.home()
        chosen = file_dialogs.open_file(
            self, self.tr("Trusted certificates"), start, self.tr("Certificates (*.pem *.crt)")
        )
        if chosen is not None:
            self.ca_file.setText(str(chosen))

    def wanted(self) -> settings.TrustedTime:
        base = self.loaded or settings.TrustedTime()
        services = settings.parse_services(self.services.toPlainText())
        return settings.TrustedTime(
            self.enabled.isChecked(), services, self.ca_file.text().strip(), base.since
        )

    def apply(self) -> None:
        if self.loaded is None:
            return  # never loaded: nothing the user could have changed
        vault, wanted = self.vault, self.wanted()
        run_db(lambda: settings.save(vault, wanted), None, self._failed)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, "Vidne", user_message(exc))


def trusted_time_section(parent: QWidget, vault: Vault) -> tuple[str, QWidget]:
    section = TrustedTimeSection(parent, vault)
    return QCoreApplication.translate("TrustedTimeSection", "Trusted time"), section
