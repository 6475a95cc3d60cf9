"""The last page of the first run: the one key that takes a screenshot, tried right here.

It shows the capture hotkey as the user's keyboard writes it (Qt's native text, in the UI's
language), offers "Try it now" – a test capture that is shown and then dropped, never stored –
lets the user change the key (the Capture settings' own widget), and explains the tray.
Where the desktop gives programs no global hotkey it says how to bind ``vidne capture``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)
from vidne.ui.errors import user_message
from vidne.ui.tasks import run_task
from vidne.ui.window.hotkey_settings import HotkeyHost, HotkeySettings, how_to_bind, native_text

HIDE_MS = 300  # time for the window manager to take the hidden dialog off the screen

# Grabs the screen and returns it as PNG bytes (on a worker thread).
Grabber = Callable[[], bytes]


def grab_screen_png() -> bytes:
    """The monitor under the mouse as PNG, in memory only."""
    from vidne.app.evidence import grab

    try:
        return grab.encode_png(grab.grab(None, "hotkey").image())
    finally:
        grab.close_thread_grabber()


class HotkeyIntro(QWidget):
    """*hotkeys*: the running capture feature (None: no hotkey can be registered here)."""

    finished = Signal()
    tried = Signal(bytes)  # the test capture was shown (its PNG, for tests; never stored)

    def __init__(
        self,
        parent: QWidget,
        hotkeys: HotkeyHost | None,
        grabber: Grabber = grab_screen_png,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hotkeyIntro")
        self.hotkeys = hotkeys
        self.grabber = grabber
        self.viewer: QWidget | None = None
        heading = QLabel(self.tr("<h2>Your capture key</h2>"), self)
        heading.setTextFormat(Qt.TextFormat.RichText)  # labels are plain unless said (plain_text)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("hotkeyShown")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("font-size: 20pt; font-weight: bold; padding: 8px;")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explain = self._text("hotkeyExplain")
        self.tray_text = self._text("trayExplain")
        self.tray_text.setText(self.tray_explanation())
        self.try_button = self._button("tryHotkey", self.tr("Try it now"), self.try_capture)
        self.change_button = self._button("changeHotkey", self.tr("Change the key…"), None)
        self.done_button = self._button("startUsing", self.tr("Start using Vidne"), None)
        self.done_button.clicked.connect(self.finish)
        self.settings = HotkeySettings(
            self,
            hotkeys.register_hotkey if hotkeys is not None else None,
            hotkeys.backend_name() if hotkeys is not None else "",
        )
        self.settings.hide()
        self.settings.registered.connect(lambda _s: self.refresh())
        self.change_button.clicked.connect(self._show_settings)
        self.result = self._text("tryResult")
        self._lay_out(heading)
        self.refresh()

    def _text(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _button(self, name: str, text: str, slot: Callable[[], object] | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        if slot is not None:
            button.clicked.connect(lambda: slot())
        return button

    def _lay_out(self, heading: QLabel) -> None:
        layout = QVBoxLayout(self)
        for widget in (heading, self.key_label, self.explain):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.try_button)
        row.addWidget(self.change_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.settings)
        layout.addWidget(self.tray_text)
        layout.addStretch(1)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.done_button)
        layout.addLayout(end)

    # --- what is shown ------------------------------------------------------------------------
    def shortcut(self) -> str:
        """The working hotkey as the keyboard writes it, or '' where there is none."""
        if self.hotkeys is None or self.hotkeys.hotkey_problem:
            return ""
        return native_text()

    def refresh(self) -> None:
        shortcut = self.shortcut()
        self.key_label.setVisible(bool(shortcut))
        self.key_label.setText(shortcut)
        self.key_label.setAccessibleName(self.tr("Capture key: %1").replace("%1", shortcut))
        if shortcut:
            self.explain.setText(
                self.tr(
                    "Press %1 whenever you see something you want to keep – in any program, "
                    "before it is deleted. The screenshot goes straight into your encrypted "
                    "vault, to the Inbox. Try it now: press the keys, or click the button."
                ).replace("%1", shortcut)
            )
        else:
            self.explain.setText(how_to_bind())

    def tray_explanation(self) -> str:
        if QSystemTrayIcon.isSystemTrayAvailable():
            return self.tr(
                "Vidne also sits in the tray, the small icons by the clock. Closing the window "
                "keeps it running there, so the key keeps working; choose Quit in the tray "
                "icon's menu to stop it."
            )
        return self.tr(
            "This desktop has no tray: the key works while Vidne runs, and closing the window "
            "stops it."
        )

    def _show_settings(self) -> None:
        self.settings.show()
        self.settings.edit.setFocus()

    # --- the test capture ---------------------------------------------------------------------
    def try_capture(self) -> None:
        """Hide the window, take a screenshot, show it, and keep nothing."""
        window = self.window()
        window.hide()
        self.try_button.setEnabled(False)
        QTimer.singleShot(HIDE_MS, lambda: run_task(self.grabber, self._show_test, self._failed))

    def _show_test(self, png: bytes) -> None:
        from vidne.ui.evidence.viewer import CaptureViewer

        self._back()
        viewer = CaptureViewer(png, None, self.window())
        viewer.setObjectName("testCaptureViewer")
        viewer.setWindowTitle(self.tr("Test capture – not saved"))
        viewer.details.setText(
            self.tr(
                "This is what the key captures. It was only a test: this picture is not "
                "saved, and it is gone when you close this window."
            )
        )
        viewer.reveal()  # the user's own screen a second ago: nothing to shield them from
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self.viewer = viewer
        self.result.setText(self.tr("It works. Close the picture when you have seen it."))
        self.tried.emit(png)

    def _failed(self, exc: BaseException) -> None:
        self._back()
        self.result.setText(user_message(exc))

    def _back(self) -> None:
        window = self.window()
        window.show()
        window.raise_()
        self.try_button.setEnabled(True)

    def finish(self) -> None:
        if self.settings.isVisible():
            self.settings.apply()
        self.finished.emit()
