"""A region marked from the menu is named after the window under it, not the focused one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PIL import Image
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot
from vidne.app import platform
from vidne.app.evidence import grab as capture
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform.fake import FakeDesktop, FakeScreen
from vidne.ui.evidence.capture_controller import CaptureController
from vidne.ui.window.controller import VidneApp

from tests.ui.evidence.test_capture_controller import running  # noqa: F401 - a fixture

pytestmark = pytest.mark.gui


def test_the_region_is_named_after_the_window_under_it(
    qtbot: QtBot,
    running: tuple[VidneApp, CaptureController],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app, ctrl = running
    page = Image.new("RGB", (1000, 600), (240, 240, 240))
    screen = FakeScreen([(1000, 600, page.tobytes("raw", "BGRX"))])
    desktop = FakeDesktop(
        ("Vidne", "vidne"),  # what had the focus when Vidne hid: not what was marked
        windows=[
            ("Chat | Lærerteam | Microsoft Teams", "teams", 0, 0, 500, 600),
            ("Opslag | Facebook - Mozilla Firefox", "firefox", 500, 0, 500, 600),
        ],
    )
    monkeypatch.setattr(platform, "screen_grabber", lambda: screen)
    monkeypatch.setattr(platform, "active_window", lambda: desktop)
    frozen = capture.grab_monitor(screen.monitors()[1], *capture.now_with_offset(), "window")
    frozen.source = "region"  # as grab_frozen makes it (the fake screen has no monitor 0)
    assert frozen.window_title == "Vidne"
    with qtbot.waitSignal(ctrl.service.saved, timeout=10_000) as saved:
        ctrl.store_selection(frozen, QRect(600, 100, 200, 150))  # inside the Facebook window
    assert app.vault is not None
    info = CaptureStore(app.vault).get(saved.args[0])
    assert (info.window_title, info.window_program) == (
        "Opslag | Facebook - Mozilla Firefox",
        "firefox",
    )
