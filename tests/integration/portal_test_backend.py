#!/usr/bin/python3
"""A GlobalShortcuts portal backend for tests, as xdg-desktop-portal's own tests have one.

The real xdg-desktop-portal frontend finds it through ``portals/test.portal`` (with
``XDG_DESKTOP_PORTAL_DIR`` pointing there and ``XDG_CURRENT_DESKTOP=test``) and forwards an
application's CreateSession and BindShortcuts to it. It accepts every shortcut with its
preferred trigger, and a test "presses" one through the control interface
``org.vidne.Test.Shortcuts.Press(id)``: the backend then emits ``Activated`` (and
``Deactivated``) for every session that bound that id, which the frontend passes on to the
application. ``State()`` returns what was asked of it, as JSON.

Runs under the system ``python3`` with dbus-python and GLib (python3-dbus, python3-gi).
"""

import json
import sys
import time

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

NAME = "org.freedesktop.impl.portal.Test"
PATH = "/org/freedesktop/portal/desktop"
IMPL = "org.freedesktop.impl.portal.GlobalShortcuts"
SESSION = "org.freedesktop.impl.portal.Session"
CONTROL = "org.vidne.Test.Shortcuts"


class Session(dbus.service.Object):
    def __init__(self, bus, path, owner):
        super().__init__(bus, path)
        self.path, self.owner = path, owner

    @dbus.service.method(SESSION, in_signature="", out_signature="")
    def Close(self):  # noqa: N802 - D-Bus names
        self.owner.sessions.pop(self.path, None)
        self.owner.log.append({"call": "Close", "session": self.path})
        self.remove_from_connection()


class Shortcuts(dbus.service.Object):
    def __init__(self, bus):
        super().__init__(bus, PATH)
        self.bus = bus
        self.sessions = {}
        self.log = []

    @dbus.service.method(IMPL, in_signature="oosa{sv}", out_signature="ua{sv}")
    def CreateSession(self, handle, session_handle, app_id, options):  # noqa: N802
        path = str(session_handle)
        self.sessions[path] = {"app_id": str(app_id), "shortcuts": {}}
        Session(self.bus, path, self)
        self.log.append({"call": "CreateSession", "session": path, "app_id": str(app_id)})
        return dbus.UInt32(0), {"shortcuts": dbus.Array([], signature="(sa{sv})")}

    @dbus.service.method(IMPL, in_signature="ooa(sa{sv})sa{sv}", out_signature="ua{sv}")
    def BindShortcuts(self, handle, session_handle, shortcuts, parent_window, options):  # noqa: N802
        session = self.sessions.get(str(session_handle))
        if session is None:
            return dbus.UInt32(2), {}
        bound = dbus.Array([], signature="(sa{sv})")
        for shortcut_id, info in shortcuts:
            trigger = str(info.get("preferred_trigger", ""))
            description = str(info.get("description", ""))
            session["shortcuts"][str(shortcut_id)] = {
                "description": description,
                "trigger": trigger,
            }
            details = {"description": description, "trigger_description": trigger}
            bound.append(dbus.Struct((shortcut_id, details), signature="sa{sv}"))
        self.log.append(
            {"call": "BindShortcuts", "session": str(session_handle), "parent": str(parent_window),
             "shortcuts": session["shortcuts"]}
        )  # fmt: skip
        return dbus.UInt32(0), {"shortcuts": bound}

    @dbus.service.method(IMPL, in_signature="oo", out_signature="ua{sv}")
    def ListShortcuts(self, handle, session_handle):  # noqa: N802
        session = self.sessions.get(str(session_handle), {"shortcuts": {}})
        listed = dbus.Array([], signature="(sa{sv})")
        for shortcut_id, info in session["shortcuts"].items():
            details = {"description": info["description"], "trigger_description": info["trigger"]}
            listed.append(dbus.Struct((shortcut_id, details), signature="sa{sv}"))
        return dbus.UInt32(0), {"shortcuts": listed}

    @dbus.service.signal(IMPL, signature="osta{sv}")
    def Activated(self, session_handle, shortcut_id, timestamp, options):  # noqa: N802
        pass

    @dbus.service.signal(IMPL, signature="osta{sv}")
    def Deactivated(self, session_handle, shortcut_id, timestamp, options):  # noqa: N802
        pass

    @dbus.service.method(CONTROL, in_signature="s", out_signature="as")
    def Press(self, shortcut_id):  # noqa: N802
        pressed = [p for p, s in self.sessions.items() if str(shortcut_id) in s["shortcuts"]]
        stamp = dbus.UInt64(int(time.monotonic() * 1000))
        for path in pressed:
            empty = dbus.Dictionary({}, signature="sv")
            self.Activated(dbus.ObjectPath(path), shortcut_id, stamp, empty)
            self.Deactivated(dbus.ObjectPath(path), shortcut_id, stamp, empty)
        self.log.append({"call": "Press", "id": str(shortcut_id), "sessions": pressed})
        return pressed

    @dbus.service.method(CONTROL, in_signature="", out_signature="s")
    def State(self):  # noqa: N802
        return json.dumps({"sessions": self.sessions, "log": self.log})


def main():
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    backend = Shortcuts(bus)
    name = dbus.service.BusName(NAME, bus)  # noqa: F841 - kept while the loop runs
    loop = GLib.MainLoop()
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, 15, loop.quit)
    loop.run()
    print(json.dumps(backend.log), file=sys.stderr)


if __name__ == "__main__":
    main()
