"""The command line that starts a video worker process (``ioc_console.video_worker``).

From a checkout or an installed package it is this Python with ``-m``; in the frozen bundle
there is no interpreter to name, so the console's own executable is started with
``--video-worker`` (the launcher hands that over before anything else is imported).
"""

from __future__ import annotations

import sys

FROZEN_FLAG = "--video-worker"


def worker_command(*extra: str) -> list[str]:
    """Program and arguments of a video worker; ``extra`` (``"--probe"``) goes to the worker."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG, *extra]
    return [sys.executable, "-m", "ioc_console.video_worker", *extra]
