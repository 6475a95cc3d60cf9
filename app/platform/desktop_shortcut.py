"""A shortcut in the desktop's own keyboard settings that runs ``vidne capture``.

Where a program cannot register a global shortcut (GNOME before 48 has no GlobalShortcuts
portal, nor has any wlroots desktop), the desktop itself can still bind a key to a command, and
``vidne capture`` asks the running Vidne to capture (or seals a capture by itself). Settings and
the first run offer to create that binding with one click:

- GNOME (and Ubuntu's, Unity, Budgie on GNOME's settings daemon): a *custom keybinding* of
  ``org.gnome.settings-daemon.plugins.media-keys`` through ``gsettings``, under a path of our
  own so that creating it again replaces it; it works at once.
- KDE Plasma: a hidden desktop entry for the command and its ``_launch`` key in
  ``kglobalshortcutsrc`` (what System Settings writes for a command shortcut), with
  ``kwriteconfig6``/``kwriteconfig5`` where present; Plasma reads it at the next login.
"""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
from abc import ABC, abstractmethod
from pathlib import Path

from vidne.app import APP_ID, APP_NAME
from vidne.app.atomic import write_atomic
from vidne.app.i18n import translate
from vidne.app.platform.base import NATIVE, Backend, LaunchCommand, is_freedesktop, parse_sequence

MEDIA_KEYS = "org.gnome.settings-daemon.plugins.media-keys"
CUSTOM = f"{MEDIA_KEYS}.custom-keybinding"
GNOME_PATH = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/vidne-capture/"
KDE_ENTRY = f"{APP_ID}.capture.desktop"
GNOME_MODS = {"ctrl": "<Control>", "alt": "<Alt>", "shift": "<Shift>", "meta": "<Super>"}


def desktops() -> list[str]:
    return [d.lower() for d in os.environ.get("XDG_CURRENT_DESKTOP", "").split(":") if d]


def capture_command(command: LaunchCommand) -> list[str]:
    return [*command.argv, "capture"]


def shortcut_name() -> str:
    return translate("Hotkey", "%1: capture the screen").replace("%1", APP_NAME)


class DesktopShortcut(Backend, ABC):
    """Creates, reads and removes the desktop's shortcut for ``vidne capture``."""

    desktop = ""  # shown to the user: "GNOME", "KDE Plasma"

    @abstractmethod
    def create(self, sequence: str, command: LaunchCommand) -> None:
        """Bind *sequence* (Qt's portable text) to ``<command> capture``; OSError on failure."""

    @abstractmethod
    def remove(self) -> None:
        """Remove the binding again (safe when there is none)."""

    @abstractmethod
    def current(self) -> str:
        """The command bound now by Vidne's shortcut ("" when there is none)."""


# --- GNOME ------------------------------------------------------------------------------------
def gnome_binding(sequence: str) -> str:
    """Qt's 'Ctrl+Alt+Shift+S' as GNOME's accelerator '<Control><Alt><Shift>s'."""
    combo = parse_sequence(sequence)
    mods = "".join(GNOME_MODS[m] for m in ("ctrl", "alt", "shift", "meta") if m in combo.modifiers)
    return mods + (combo.key.lower() if len(combo.key) == 1 else combo.key)


def gvariant_text(value: str | list[str]) -> str:
    """A string or string array in GVariant's text format (what ``gsettings set`` parses)."""
    if isinstance(value, list):
        return "[" + ", ".join(gvariant_text(v) for v in value) + "]" if value else "@as []"
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def parse_gvariant_strings(text: str) -> list[str]:
    """The strings of ``gsettings get``'s answer for an ``as`` key ("@as []", "['/a/', ...]")."""
    text = text.strip().removeprefix("@as")
    lexer = shlex.shlex(text.strip().strip("[]"), posix=True)
    lexer.whitespace, lexer.whitespace_split = ", ", True
    return [item for item in lexer if item]


