"""Fixtures for tests on a real X server: a private 24-bit Xvfb per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from vidne.app import platform

from tests.helpers.xserver import xvfb


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A 1280x800 X screen of our own as $DISPLAY, with the platform backends chosen anew."""
    with xvfb(1280, 800) as display:
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
        platform.forget_choices()  # choose the backends again, for this display
        yield display
        platform.forget_choices()
