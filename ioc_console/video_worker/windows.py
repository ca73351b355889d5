"""Does the native window the console named still exist?

libVLC given a window id that does not exist (a tile's window destroyed while the console's
``Play`` was on its way) does not fail: it opens a top-level "VLC media player" window of its
own on the operator's screen (checked with Debian's libVLC 3.0 under Xvfb). So the worker asks
first: on X11 through libxcb (one connection for the worker's life; ``DISPLAY`` as the console
has it), on Windows ``IsWindow``. ``None``: cannot tell here (no libxcb, no display, macOS),
and the window is used as given.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class WindowCheck:
    def __init__(self) -> None:
        self._xcb: Any = None
        self._libc: Any = None
        self._conn: Any = None
        self._user32: Any = None
        if sys.platform.startswith("win"):
            try:
                self._user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined]
                self._user32.IsWindow.argtypes = [ctypes.c_void_p]
            except (OSError, AttributeError):
                self._user32 = None
        elif sys.platform.startswith("linux"):
            self._connect()

    def exists(self, window: int) -> bool | None:
        """True/False: the window is there or not; None: cannot tell."""
        if self._user32 is not None:
            return bool(self._user32.IsWindow(ctypes.c_void_p(window)))
        if self._conn is None:
            return None
        error = ctypes.c_void_p()
        cookie = self._xcb.xcb_get_geometry(self._conn, ctypes.c_uint32(window))
        reply = self._xcb.xcb_get_geometry_reply(self._conn, cookie, ctypes.byref(error))
        for pointer in (reply, error.value):
            if pointer:
                self._libc.free(ctypes.c_void_p(pointer))
        if self._xcb.xcb_connection_has_error(self._conn):
            log.warning("the X connection for window checks broke; windows are not checked")
            self._conn = None
            return None
        return bool(reply)

    def close(self) -> None:
        if self._conn is not None:
            self._xcb.xcb_disconnect(self._conn)
            self._conn = None

    def _connect(self) -> None:
        name = ctypes.util.find_library("xcb")
        if name is None:
            return
        try:
            xcb = ctypes.CDLL(name)
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        except OSError:
            return
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        xcb.xcb_get_geometry.restype = _Cookie
        xcb.xcb_get_geometry.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        xcb.xcb_get_geometry_reply.restype = ctypes.c_void_p
        xcb.xcb_get_geometry_reply.argtypes = [
            ctypes.c_void_p,
            _Cookie,
            ctypes.POINTER(ctypes.c_void_p),
        ]
        libc.free.argtypes = [ctypes.c_void_p]
        conn = xcb.xcb_connect(None, None)
        if not conn:
            return
        if xcb.xcb_connection_has_error(conn):
            xcb.xcb_disconnect(conn)  # no display: libVLC will not draw anywhere either
            return
        self._xcb, self._libc, self._conn = xcb, libc, conn
