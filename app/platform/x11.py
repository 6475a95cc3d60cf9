"""X11: a global hotkey (XGrabKey), the active window's title and the screen grab (mss).

The hotkey is grabbed on the root window once for every combination of the lock modifiers
(Caps Lock, Num Lock, Scroll Lock), because X delivers Ctrl+Alt+Shift+S with Num Lock on as a
different modifier state (as KeePassXC's ``nixutils`` does). ``BadAccess`` means another
program owns the combination; we report that instead of letting Xlib's default error handler
exit the process. Events are read on a daemon thread on a Display of our own, so the callback
runs there, without waiting for the GUI thread: the capture starts within a millisecond.
libX11 is reached through ctypes (:mod:`vidne.app.platform.xlib`).
"""

from __future__ import annotations

import ctypes
import os
import select
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from vidne.app.errors import HotkeyUnavailable
from vidne.app.i18n import translate
from vidne.app.platform.base import (
    NATIVE,
    SECOND,
    ActiveWindow,
    HotkeyBackend,
    has_x_display,
    is_wayland,
    parse_sequence,
)
from vidne.app.platform.mss_grab import MssGrabber
from vidne.app.platform.xlib import (
    Window,
    XEvent,
    error_codes,
    open_display,
    parent_of,
    program_of,
    sonames_first,
    text_property,
    window_property,
    xlib,
)

if TYPE_CHECKING:
    import mss

__all__ = [
    "MOD2",
    "Window",
    "X11ActiveWindow",
    "X11Grabber",
    "X11Hotkey",
    "lock_masks",
    "open_display",
    "xlib",
]

KEY_PRESS = 2
GRAB_MODE_ASYNC = 1
BAD_ACCESS = 10
SHIFT, LOCK, CONTROL, MOD1, MOD2, MOD4, MOD5 = 1, 2, 4, 8, 16, 64, 128
ALL_LOCKS = LOCK | MOD2 | MOD5  # Caps Lock, Num Lock, Scroll Lock (the usual mapping)
MODIFIER_MASKS = {"shift": SHIFT, "ctrl": CONTROL, "alt": MOD1, "meta": MOD4}
# Qt's key names that differ from X keysym names.
KEYSYM_NAMES = {
    "PgUp": "Prior",
    "PgDown": "Next",
    "Ins": "Insert",
    "Del": "Delete",
    "Esc": "Escape",
    "Backspace": "BackSpace",
    "Return": "Return",
    "Enter": "KP_Enter",
    "Space": "space",
    "SysReq": "Sys_Req",
    "ScrollLock": "Scroll_Lock",
    "Pause": "Pause",
}


def keycode_for(display: int, key: str) -> int:
    name = KEYSYM_NAMES.get(key, key)
    if len(name) == 1 and name.isalpha():
        name = name.lower()
    sym = xlib().XStringToKeysym(name.encode())
    code = xlib().XKeysymToKeycode(ctypes.c_void_p(display), sym) if sym else 0
    if not code:
        raise HotkeyUnavailable(
            translate("Hotkey", "The key %1 does not exist on this keyboard.").replace("%1", key)
        )
    return int(code)


def lock_masks() -> list[int]:
    """Every combination of Caps Lock (Lock), Num Lock (Mod2) and Scroll Lock (Mod5)."""
    locks = [LOCK, MOD2, MOD5]
    return sorted({sum(m for i, m in enumerate(locks) if n & (1 << i)) for n in range(8)})


