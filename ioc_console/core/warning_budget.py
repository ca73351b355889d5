"""A budget of warnings a minute for something a peer can send over and over (malformed lines
from a process): the first few are logged, the rest counted and named with the next one logged,
so a flood neither fills the log nor goes unseen."""

from __future__ import annotations

import time
from collections.abc import Callable

WINDOW_S = 60.0


class WarningBudget:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._logged: list[float] = []
        self._unlogged = 0

    def admit(self) -> str | None:
        """``None`` when this warning is over the budget (it is counted); otherwise the text
        to append to it: "" or " (N more not logged)"."""
        now = self._clock()
        self._logged = [t for t in self._logged if now - t < WINDOW_S]
        if len(self._logged) >= self.per_minute:
            self._unlogged += 1
            return None
        self._logged.append(now)
        more = f" ({self._unlogged} more not logged)" if self._unlogged else ""
        self._unlogged = 0
        return more
