"""The worker's relays: started and stopped on relay threads, never blocking the worker's
loop, each stop after its start, states and new URLs posted for the right slot only.

The relay here is a stand-in with the interface of ``core.video.relay.RtspRelay`` (whose own
tests run ffmpeg against a real RTSP server); a start that takes its time is what matters."""

from __future__ import annotations

import queue
import sys
import threading
import types

import pytest

from ioc_console.video_worker.relays import Relays

SECRET_URL = "rtsp://admin:s3cret@10.1.2.3:554/ch1"


class StandInRelay:
    made: list[StandInRelay] = []

    def __init__(self, url, on_state=None) -> None:
        self.url, self.on_state = url, on_state
        self.release = threading.Event()
        self.calls: list[str] = []
        self.renewed: str | None = None
        StandInRelay.made.append(self)

    def start(self) -> str:
        self.calls.append("start")
        self.on_state("starting", f"connecting to {self.url}")
        assert self.release.wait(10)
        if "refused" in self.url:
            raise ConnectionError(f"{self.url} refused")
        self.on_state("running", "")
        return f"http://127.0.0.1:4000/{len(StandInRelay.made)}.ts"

    def poll(self) -> str | None:
        renewed, self.renewed = self.renewed, None
        return renewed

    def stop(self) -> None:
        self.calls.append("stop")


@pytest.fixture
def relays(monkeypatch):
    module = types.ModuleType("ioc_console.core.video.relay")
    module.RtspRelay = StandInRelay
    monkeypatch.setitem(sys.modules, "ioc_console.core.video.relay", module)
    StandInRelay.made.clear()
    posted: queue.SimpleQueue[tuple] = queue.SimpleQueue()
    yield Relays(posted.put), posted
    for relay in StandInRelay.made:
        relay.release.set()


def next_of(posted: queue.SimpleQueue, kind: str) -> tuple:
    while True:
        item = posted.get(timeout=10)
        if item[0] == kind:
            return item


def test_a_slow_start_does_not_block_and_its_url_and_states_are_posted(relays):
    worker_relays, posted = relays
    worker_relays.start(5, SECRET_URL)  # returns at once though the start waits
    relay = StandInRelay.made[0]
    state = next_of(posted, "relay-state")
    assert state[:4] == ("relay-state", 5, 1, "starting")
    assert "s3cret" not in state[4] and "***@10.1.2.3" in state[4]
    assert worker_relays.poll() == []  # not polled before its first URL
    relay.release.set()
    url = next_of(posted, "relay-url")
    assert url == ("relay-url", 5, 1, "http://127.0.0.1:4000/1.ts")
    assert worker_relays.started(5, 1)
    relay.renewed = "http://127.0.0.1:4001/1.ts"
    assert worker_relays.poll() == [(5, "http://127.0.0.1:4001/1.ts")]
    worker_relays.stop(5)
    worker_relays.close()
    assert relay.calls == ["start", "stop"]


def test_a_relay_stopped_while_starting_is_stopped_after_its_start(relays):
    worker_relays, _ = relays
    worker_relays.start(6, SECRET_URL)
    relay = StandInRelay.made[0]
    worker_relays.stop(6)
    assert "stop" not in relay.calls  # not while it is starting
    assert not worker_relays.current(6, 1)
    relay.release.set()
    worker_relays.close()
    assert relay.calls == ["start", "stop"]


def test_a_failed_start_is_posted_without_credentials(relays):
    worker_relays, posted = relays
    worker_relays.start(7, "rtsp://admin:s3cret@refused.example/ch1")
    StandInRelay.made[0].release.set()
    failed = next_of(posted, "relay-state")
    while failed[3] != "failed":
        failed = next_of(posted, "relay-state")
    assert failed[:4] == ("relay-state", 7, 1, "failed")
    assert "ConnectionError" in failed[4] and "s3cret" not in failed[4]


def test_without_a_relay_module_the_slot_fails_with_a_reason(monkeypatch):
    monkeypatch.setitem(sys.modules, "ioc_console.core.video.relay", None)
    posted: queue.SimpleQueue[tuple] = queue.SimpleQueue()
    Relays(posted.put).start(8, SECRET_URL)
    assert posted.get(timeout=1) == ("relay-state", 8, 1, "failed", "this build has no RTSP relay")
