"""libX11 through ctypes: the connection, the calls Vidne uses and window properties.

Shared by the X11 backends (:mod:`vidne.app.platform.x11`). An error handler of our own records
X errors in :data:`error_codes` instead of letting Xlib's default handler exit the process.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
from collections.abc import Iterator
from typing import Any

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
error_codes: list[int] = []
_xlib: Any = None


def _record_error(_display: int, event: Any) -> int:
    error_codes.append(int(event.contents.error_code))
    return 0


_on_error = ERROR_HANDLER(_record_error)  # kept referenced for as long as Xlib may call it


# The libraries libX11 and mss open, by the sonames every Linux and BSD ships them under.
SONAMES = {
    "X11": "libX11.so.6",
    "Xfixes": "libXfixes.so.3",
    "Xrandr": "libXrandr.so.2",
    "xcb": "libxcb.so.1",
    "xcb-randr": "libxcb-randr.so.0",
    "xcb-render": "libxcb-render.so.0",
    "xcb-shm": "libxcb-shm.so.0",
    "xcb-xfixes": "libxcb-xfixes.so.0",
}


@contextlib.contextmanager
def sonames_first() -> Iterator[None]:
    """While mss sets up: ``ctypes.util.find_library`` answers with the soname when it loads.

    WORKAROUND: the standard ``find_library`` runs ``ldconfig -p`` in a subprocess on every
    call; mss calls it for eight libraries, which took ~30 ms, a fifth of ``vidne capture``.
    Anything not in :data:`SONAMES`, or not loadable under that name, goes to the original
    (so another thread calling it meanwhile gets a correct answer too)."""
    original = ctypes.util.find_library

    def find_library(name: str) -> str | None:
        soname = SONAMES.get(name)
        if soname is not None:
            try:
                ctypes.CDLL(soname)
            except OSError:
                return original(name)
            return soname
        return original(name)

    ctypes.util.find_library = find_library
    try:
        yield
    finally:
        ctypes.util.find_library = original


def _load_x11() -> Any:
    """libX11 by its stable soname; ``find_library`` (which runs ldconfig) only if that fails."""
    try:
        return ctypes.cdll.LoadLibrary(SONAMES["X11"])
    except OSError:
        name = ctypes.util.find_library("X11")
        if not name:
            raise OSError("libX11 not found") from None
        return ctypes.cdll.LoadLibrary(name)


def xlib() -> Any:
    """Load libX11 once, declare the calls we use, install our error handler."""
    global _xlib
    if _xlib is None:
        lib = _load_x11()
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


def window_property(display: int, window: int, name: str) -> bytes | None:
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


def text_property(display: int, window: int, name: str) -> str:
    raw = window_property(display, window, name)
    return raw.decode("utf-8", "replace").strip("\x00")[:500] if raw else ""


def program_of(display: int, window: int) -> str:
    pid_raw = window_property(display, window, "_NET_WM_PID")
    if pid_raw:
        pid = int.from_bytes(pid_raw[:4], "little")
        try:
            with open(f"/proc/{pid}/comm", encoding="utf-8") as fh:
                return fh.read().strip()[:200]
        except OSError:
            pass
    wm_class = window_property(display, window, "WM_CLASS")
    parts = wm_class.decode("utf-8", "replace").split("\x00") if wm_class else []
    return (parts[1] if len(parts) > 1 else parts[0] if parts else "")[:200]


def parent_of(display: int, window: int) -> int:
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