class X11Hotkey(HotkeyBackend):
    """XGrabKey on the root window; the callback runs on this backend's reader thread."""

    name = "x11"

    def __init__(self) -> None:
        self._display = open_display()
        self._root = xlib().XDefaultRootWindow(ctypes.c_void_p(self._display))
        self._lock = threading.RLock()
        self._grabbed: tuple[int, int] | None = None
        self._callback: Callable[[], None] | None = None
        self.last_state = -1  # modifier state of the last hotkey press (tests check Num Lock)
        self.last_time = 0  # X server time (ms, monotonic clock) of the last press (bench)
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._loop, name="vidne-hotkey", daemon=True)
        self._running = True
        self._thread.start()

    @classmethod
    def get_priority(cls) -> int:
        """XGrabKey under Wayland sees keys only while an XWayland window has the focus."""
        if not has_x_display():
            return 0
        return SECOND if is_wayland() else NATIVE

    @classmethod
    def is_available(cls) -> bool:
        xlib().XCloseDisplay(ctypes.c_void_p(open_display()))  # raises OSError: no display
        return True

    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        try:
            combo = parse_sequence(sequence)
        except ValueError:
            raise HotkeyUnavailable(
                translate("Hotkey", "Choose a key together with modifiers.")
            ) from None
        mods = sum(MODIFIER_MASKS[m] for m in combo.modifiers)
        with self._lock:
            self.unregister()
            code = keycode_for(self._display, combo.key)
            error_codes.clear()
            for extra in lock_masks():
                xlib().XGrabKey(
                    ctypes.c_void_p(self._display),
                    code,
                    mods | extra,
                    Window(self._root),
                    1,
                    GRAB_MODE_ASYNC,
                    GRAB_MODE_ASYNC,
                )
            xlib().XSync(ctypes.c_void_p(self._display), 0)
            failed = BAD_ACCESS in error_codes or bool(error_codes)
            self._grabbed, self._callback = (code, mods), callback
            if failed:
                self.unregister()
                raise HotkeyUnavailable(
                    translate(
                        "Hotkey",
                        "%1 is already taken by another program (X11 BadAccess). Choose another combination.",
                    ).replace("%1", combo.text())
                )

    def unregister(self) -> None:
        with self._lock:
            if self._grabbed is None:
                return
            code, mods = self._grabbed
            for extra in lock_masks():
                xlib().XUngrabKey(
                    ctypes.c_void_p(self._display), code, mods | extra, Window(self._root)
                )
            xlib().XSync(ctypes.c_void_p(self._display), 0)
            error_codes.clear()
            self._grabbed, self._callback = None, None

    def close(self) -> None:
        self.unregister()
        self._running = False
        os.write(self._wake_w, b"x")
        self._thread.join(2)
        with self._lock:
            xlib().XCloseDisplay(ctypes.c_void_p(self._display))
        os.close(self._wake_r)
        os.close(self._wake_w)

    def _loop(self) -> None:
        from vidne.app.platform import warm_up

        warm_up()  # the callback grabs on this thread: set it up now, not at the first press
        fd = xlib().XConnectionNumber(ctypes.c_void_p(self._display))
        while self._running:
            ready, _, _ = select.select([fd, self._wake_r], [], [], 1.0)
            if self._wake_r in ready or not self._running:
                break
            for callback in self._drain():
                callback()

    def _drain(self) -> list[Callable[[], None]]:
        hits: list[Callable[[], None]] = []
        event = XEvent()
        with self._lock:
            while xlib().XPending(ctypes.c_void_p(self._display)):
                xlib().XNextEvent(ctypes.c_void_p(self._display), ctypes.byref(event))
                if event.type != KEY_PRESS or self._grabbed is None or self._callback is None:
                    continue
                code, mods = self._grabbed
                state = event.xkey.state & ~ALL_LOCKS
                if event.xkey.keycode == code and state & 0xFF == mods:
                    self.last_state = int(event.xkey.state)
                    self.last_time = int(event.xkey.time)
                    hits.append(self._callback)
        return hits


