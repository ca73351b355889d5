"""Is the console that started this worker still there? A worker never outlives it.

The console's end normally shows as the end of the worker's stdin; this is the second check,
made on every heartbeat: on POSIX the parent's pid changes when the parent dies (the worker is
handed to init or a subreaper); on Windows the parent's process handle is signalled.
"""

from __future__ import annotations

import ctypes
import os
import sys
from typing import Any

_SYNCHRONIZE = 0x00100000
_WAIT_OBJECT_0 = 0


class Lifeline:
    """Made first thing at the worker's start (the parent is read then)."""

    def __init__(self) -> None:
        self._parent = os.getppid()
        self._kernel32: Any = None
        self._handle: int | None = None
        if sys.platform.startswith("win"):
            try:
                kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
                kernel32.OpenProcess.restype = ctypes.c_void_p
                kernel32.WaitForSingleObject.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
                self._handle = kernel32.OpenProcess(_SYNCHRONIZE, False, self._parent) or None
                self._kernel32 = kernel32
            except (OSError, AttributeError):
                self._handle = None

    def parent_alive(self) -> bool:
        if sys.platform.startswith("win"):
            if self._handle is None:
                return True  # not known: the end of stdin still tells
            return self._kernel32.WaitForSingleObject(self._handle, 0) != _WAIT_OBJECT_0
        return os.getppid() == self._parent
