"""Waiting for a condition that other threads or processes bring about, with a deadline.

Tests wait for what they expect to happen, never for a fixed time (Qt tests use
``qtbot.waitUntil``, which also runs the event loop)."""

from __future__ import annotations

import time
from collections.abc import Callable

POLL_S = 0.02  # how often the condition is asked: cheap, and short beside any deadline


def wait_until(condition: Callable[[], object], timeout: float = 20.0,
               what: str = "the condition") -> None:
    """Return as soon as ``condition()`` is true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(POLL_S)
