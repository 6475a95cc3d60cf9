"""Start Vidne at login, minimised to the tray, so the capture hotkey works from the first minute.

Off by default; the settings page offers it after the first capture hotkey is set. The
mechanism is the platform's start-at-login backend (:func:`vidne.app.platform.autostart_backend`):
an XDG autostart entry (``freedesktop``), the Run key (``windows``; the Inno Setup installer's
"start at login" task writes the same value, so either side can switch it off) or a
LaunchAgent (``macos``). Every backend starts the command from
:func:`vidne.app.platform.launch.launch_command` with ``--minimized``.
"""

from __future__ import annotations

from vidne.app.platform import autostart_backend
from vidne.app.platform.base import AutostartBackend
from vidne.app.platform.launch import launch_command

MINIMIZED = "--minimized"


def backend() -> AutostartBackend:
    found = autostart_backend()
    if found is None:
        raise OSError("Vidne cannot start at login on this system")
    return found


def enable() -> None:
    """Start this Vidne, minimised to the tray, at every login.

    Raises OSError (DiskFull for a full disk) when the entry cannot be written; the caller
    shows it and leaves the switch off.
    """
    backend().enable(launch_command().with_args(MINIMIZED))


def disable() -> None:
    backend().disable()


def is_enabled() -> bool:
    found = autostart_backend()
    return found is not None and found.is_enabled()
