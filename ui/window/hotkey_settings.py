"""Capture settings: the global hotkey, the delay, close-to-tray. Qt settings, not user data.

A combination that cannot be registered is shown right here with the backend's reason (taken
by another program, no such key, or a desktop without global shortcuts and how to bind
``vidne capture`` instead).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from vidne.app.i18n import translate
from vidne.app.platform.base import DEFAULT_HOTKEY
from vidne.ui.settings import settings

KEY_HOTKEY = "capture/hotkey"
KEY_DELAY = "capture/delay"
KEY_TRAY = "capture/closeToTray"
DELAYS = (0, 3, 5, 10)

# registrar(sequence) -> None when registered, else the translated reason
Registrar = Callable[[str], str | None]


class HotkeyHost(Protocol):
    """What the Capture tab needs from the running capture feature (its global hotkey)."""

    @property
    def hotkey_problem(self) -> str: ...

    def backend_name(self) -> str: ...

    def register_hotkey(self, sequence: str) -> str | None: ...


def hotkey() -> str:
    value = settings().value(KEY_HOTKEY, DEFAULT_HOTKEY)
    return str(value) if value else DEFAULT_HOTKEY


def native_text(sequence: str | None = None) -> str:
    """The hotkey as this keyboard and language write it, e.g. 'Ctrl+Alt+Skift+S' in Danish
    (Qt's own catalogue names the keys; on a Mac the symbols ⌃⌥⇧)."""
    portable = sequence if sequence is not None else hotkey()
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)


def working_hotkey(host: HotkeyHost | None) -> str:
    """The registered capture hotkey as :func:`native_text`, or '' when there is none (no
    capture feature, or a desktop that gives programs no global shortcut)."""
    if host is None or host.hotkey_problem:
        return ""
    return native_text()


def how_to_bind() -> str:
    """What to do where the desktop gives no global hotkey (Wayland without the portal)."""
    return translate(
        "HotkeySettings",
        "This desktop does not let Vidne listen for a key everywhere. In your desktop's "
        "keyboard settings, add a custom shortcut with the command “vidne capture”.",
    )


def delay() -> int:
    try:
        value = int(str(settings().value(KEY_DELAY, 0)))
    except (TypeError, ValueError):
        return 0
    return value if value in DELAYS else 0


def close_to_tray() -> bool:
    return str(settings().value(KEY_TRAY, "true")).lower() in ("true", "1")


class HotkeySettings(QWidget):
    registered = Signal(str)  # a new hotkey works (its portable text)

    def __init__(
        self,
        parent: QWidget | None = None,
        registrar: Registrar | None = None,
        backend_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hotkeySettings")
        self.registrar = registrar
        self.edit = QKeySequenceEdit(QKeySequence(hotkey()), self)
        self.edit.setObjectName("hotkeyEdit")
        self.edit.setMaximumSequenceLength(1)
        self.edit.setAccessibleName(self.tr("Capture hotkey"))
        for inner in self.edit.findChildren(QLineEdit):  # the part that has the focus
            inner.setAccessibleName(self.edit.accessibleName())
        self.test_button = QPushButton(self.tr("Register now"), self)
        self.test_button.setObjectName("hotkeyRegister")
        self.test_button.clicked.connect(self.register)
        self.reset_button = QPushButton(self.tr("Default"), self)
        self.reset_button.setObjectName("hotkeyDefault")
        self.reset_button.clicked.connect(
            lambda: self.edit.setKeySequence(QKeySequence(DEFAULT_HOTKEY))
        )
        self.delay_combo = QComboBox(self)
        self.delay_combo.setObjectName("delayCombo")
        self.delay_combo.setAccessibleName(self.tr("Delay for region/tray capture"))
        for seconds in DELAYS:
            label = (
                self.tr("No delay")
                if seconds == 0
                else self.tr("%1 seconds").replace("%1", str(seconds))
            )
            self.delay_combo.addItem(label, seconds)
        self.delay_combo.setCurrentIndex(DELAYS.index(delay()))
        self.tray_check = QCheckBox(self.tr("Closing the window keeps Vidne in the tray"), self)
        self.tray_check.setObjectName("closeToTrayCheck")
        self.tray_check.setChecked(close_to_tray())
        self.status = QLabel(self)
        self.status.setObjectName("hotkeyStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.test_button)
        row.addWidget(self.reset_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Capture hotkey:"), row)
        form.addRow("", self.status)
        form.addRow(self.tr("Delay for region/tray capture:"), self.delay_combo)
        form.addRow("", self.tray_check)
        self.offer: QWidget | None = None  # the desktop-shortcut offer, once needed
        self.form = form
        if backend_name:  # how it is registered is a detail for whoever asks, not the text
            self.status.setText(self._works_text(self.sequence()))
            self.status.setToolTip(self.tr("Registered through: %1").replace("%1", backend_name))

    def sequence(self) -> str:
        return self.edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)

    def offer_desktop_shortcut(self, problem: str) -> bool:
        """Vidne cannot register a hotkey here: say why, and where the desktop is one Vidne can
        configure (GNOME, KDE Plasma), offer to bind ``vidne capture`` there with one click.
        True when the offer is shown (the first run calls this too)."""
        from vidne.ui.window.shortcut_offer import DesktopShortcutOffer

        self.status.setText(problem)
        if self.offer is None:
            self.offer = DesktopShortcutOffer.make(self.sequence, self)
            if self.offer is not None:
                self.form.insertRow(2, "", self.offer)
        return self.offer is not None

    def register(self) -> bool:
        """Try the combination now; show the reason when it fails. Saved only on success."""
        text = self.sequence()
        if not text:
            self.status.setText(self.tr("Press a key combination first."))
            return False
        problem = self.registrar(text) if self.registrar else None
        if problem:
            self.status.setText(problem)
            return False
        settings().setValue(KEY_HOTKEY, text)
        self.status.setText(self._works_text(text))
        self.registered.emit(text)
        return True

    def _works_text(self, sequence: str) -> str:
        return self.tr(
            "%1 captures the screen from anywhere, even when Vidne is in the tray."
        ).replace("%1", native_text(sequence))

    def apply(self) -> None:
        settings().setValue(KEY_DELAY, self.delay_combo.currentData())
        settings().setValue(KEY_TRAY, "true" if self.tray_check.isChecked() else "false")
        if self.sequence() != hotkey():
            self.register()


def capture_section(parent: QWidget, host: HotkeyHost | None) -> tuple[str, QWidget]:
    """The "Capture" settings tab; *host* (None without the capture feature) registers keys."""
    widget = HotkeySettings(
        parent, host.register_hotkey if host else None, host.backend_name() if host else ""
    )
    if host is not None and host.hotkey_problem:
        widget.offer_desktop_shortcut(host.hotkey_problem)
    return translate("HotkeySettings", "Capture"), widget
