"""Fixtures for tests on a real X server: a private 24-bit Xvfb per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from vidne.app import platform
from vidne.app.evidence import grab as capture

from tests.helpers.xserver import xvfb


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A 1280x800 X screen of our own as $DISPLAY, with capture's per-display caches reset."""
    with xvfb(1280, 800) as display:
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
        capture.close_thread_grabber()
        platform.active_window.cache_clear()
        yield display
        capture.close_thread_grabber()
        platform.active_window.cache_clear()
