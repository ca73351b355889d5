"""How to start a video worker process: the same Python (or the frozen bundle) as the console."""

from __future__ import annotations

import sys


def worker_command(*extra: str) -> list[str]:
    """The program and arguments of a video worker (``extra``: e.g. ``"--probe"``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--video-worker", *extra]
    return [sys.executable, "-m", "ioc_console.video_worker", *extra]
