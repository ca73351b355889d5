"""Process memory settings made before any thread starts.

libVLC runs several threads per player (input, decoder, video output), and a wall that
reconnects makes players all day. With glibc's default of up to eight malloc arenas per core,
the memory those threads free stays spread over arenas and the process grows with every
reconnect (about 1 MB per player in the video benchmark's churn); two arenas keep it level.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)
M_ARENA_MAX = -8  # glibc's mallopt parameter
ARENAS = 2


def cap_malloc_arenas() -> bool:
    """Limit glibc's malloc arenas (Linux only; elsewhere, or without glibc, nothing)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_ARENA_MAX, ARENAS))
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
