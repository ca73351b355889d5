"""Fault injection for tests and drills: a worker that crashes on one camera's stream.

``IOC_VIDEO_WORKER_CRASH_URL=<substring>`` in a worker's environment: about
:data:`CRASH_AFTER_S` after the worker starts playing a URL that contains the substring, it
kills itself with SIGSEGV (on Windows ``os.abort()``), as a decoder crash would. Nothing else
is simulated; without the variable this module does nothing.
"""

from __future__ import annotations

import os
import signal
import sys
import time

CRASH_ENV = "IOC_VIDEO_WORKER_CRASH_URL"
CRASH_AFTER_S = 0.5


def crash_deadline(url: str) -> float | None:
    """When to crash (a ``time.monotonic()`` value) because ``url`` is being played; None:
    not at all."""
    needle = os.environ.get(CRASH_ENV, "")
    if needle and needle in url:
        return time.monotonic() + CRASH_AFTER_S
    return None


def crash() -> None:
    """Die as a crashing decoder would (no clean-up, no exit code of our own)."""
    if sys.stderr is not None:  # None in the Windows bundle's windowed executable
        sys.stderr.flush()
    if sys.platform.startswith("win"):
        os.abort()
    os.kill(os.getpid(), signal.SIGSEGV)