class X11ActiveWindow(ActiveWindow):
    """_NET_ACTIVE_WINDOW (or the input focus) → _NET_WM_NAME / WM_NAME and _NET_WM_PID.

    Not under Wayland: XWayland knows only its own windows, and the portal's screenshot has
    no window to name."""

    name = "x11"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if has_x_display() and not is_wayland() else 0

    def __init__(self) -> None:
        self._local = threading.local()

    def _display(self) -> int:
        display = getattr(self._local, "display", None)
        if display is None:
            display = self._local.display = open_display()
        return int(display)

    def pointer(self) -> tuple[int, int] | None:
        try:
            d = ctypes.c_void_p(self._display())
            root = xlib().XDefaultRootWindow(d)
            r, c = Window(), Window()
            rx, ry, wx, wy, mask = (ctypes.c_int() for _ in range(5))
            ok = xlib().XQueryPointer(
                d, Window(root), *(ctypes.byref(v) for v in (r, c, rx, ry, wx, wy, mask))
            )
        except OSError:
            return None
        return (rx.value, ry.value) if ok else None

    def _focused(self) -> tuple[int, int] | None:
        """(display, active window), or None where there is no display or no active window."""
        try:
            d = self._display()
        except OSError:
            return None
        window = self._active_window(d)
        return (d, window) if window else None

    def active(self) -> tuple[str, str] | None:
        focused = self._focused()
        if focused is None:
            return None
        d, window = focused
        for _ in range(6):  # the focus may sit on a child of the titled top-level window
            title = text_property(d, window, "_NET_WM_NAME") or text_property(d, window, "WM_NAME")
            if title:
                return title, program_of(d, window)
            window = parent_of(d, window)
            if not window:
                break
        return None

    def window_at(self, x: int, y: int) -> tuple[str, str] | None:
        """See :mod:`vidne.app.platform.x11_window_at` (region captures)."""
        from vidne.app.platform.x11_window_at import window_at

        try:
            return window_at(self._display(), x, y)
        except OSError:
            return None

    def active_rect(self) -> tuple[int, int, int, int] | None:
        """The active window's top-level ancestor (the window manager's frame, title bar and
        border included) on the desktop; GTK's client-side shadow (_GTK_FRAME_EXTENTS) taken
        off. About five round trips to the X server."""
        from vidne.app.platform.x11_window_at import desktop_box

        focused = self._focused()
        if focused is None:
            return None
        d, window = focused
        top = window
        for _ in range(8):  # the client, then the frames a reparenting manager put around it
            parent = parent_of(d, top)
            if not parent:
                break
            top = parent
        root = int(xlib().XDefaultRootWindow(ctypes.c_void_p(d)))
        box = desktop_box(d, root, top)
        return None if box is None else _without_shadow(box, window_property(d, window, SHADOW))

    def _active_window(self, d: int) -> int:
        root = xlib().XDefaultRootWindow(ctypes.c_void_p(d))
        values = window_property(d, root, "_NET_ACTIVE_WINDOW")
        if values and len(values) >= 4:
            return int.from_bytes(values[:8] if len(values) >= 8 else values[:4], "little")
        focus, revert = Window(), ctypes.c_int()
        xlib().XGetInputFocus(ctypes.c_void_p(d), ctypes.byref(focus), ctypes.byref(revert))
        return int(focus.value or 0) if (focus.value or 0) > 1 else 0


SHADOW = "_GTK_FRAME_EXTENTS"  # left, right, top, bottom: the shadow GTK draws itself


def _without_shadow(
    box: tuple[int, int, int, int], extents: bytes | None
) -> tuple[int, int, int, int]:
    size = ctypes.sizeof(ctypes.c_long)
    if not extents or len(extents) < 4 * size:
        return box
    left, right, top, bottom = (
        int.from_bytes(extents[i * size : (i + 1) * size], "little") for i in range(4)
    )
    x, y, w, h = box
    if left + right >= w or top + bottom >= h:
        return box
    return x + left, y + top, w - left - right, h - top - bottom


class X11Grabber(MssGrabber):
    """mss over XShm. Not under Wayland: there mss sees only XWayland windows."""

    name = "x11"

    @classmethod
    def get_priority(cls) -> int:
        return NATIVE if has_x_display() and not is_wayland() else 0

    def _new_mss(self) -> mss.MSS:
        with sonames_first():  # mss finds its eight libraries with one ldconfig run each
            return super()._new_mss()
