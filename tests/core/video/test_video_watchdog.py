"""The stall watchdog: live on the first decoded frame, stalled when frames stop or the stream
ends, a retry after the back-off, and live again when frames come back."""

from __future__ import annotations

from ioc_console.core.video.backoff import Backoff
from ioc_console.core.video.watchdog import Step, TileState, Watchdog


def make() -> Watchdog:
    return Watchdog(stall_s=4.0, first_frame_s=8.0, backoff=Backoff(jitter=0.0))


def live_at(dog: Watchdog, t: float) -> None:
    dog.start(t)
    assert dog.tick(t + 0.5, 0) is Step.KEEP
    assert dog.tick(t + 1.0, 12) is Step.LIVE
    assert dog.state is TileState.LIVE


def test_connecting_becomes_live_on_the_first_frame():
    dog = make()
    assert dog.state is TileState.EMPTY
    live_at(dog, 0.0)


def test_no_progress_for_the_stall_time_means_stalled():
    dog = make()
    live_at(dog, 0.0)
    assert dog.tick(2.0, 40) is Step.KEEP
    assert dog.tick(5.9, 40) is Step.KEEP
    assert dog.tick(6.0, 40) is Step.STOP
    assert dog.state is TileState.STALLED
    assert dog.retry_at == 7.0
    assert dog.seconds_left(6.0) == 1


def test_end_or_error_while_playing_is_a_failure():
    for kind in ("ended", "error"):
        dog = make()
        live_at(dog, 0.0)
        assert dog.event(2.0, "playing") is Step.KEEP
        assert dog.event(2.0, kind) is Step.STOP
        assert dog.state is TileState.STALLED


def test_failed_attempts_back_off_and_count_down():
    dog = make()
    live_at(dog, 0.0)
    dog.tick(5.0, 12)  # no progress since 1.0
    assert dog.state is TileState.STALLED
    assert dog.tick(5.5, None) is Step.KEEP
    assert dog.tick(6.0, None) is Step.RECONNECT
    dog.start(6.0)
    assert dog.event(6.2, "error") is Step.STOP
    assert dog.state is TileState.RECONNECTING
    assert dog.seconds_left(6.2) == 2
    assert dog.tick(8.1, None) is Step.KEEP
    assert dog.tick(8.2, None) is Step.RECONNECT
    dog.start(8.2)
    assert dog.tick(16.2, 0) is Step.STOP  # no first frame within 8 s
    assert dog.retry_at == 16.2 + 4.0
    assert dog.failures == 3


def test_live_again_resets_the_backoff():
    dog = make()
    live_at(dog, 0.0)
    for t in (10.0, 20.0, 40.0):
        dog.fail(t)
    dog.retry_now(41.0)
    assert dog.tick(41.0, None) is Step.RECONNECT
    live_at(dog, 41.0)
    assert dog.failures == 0
    dog.fail(50.0)
    assert dog.retry_at == 51.0


def test_hold_stops_watching():
    dog = make()
    live_at(dog, 0.0)
    dog.hold(TileState.OFFLINE)
    assert dog.tick(100.0, 0) is Step.KEEP
    assert dog.event(100.0, "error") is Step.KEEP
    assert dog.seconds_left(100.0) == 0


def test_a_waiting_tile_asks_every_half_second_whether_its_stream_answers_again():
    dog = make()
    live_at(dog, 0.0)
    assert not dog.check_due(2.0)  # live: nothing to ask
    dog.fail(10.0)
    dog.fail(10.0)  # the second failure: a wait of 2 s, until 12.0
    assert dog.retry_at == 12.0
    asked = [t for t in (10.0, 10.2, 10.4, 10.5, 10.9, 11.0, 11.4, 11.6, 11.9) if dog.check_due(t)]
    # every 0.5 s, and not in the last 0.5 s, when the retry itself is about to ask
    assert asked == [10.0, 10.5, 11.0]
    dog.retry_now(11.2)
    assert dog.tick(11.2, None) is Step.RECONNECT
    dog.start(11.2)
    assert not dog.check_due(11.8)  # connecting: the attempt itself is the question
