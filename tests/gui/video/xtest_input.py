"""Real X pointer events (XTest), as the X server delivers them: they reach whichever X window
is under the pointer — for a playing tile, libVLC's own video window — unlike QTest's events,
which Qt hands to a widget directly."""

from __future__ import annotations

import ctypes
import ctypes.util
import os


class XPointer:
    def __init__(self) -> None:
        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11 = x11
        self.display = x11.XOpenDisplay(os.environ["DISPLAY"].encode())
        if not self.display:
            raise RuntimeError("cannot open the X display")
        self.xtst.XTestFakeMotionEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self.xtst.XTestFakeButtonEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

    def move(self, x: int, y: int, screen: int = 0) -> None:
        self.xtst.XTestFakeMotionEvent(self.display, screen, x, y, 0)
        self.x11.XFlush(self.display)

    def click(self, button: int = 1, delay_ms: int = 30) -> None:
        """Button 1 left, 3 right, 4/5 wheel up/down."""
        self.xtst.XTestFakeButtonEvent(self.display, button, 1, 0)
        self.xtst.XTestFakeButtonEvent(self.display, button, 0, delay_ms)
        self.x11.XFlush(self.display)

    def button(self, pressed: bool, button: int = 1) -> None:
        self.xtst.XTestFakeButtonEvent(self.display, button, 1 if pressed else 0, 0)
        self.x11.XFlush(self.display)

    def double_click(self) -> None:
        self.xtst.XTestFakeButtonEvent(self.display, 1, 1, 0)
        self.xtst.XTestFakeButtonEvent(self.display, 1, 0, 30)
        self.xtst.XTestFakeButtonEvent(self.display, 1, 1, 60)
        self.xtst.XTestFakeButtonEvent(self.display, 1, 0, 30)
        self.x11.XFlush(self.display)

    def close(self) -> None:
        self.x11.XCloseDisplay(self.display)
