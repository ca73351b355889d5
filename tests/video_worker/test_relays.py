"""The worker's relays: driven from one thread of their own (the relay is not thread-safe),
never blocking the worker's loop; a relay stopped only once its player is released; states
and new URLs posted for the right slot, without credentials.

The relay here is a stand-in with the interface of ``core.video.relay.RtspRelay`` (whose own
tests run ffmpeg against a real RTSP server)."""

from __future__ import annotations

import queue
import sys
import threading
import types

import pytest
from waiting import wait_until

from ioc_console.video_worker.relays import NO_RELAY, Relays

SECRET_URL = "rtsp://admin:s3cret@10.1.2.3:554/ch1"


class StandInRelay:
    made: list[StandInRelay] = []

    def __init__(self, url, on_state=None) -> None:
        if "not-rtsp" in url:
            raise ValueError(f"not an RTSP URL: {url}")
        self.url, self.on_state = url, on_state
        self.release = threading.Event()
        self.calls: list[tuple[str, str]] = []
        self.renewed: str | None = None
        StandInRelay.made.append(self)

    def _call(self, name: str) -> None:
        self.calls.append((name, threading.current_thread().name))

    def start(self) -> str:
        self._call("start")
        self.on_state("starting", f"connecting to {self.url}")
        assert self.release.wait(10)
        return f"fd://{40 + len(StandInRelay.made)}"

    def poll(self) -> str | None:
        self._call("poll")
        renewed, self.renewed = self.renewed, None
        return renewed

    def stop(self) -> None:
        self._call("stop")


@pytest.fixture
def relays(monkeypatch):
    module = types.ModuleType("ioc_console.core.video.relay")
    module.RtspRelay = StandInRelay
    module.media_options = lambda url, options: (*options, ":file-caching=300")
    monkeypatch.setitem(sys.modules, "ioc_console.core.video.relay", module)
    StandInRelay.made.clear()
    posted: queue.SimpleQueue[tuple] = queue.SimpleQueue()
    made = Relays(posted.put)
    yield made, posted
    for relay in StandInRelay.made:
        relay.release.set()
    made.close()


def next_of(posted: queue.SimpleQueue, kind: str) -> tuple:
    while True:
        item = posted.get(timeout=10)
        if item[0] == kind:
            return item


def names(relay: StandInRelay) -> list[str]:
    return [name for name, _ in relay.calls if name != "poll"]


def test_a_relay_is_started_polled_and_stopped_on_one_thread_of_its_own(relays):
    worker_relays, posted = relays
    generation = worker_relays.start(5, SECRET_URL)  # at once, though the start takes time
    wait_until(lambda: StandInRelay.made, 10, "the relay made")
    relay = StandInRelay.made[0]
    state = next_of(posted, "relay-state")
    assert state[:4] == ("relay-state", 5, generation, "starting")
    assert "s3cret" not in state[4] and "***@10.1.2.3" in state[4]
    relay.release.set()
    assert next_of(posted, "relay-url") == ("relay-url", 5, generation, "fd://41")
    relay.renewed = "fd://44"  # ffmpeg restarted by the relay
    assert next_of(posted, "relay-url") == ("relay-url", 5, generation, "fd://44")
    assert worker_relays.media_options("fd://44", (":network-caching=400",)) == (
        ":network-caching=400",
        ":file-caching=300",
    )
    stop = worker_relays.forget(5)
    assert not worker_relays.current(5, generation)
    stop()
    wait_until(lambda: "stop" in names(relay), 10, "the relay stopped")
    assert {thread for _, thread in relay.calls} == {"relays"}


def test_a_relay_is_stopped_only_when_its_player_is_released(relays):
    worker_relays, _ = relays
    worker_relays.start(6, SECRET_URL)
    wait_until(lambda: StandInRelay.made, 10, "the relay made")
    relay = StandInRelay.made[0]
    relay.release.set()
    stop = worker_relays.forget(6)
    wait_until(lambda: len(relay.calls) > 3, 10, "the relay polled")
    assert "stop" not in names(relay)  # the player may still read its pipe
    stop()
    wait_until(lambda: names(relay) == ["start", "stop"], 10, "the relay stopped")


def test_a_refused_url_fails_without_credentials(relays):
    worker_relays, posted = relays
    worker_relays.start(7, "rtsp://admin:s3cret@not-rtsp.example/ch1")
    failed = next_of(posted, "relay-state")
    assert failed[:4] == ("relay-state", 7, 1, "failed")
    assert "ValueError" in failed[4] and "s3cret" not in failed[4]


def test_closing_stops_every_relay(relays):
    worker_relays, _ = relays
    for slot in (1, 2):
        worker_relays.start(slot, SECRET_URL)
    for count in (1, 2):  # started one after the other
        wait_until(lambda n=count: len(StandInRelay.made) == n, 10, f"relay {count}")
        StandInRelay.made[-1].release.set()
    worker_relays.close()
    assert all(names(relay) == ["start", "stop"] for relay in StandInRelay.made)


def test_without_a_relay_module_the_slot_fails_with_a_reason(monkeypatch):
    monkeypatch.setitem(sys.modules, "ioc_console.core.video.relay", None)
    posted: queue.SimpleQueue[tuple] = queue.SimpleQueue()
    worker_relays = Relays(posted.put)
    worker_relays.start(8, SECRET_URL)
    assert posted.get(timeout=5) == ("relay-state", 8, 1, "failed", NO_RELAY)
    worker_relays.close()
