"""A private Xvfb per test (24-bit, chosen size) and a titled X window, for capture tests.

pytest-xvfb's shared display is 16-bit by default, which would change the captured colours;
these tests need exact pixels, so they start their own server and point DISPLAY at it.
"""

from __future__ import annotations

import ctypes
import time

from PIL import Image

from bench import xvfb  # noqa: F401 - one Xvfb launcher for tests and benchmarks


def show_on_root(display: str, img: Image.Image) -> None:
    """Paint *img* as the root window's background (what ``display -window root`` does, with
    libX11 only): a pixmap kept after we disconnect (RetainPermanent), then cleared onto the
    root window."""
    from vidne.app.platform.x11 import xlib

    lib = xlib()
    d = ctypes.c_void_p(lib.XOpenDisplay(display.encode()))
    if not d.value:
        raise RuntimeError(f"cannot open {display}")
    root = lib.XDefaultRootWindow(d)
    lib.XDefaultVisual.restype = ctypes.c_void_p
    lib.XDefaultGC.restype = ctypes.c_void_p
    lib.XCreatePixmap.restype = ctypes.c_ulong
    lib.XCreateImage.restype = ctypes.c_void_p
    visual = lib.XDefaultVisual(d, 0)
    depth = lib.XDefaultDepth(d, 0)
    data = ctypes.create_string_buffer(img.convert("RGB").tobytes("raw", "BGRX"))
    w, h = img.size
    ximage = lib.XCreateImage(d, ctypes.c_void_p(visual), depth, 2, 0, data, w, h, 32, 0)
    pixmap = lib.XCreatePixmap(d, ctypes.c_ulong(root), w, h, depth)
    gc = lib.XDefaultGC(d, 0)
    lib.XPutImage(
        d, ctypes.c_ulong(pixmap), ctypes.c_void_p(gc), ctypes.c_void_p(ximage), 0, 0, 0, 0, w, h
    )
    lib.XSetWindowBackgroundPixmap(d, ctypes.c_ulong(root), ctypes.c_ulong(pixmap))
    lib.XClearWindow(d, ctypes.c_ulong(root))
    lib.XSetCloseDownMode(d, 1)  # RetainPermanent: the pixmap outlives this connection
    lib.XSync(d, 0)
    lib.XCloseDisplay(d)
    del data  # the XImage struct leaks (tiny); XDestroyImage would free our buffer


def pattern(width: int, height: int) -> Image.Image:
    """A pattern where neighbouring pixels differ, so any shift or colour change shows."""
    row = bytes(v for x in range(width) for v in ((x * 7) % 256, 0, (x * 3) % 256))
    data = bytearray()
    for y in range(height):
        g = (y * 13) % 256
        line = bytearray(row)
        line[1::3] = bytes([g]) * width
        data += line
    return Image.frombytes("RGB", (width, height), bytes(data))


class TitledWindow:
    """A mapped, focused X window with a title (for active-window metadata)."""

    def __init__(self, title: str) -> None:
        from vidne.app.platform.x11 import Window, open_display, xlib

        lib = xlib()
        self.d = ctypes.c_void_p(open_display())
        root = lib.XDefaultRootWindow(self.d)
        lib.XCreateSimpleWindow.restype = Window
        self.win = lib.XCreateSimpleWindow(
            self.d, Window(root), 10, 10, 200, 80, 0, ctypes.c_ulong(0), ctypes.c_ulong(0xFFFFFF)
        )
        name = title.encode("utf-8")
        utf8 = lib.XInternAtom(self.d, b"UTF8_STRING", 0)
        net_name = lib.XInternAtom(self.d, b"_NET_WM_NAME", 0)
        lib.XChangeProperty(
            self.d,
            Window(self.win),
            ctypes.c_ulong(net_name),
            ctypes.c_ulong(utf8),
            8,
            0,
            name,
            len(name),
        )
        lib.XMapWindow(self.d, Window(self.win))
        lib.XSync(self.d, 0)
        time.sleep(0.05)
        lib.XSetInputFocus(self.d, Window(self.win), 1, ctypes.c_ulong(0))
        lib.XSync(self.d, 0)

    def close(self) -> None:
        from vidne.app.platform.x11 import xlib

        xlib().XDestroyWindow(self.d, ctypes.c_ulong(self.win))
        xlib().XCloseDisplay(self.d)
