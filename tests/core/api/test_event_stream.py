"""EventStream against real SSE servers on loopback that cut, stall, reset and recover."""

from __future__ import annotations

import json
import random
import threading
import time

import pytest
from api_loopback import send
from waiting import wait_until

from ioc_console.core.api.events import EventStream


def change(n: int) -> bytes:
    data = {
        "dataset": "alerts",
        "op": "upsert",
        "id": f"AL-{n:06d}",
        "item": {
            "id": f"AL-{n:06d}",
            "updated_at": "2026-11-29T14:03:00+07:00",
            "deleted": False,
            "title": "Ùn tắc giao thông",
        },
    }
    return f"id: {n}\nevent: change\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


class EventSource:
    """``/api/v1/events`` serving events 1..n after the client's Last-Event-ID.

    ``cut`` (a Random) ends each connection after a few events, sometimes in the middle of one;
    without it the stream stays open with heartbeats (or silent, with ``silent=True``).
    """

    def __init__(
        self,
        server,
        n: int,
        *,
        cut: random.Random | None = None,
        heartbeat: str = "0.2",
        silent: bool = False,
        reset_below: int = 0,
    ) -> None:
        self.server, self.n, self.cut = server, n, cut
        self.heartbeat, self.silent, self.reset_below = heartbeat, silent, reset_below
        self.resumed_from: list[str | None] = []
        self.available = n
        server.route("GET", "/api/v1/events", self.handle)

    def handle(self, h) -> None:
        last = h.headers.get("Last-Event-ID")
        self.resumed_from.append(last)
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream; charset=utf-8")
        h.send_header("Cache-Control", "no-cache")
        h.send_header("IOC-Heartbeat", self.heartbeat)
        h.end_headers()
        h.wfile.write(b"retry: 10\n\n")
        start = int(last or 0)
        if self.reset_below and start < self.reset_below:
            h.wfile.write(b"event: reset\ndata: {}\n\n")
            start = self.reset_below
        pending = list(range(start + 1, self.available + 1))
        if self.cut is not None:
            take = self.cut.randint(0, 4)
            for n in pending[:take]:
                h.wfile.write(change(n))
            if len(pending) > take and self.cut.random() < 0.5:
                whole = change(pending[take])
                h.wfile.write(whole[: self.cut.randint(1, len(whole) - 1)])  # cut mid-event
            h.wfile.flush()
            return
        for n in pending:
            h.wfile.write(change(n))
        h.wfile.flush()
        sent = self.available
        while not self.server.closing.wait(0.05):
            if self.silent:
                continue
            for n in range(sent + 1, self.available + 1):
                h.wfile.write(change(n))
            sent = self.available
            h.wfile.write(b": heartbeat\n\n")
            h.wfile.flush()


class Recorder:
    def __init__(self, fail_once_at: int | None = None) -> None:
        self.applied: list[str] = []
        self.resets = 0
        self.states: list[tuple[str, str]] = []
        self.fail_once_at = fail_once_at
        self.failed = False

    def on_event(self, event_id, data) -> None:
        assert data["dataset"] == "alerts" and data["item"]["title"] == "Ùn tắc giao thông"
        if event_id == str(self.fail_once_at) and not self.failed:
            self.failed = True
            raise RuntimeError("the cache could not take it")
        self.applied.append(event_id)

    def on_reset(self) -> None:
        self.resets += 1

    def on_state(self, state, detail) -> None:
        self.states.append((state, detail))

    def names(self) -> list[str]:
        return [s for s, _ in self.states]


@pytest.fixture
def streams():
    started: list[EventStream] = []

    def make(client, recorder, last_event_id=None, **kw) -> EventStream:
        kw.setdefault("backoff_initial", 0.01)
        kw.setdefault("backoff_max", 0.05)
        stream = EventStream(
            client, last_event_id, recorder.on_event, recorder.on_reset, recorder.on_state, **kw
        )
        started.append(stream)
        stream.start()
        return stream

    yield make
    for stream in started:
        stream.stop()


def test_a_stream_cut_again_and_again_loses_and_repeats_nothing(server, make_client, streams):
    source = EventSource(server, 40, cut=random.Random(7))
    recorder = Recorder(fail_once_at=13)
    stream = streams(make_client(server.url), recorder, poll_after=1000)
    wait_until(lambda: stream.last_event_id == "40")
    assert recorder.applied == [str(n) for n in range(1, 41)]
    assert recorder.failed  # event 13 failed once, came again, and was applied once
    assert len(source.resumed_from) > 10
    assert source.resumed_from[0] is None
    resumed = [int(x) for x in source.resumed_from[1:]]
    assert resumed == sorted(resumed)  # the resume point only moves forward


