"""The first run teaches the one key action: the hotkey as the keyboard writes it, a test
capture that is shown and never stored, changing the key, the tray; Esc quits cleanly."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from vidne.app import i18n
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform.base import parse_sequence
from vidne.app.platform.fake import FakeHotkeyBackend
from vidne.ui.evidence.capture_controller import CaptureController
from vidne.ui.security.setup_dialog import SetupDialog
from vidne.ui.tasks import wait_idle
from vidne.ui.window.controller import VidneApp

from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui


def screen_png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (320, 200), (10, 120, 60)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def first_run(qtbot: QtBot, vault_dir: Path) -> Iterator[tuple[VidneApp, CaptureController]]:
    app = VidneApp(vault_dir, kdf=FAST_KDF)
    ctrl = CaptureController(app, FakeHotkeyBackend())
    app.hotkeys = ctrl
    assert ctrl.start()
    grabs: list[int] = []

    def grabber() -> bytes:
        grabs.append(1)
        return screen_png()

    original = SetupDialog.__init__

    def with_fake_screen(self: SetupDialog, *args: object, **kw: object) -> None:
        kw["grabber"] = grabber
        original(self, *args, **kw)  # type: ignore[arg-type]

    SetupDialog.__init__ = with_fake_screen  # type: ignore[method-assign]
    try:
        app.start()
    finally:
        SetupDialog.__init__ = original  # type: ignore[method-assign]
    app.grabs = grabs  # type: ignore[attr-defined]
    yield app, ctrl
    ctrl.shutdown()
    if app.vault is not None:
        app.vault.lock()
    for w in (app.window, app.setup_dialog):
        if w is not None:
            w.hide()
    wait_idle()


def create_vault(qtbot: QtBot, dialog: SetupDialog) -> None:
    qtbot.mouseClick(dialog.findChild(object, "continueButton"), Qt.MouseButton.LeftButton)
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.intro, timeout=10_000)


def test_the_welcome_names_the_hotkey_and_the_last_page_teaches_it(
    qtbot: QtBot, first_run: tuple[VidneApp, CaptureController]
) -> None:
    app, _ctrl = first_run
    dialog = app.setup_dialog
    assert dialog is not None
    assert "(Ctrl+Alt+Shift+S)" in dialog.findChild(object, "welcomeText").text()
    create_vault(qtbot, dialog)
    intro = dialog.intro
    assert intro.key_label.text() == "Ctrl+Alt+Shift+S" and intro.key_label.isVisible()
    assert "Press Ctrl+Alt+Shift+S" in intro.explain.text()
    assert "tray" in intro.tray_text.text()
    assert app.window is None  # not before the user has seen the key
    with qtbot.waitSignal(app.unlocked, timeout=5000):
        qtbot.mouseClick(intro.done_button, Qt.MouseButton.LeftButton)
    assert app.window is not None


def test_try_it_now_shows_a_capture_and_stores_nothing(
    qtbot: QtBot, first_run: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    app, _ctrl = first_run
    dialog = app.setup_dialog
    assert dialog is not None
    create_vault(qtbot, dialog)
    with qtbot.waitSignal(dialog.intro.tried, timeout=5000):
        qtbot.mouseClick(dialog.intro.try_button, Qt.MouseButton.LeftButton)
    viewer = dialog.intro.viewer
    assert viewer is not None and viewer.isVisible() and viewer.revealed
    assert viewer.windowTitle() == "Test capture – not saved"
    assert "not saved" in viewer.details.text()
    assert dialog.isVisible() and "It works" in dialog.intro.result.text()
    viewer.close()
    with qtbot.waitSignal(app.unlocked, timeout=5000):
        dialog.reject()  # Esc on the last page starts Vidne (the vault exists)
    wait_idle()
    assert app.vault is not None
    assert CaptureStore(app.vault).inbox() == []
    assert not list((vault_dir / "inbox").glob("*")) if (vault_dir / "inbox").exists() else True


def test_pressing_the_hotkey_during_the_first_run_is_a_test_too(
    qtbot: QtBot, first_run: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    app, ctrl = first_run
    dialog = app.setup_dialog
    assert dialog is not None and isinstance(ctrl.backend, FakeHotkeyBackend)
    with qtbot.waitSignal(dialog.intro.tried, timeout=5000):
        assert ctrl.backend.press()  # on the welcome page, before any vault exists
    assert app.grabs == [1]  # type: ignore[attr-defined]
    assert not (vault_dir / "inbox").exists() or not list((vault_dir / "inbox").iterdir())
    assert dialog.intro.viewer is not None
    dialog.intro.viewer.close()


def test_the_key_can_be_changed_on_the_last_page(
    qtbot: QtBot, first_run: tuple[VidneApp, CaptureController]
) -> None:
    app, ctrl = first_run
    dialog = app.setup_dialog
    assert dialog is not None and isinstance(ctrl.backend, FakeHotkeyBackend)
    create_vault(qtbot, dialog)
    qtbot.mouseClick(dialog.intro.change_button, Qt.MouseButton.LeftButton)
    assert dialog.intro.settings.isVisible()
    from PySide6.QtGui import QKeySequence

    dialog.intro.settings.edit.setKeySequence(QKeySequence("Ctrl+Alt+K"))
    qtbot.mouseClick(dialog.intro.settings.test_button, Qt.MouseButton.LeftButton)
    assert ctrl.backend.sequence == parse_sequence("Ctrl+Alt+K").text()
    assert dialog.intro.key_label.text() == "Ctrl+Alt+K"
    assert "(Ctrl+Alt+K)" in ctrl.tray.actions["captureScreen"].text()


def test_danish_keyboard_names(qtbot: QtBot, first_run: tuple[VidneApp, CaptureController]) -> None:
    app, _ctrl = first_run
    i18n.install("da")
    try:
        dialog = SetupDialog(app.data_dir, kdf=FAST_KDF, hotkeys=app.hotkeys)
        qtbot.addWidget(dialog)
        assert "Ctrl+Alt+Skift+S" in dialog.findChild(object, "welcomeText").text()
        assert dialog.intro.key_label.text() == "Ctrl+Alt+Skift+S"
    finally:
        i18n.install("en")


def test_without_a_global_hotkey_it_says_how_to_bind_vidne_capture(
    qtbot: QtBot, vault_dir: Path
) -> None:
    app = VidneApp(vault_dir, kdf=FAST_KDF)
    ctrl = CaptureController(app, None)  # Wayland without the portal: no backend
    app.hotkeys = ctrl
    assert ctrl.start()
    app.start()
    dialog = app.setup_dialog
    assert dialog is not None
    assert not dialog.intro.key_label.text()
    assert "vidne capture" in dialog.intro.explain.text()
    ctrl.shutdown()
    dialog.hide()


def test_esc_on_the_welcome_quits_even_with_a_tray(
    qtbot: QtBot, first_run: tuple[VidneApp, CaptureController], vault_dir: Path
) -> None:
    app, _ctrl = first_run
    app.keep_in_tray(lambda: True)
    quits: list[int] = []
    app.quit = lambda: quits.append(1)  # type: ignore[method-assign]
    dialog = app.setup_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and quits == [1]
    assert not (vault_dir / "vidne.key").exists()
    QApplication.processEvents()
