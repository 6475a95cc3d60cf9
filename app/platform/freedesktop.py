"""freedesktop.org desktops (Linux and the BSDs, X11 or Wayland): the menu entry and start at
login.

``vidne install-desktop`` copies the desktop entry, the hicolor icons and the AppStream file
under ``$XDG_DATA_HOME`` (default ``~/.local/share``), with ``Exec`` pointing at the program that
is running now (:func:`vidne.app.platform.launch.launch_command`). The desktop file is named
after the application id because the XDG portals and the window manager key on it
(``QGuiApplication.setDesktopFileName``). The templates live with the other resources
(:func:`vidne.app.paths.resource`).

Start at login is an XDG autostart entry in ``$XDG_CONFIG_HOME/autostart`` (Desktop
Application Autostart Specification).
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from vidne.app import APP_ID, APP_NAME, paths
from vidne.app.atomic import write_atomic
from vidne.app.i18n import translate
from vidne.app.platform.base import (
    NATIVE,
    AutostartBackend,
    DesktopMenu,
    LaunchCommand,
    is_freedesktop,
)
from vidne.app.platform.launch import launch_command

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_NAME = f"{APP_ID}.desktop"
METAINFO_NAME = f"{APP_ID}.metainfo.xml"

# Characters that force quoting of an Exec argument (Desktop Entry Specification, "The Exec key").
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def linux_template(name: str) -> Path:
    """The desktop entry or AppStream file shipped under ``resources/desktop/``."""
    return paths.resource("desktop", name)


def quote_exec_arg(arg: str) -> str:
    """Quote one argument for an Exec line, before the value is string-escaped."""
    arg = arg.replace("%", "%%")
    if not _RESERVED.search(arg):
        return arg
    escaped = re.sub(r'(["`$\\])', r"\\\1", arg)
    return f'"{escaped}"'


def exec_value(command: LaunchCommand) -> str:
    """The Exec value as it is written in the file (string escaping doubles backslashes)."""
    line = " ".join(quote_exec_arg(a) for a in command.argv)
    return line.replace("\\", "\\\\")


def parse_exec(value: str) -> list[str]:
    """Split an Exec value written by :func:`exec_value` back into arguments (for tests and
    for finding out whether an existing entry still points at a program that exists)."""
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    current: list[str] = []
    in_quotes = started = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes and ch == "\\" and i + 1 < len(text):
            current.append(text[i + 1])
            i += 2
            continue
        if ch == '"':
            in_quotes, started = not in_quotes, True
        elif ch.isspace() and not in_quotes:
            if started or current:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(ch)
        i += 1
    if started or current:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def desktop_entry_text(command: LaunchCommand, template: str) -> str:
    """The packaged desktop entry with Exec (and TryExec, Path) for *command*."""
    lines = [
        ln for ln in template.splitlines() if not ln.startswith(("Exec=", "TryExec=", "Path="))
    ]
    at = next((i for i, ln in enumerate(lines) if ln.startswith("Icon=")), len(lines))
    program = LaunchCommand(command.argv[:1])
    extra = [f"Exec={exec_value(command)}", f"TryExec={exec_value(program)}"]
    if command.cwd is not None:
        extra.append(f"Path={command.cwd}")
    return "\n".join([*lines[:at], *extra, *lines[at:]]) + "\n"


def xdg_data_home() -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path (the spec says ignore others)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def installed_files(data_home: Path | None = None) -> dict[Path, Path]:
    """Destination → source for every file :func:`install` writes."""
    home = data_home or xdg_data_home()
    hicolor = home / "icons" / "hicolor"
    files = {
        home / "applications" / DESKTOP_NAME: linux_template(DESKTOP_NAME),
        home / "metainfo" / METAINFO_NAME: linux_template(METAINFO_NAME),
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg": paths.resource("icons", "vidne.svg"),
    }
    for size in ICON_SIZES:
        files[hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = paths.resource(
            "icons", f"vidne-{size}.png"
        )
    return files


def install(data_home: Path | None = None, command: LaunchCommand | None = None) -> list[Path]:
    """Write the desktop entry, metainfo and icons; return the paths written."""
    command = command or launch_command()
    files = installed_files(data_home)
    missing = [source for source in files.values() if not source.is_file()]
    if missing:  # check first, so a broken bundle leaves no half-installed menu entry
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(missing[0]))
    written = []
    for dest, source in files.items():
        data = source.read_bytes()
        if dest.name == DESKTOP_NAME:
            data = desktop_entry_text(command, data.decode("utf-8")).encode("utf-8")
        dest.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(dest, data, mode=0o644)  # not secret: the desktop reads them
        written.append(dest)
    _touch_icon_theme(data_home or xdg_data_home())
    return written


def uninstall(data_home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote; return the paths that were there."""
    removed = []
    for dest in installed_files(data_home):
        if dest.exists():
            dest.unlink()
            removed.append(dest)
    _touch_icon_theme(data_home or xdg_data_home())
    return removed


def _touch_icon_theme(data_home: Path) -> None:
    """Icon theme caches notice new icons by the theme folder's modification time."""
    hicolor = data_home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)


class XdgDesktopMenu(DesktopMenu):
    """The menu entry and icons under ``$XDG_DATA_HOME``, for this user only."""

    name = "xdg"

    def __init__(self, data_home: Path | None = None) -> None:
        self.data_home = data_home

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_freedesktop() else 0

    def install(self) -> list[Path]:
        return install(self.data_home)

    def uninstall(self) -> list[Path]:
        return uninstall(self.data_home)

    def entry(self) -> Path:
        return (self.data_home or xdg_data_home()) / "applications" / DESKTOP_NAME


class XdgAutostart(AutostartBackend):
    """``$XDG_CONFIG_HOME/autostart/dk.vidne.Vidne.desktop``."""

    name = "xdg"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_freedesktop() else 0

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


def xdg_config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".config"
