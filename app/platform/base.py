"""The platform seams: one small interface per concern, and the values they exchange.

Concerns: the global hotkey (:class:`HotkeyBackend`), the screen grab (:class:`ScreenGrabber`),
the active window (:class:`ActiveWindow`), start at login (:class:`AutostartBackend`), the menu
entry (:class:`DesktopMenu`) and the single-instance channel (:class:`InstanceChannel`); the
screen-lock signal is :class:`vidne.app.platform.screenlock.ScreenLockWatcher` (a QObject, so it
lives apart and this module stays free of Qt). One module per platform implements them
(``x11``, ``wayland_portal``, ``freedesktop``, ``posix``, ``windows``, ``macos``; ``fake`` for
tests), and :mod:`vidne.app.platform` chooses among them, in one place, by priority.

Every backend is a :class:`Backend`: :meth:`~Backend.get_priority` says how well it suits the
running system from cheap facts (``sys.platform``, environment variables), 0 meaning "not here";
:meth:`~Backend.is_available` may probe (open the display, ask D-Bus) and is asked best first.
So backend modules import nothing heavy at the top: the chooser imports every candidate.
"""

from __future__ import annotations

import hashlib
import os
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vidne.app.errors import CaptureImpossible

# Ctrl+Alt+Shift+S: no desktop we know binds it (GNOME/KDE use Print, Shift+Print, Alt+Print,
# Meta+Shift+S is KDE Spectacle/Windows Snip, Cmd+Shift+3/4/5 is macOS); three modifiers make
# accidental presses and clashes with application shortcuts unlikely; S for "screen"/"skærm".
DEFAULT_HOTKEY = "Ctrl+Alt+Shift+S"

MODIFIERS = ("ctrl", "alt", "shift", "meta")

# Priorities: the platform's own mechanism, a usable second choice, the fallback of last resort.
NATIVE, SECOND, FALLBACK = 20, 10, 1


class Backend:
    """What the chooser asks every candidate (after Vorta's keyring backends)."""

    name = "base"

    @classmethod
    def get_priority(cls) -> int:
        """0: not for this system; otherwise higher wins. Cheap: no I/O, no heavy imports."""
        return 0

    @classmethod
    def is_available(cls) -> bool:
        """Whether it works here and now; may probe. Raising OSError counts as False."""
        return True


# --- facts about the running system, for get_priority ---------------------------------------
def is_windows() -> bool:
    return sys.platform == "win32"


def is_macos() -> bool:
    return sys.platform == "darwin"


def is_wayland() -> bool:
    return (
        bool(os.environ.get("WAYLAND_DISPLAY"))
        or os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    )


def is_freedesktop() -> bool:
    """Linux and the BSDs: X11 or Wayland desktops following freedesktop.org."""
    return not (is_windows() or is_macos())


def has_x_display() -> bool:
    return is_freedesktop() and bool(os.environ.get("DISPLAY"))


# --- the global hotkey ------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyCombo:
    """A parsed sequence: a set of modifiers and one key name (Qt spelling, e.g. 'S', 'Print')."""

    modifiers: frozenset[str]
    key: str

    def text(self) -> str:
        mods = [m.capitalize() for m in MODIFIERS if m in self.modifiers]
        return "+".join([*mods, self.key])


def parse_sequence(text: str) -> KeyCombo:
    """Parse 'Ctrl+Alt+Shift+S'; raise ValueError on an empty or modifier-only sequence.

    Key sequences are Qt's portable text so the settings page can use ``QKeySequenceEdit``
    and every backend parses the same string."""
    parts = [p.strip() for p in text.split(",")[0].split("+")]
    if text.strip().endswith("++"):  # 'Ctrl++' means Ctrl and the plus key
        parts = [*[p for p in parts if p], "+"]
    mods = {p.lower() for p in parts[:-1] if p}
    key = parts[-1] if parts else ""
    unknown = mods - set(MODIFIERS)
    if not key or key.lower() in MODIFIERS or unknown:
        raise ValueError(f"not a key sequence: {text!r}")
    return KeyCombo(frozenset(mods), key)


class HotkeyBackend(Backend, ABC):
    """A system-wide shortcut. ``callback`` may run on a backend thread: keep it short and
    thread-safe (grab pixels, then hand over); see each backend's docstring."""

    @abstractmethod
    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        """Register (replacing any earlier one); raise HotkeyUnavailable with a reason."""

    @abstractmethod
    def unregister(self) -> None:
        """Release the shortcut; safe to call when nothing is registered."""

    def close(self) -> None:
        self.unregister()

    def fallback_hint(self) -> str:
        """Text shown in settings when registration is impossible on this desktop."""
        return ""


# --- the active window ------------------------------------------------------------------------
class ActiveWindow(Backend):
    """Best-effort facts about the desktop at capture time; None when unknown."""

    def active(self) -> tuple[str, str] | None:
        """(window title, program name) of the focused window."""
        return None

    def pointer(self) -> tuple[int, int] | None:
        """Mouse position in desktop pixels."""
        return None

    def window_at(self, x: int, y: int) -> tuple[str, str] | None:
        """(window title, program name) of another program's window at desktop pixel (*x*,
        *y*), ('', '') where there is none, None where this cannot be asked."""
        return None

    def active_rect(self) -> tuple[int, int, int, int] | None:
        """(x, y, width, height) of the focused top-level window in desktop pixels, with its
        frame where the system tells it cheaply; None where this cannot be asked. Asked right
        after the pixels are grabbed, so it must be quick (a few round trips at most)."""
        return None