def test_resume_from_the_callers_last_event_id(server, make_client, streams):
    source = EventSource(server, 5)
    recorder = Recorder()
    stream = streams(make_client(server.url), recorder, last_event_id="3")
    wait_until(lambda: stream.last_event_id == "5")
    assert recorder.applied == ["4", "5"]
    assert source.resumed_from == ["3"]
    source.available = 7  # events that happen while live
    wait_until(lambda: stream.last_event_id == "7")
    assert recorder.applied == ["4", "5", "6", "7"]
    assert "dead" not in recorder.names()  # heartbeats keep the stream alive


def test_a_silent_stream_is_declared_dead_and_reconnected(server, make_client, streams):
    source = EventSource(server, 1, heartbeat="0.1", silent=True)
    recorder = Recorder()
    started = time.monotonic()
    stream = streams(make_client(server.url), recorder)
    wait_until(lambda: len(source.resumed_from) >= 2)
    assert time.monotonic() - started < 2.0  # silent for 0.25 s (heartbeat × 2.5) is dead
    wait_until(lambda: recorder.names().count("live") >= 2)
    names = recorder.names()
    dead = names.index("dead")
    assert names[:2] == ["connecting", "live"]
    assert names[dead : dead + 4] == ["dead", "polling", "reconnecting", "connecting"]
    assert "silent for more than 0.25 s" in recorder.states[dead][1]
    assert source.resumed_from[:2] == [None, "1"]
    assert recorder.applied == ["1"]
    assert stream.state == "live"


def test_reset_asks_for_a_resync(server, make_client, streams):
    EventSource(server, 12, reset_below=10)
    recorder = Recorder()
    stream = streams(make_client(server.url), recorder, last_event_id="2")
    wait_until(lambda: stream.last_event_id == "12")
    assert recorder.resets == 1
    assert recorder.applied == ["11", "12"]


def test_a_malformed_event_resyncs_instead_of_losing_data(server, make_client, streams):
    def events(h):
        body = (
            b"retry: 10\n\nid: 1\nevent: change\ndata: {not json\n\n"
            + change(2)
            + b"id: 3\nevent: change\ndata: [1, 2]\n\n"
        )
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.end_headers()
        h.wfile.write(body)
        h.wfile.flush()
        server.closing.wait(5)

    server.route("GET", "/api/v1/events", events)
    recorder = Recorder()
    stream = streams(make_client(server.url), recorder)
    wait_until(lambda: stream.last_event_id == "3")
    assert recorder.applied == ["2"]
    assert recorder.resets == 2


def test_failed_attempts_lead_to_polling_then_live_again(server, make_client, streams):
    healthy = threading.Event()
    source_holder = []

    def events(h):
        if healthy.is_set():
            source_holder[0].handle(h)
        else:
            send(h, 502, b"")

    server.route("GET", "/api/v1/events", events)
    source_holder.append(EventSource(server, 2))
    server.route("GET", "/api/v1/events", events)  # EventSource registered itself: undo
    recorder = Recorder()
    stream = streams(make_client(server.url, retries=0), recorder, poll_after=3)
    wait_until(lambda: "polling" in recorder.names())
    names = recorder.names()
    assert names.count("reconnecting") >= 3 and "live" not in names
    assert "502" in recorder.states[names.index("reconnecting")][1]
    healthy.set()
    wait_until(lambda: stream.last_event_id == "2")
    assert recorder.names()[-1] == "live"


def test_stop_ends_the_thread_promptly(server, make_client, streams):
    EventSource(server, 1, heartbeat="30")
    recorder = Recorder()
    stream = streams(make_client(server.url), recorder)
    wait_until(lambda: stream.last_event_id == "1")
    started = time.monotonic()
    stream.stop()
    assert time.monotonic() - started < 1.0
    assert not stream.is_running()
    assert recorder.names()[-1] == "stopped"


def test_stop_during_a_backoff_wait(make_client, streams):
    from api_loopback import free_port

    recorder = Recorder()
    client = make_client(f"http://127.0.0.1:{free_port()}", retries=0)
    stream = streams(client, recorder, backoff_initial=30.0, backoff_max=30.0)
    wait_until(lambda: "reconnecting" in recorder.names())
    started = time.monotonic()
    stream.stop()
    assert time.monotonic() - started < 1.0
    assert not stream.is_running()
