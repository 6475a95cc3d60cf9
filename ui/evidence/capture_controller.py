"""Wires capturing into the running app: hotkey, tray, single instance, Inbox, sealed import.

Created once in ``ui/window/controller.py`` beside the ``VidneApp`` controller. It follows the app's
``unlocked``/``locked`` signals: while unlocked captures go straight into the vault and the
Inbox page is in the main window; while locked they are sealed to the inbox folder and imported
(one transaction) right after the next unlock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QMessageBox, QWidget
from vidne.app.errors import HotkeyUnavailable
from vidne.app.evidence import grab as capture
from vidne.app.evidence import sealed_inbox
from vidne.app.evidence.capturer import CaptureService
from vidne.app.platform import HotkeyBackend, instance, pick_hotkey_backend
from vidne.ui.evidence.episode_strip import EpisodeCaptures
from vidne.ui.evidence.inbox_page import InboxPage
from vidne.ui.evidence.region_overlay import CaptureOverlay
from vidne.ui.tasks import run_db
from vidne.ui.window import hotkey_settings
from vidne.ui.window.tray import Tray

HIDE_MS = 300  # time for the window manager to take the hidden window off the screen

if TYPE_CHECKING:
    from vidne.app.vault.store import Vault
    from vidne.ui.window.controller import VidneApp
    from vidne.ui.window.main_window import MainWindow


class CaptureController(QObject):
    def __init__(self, app: VidneApp, backend: HotkeyBackend | None | bool = True) -> None:
        super().__init__(app)
        self.app = app
        self.service = CaptureService(app.data_dir, self)
        self.server = instance.InstanceServer(app.data_dir, self)
        self.tray = Tray(parent=self)
        self.backend: HotkeyBackend | None = (
            pick_hotkey_backend() if backend is True else (backend or None)
        )
        self.hotkey_problem = ""
        self.inbox: InboxPage | None = None
        self.episode_captures: EpisodeCaptures | None = None
        self.overlay: CaptureOverlay | None = None
        self.rejected_messages: list[str] = []
        self._show_again = False  # a capture from the window hid it; show it once saved
        self._connect()

    def _connect(self) -> None:
        self.server.raiseRequested.connect(self.open_window)
        self.server.captureRequested.connect(self.on_request)
        self.tray.captureScreen.connect(lambda: self.capture_screen("tray", delayed=True))
        self.tray.captureRegion.connect(lambda: self.capture_region("tray"))
        self.tray.openWindow.connect(self.open_window)
        self.tray.lockRequested.connect(self.app.lock)
        self.tray.quitRequested.connect(self.app.quit)
        self.app.unlocked.connect(self.on_unlocked)
        self.app.locked.connect(self.on_locked)
        self.service.saved.connect(self.on_saved)
        self.service.failed.connect(self.tray.notify_failed)
        self.service.failed.connect(self._restore_window)
        self.service.frozenReady.connect(self.show_overlay)
        global _current
        _current = self
        from vidne.ui.window.settings_dialog import register_section

        register_section(settings_section)

    # --- start and stop ----------------------------------------------------------------------
    def start(self) -> bool:
        """False when another Vidne already serves this vault (it was asked to raise)."""
        if not self.server.listen():
            instance.ask(self.app.data_dir, {"cmd": "raise"})
            return False
        self.register_hotkey(hotkey_settings.hotkey())
        if Tray.available():
            self.tray.show()
            QApplication.setQuitOnLastWindowClosed(False)  # the tray keeps Vidne running
            self.app.stays_in_tray = Tray.available
        self.tray.set_locked(True)
        capture.warm_up()
        return True

    def shutdown(self) -> None:
        global _current
        if _current is self:
            _current = None
        if self.backend is not None:
            self.backend.close()
        self.server.close()
        self.service.shutdown()
        self.tray.hide()

    def register_hotkey(self, sequence: str) -> str | None:
        """Register *sequence*; None on success, else the translated reason (also kept)."""
        if self.backend is None:
            from vidne.app.platform.wayland_portal import fallback_text

            self.hotkey_problem = fallback_text()
            return self.hotkey_problem
        try:
            self.backend.register(sequence, self._hotkey_pressed)
        except HotkeyUnavailable as exc:
            self.hotkey_problem = exc.message()
            hint = self.backend.fallback_hint()
            return f"{self.hotkey_problem} {hint}".strip()
        self.hotkey_problem = ""
        return None

    def _hotkey_pressed(self) -> None:
        """May run on the backend's thread (X11): grab at once; the rest is on the worker."""
        self.service.capture(None, "hotkey")

    # --- triggers ----------------------------------------------------------------------------
    def capture_screen(self, trigger: str, target: Any = None, delayed: bool = False) -> None:
        wait = hotkey_settings.delay() if delayed else 0
        QTimer.singleShot(wait * 1000, lambda: self.service.capture(target, trigger))

    def capture_region(self, trigger: str, wait: int | None = None) -> None:
        seconds = hotkey_settings.delay() if wait is None else wait
        QTimer.singleShot(seconds * 1000, lambda: self.service.capture_frozen(trigger))

    def on_request(self, request: dict[str, Any]) -> None:
        if request.get("region"):
            self.capture_region(request["trigger"], request.get("delay", 0))
            return
        target = instance.target_of(request)
        delay = int(request.get("delay", 0))
        QTimer.singleShot(delay * 1000, lambda: self.service.capture(target, request["trigger"]))

    def show_overlay(self, frozen: capture.Grab) -> None:
        self.overlay = CaptureOverlay(frozen)
        self.overlay.selected.connect(lambda rect, f=frozen: self.store_selection(f, rect))
        self.overlay.cancelled.connect(self._restore_window)
        self.overlay.show()
        self.overlay.activateWindow()
        self.overlay.setFocus()

    def store_selection(self, frozen: capture.Grab, rect: QRect) -> None:
        self.service.store_region(frozen, rect.x(), rect.y(), rect.width(), rect.height())

    # --- window, lock state ------------------------------------------------------------------
    def open_window(self) -> None:
        window = self.app.window
        if window is None:
            self.app.show_unlock()
            return
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def on_unlocked(self) -> None:
        vault, window = self.app.vault, self.app.window
        self.service.set_vault(vault)
        self.tray.set_locked(False)
        if vault is None or window is None:
            return
        self.inbox = InboxPage(vault, window)
        self.inbox.episodesChanged.connect(window.reload)
        window.pages.insertTab(1, self.inbox, self.tr("Inbox"))  # right after Episodes
        self._dock_episode_captures(vault, window)
        self._add_window_menu(window)
        window.installEventFilter(self)
        run_db(lambda: sealed_inbox.import_pending(vault), self._imported, self._import_failed)

    def _add_window_menu(self, window: MainWindow) -> None:
        """Capture from the window: hide Vidne first so it is not in the picture."""
        menu = QMenu(self.tr("&Capture"), window)
        menu.setObjectName("captureMenu")
        bar = window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]
        # After File, before Help: Help stays last, as on every desktop.
        bar.insertMenu(menus[1], menu) if len(menus) > 1 else bar.addMenu(menu)
        for name, text, region in (
            ("windowCaptureScreen", self.tr("Capture screen"), False),
            ("windowCaptureRegion", self.tr("Capture region"), True),
        ):
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, r=region: self.capture_from_window(r))
        menu.addAction(
            self.tr("Import evidence files…"),
            lambda: self.inbox.import_files() if self.inbox else None,
        )

    def capture_from_window(self, region: bool) -> None:
        window = self.app.window
        if window is not None:
            window.hide()
        wait_ms = HIDE_MS + 1000 * hotkey_settings.delay()
        if region:
            QTimer.singleShot(wait_ms, lambda: self.service.capture_frozen("window"))
        else:
            QTimer.singleShot(wait_ms, lambda: self.service.capture(None, "window"))
        self._show_again = True

    def _dock_episode_captures(self, vault: Vault, window: MainWindow) -> None:
        """The selected episode's captures, docked under the editor (no edit of the editor)."""
        strip = EpisodeCaptures(vault)
        dock = QDockWidget(self.tr("Captures"), window)
        dock.setObjectName("episodeCapturesDock")
        dock.setWidget(strip)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)

        def follow(*_args: object) -> None:
            episode = window.current_episode()
            strip.show_episode(episode.id if episode is not None else None)

        window.table.selectionModel().currentRowChanged.connect(follow)
        strip.changed.connect(lambda: self.inbox.reload() if self.inbox else None)
        strip.changed.connect(window.editor.refresh_evidence)
        if self.inbox is not None:
            self.inbox.episodesChanged.connect(follow)
        self.episode_captures = strip
        follow()

    def _imported(self, result: sealed_inbox.ImportResult) -> None:
        if self.inbox is not None:
            self.inbox.reload()
        self.rejected_messages = [f"{r.name}: {r.message}" for r in result.rejected]
        if self.rejected_messages and self.app.window is not None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Vidne",
                "\n\n".join(self.rejected_messages),
                parent=self.app.window,
            )
            box.setObjectName("sealedRejected")
            box.open()

    def _import_failed(self, exc: BaseException) -> None:
        from vidne.ui.errors import user_message

        self.tray.notify_failed(user_message(exc))

    def on_locked(self) -> None:
        self.service.set_vault(None)
        self.tray.set_locked(True)
        self.inbox = None
        self.episode_captures = None

    def on_saved(self, _capture_id: int, sealed: bool, _sha: str) -> None:
        self.tray.notify_saved(sealed)
        self._restore_window()
        if self.inbox is not None and not sealed:
            self.inbox.reload()

    def _restore_window(self, *_args: object) -> None:
        if self._show_again and self.app.window is not None:
            self._show_again = False
            self.app.window.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Close-to-tray: a user's close (spontaneous) hides the window; quitting still closes."""
        if (
            event.type() == QEvent.Type.Close
            and event.spontaneous()
            and watched is self.app.window
            and hotkey_settings.close_to_tray()
            and Tray.available()
        ):
            assert isinstance(watched, QWidget)
            watched.hide()
            event.ignore()
            return True
        return super().eventFilter(watched, event)


_current: CaptureController | None = None


def settings_section(dialog: QWidget, _vault: object) -> tuple[str, QWidget]:
    """The "Capture" tab of the settings dialog, bound to the running controller if any."""
    ctrl = _current
    name = ctrl.backend.name if ctrl is not None and ctrl.backend else ""
    widget = hotkey_settings.HotkeySettings(dialog, ctrl.register_hotkey if ctrl else None, name)
    if ctrl is not None and ctrl.hotkey_problem:
        widget.status.setText(ctrl.hotkey_problem)
    return QCoreApplication.translate("CaptureController", "Capture"), widget
