"""The platform seams: one chooser, cheap to ask, and no platform checks outside app/platform.

Which backend serves a concern is decided in vidne.app.platform only, by each backend's
priority and availability; core code never asks which system it runs on, and the platform
modules depend on nothing of Vidne but the basics.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from vidne.app import platform
from vidne.app.platform.base import (
    FALLBACK,
    NATIVE,
    SECOND,
    AutostartBackend,
    Backend,
    NoActiveWindow,
    NoScreenGrabber,
)

ROOT = Path(__file__).resolve().parents[3]
APP = ROOT / "app"
PLATFORM_CHECKS = ("sys.platform", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")
BASICS = {"vidne.app", "vidne.app.errors", "vidne.app.i18n", "vidne.app.paths", "vidne.app.atomic"}
BASICS |= {"vidne.app.timeutil"}


def test_no_core_module_asks_which_platform_it_runs_on() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {word}"
        for path in APP.rglob("*.py")
        if (APP / "platform") not in path.parents
        for word in PLATFORM_CHECKS
        if word in path.read_text("utf-8")
    ]
    assert offenders == []


def vidne_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("vidne"):
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith("vidne"))
    return names


def test_platform_modules_use_only_the_basics_of_vidne() -> None:
    offenders = [
        f"{path.name}: {name}"
        for path in (APP / "platform").glob("*.py")
        for name in vidne_imports(path)
        if name not in BASICS and not name.startswith("vidne.app.platform")
    ]
    assert offenders == []


def test_asking_every_backend_its_priority_loads_no_qt() -> None:
    """The chooser imports every candidate module: they must stay cheap (Qt comes later)."""
    code = (
        "import sys\n"
        "from vidne.app import platform\n"
        "for concern in platform.BACKENDS:\n"
        "    if concern != 'screen_lock':\n"  # its backends are QObjects by nature
        "        [c.get_priority() for c in map(platform._load, platform.BACKENDS[concern]) if c]\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'mss', 'PIL'))))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]", out.stdout


def test_every_listed_backend_exists_and_is_a_backend() -> None:
    for concern, specs in platform.BACKENDS.items():
        for spec in specs:
            cls = platform._load(spec)
            assert cls is not None and issubclass(cls, Backend), (concern, spec)


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A Linux desktop with neither X11 nor Wayland announced; each test sets what it needs."""
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def names(concern: str) -> list[str]:
    return [cls.__name__ for cls in platform.candidates(concern)]


def test_on_x11_the_x11_backends_come_first(desktop: pytest.MonkeyPatch) -> None:
    desktop.setenv("DISPLAY", ":9")
    desktop.setenv("XDG_SESSION_TYPE", "x11")
    assert names("hotkey") == ["X11Hotkey", "PortalHotkey"]
    assert names("screen_grabber") == ["X11Grabber", "NoScreenGrabber"]
    assert names("active_window") == ["X11ActiveWindow", "NoActiveWindow"]


def test_on_wayland_the_portal_comes_first_and_nothing_reads_xwayland(
    desktop: pytest.MonkeyPatch,
) -> None:
    desktop.setenv("DISPLAY", ":9")  # XWayland
    desktop.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert names("hotkey") == ["PortalHotkey", "X11Hotkey"]
    assert names("screen_grabber") == ["PortalGrabber", "NoScreenGrabber"]
    assert names("active_window") == ["NoActiveWindow"]


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("win32", {"hotkey": "WindowsHotkey", "screen_grabber": "WindowsGrabber"}),
        ("darwin", {"hotkey": "MacHotkey", "screen_grabber": "MacGrabber"}),
    ],
)
def test_windows_and_macos_get_their_own_backends(
    desktop: pytest.MonkeyPatch, system: str, expected: dict[str, str]
) -> None:
    desktop.setattr(sys, "platform", system)
    for concern, name in expected.items():
        assert names(concern)[0] == name
    channel = "PipeChannel" if system == "win32" else "UnixSocketChannel"
    assert names("instance_channel") == [channel]
    assert names("desktop_menu") == []  # the installer puts Vidne in the menu
    assert platform.desktop_menu() is None


def test_an_unavailable_backend_gives_way_to_the_next(desktop: pytest.MonkeyPatch) -> None:
    from vidne.app.platform.x11 import X11Hotkey

    desktop.setenv("DISPLAY", ":9")
    desktop.setattr(X11Hotkey, "is_available", classmethod(lambda cls: False))
    from vidne.app.platform.wayland_portal import PortalHotkey

    desktop.setattr(PortalHotkey, "is_available", classmethod(lambda cls: True))
    assert platform.choose("hotkey") is PortalHotkey


def test_without_any_display_the_fallbacks_are_chosen(desktop: pytest.MonkeyPatch) -> None:
    platform.forget_choices()
    try:
        assert isinstance(platform.screen_grabber(), NoScreenGrabber)
        assert isinstance(platform.active_window(), NoActiveWindow)
    finally:
        platform.forget_choices()
    assert NoScreenGrabber.get_priority() == FALLBACK < SECOND < NATIVE


def test_the_autostart_backend_is_an_autostart_backend(desktop: pytest.MonkeyPatch) -> None:
    assert isinstance(platform.autostart_backend(), AutostartBackend)
