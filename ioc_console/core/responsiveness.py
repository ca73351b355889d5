"""How responsive the console's GUI thread is: the lateness of a timer on the event loop, kept
for the last minute, and what was running when the loop was held up.

Qt-free: the Qt layer (``gui/responsiveness.py``) measures and feeds a :class:`LagRecorder`;
code that runs on the GUI thread names what it does with ``activity.running(label)`` so that a
long block in the log says what it was.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

WINDOW_S = 60.0  # the statistics cover the last minute
SLOW_S = 0.250  # a lag above this is written to the log


@dataclass(frozen=True)
class LagSummary:
    """Event-loop lag over the window, in milliseconds; ``slowest`` names what was running
    during the largest lag, when known."""

    samples: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    slowest: str | None = None


def percentile(ordered: list[float], fraction: float) -> float:
    """The nearest-rank percentile of an ascending list (0.0 for an empty one)."""
    if not ordered:
        return 0.0
    rank = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return ordered[rank]


class LagRecorder:
    """Lag samples ``(time, seconds, what was running)`` over the last ``window_s`` seconds.

    Written and read on one thread (the GUI thread); at 10 samples a second the window holds
    600 entries, and a summary sorts them (well under a millisecond)."""

    def __init__(self, window_s: float = WINDOW_S) -> None:
        self.window_s = window_s
        self._samples: deque[tuple[float, float, str | None]] = deque()

    def record(self, lag_s: float, what: str | None = None, at: float | None = None) -> None:
        now = time.monotonic() if at is None else at
        self._samples.append((now, max(0.0, lag_s), what))
        self._prune(now)

    def _prune(self, now: float) -> None:
        horizon = now - self.window_s
        while self._samples and self._samples[0][0] < horizon:
            self._samples.popleft()

    def summary(self, now: float | None = None) -> LagSummary:
        self._prune(time.monotonic() if now is None else now)
        if not self._samples:
            return LagSummary(0, 0.0, 0.0, 0.0)
        lags = sorted(s[1] for s in self._samples)
        worst = max(self._samples, key=lambda s: s[1])
        return LagSummary(
            samples=len(lags),
            p50_ms=percentile(lags, 0.50) * 1000,
            p99_ms=percentile(lags, 0.99) * 1000,
            max_ms=lags[-1] * 1000,
            slowest=worst[2],
        )

    def lags_ms(self) -> list[float]:
        """Every lag in the window, oldest first (for benchmarks)."""
        return [s[1] * 1000 for s in self._samples]


class Activity:
    """What the GUI thread is running, by label: the longest piece of work that ended since
    the meter last asked (the meter's own timer cannot fire while the work runs). Work inside
    other work is named by both: "outer › inner", the inner the longest inside."""

    def __init__(self) -> None:
        self._stack: list[list] = []  # [label, longest inner (seconds, label) or None]
        self._longest: tuple[float, str] | None = None

    @contextmanager
    def running(self, label: str) -> Iterator[None]:
        frame: list = [label, None]
        self._stack.append(frame)
        start = time.perf_counter()
        try:
            yield
        finally:
            spent = time.perf_counter() - start
            self._stack.pop()
            inner = frame[1]
            named = f"{label} › {inner[1]}" if inner else label
            if self._stack:
                outer = self._stack[-1]
                if outer[1] is None or spent > outer[1][0]:
                    outer[1] = (spent, named)
            elif self._longest is None or spent > self._longest[0]:
                self._longest = (spent, named)

    def current(self) -> str | None:
        return self._stack[-1][0] if self._stack else None

    def take(self) -> tuple[float, str] | None:
        """The longest labelled work ``(seconds, label)`` since the last call, and forget it."""
        longest, self._longest = self._longest, None
        return longest


activity = Activity()  # the GUI thread's; its labels are for the log, not translated
