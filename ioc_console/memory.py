"""Process memory settings made before any thread starts, and giving freed memory back.

libVLC runs several threads per player (input, decoder, video output), and a wall that
reconnects makes players all day. With glibc's default of up to eight malloc arenas per core,
the memory those threads free stays spread over arenas and the process grows with every
reconnect (about 1 MB per player in the video benchmark's churn); two arenas keep it level.
What a released player freed still stays with the process until glibc is asked to give it
back (:func:`give_back_free_memory`): a video worker reconnecting four tiles 25 times stayed
at 76 MB with it, against 122–177 MB without.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)
M_ARENA_MAX = -8  # glibc's mallopt parameter
ARENAS = 2


_libc: ctypes.CDLL | None = None


def _glibc() -> ctypes.CDLL | None:
    global _libc
    if _libc is None and sys.platform.startswith("linux"):
        try:
            _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        except OSError:
            return None
    return _libc


def give_back_free_memory() -> bool:
    """Return the heap's free pages to the system (glibc's ``malloc_trim``; elsewhere, or
    without glibc, nothing). Takes a few milliseconds: call it after releasing something
    large, not in a loop."""
    libc = _glibc()
    try:
        return bool(libc is not None and libc.malloc_trim(0))
    except AttributeError:  # musl and others have no malloc_trim
        return False


def cap_malloc_arenas() -> bool:
    """Limit glibc's malloc arenas (Linux only; elsewhere, or without glibc, nothing)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_ARENA_MAX, ARENAS))
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