class NoActiveWindow(ActiveWindow):
    """Where nothing can be asked (Wayland, macOS without accessibility rights)."""

    name = "none"

    @classmethod
    def get_priority(cls) -> int:
        return FALLBACK


# --- the screen grab --------------------------------------------------------------------------
@dataclass(frozen=True)
class Monitor:
    """One monitor's geometry in desktop pixels; index 0 is the whole desktop."""

    index: int
    left: int
    top: int
    width: int
    height: int
    scale: float = 1.0

    def contains(self, x: int, y: int) -> bool:
        return self.left <= x < self.left + self.width and self.top <= y < self.top + self.height

    def as_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "left": self.left,
            "top": self.top,
            "width": self.width,
            "height": self.height,
            "scale": self.scale,
        }


def monitor_at(monitors: list[Monitor], pos: tuple[int, int] | None) -> Monitor:
    """The single monitor that holds *pos* (the first one if none does, or *pos* is None)."""
    singles = monitors[1:] or monitors
    if pos is not None:
        for mon in singles:
            if mon.contains(*pos):
                return mon
    return singles[0]


@dataclass(frozen=True)
class Pixels:
    """A grabbed image in memory: BGRX, 4 bytes per pixel, and the monitor it shows;
    *source_sha256* is the hash of the file a portal handed over (deleted at once), if any."""

    raw: bytes | bytearray
    width: int
    height: int
    monitor: Monitor
    source_sha256: str = ""


class ScreenGrabber(Backend, ABC):
    """Grabs pixels into memory, never onto disk."""

    @abstractmethod
    def monitors(self) -> list[Monitor]:
        """Every monitor, index 0 the whole desktop; [] where they cannot be listed and only
        the whole desktop can be grabbed (the Wayland portal)."""

    @abstractmethod
    def grab(self, monitor: Monitor | None) -> Pixels:
        """Grab *monitor* (None: the whole desktop); raise CaptureImpossible, or
        ScreenRecordingDenied where the system must allow screen recording first."""

    def pick_region(self) -> Pixels | None:
        """The desktop's own region picker, where it has one (the Wayland portal's interactive
        screenshot); None where Vidne's overlay selects from a frozen grab instead."""
        return None

    def warm_up(self, pointer: tuple[int, int] | None) -> None:
        """Prepare this thread for a fast first grab (of the monitor under *pointer*)."""

    def close_thread(self) -> None:
        """Release what :meth:`warm_up` or :meth:`grab` set up for this thread."""


class NoScreenGrabber(ScreenGrabber):
    """The last resort: no display to grab from (e.g. no $DISPLAY); every grab says so."""

    name = "none"

    @classmethod
    def get_priority(cls) -> int:
        return FALLBACK

    def monitors(self) -> list[Monitor]:
        return []

    def grab(self, monitor: Monitor | None) -> Pixels:
        raise CaptureImpossible("no screen to capture on this display")


# --- start at login, the menu entry -----------------------------------------------------------
@dataclass(frozen=True)
class LaunchCommand:
    """How to start this Vidne again: the argument list and, for a source checkout, a folder."""

    argv: tuple[str, ...]
    cwd: Path | None = None

    def with_args(self, *args: str) -> LaunchCommand:
        return LaunchCommand((*self.argv, *args), self.cwd)


class AutostartBackend(Backend, ABC):
    """Start-at-login for one platform."""

    @abstractmethod
    def enable(self, command: LaunchCommand) -> None:
        """Start *command* at every login from now on (replacing an earlier entry)."""

    @abstractmethod
    def disable(self) -> None:
        """Stop starting at login; safe to call when it is off."""

    @abstractmethod
    def is_enabled(self) -> bool:
        """Whether Vidne will start at the next login."""


class DesktopMenu(Backend, ABC):
    """Vidne in the application menu for this user (where no installer puts it there)."""

    @abstractmethod
    def install(self) -> list[Path]:
        """Add the menu entry and icons; return the files written."""

    @abstractmethod
    def uninstall(self) -> list[Path]:
        """Remove them again; return the files that were there."""

    @abstractmethod
    def entry(self) -> Path:
        """The menu entry's file."""


# --- single instance --------------------------------------------------------------------------
class InstanceChannel(Backend, ABC):
    """How a second Vidne reaches the first: a local socket only this user can open."""

    @abstractmethod
    def server_name(self, data_dir: Path) -> str:
        """The name the running instance listens on (``QLocalServer.listen``)."""

    @abstractmethod
    def exchange(self, name: str, request: bytes, timeout_ms: int) -> bytes | None:
        """Send *request* (one line) to *name* and return the reply line, or None when nobody
        answers in time."""


def instance_digest(data_dir: Path) -> str:
    """Part of the server name: per user and vault, so two vaults can run side by side."""
    uid = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return hashlib.sha256(f"{uid}|{data_dir.resolve()}".encode()).hexdigest()[:16]
