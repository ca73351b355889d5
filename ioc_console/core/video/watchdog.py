"""A tile's stall watchdog: a pure state machine, fed with time, frame counts and player events.

The tile feeds it the monotonic time and libVLC's decoded-frame count a few times a second, and
the player's events (``"playing"``, ``"ended"``, ``"error"``); it answers what to do:

* ``Step.LIVE`` — the first frame arrived: the tile is live (the back-off starts again at 1 s);
* ``Step.STOP`` — the stream failed: stop and release the player; a new attempt is due at
  :attr:`Watchdog.retry_at` (1, 2, 4 … 30 s after successive failures, with jitter);
* ``Step.RECONNECT`` — the wait is over: create a new player now (and call :meth:`start`);
* ``Step.KEEP`` — nothing to do.

While it waits, :meth:`Watchdog.check_due` says when to ask (cheaply, in the background)
whether the stream answers again, every ``check_s`` seconds: :meth:`Watchdog.retry_now` ends
the wait when it does.

A live stream has stalled when its decoded-frame count has not moved for ``stall_s`` seconds,
or when the player reports the end of the stream or an error; an attempt that shows no frame
within ``first_frame_s`` seconds has failed too. A failure of a live stream reads *stalled*,
of an attempt *reconnecting*; both count down to the next attempt.
"""

from __future__ import annotations

import math
from enum import Enum

from .backoff import Backoff

STALL_S = 4.0
FIRST_FRAME_S = 8.0
# how often a waiting tile asks whether its stream answers again: the time from a camera's
# return to its tile live is this (at most) + the answer + a first picture; 2 s gave a median
# of 3.5 s on the demo streamer (tests/benchmarks/test_video_bench.py)
CHECK_S = 0.5


class TileState(Enum):
    EMPTY = "empty"  # no camera
    CONNECTING = "connecting"  # a player is opening the stream, no frame yet
    LIVE = "live"  # frames are being decoded
    STALLED = "stalled"  # a live stream stopped; waiting to reconnect
    RECONNECTING = "reconnecting"  # an attempt failed; waiting to try again
    OFFLINE = "offline"  # the camera is reported offline: nothing to play
    UNSUPPORTED = "unsupported"  # no URL of the camera can be opened by this player


class Step(Enum):
    KEEP = "keep"
    LIVE = "live"
    STOP = "stop"
    RECONNECT = "reconnect"


WAITING = (TileState.STALLED, TileState.RECONNECTING)
PLAYING = (TileState.CONNECTING, TileState.LIVE)


class Watchdog:
    def __init__(
        self,
        stall_s: float = STALL_S,
        first_frame_s: float = FIRST_FRAME_S,
        backoff: Backoff | None = None,
        check_s: float = CHECK_S,
    ) -> None:
        self.stall_s = stall_s
        self.check_s = check_s
        self.next_check = 0.0
        self.first_frame_s = first_frame_s
        self.backoff = backoff or Backoff()
        self.state = TileState.EMPTY
        self.retry_at: float | None = None
        self.started_at = 0.0
        self.last_count = 0
        self.last_progress = 0.0
        self.failures = 0  # consecutive failed attempts since the last live frame

    def start(self, now: float) -> None:
        """A new player has started opening the stream."""
        self.state = TileState.CONNECTING
        self.retry_at = None
        self.started_at = now
        self.last_count = 0
        self.last_progress = now

    def hold(self, state: TileState) -> None:
        """Nothing plays: empty, offline, unsupported, or paused while unseen (keeps the state)."""
        self.state = state
        self.retry_at = None

    def tick(self, now: float, decoded: int | None) -> Step:
        """Called a few times a second with the player's decoded-frame count (None: no player)."""
        if self.state in WAITING:
            due = self.retry_at is not None and now >= self.retry_at
            return Step.RECONNECT if due else Step.KEEP
        if self.state not in PLAYING:
            return Step.KEEP
        if decoded is not None and decoded > self.last_count:  # a new frame was decoded
            self.last_count = decoded
            self.last_progress = now
            if self.state is TileState.CONNECTING:
                self.state = TileState.LIVE
                self.failures = 0
                self.backoff.reset()
                return Step.LIVE
            return Step.KEEP
        if self.state is TileState.CONNECTING:
            if now - self.started_at >= self.first_frame_s:
                return self.fail(now)
        elif now - self.last_progress >= self.stall_s:
            return self.fail(now)
        return Step.KEEP

    def event(self, now: float, kind: str) -> Step:
        """A player event: ``"playing"``, ``"ended"`` or ``"error"``."""
        if kind in ("ended", "error") and self.state in PLAYING:
            return self.fail(now)
        return Step.KEEP

    def fail(self, now: float) -> Step:
        self.state = TileState.STALLED if self.state is TileState.LIVE else TileState.RECONNECTING
        self.failures += 1
        self.retry_at = now + self.backoff.next_delay()
        return Step.STOP

    def retry_now(self, now: float) -> None:
        """The stream answers again: end the wait (the next tick reconnects)."""
        if self.state in WAITING:
            self.retry_at = now

    def check_due(self, now: float) -> bool:
        """True when it is time to ask whether the stream answers again (then not again for
        ``check_s``): while waiting, when more than ``check_s`` of the wait is left."""
        if self.state not in WAITING or self.retry_at is None:
            return False
        if self.retry_at - now <= self.check_s or now < self.next_check:
            return False
        self.next_check = now + self.check_s
        return True

    def seconds_left(self, now: float) -> int:
        """Whole seconds until the next attempt, for the countdown (0 when none is due)."""
        if self.retry_at is None:
            return 0
        return max(0, math.ceil(self.retry_at - now - 1e-6))