class GnomeShortcut(DesktopShortcut):
    name = desktop = "GNOME"

    @classmethod
    def get_priority(cls) -> int:
        names = {"gnome", "unity", "budgie", "pantheon", "gnome-flashback"}
        return NATIVE if is_freedesktop() and names & set(desktops()) else 0

    @classmethod
    def is_available(cls) -> bool:
        if shutil.which("gsettings") is None:
            return False
        return gsettings("list-keys", MEDIA_KEYS, check=False).returncode == 0

    def paths(self) -> list[str]:
        return parse_gvariant_strings(gsettings("get", MEDIA_KEYS, "custom-keybindings").stdout)

    def create(self, sequence: str, command: LaunchCommand) -> None:
        where = f"{CUSTOM}:{GNOME_PATH}"
        gsettings("set", where, "name", gvariant_text(shortcut_name()))
        gsettings("set", where, "command", gvariant_text(shlex.join(capture_command(command))))
        gsettings("set", where, "binding", gvariant_text(gnome_binding(sequence)))
        paths = self.paths()
        if GNOME_PATH not in paths:
            gsettings("set", MEDIA_KEYS, "custom-keybindings", gvariant_text([*paths, GNOME_PATH]))

    def remove(self) -> None:
        paths = self.paths()
        if GNOME_PATH in paths:
            rest = [p for p in paths if p != GNOME_PATH]
            gsettings("set", MEDIA_KEYS, "custom-keybindings", gvariant_text(rest))
        for key in ("name", "command", "binding"):
            gsettings("reset", f"{CUSTOM}:{GNOME_PATH}", key)

    def current(self) -> str:
        if GNOME_PATH not in self.paths():
            return ""
        answer = gsettings("get", f"{CUSTOM}:{GNOME_PATH}", "command").stdout
        found = parse_gvariant_strings(answer)
        return found[0] if found else ""


def gsettings(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run gsettings; OSError with its message when it fails (and *check*)."""
    done = subprocess.run(["gsettings", *args], capture_output=True, text=True, check=False)
    if check and done.returncode != 0:
        raise OSError(done.stderr.strip() or f"gsettings {args[0]} failed")
    return done


# --- KDE Plasma -------------------------------------------------------------------------------
def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


class KdeShortcut(DesktopShortcut):
    name = "kde"
    desktop = "KDE Plasma"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if is_freedesktop() and "kde" in desktops() else 0

    @property
    def entry(self) -> Path:
        return data_home() / "applications" / KDE_ENTRY

    @property
    def group(self) -> list[str]:
        """Plasma 6 keeps command shortcuts under [services]; Plasma 5 at the top level."""
        six = os.environ.get("KDE_SESSION_VERSION", "6") != "5"
        return ["services", KDE_ENTRY] if six else [KDE_ENTRY]

    def create(self, sequence: str, command: LaunchCommand) -> None:
        from vidne.app.platform.freedesktop import exec_value

        keys = parse_sequence(sequence).text()
        text = (
            "[Desktop Entry]\nType=Application\n"
            f"Name={shortcut_name()}\nExec={exec_value(LaunchCommand(tuple(capture_command(command))))}\n"
            f"Icon={APP_ID}\nNoDisplay=true\nStartupNotify=false\n"
        )
        self.entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.entry, text.encode("utf-8"), mode=0o644)
        launch = keys if self.group[0] == "services" else f"{keys},none,{shortcut_name()}"
        write_kde_config("kglobalshortcutsrc", self.group, {"_launch": launch})

    def remove(self) -> None:
        self.entry.unlink(missing_ok=True)
        write_kde_config("kglobalshortcutsrc", self.group, {"_launch": None})

    def current(self) -> str:
        if not self.entry.exists():
            return ""
        for line in self.entry.read_text("utf-8").splitlines():
            if line.startswith("Exec="):
                return line.removeprefix("Exec=")
        return ""


def write_kde_config(file: str, group: list[str], values: dict[str, str | None]) -> None:
    """Set (or, for None, delete) keys of a KDE config group: kwriteconfig where installed, so
    KDE's own escaping applies; otherwise the file directly (INI with '[a][b]' nested groups)."""
    tool = shutil.which("kwriteconfig6") or shutil.which("kwriteconfig5")
    if tool is not None:
        groups = [arg for name in group for arg in ("--group", name)]
        for key, value in values.items():
            tail = ["--delete"] if value is None else [value]
            subprocess.run([tool, "--file", file, *groups, "--key", key, *tail], check=True)
        return
    path = config_home() / file
    parser = configparser.RawConfigParser(delimiters=("=",), strict=False)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # KDE keys are case-sensitive
    parser.read(path, encoding="utf-8")
    section = "][".join(group)
    if not parser.has_section(section):
        parser.add_section(section)
    for key, value in values.items():
        if value is None:
            parser.remove_option(section, key)
        else:
            parser.set(section, key, value)
    if not parser.items(section):
        parser.remove_section(section)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        parser.write(out, space_around_delimiters=False)
