"""The global hotkey through the GlobalShortcuts portal, against the real xdg-desktop-portal.

The frontend runs on a private D-Bus session with a small test backend (portal_test_backend.py,
found through portals/test.portal, the way xdg-desktop-portal's own tests plug theirs in). The
running app's capture controller gets the portal backend: it registers Vidne's application id
where the portal has the host Registry (Debian 12's 1.16 predates it: then it goes on without),
creates a session, binds "capture" with the preferred trigger; a press in the backend travels
as ``Activated`` through the frontend and a capture lands in the vault. The screen itself is an
X server here (the Wayland screenshot path is proven in test_wayland_capture.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("jeepney", reason="the portals' D-Bus library is installed on Linux only")

from pytestqt.qtbot import QtBot
from vidne.app.evidence.store import CaptureStore
from vidne.app.platform.wayland_dbus import PortalConnection
from vidne.app.platform.wayland_portal import PortalHotkey
from vidne.app.vault.store import Vault
from vidne.ui.evidence.capture_controller import CaptureController
from vidne.ui.window.controller import VidneApp

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers import wayland
from tests.helpers.xserver import pattern, show_on_root

pytestmark = [pytest.mark.x11, pytest.mark.gui]

BACKEND = ("org.freedesktop.impl.portal.Test", "/org/freedesktop/portal/desktop")
CONTROL = "org.vidne.Test.Shortcuts"


@pytest.fixture
def portal_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """xdg-desktop-portal and the test backend on a private session bus, as this bus's."""
    wayland.need_programs({"portal"})
    with (  # no compositor here, so whoever runs the tests may run the desktop
        wayland.workdir(wayland.current_user()) as work,
        wayland.running_desktop(work, {"portal", "test"}) as env,
    ):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        yield env


def backend(method: str, signature: str = "", *args: Any) -> Any:
    """Call the test backend's control interface (it is not a portal: straight to it)."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from vidne.app.platform.wayland_dbus import session_bus_address

    address = DBusAddress(BACKEND[1], bus_name=BACKEND[0], interface=CONTROL)
    with open_dbus_connection(session_bus_address()) as conn:
        return conn.send_and_get_reply(new_method_call(address, method, signature, args)).body[0]


@pytest.fixture
def running(
    qtbot: QtBot, x_display: str, vault_dir: Path, portal_bus: dict[str, str]
) -> Iterator[tuple[VidneApp, CaptureController, PortalHotkey]]:
    show_on_root(x_display, pattern(1280, 800))
    Vault.create(vault_dir, PASSPHRASE, FAST_KDF).lock()
    app = VidneApp(vault_dir)
    hotkey = PortalHotkey()
    ctrl = CaptureController(app, hotkey)
    assert ctrl.start() and ctrl.hotkey_problem == ""
    app.start()
    assert app.unlock_dialog is not None
    app.unlock_dialog.unlocked.emit(Vault.open(vault_dir, PASSPHRASE))
    qtbot.waitUntil(lambda: ctrl.inbox is not None, timeout=5000)
    yield app, ctrl, hotkey
    ctrl.shutdown()
    if app.window is not None:
        app.window.wipe()
    if app.vault is not None:
        app.vault.lock()


def test_an_activated_portal_shortcut_captures_into_the_vault(
    qtbot: QtBot, running: tuple[VidneApp, CaptureController, PortalHotkey]
) -> None:
    app, ctrl, hotkey = running
    assert hotkey.bound.wait(10), hotkey.problem
    state = json.loads(backend("State"))
    (session,) = state["sessions"].values()
    assert session["shortcuts"] == {
        "capture": {"description": "Capture the screen into Vidne", "trigger": "CTRL+ALT+SHIFT+s"}
    }
    assert hotkey.trigger == "CTRL+ALT+SHIFT+s"  # as the desktop describes the bound keys
    assert app.vault is not None and CaptureStore(app.vault).inbox() == []
    assert backend("Press", "s", "capture") == [hotkey.session]
    qtbot.waitUntil(lambda: len(CaptureStore(app.vault).inbox()) == 1, timeout=10000)  # type: ignore[arg-type]
    (item,) = CaptureStore(app.vault).inbox()
    assert item.trigger == "hotkey" and (item.width, item.height) == (1280, 800)
    assert backend("Press", "s", "another") == []  # not ours: nothing happens
    ctrl.shutdown()
    log = json.loads(backend("State"))["log"]
    assert [e["call"] for e in log][:2] == ["CreateSession", "BindShortcuts"]
    assert log[-1] == {"call": "Close", "session": hotkey_session(log)}


def hotkey_session(log: list[dict[str, Any]]) -> str:
    return str(log[0]["session"])


def test_the_application_id_is_registered_first_where_the_portal_has_the_registry(
    portal_bus: dict[str, str],
) -> None:
    """Newer portals (1.19+) need the id, matching the desktop file, before any other call;
    1.16 has no Registry, and Vidne carries on without registering."""
    from vidne.app import APP_ID

    portal = PortalConnection(APP_ID)
    try:
        introspection = str(portal.call("org.freedesktop.DBus.Introspectable", "Introspect", "")[0])
    finally:
        portal.close()
    assert portal.registered == ("org.freedesktop.host.portal.Registry" in introspection)
    assert (wayland.ROOT / "resources" / "desktop" / f"{APP_ID}.desktop").exists()


def test_without_the_shortcuts_portal_the_backend_is_not_offered(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No session bus at all: not available, so Settings offers the desktop shortcut."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/none")
    assert PortalHotkey.is_available() is False
