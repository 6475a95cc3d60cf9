"""Put Vidne in the Linux application menu for the current user, and find bundled resources.

``vidne install-desktop`` copies the desktop entry, the hicolor icons and the AppStream file
under ``$XDG_DATA_HOME`` (default ``~/.local/share``), with ``Exec`` pointing at the program that
is running now: the PyInstaller build, the ``vidne`` script of the environment, or
``python -m vidne.ui.main`` in a source checkout. The desktop file is named after the application id
because the XDG portals and the window manager key on it (``QGuiApplication.setDesktopFileName``).

The templates live with the other resources (:func:`vidne.app.paths.resource`).
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from vidne.app import APP_ID, paths
from vidne.app.atomic import write_atomic

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_NAME = f"{APP_ID}.desktop"
METAINFO_NAME = f"{APP_ID}.metainfo.xml"

# Characters that force quoting of an Exec argument (Desktop Entry Specification, "The Exec key").
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def linux_template(name: str) -> Path:
    """The desktop entry or AppStream file shipped under ``resources/desktop/``."""
    return paths.resource("desktop", name)


@dataclass(frozen=True)
class LaunchCommand:
    """How to start this Vidne again: the argument list and, for a source checkout, a folder."""

    argv: tuple[str, ...]
    cwd: Path | None = None

    def with_args(self, *args: str) -> LaunchCommand:
        return LaunchCommand((*self.argv, *args), self.cwd)


def launch_command() -> LaunchCommand:
    """The command that starts the Vidne that is running now (for menus and start-at-login)."""
    if getattr(sys, "frozen", False):
        return LaunchCommand((str(Path(sys.executable).resolve()),))
    script = "vidne.exe" if sys.platform == "win32" else "vidne"
    beside = Path(sys.executable).with_name(script)  # the venv's bin/ or Scripts/
    if beside.is_file():
        return LaunchCommand((str(beside),))
    found = shutil.which("vidne")
    if found:
        return LaunchCommand((str(Path(found).resolve()),))
    return LaunchCommand((sys.executable, "-m", "vidne.ui.main"))


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
