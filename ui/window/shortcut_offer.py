"""The one-click offer to bind ``vidne capture`` in the desktop's own keyboard settings.

Shown where Vidne cannot register a global hotkey itself (Wayland without the GlobalShortcuts
portal: GNOME before 48, wlroots desktops) and the desktop is one Vidne knows how to configure
(GNOME, KDE Plasma; :mod:`vidne.app.platform.desktop_shortcut`). The Capture settings show it;
the first run can place the same widget (``DesktopShortcutOffer.make``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from vidne.app import platform
from vidne.app.platform.desktop_shortcut import DesktopShortcut
from vidne.app.platform.launch import launch_command


class DesktopShortcutOffer(QWidget):
    """A button that creates (or updates) the desktop shortcut and a line saying what it did."""

    def __init__(
        self, backend: DesktopShortcut, sequence: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("desktopShortcutOffer")
        self.backend, self.sequence = backend, sequence
        self.button = QPushButton(self)
        self.button.setObjectName("desktopShortcutCreate")
        self.button.clicked.connect(self.make_shortcut)
        self.status = QLabel(self)
        self.status.setObjectName("desktopShortcutStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._show_state()

    @classmethod
    def make(
        cls, sequence: Callable[[], str], parent: QWidget | None = None
    ) -> DesktopShortcutOffer | None:
        """The offer for this desktop, or None where Vidne cannot create the shortcut."""
        backend = platform.desktop_shortcut_backend()
        return cls(backend, sequence, parent) if backend is not None else None

    def _show_state(self) -> None:
        try:
            exists = bool(self.backend.current())
        except OSError:
            exists = False
        self.button.setText(
            self.tr("Update the desktop shortcut")
            if exists
            else self.tr("Create a desktop shortcut for %1").replace("%1", self.backend.desktop)
        )
        if exists:
            self.status.setText(
                self.tr("%1 has a shortcut that runs “vidne capture”.").replace(
                    "%1", self.backend.desktop
                )
            )

    def make_shortcut(self) -> bool:
        """Bind the hotkey in the desktop's settings; the line below says how it went."""
        from PySide6.QtGui import QKeySequence

        sequence = self.sequence()
        try:
            self.backend.create(sequence, launch_command())
        except (OSError, ValueError) as exc:
            self.status.setText(
                self.tr("The desktop shortcut could not be created: %1").replace("%1", str(exc))
            )
            return False
        keys = QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
        done = self.tr("Done: %1 now runs “vidne capture” from anywhere.").replace("%1", keys)
        if self.backend.name == "kde":
            done += " " + self.tr("KDE Plasma starts using it after you next log in.")
        self.status.setText(done)
        self.button.setText(self.tr("Update the desktop shortcut"))
        return True
