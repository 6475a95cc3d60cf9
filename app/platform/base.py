"""Platform glue behind small interfaces: the global hotkey and the active window.

One module per platform implements them (``x11.py``, ``windows.py``, ``macos.py``,
``wayland_portal.py``); ``fake.py`` is for tests. :func:`vidne.app.platform.pick_hotkey_backend`
chooses at start-up by priority. Key sequences are Qt's portable text (``Ctrl+Alt+Shift+S``)
so the settings page can use ``QKeySequenceEdit`` and every backend parses the same string.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

# Ctrl+Alt+Shift+S: no desktop we know binds it (GNOME/KDE use Print, Shift+Print, Alt+Print,
# Meta+Shift+S is KDE Spectacle/Windows Snip, Cmd+Shift+3/4/5 is macOS); three modifiers make
# accidental presses and clashes with application shortcuts unlikely; S for "screen"/"skærm".
DEFAULT_HOTKEY = "Ctrl+Alt+Shift+S"

MODIFIERS = ("ctrl", "alt", "shift", "meta")


@dataclass(frozen=True)
class KeyCombo:
    """A parsed sequence: a set of modifiers and one key name (Qt spelling, e.g. 'S', 'Print')."""

    modifiers: frozenset[str]
    key: str

    def text(self) -> str:
        mods = [m.capitalize() for m in MODIFIERS if m in self.modifiers]
        return "+".join([*mods, self.key])


def parse_sequence(text: str) -> KeyCombo:
    """Parse 'Ctrl+Alt+Shift+S'; raise ValueError on an empty or modifier-only sequence."""
    parts = [p.strip() for p in text.split(",")[0].split("+")]
    if text.strip().endswith("++"):  # 'Ctrl++' means Ctrl and the plus key
        parts = [*[p for p in parts if p], "+"]
    mods = {p.lower() for p in parts[:-1] if p}
    key = parts[-1] if parts else ""
    unknown = mods - set(MODIFIERS)
    if not key or key.lower() in MODIFIERS or unknown:
        raise ValueError(f"not a key sequence: {text!r}")
    return KeyCombo(frozenset(mods), key)


class HotkeyBackend(ABC):
    """A system-wide shortcut. ``callback`` may run on a backend thread: keep it short and
    thread-safe (grab pixels, then hand over); see each backend's docstring."""

    name = "base"

    @abstractmethod
    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        """Register (replacing any earlier one); raise HotkeyUnavailable with a reason."""

    @abstractmethod
    def unregister(self) -> None:
        """Release the shortcut; safe to call when nothing is registered."""

    def close(self) -> None:
        self.unregister()

    @classmethod
    def available(cls) -> bool:
        return False

    def fallback_hint(self) -> str:
        """Text shown in settings when registration is impossible on this desktop."""
        return ""


class ActiveWindow:
    """Best-effort facts about the desktop at capture time; None when unknown."""

    def active(self) -> tuple[str, str] | None:
        """(window title, program name) of the focused window."""
        return None

    def pointer(self) -> tuple[int, int] | None:
        """Mouse position in desktop pixels."""
        return None


class NoActiveWindow(ActiveWindow):
    pass
