"""X11 through ctypes Xlib: a global hotkey (XGrabKey) and the active window's title.

The hotkey is grabbed on the root window once for every combination of the lock modifiers
(Caps Lock, Num Lock, Scroll Lock), because X delivers Ctrl+Alt+Shift+S with Num Lock on as a
different modifier state (as KeePassXC's ``nixutils`` does). ``BadAccess`` means another
program owns the combination; we report that instead of letting Xlib's default error handler
exit the process. Events are read on a daemon thread on a Display of our own, so the callback
runs there, without waiting for the GUI thread: the capture starts within a millisecond.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import threading
from collections.abc import Callable
from typing import Any

from vidne.app.errors import HotkeyUnavailable
from vidne.app.i18n import translate
from vidne.app.platform.base import ActiveWindow, HotkeyBackend, parse_sequence

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

Window = ctypes.c_ulong
Atom = ctypes.c_ulong


class XKeyEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", Window),
        ("root", Window),
        ("subwindow", Window),
        ("time", ctypes.c_ulong),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("x_root", ctypes.c_int),
        ("y_root", ctypes.c_int),
        ("state", ctypes.c_uint),
        ("keycode", ctypes.c_uint),
        ("same_screen", ctypes.c_int),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xkey", XKeyEvent), ("pad", ctypes.c_long * 24)]


class XErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(XErrorEvent))
_errors: list[int] = []
_xlib: Any = None


def _record_error(_display: int, event: Any) -> int:
    _errors.append(int(event.contents.error_code))
    return 0


_on_error = ERROR_HANDLER(_record_error)  # kept referenced for as long as Xlib may call it


def xlib() -> Any:
    """Load libX11 once, declare the calls we use, install our error handler."""
    global _xlib
    if _xlib is None:
        name = ctypes.util.find_library("X11")
        if not name:
            raise OSError("libX11 not found")
        lib = ctypes.cdll.LoadLibrary(name)
        lib.XInitThreads()
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        for fn in (
            "XCloseDisplay",
            "XSync",
            "XPending",
            "XNextEvent",
            "XConnectionNumber",
            "XGrabKey",
            "XUngrabKey",
            "XFlush",
            "XGetWindowProperty",
            "XFree",
            "XQueryPointer",
            "XGetInputFocus",
            "XQueryTree",
        ):
            getattr(lib, fn).argtypes = None
        lib.XDefaultRootWindow.restype = Window
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XStringToKeysym.restype = ctypes.c_ulong
        lib.XStringToKeysym.argtypes = [ctypes.c_char_p]
        lib.XKeysymToKeycode.restype = ctypes.c_ubyte
        lib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        lib.XInternAtom.restype = Atom
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XSetErrorHandler(_on_error)
        _xlib = lib
    return _xlib


def open_display() -> int:
    display = xlib().XOpenDisplay(None)
    if not display:
        raise OSError("cannot open the X display")
    return int(display)


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
    def available(cls) -> bool:
        if not os.environ.get("DISPLAY"):
            return False
        try:
            xlib().XCloseDisplay(ctypes.c_void_p(open_display()))
        except OSError:
            return False
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
            _errors.clear()
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
            failed = BAD_ACCESS in _errors or bool(_errors)
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
            _errors.clear()
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
        from vidne.app.evidence.grab import warm_up

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
    """_NET_ACTIVE_WINDOW (or the input focus) → _NET_WM_NAME / WM_NAME and _NET_WM_PID."""

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

    def active(self) -> tuple[str, str] | None:
        try:
            d = self._display()
        except OSError:
            return None
        window = self._active_window(d)
        if not window:
            return None
        for _ in range(6):  # the focus may sit on a child of the titled top-level window
            title = _text_property(d, window, "_NET_WM_NAME") or _text_property(
                d, window, "WM_NAME"
            )
            if title:
                return title, _program(d, window)
            window = _parent(d, window)
            if not window:
                break
        return None

    def _active_window(self, d: int) -> int:
        root = xlib().XDefaultRootWindow(ctypes.c_void_p(d))
        values = _property(d, root, "_NET_ACTIVE_WINDOW")
        if values and len(values) >= 4:
            return int.from_bytes(values[:8] if len(values) >= 8 else values[:4], "little")
        focus, revert = Window(), ctypes.c_int()
        xlib().XGetInputFocus(ctypes.c_void_p(d), ctypes.byref(focus), ctypes.byref(revert))
        return int(focus.value or 0) if (focus.value or 0) > 1 else 0


def _property(display: int, window: int, name: str) -> bytes | None:
    """Raw bytes of a window property (32-bit items come back as C longs)."""
    lib = xlib()
    d = ctypes.c_void_p(display)
    atom = lib.XInternAtom(d, name.encode(), 1)
    if not atom:
        return None
    actual, fmt, count, after = Atom(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
    data = ctypes.POINTER(ctypes.c_ubyte)()
    status = lib.XGetWindowProperty(
        d,
        Window(window),
        Atom(atom),
        ctypes.c_long(0),
        ctypes.c_long(1024),
        0,
        Atom(0),
        ctypes.byref(actual),
        ctypes.byref(fmt),
        ctypes.byref(count),
        ctypes.byref(after),
        ctypes.byref(data),
    )
    if status != 0 or not data:
        return None
    unit = {8: 1, 16: ctypes.sizeof(ctypes.c_short), 32: ctypes.sizeof(ctypes.c_long)}
    raw = ctypes.string_at(data, count.value * unit.get(fmt.value, 1))
    lib.XFree(data)
    return raw


def _text_property(display: int, window: int, name: str) -> str:
    raw = _property(display, window, name)
    return raw.decode("utf-8", "replace").strip("\x00")[:500] if raw else ""


def _program(display: int, window: int) -> str:
    pid_raw = _property(display, window, "_NET_WM_PID")
    if pid_raw:
        pid = int.from_bytes(pid_raw[:4], "little")
        try:
            with open(f"/proc/{pid}/comm", encoding="utf-8") as fh:
                return fh.read().strip()[:200]
        except OSError:
            pass
    wm_class = _property(display, window, "WM_CLASS")
    parts = wm_class.decode("utf-8", "replace").split("\x00") if wm_class else []
    return (parts[1] if len(parts) > 1 else parts[0] if parts else "")[:200]


def _parent(display: int, window: int) -> int:
    root, parent = Window(), Window()
    children, count = ctypes.POINTER(Window)(), ctypes.c_uint()
    ok = xlib().XQueryTree(
        ctypes.c_void_p(display),
        Window(window),
        ctypes.byref(root),
        ctypes.byref(parent),
        ctypes.byref(children),
        ctypes.byref(count),
    )
    if children:
        xlib().XFree(children)
    if not ok or parent.value == root.value:
        return 0
    return int(parent.value)
