"""A real Wayland desktop for one test, started by the unprivileged user who owns it.

Usage: ``wayland_desktop.py WORKDIR PARTS -- COMMAND...``. Runs as the test user (sway refuses
root) and starts, on a private D-Bus session whose only services are the ones started here:
``sway`` headless (pixman renderer, no input devices, no Xwayland) when PARTS has ``sway``,
``pipewire`` and ``wireplumber`` (xdg-desktop-portal-wlr needs them), the portal backends named
in PARTS (``wlr``, ``gtk``: the access backend the Screenshot frontend needs, ``test``: the
GlobalShortcuts test backend beside this file) and the ``portal`` frontend (``bare``: as if no
backend were installed). Then it runs
COMMAND with the session's environment, stops everything it started, and exits with
COMMAND's status; with the COMMAND ``--wait`` it prints the session's environment as one JSON
line and keeps the desktop until its standard input closes. Each service's log is WORKDIR/<name>.log (shown by the test on failure).

Standard library only: it runs under whichever Python the test user can execute.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIBEXEC = Path("/usr/libexec")
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{dir}/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
SWAY_CONFIG = """xwayland disable
output HEADLESS-1 resolution {size} position 0 0 bg #203040 solid_color
default_border none
default_floating_border none
focus_follows_mouse no
"""
SIZE = os.environ.get("VIDNE_TEST_OUTPUT", "320x240")


class Desktop:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.procs: list[tuple[str, subprocess.Popen[bytes]]] = []
        runtime = work / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        (work / "services").mkdir(exist_ok=True)  # no D-Bus activation of anything else
        self.env = {
            "PATH": "/usr/bin:/bin",
            "HOME": os.environ.get("HOME", str(work)),
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_DATA_HOME": str(work / "data"),
            "XDG_CACHE_HOME": str(work / "cache"),
            "XDG_STATE_HOME": str(work / "state"),
            "XDG_CURRENT_DESKTOP": os.environ.get("VIDNE_TEST_DESKTOP", "sway"),
            "XDG_SESSION_TYPE": "wayland",
            "NO_AT_BRIDGE": "1",  # GTK would look for the accessibility bus
            "GTK_A11Y": "none",
        }

    def start(self, name: str, argv: list[str], extra: dict[str, str] | None = None) -> None:
        log = (self.work / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            argv, env={**self.env, **(extra or {})}, stdout=log, stderr=subprocess.STDOUT
        )
        self.procs.append((name, proc))

    def bus(self) -> None:
        config = self.work / "bus.conf"
        config.write_text(BUS_CONFIG.format(dir=self.work), "utf-8")
        proc = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            env=self.env,
        )
        assert proc.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = proc.stdout.readline().decode().strip()
        self.procs.append(("dbus", proc))

    def sway(self) -> None:
        config = self.work / "sway.conf"
        config.write_text(SWAY_CONFIG.format(size=SIZE), "utf-8")
        headless = {
            "WLR_BACKENDS": "headless",
            "WLR_RENDERER": "pixman",
            "WLR_LIBINPUT_NO_DEVICES": "1",
        }
        self.start("sway", ["sway", "-c", str(config)], headless)
        runtime = Path(self.env["XDG_RUNTIME_DIR"])
        wait_for(lambda: any(runtime.glob("wayland-[0-9]")), "sway's Wayland socket")
        self.env["WAYLAND_DISPLAY"] = sorted(runtime.glob("wayland-[0-9]"))[0].name
        self.env["SWAYSOCK"] = str(next(runtime.glob("sway-ipc.*"), ""))

    def has_name(self, name: str) -> bool:
        out = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
            env=self.env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        return "boolean true" in out.stdout

    def portal(self, parts: set[str]) -> None:
        if "wlr" in parts:
            self.start("pipewire", ["pipewire"])
            self.start("wireplumber", ["wireplumber"])
            wait_for(lambda: any(Path(self.env["XDG_RUNTIME_DIR"]).glob("pipewire-0")), "pipewire")
            self.start("wlr", [str(LIBEXEC / "xdg-desktop-portal-wlr"), "-l", "DEBUG"])
            self.wait_name("org.freedesktop.impl.portal.desktop.wlr")
        if "gtk" in parts:
            self.start("gtk", [str(LIBEXEC / "xdg-desktop-portal-gtk"), "--replace"])
            self.wait_name("org.freedesktop.impl.portal.desktop.gtk")
        if "test" in parts:
            self.start("test-backend", ["/usr/bin/python3", str(HERE / "portal_test_backend.py")])
            self.wait_name("org.freedesktop.impl.portal.Test")
        if "portal" in parts:
            extra = {}
            if "test" in parts:  # only the test backend's .portal file, for desktop "test"
                extra = {"XDG_DESKTOP_PORTAL_DIR": str(HERE / "portals"),
                         "XDG_CURRENT_DESKTOP": "test"}  # fmt: skip
            elif "bare" in parts:  # the frontend as if no backend were installed
                (self.work / "no-portals").mkdir(exist_ok=True)
                extra = {"XDG_DESKTOP_PORTAL_DIR": str(self.work / "no-portals")}
            self.start("portal", [str(LIBEXEC / "xdg-desktop-portal"), "-v", "-r"], extra)
            self.wait_name("org.freedesktop.portal.Desktop")

    def wait_name(self, name: str) -> None:
        wait_for(lambda: self.has_name(name), name)

    def stop(self) -> None:
        for _name, proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for _name, proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_for(ready: object, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"wayland_desktop: {what} did not come up in {timeout:.0f} s")
        time.sleep(0.05)


def main(argv: list[str]) -> int:
    work, parts, command = Path(argv[1]), set(argv[2].split(",")), argv[argv.index("--") + 1 :]
    desktop = Desktop(work)
    try:
        desktop.bus()
        if "sway" in parts:
            desktop.sway()
        desktop.portal(parts)
        if command == ["--wait"]:  # the test runs in its own process: tell it where, then wait
            print(json.dumps(desktop.env), flush=True)
            sys.stdin.read()
            return 0
        return subprocess.run(command, env={**os.environ, **desktop.env}, check=False).returncode
    finally:
        desktop.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
