"""Start Vidne at login, minimised to the tray, so the capture hotkey works from the first minute.

Off by default; the settings page offers it after the first capture hotkey is set. One small
interface, one class per platform, picked by :func:`backend`:

- Linux and other freedesktop systems: an XDG autostart entry in ``$XDG_CONFIG_HOME/autostart``
  (Desktop Application Autostart Specification).
- Windows: a value under ``HKCU\\...\\CurrentVersion\\Run``; the Inno Setup installer's
  "start at login" task writes the same value, so either side can switch it off.
- macOS: a LaunchAgent plist in ``~/Library/LaunchAgents``.

Every backend starts the command from :func:`vidne.app.platform.desktop_integration.launch_command` with
``--minimized``.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from abc import ABC, abstractmethod
from pathlib import Path

from vidne.app import APP_ID, APP_NAME
from vidne.app.atomic import write_atomic
from vidne.app.i18n import translate
from vidne.app.platform.desktop_integration import LaunchCommand, exec_value, launch_command

MINIMIZED = "--minimized"


class AutostartBackend(ABC):
    """Start-at-login for one platform."""

    name = "base"

    @abstractmethod
    def enable(self, command: LaunchCommand) -> None:
        """Start *command* at every login from now on (replacing an earlier entry)."""

    @abstractmethod
    def disable(self) -> None:
        """Stop starting at login; safe to call when it is off."""

    @abstractmethod
    def is_enabled(self) -> bool:
        """Whether Vidne will start at the next login."""


class XdgAutostart(AutostartBackend):
    """``$XDG_CONFIG_HOME/autostart/dk.vidne.Vidne.desktop``."""

    name = "xdg"

    def __init__(self, config_home: Path | None = None) -> None:
        self.config_home = config_home or xdg_config_home()

    @property
    def path(self) -> Path:
        return self.config_home / "autostart" / f"{APP_ID}.desktop"

    def enable(self, command: LaunchCommand) -> None:
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=" + translate("Autostart", "Starts Vidne in the tray at login"),
            f"Exec={exec_value(command)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
        ]
        if command.cwd is not None:
            lines.append(f"Path={command.cwd}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, ("\n".join(lines) + "\n").encode("utf-8"), mode=0o644)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        """False also when the user switched the entry off in the desktop's own settings,
        which sets ``Hidden=true`` or ``X-GNOME-Autostart-enabled=false``."""
        try:
            text = self.path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        keys = dict(ln.split("=", 1) for ln in text.splitlines() if "=" in ln)
        return (
            keys.get("Hidden", "false").strip() != "true"
            and keys.get("X-GNOME-Autostart-enabled", "true").strip() != "false"
        )


class WindowsRunKey(AutostartBackend):
    """A ``Vidne`` value under the current user's Run key (no admin rights needed).

    Task Manager's "Startup apps" switch does not delete the Run value; it writes a flag under
    ``StartupApproved\\Run`` (first byte odd = disabled). :meth:`is_enabled` honours it and
    :meth:`enable` clears it, so the app and Task Manager agree.
    """

    name = "windows"
    KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
    APPROVED = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
    VALUE = APP_NAME

    def enable(self, command: LaunchCommand) -> None:
        if sys.platform != "win32":  # also tells mypy where winreg exists
            raise OSError("the Run key exists only on Windows")
        import winreg

        # A Run value has no working folder, so a source checkout's "python -m vidne.ui.main" would
        # not find the code; the installer's build and the vidne.exe script need none.
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, self.KEY) as key:
            winreg.SetValueEx(
                key, self.VALUE, 0, winreg.REG_SZ, subprocess.list2cmdline(command.argv)
            )
        self._delete(self.APPROVED)

    def disable(self) -> None:
        self._delete(self.KEY)
        self._delete(self.APPROVED)

    def is_enabled(self) -> bool:
        return bool(str(self._read(self.KEY) or "").strip()) and not self._switched_off()

    def _switched_off(self) -> bool:
        flag = self._read(self.APPROVED)
        return isinstance(flag, bytes) and len(flag) > 0 and flag[0] & 1 == 1

    def _read(self, subkey: str) -> object:
        if sys.platform != "win32":  # also tells mypy where winreg exists
            raise OSError("the Run key exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, subkey) as key:
                value, _kind = winreg.QueryValueEx(key, self.VALUE)
        except FileNotFoundError:
            return None
        return value

    def _delete(self, subkey: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Run key exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, subkey, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, self.VALUE)
        except FileNotFoundError:
            pass


class MacLaunchAgent(AutostartBackend):
    """``~/Library/LaunchAgents/dk.vidne.Vidne.plist``, loaded by launchd at the next login."""

    name = "macos"

    def __init__(self, home: Path | None = None) -> None:
        self.home = home or Path.home()

    @property
    def path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def enable(self, command: LaunchCommand) -> None:
        agent: dict[str, object] = {
            "Label": APP_ID,
            "ProgramArguments": list(command.argv),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        if command.cwd is not None:
            agent["WorkingDirectory"] = str(command.cwd)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, plistlib.dumps(agent), mode=0o644)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return bool(agent.get("RunAtLoad")) and not agent.get("Disabled", False)


def xdg_config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".config"


def backend(platform: str = sys.platform) -> AutostartBackend:
    """The start-at-login mechanism of *platform* (``sys.platform`` spelling)."""
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return MacLaunchAgent()
    return XdgAutostart()


def enable() -> None:
    """Start this Vidne, minimised to the tray, at every login.

    Raises OSError (DiskFull for a full disk) when the entry cannot be written; the caller
    shows it and leaves the switch off.
    """
    backend().enable(launch_command().with_args(MINIMIZED))


def disable() -> None:
    backend().disable()


def is_enabled() -> bool:
    return backend().is_enabled()
