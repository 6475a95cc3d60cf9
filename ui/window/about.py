"""Help → About: which Vidne this is, under which licence, and where its data lives.

Where the data lives matters to the user: the folder to back up, or to find again after
moving to a new computer. Nothing here reads the vault.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from vidne.app import __version__, paths
from vidne.app.i18n import translate
from vidne.ui.settings import settings

LICENCE = "GPL-3.0-or-later"


def about_text(data_dir: Path) -> str:
    rows = (
        translate("About", "A private, encrypted log of online harassment at work."),
        translate("About", "Version %1").replace("%1", __version__),
        translate(
            "About", "Licence: %1 (free software: you may use, study, share and change it)"
        ).replace("%1", LICENCE),
        translate("About", "Your data (the encrypted vault and its backups): %1").replace(
            "%1", html.escape(str(data_dir))
        ),
        translate("About", "Settings (language, hotkey, window): %1").replace(
            "%1", html.escape(settings().fileName())
        ),
    )
    return "<h3>Vidne</h3>" + "".join(f"<p>{row}</p>" for row in rows)


def about_box(parent: QWidget, data_dir: Path | None = None) -> QMessageBox:
    """The About box (not yet shown); *data_dir* defaults to the usual data folder."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(translate("About", "About Vidne"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(data_dir or paths.data_dir(None)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
