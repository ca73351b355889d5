"""Reconnect delays: 1, 2, 4 … capped at 30 s, each within its jitter, back to 1 s when live."""

from __future__ import annotations

import random

from ioc_console.core.video.backoff import Backoff


def test_sequence_doubles_up_to_the_cap():
    backoff = Backoff(jitter=0.0)
    assert [backoff.next_delay() for _ in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_jitter_stays_within_bounds_and_below_the_cap():
    backoff = Backoff(jitter=0.2, rng=random.Random(3))
    for attempt in range(40):
        nominal = min(30.0, 2.0**attempt)
        delay = backoff.next_delay()
        assert nominal * 0.8 - 1e-9 <= delay <= min(30.0, nominal * 1.2) + 1e-9


def test_jitter_spreads_tiles_apart():
    delays = {round(Backoff(rng=random.Random(seed)).next_delay(), 3) for seed in range(20)}
    assert len(delays) > 10


def test_reset_starts_again_at_one_second():
    backoff = Backoff(jitter=0.0)
    for _ in range(5):
        backoff.next_delay()
    backoff.reset()
    assert backoff.next_delay() == 1.0
