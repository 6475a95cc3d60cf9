"""X11: which top-level window is at a point of the desktop (for a region capture).

A region capture is taken from a frozen picture while Vidne's own selection overlay covers the
screen, and the window with the focus then is whichever the window manager gave it when Vidne
hid — not the one the user marked. So the capture asks instead which window lies under the
centre of the marked region: the window manager's stacking list (``_NET_CLIENT_LIST_STACKING``,
bottom to top), or without a window manager the root's children in stacking order; the
topmost that is mapped, not Vidne's own (its pid), and contains the point. Its title and
program are read as for the active window.
"""

from __future__ import annotations

import ctypes
import os

from vidne.app.platform.xlib import Window, program_of, text_property, window_property, xlib

IS_VIEWABLE = 2


class XWindowAttributes(ctypes.Structure):
    """Xlib's XWindowAttributes (only map_state is used)."""

    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", Window),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


def _longs(raw: bytes | None) -> list[int]:
    size = ctypes.sizeof(ctypes.c_long)
    if not raw:
        return []
    return [int.from_bytes(raw[i : i + size], "little") for i in range(0, len(raw), size)]


def _stacking(display: int, root: int) -> list[int]:
    """Top-level windows, bottom first."""
    listed = _longs(window_property(display, root, "_NET_CLIENT_LIST_STACKING"))
    if listed:
        return listed
    root_ret, parent = Window(), Window()
    children, count = ctypes.POINTER(Window)(), ctypes.c_uint()
    lib, d = xlib(), ctypes.c_void_p(display)
    args = (d, Window(root), ctypes.byref(root_ret), ctypes.byref(parent))
    if not lib.XQueryTree(*args, ctypes.byref(children), ctypes.byref(count)):
        return []
    found = [int(children[i]) for i in range(count.value)]
    if children:
        lib.XFree(children)
    return found


def desktop_box(display: int, root: int, window: int) -> tuple[int, int, int, int] | None:
    """(left, top, width, height) on the desktop, or None if not shown."""
    lib, d = xlib(), ctypes.c_void_p(display)
    attrs = XWindowAttributes()
    if not lib.XGetWindowAttributes(d, Window(window), ctypes.byref(attrs)):
        return None
    if attrs.map_state != IS_VIEWABLE:
        return None
    x, y, child = ctypes.c_int(), ctypes.c_int(), Window()
    lib.XTranslateCoordinates(
        d, Window(window), Window(root), 0, 0, ctypes.byref(x), ctypes.byref(y), ctypes.byref(child)
    )
    return x.value, y.value, attrs.width, attrs.height


def _pid(display: int, window: int) -> int | None:
    raw = window_property(display, window, "_NET_WM_PID")
    return int.from_bytes(raw[:4], "little") if raw else None


def window_at(display: int, x: int, y: int) -> tuple[str, str]:
    """(title, program) of the topmost other program's window at (*x*, *y*); ('', '') if none."""
    root = int(xlib().XDefaultRootWindow(ctypes.c_void_p(display)))
    own = os.getpid()
    for window in reversed(_stacking(display, root)):
        box = desktop_box(display, root, window)
        if box is None or _pid(display, window) == own:
            continue
        left, top, width, height = box
        if left <= x < left + width and top <= y < top + height:
            title = text_property(display, window, "_NET_WM_NAME") or text_property(
                display, window, "WM_NAME"
            )
            return title, program_of(display, window)
    return "", ""
