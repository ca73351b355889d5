"""When to sound: a new unacknowledged alert sounds its priority once; a P1 sounds again every
``repeat_seconds`` while it waits; a mute silences everything until it runs out or is lifted.

Plain Python with an injected clock, so tests can move time; the Qt side plays what it says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

Clock = Callable[[], datetime]
REPEATED_PRIORITY = 1


class SoundPolicy:
    def __init__(self, clock: Clock, repeat_seconds: float = 30, mute_minutes: float = 5) -> None:
        self.clock = clock
        self.repeat = timedelta(seconds=max(1.0, float(repeat_seconds)))
        self.mute_minutes = float(mute_minutes)
        self._p1_waits = False
        self._last_repeat: datetime | None = None
        self._muted_until: datetime | None = None

    # -- what waits --------------------------------------------------------------------------
    def prime(self, p1_waits: bool) -> None:
        """The alerts already waiting when the console starts are known, not sounded now (a
        P1 among them, ``p1_waits``, still repeats after ``repeat_seconds``)."""
        self._p1_waits = p1_waits
        self._last_repeat = self.clock() if p1_waits else None

    def update(self, newly_waiting: Iterable[int], p1_waits: bool) -> int | None:
        """The priorities of the alerts that began to wait for an acknowledgement (new, or
        re-armed) and whether a P1 waits now: the priority to sound (the highest of the new
        ones), or None."""
        self._p1_waits = p1_waits
        if not p1_waits:
            self._last_repeat = None
        new = list(newly_waiting)
        if not new:
            return None
        priority = min(new)
        if priority == REPEATED_PRIORITY:
            self._last_repeat = self.clock()
        return None if self.muted else priority

    def tick(self) -> int | None:
        """Called every second or so: 1 when a waiting P1 is due to sound again."""
        if not self._p1_waits or self.muted:
            return None
        now = self.clock()
        if self._last_repeat is not None and now - self._last_repeat < self.repeat:
            return None
        self._last_repeat = now
        return REPEATED_PRIORITY

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
