"""When to sound: a new unacknowledged alert sounds its priority once; a P1 sounds again every
``repeat_seconds`` while it waits; a mute silences everything until it runs out or is lifted.

Plain Python with an injected clock, so tests can move time; the Qt side plays what it says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

Clock = Callable[[], datetime]
REPEATED_PRIORITY = 1


class SoundPolicy:
    def __init__(self, clock: Clock, repeat_seconds: float = 30, mute_minutes: float = 5) -> None:
        self.clock = clock
        self.repeat = timedelta(seconds=max(1.0, float(repeat_seconds)))
        self.mute_minutes = float(mute_minutes)
        self._waiting: dict[str, int] = {}
        self._last_repeat: datetime | None = None
        self._muted_until: datetime | None = None

    # -- what waits --------------------------------------------------------------------------
    def prime(self, waiting: Mapping[str, int]) -> None:
        """The alerts already waiting when the console starts: known, not sounded now (a P1
        among them still repeats after ``repeat_seconds``)."""
        self._waiting = dict(waiting)
        self._last_repeat = self.clock() if self._p1_waits() else None

    def update(self, waiting: Mapping[str, int]) -> int | None:
        """The unacknowledged alerts now (priority by id): the priority to sound for the ones
        not seen before (the highest of them), or None."""
        new = [p for alert_id, p in waiting.items() if alert_id not in self._waiting]
        self._waiting = dict(waiting)
        if not self._p1_waits():
            self._last_repeat = None
        if not new:
            return None
        priority = min(new)
        if priority == REPEATED_PRIORITY:
            self._last_repeat = self.clock()
        return None if self.muted else priority

    def tick(self) -> int | None:
        """Called every second or so: 1 when a waiting P1 is due to sound again."""
        if not self._p1_waits() or self.muted:
            return None
        now = self.clock()
        if self._last_repeat is not None and now - self._last_repeat < self.repeat:
            return None
        self._last_repeat = now
        return REPEATED_PRIORITY

    def _p1_waits(self) -> bool:
        return REPEATED_PRIORITY in self._waiting.values()

    # -- mute --------------------------------------------------------------------------------
    def mute(self, minutes: float | None = None) -> datetime:
        """Silence every sound for ``minutes`` (the site's mute length by default); returns
        when the mute ends."""
        length = self.mute_minutes if minutes is None else float(minutes)
        self._muted_until = self.clock() + timedelta(minutes=length)
        return self._muted_until

    def unmute(self) -> None:
        self._muted_until = None

    @property
    def muted_until(self) -> datetime | None:
        """When the mute ends; None when not muted (an expired mute reads as none)."""
        if self._muted_until is not None and self.clock() >= self._muted_until:
            self._muted_until = None
        return self._muted_until

    @property
    def muted(self) -> bool:
        return self.muted_until is not None
