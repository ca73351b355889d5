"""The event stream: increasing ids, resume without gap or duplicate, reset, heartbeats, ward
filter, and a stream cut when the backend stops."""

from __future__ import annotations

import json
import time

import pytest
import requests
from demo_world import alert_item, session_for


class Stream:
    """A raw Server-Sent Events reader over a streaming requests response."""

    def __init__(self, session, url, **kwargs):
        self.response = session.get(url, stream=True, timeout=(5, 5), **kwargs)
        assert self.response.status_code == 200, self.response.text
        self._lines = self.response.iter_lines(chunk_size=None, decode_unicode=True)

    def next_block(self) -> dict:
        """The next event or comment block: {"id", "event", "data", "comment", "retry"}."""
        block: dict = {}
        for line in self._lines:
            if line == "":
                if block:
                    return block
                continue
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            block[field or "comment"] = value
        raise EOFError

    def changes(self, n: int) -> list[dict]:
        found = []
        while len(found) < n:
            block = self.next_block()
            if block.get("event") == "change":
                found.append({**json.loads(block["data"]), "event_id": int(block["id"])})
        return found

    def close(self):
        self.response.close()


@pytest.fixture
def stream(backend, api):
    opened = []

    def open_stream(username="operator", **kwargs):
        opened.append(Stream(api(username), f"{backend.url}/api/v1/events", **kwargs))
        return opened[-1]

    yield open_stream
    for each in opened:
        each.close()


def test_events_arrive_with_increasing_ids(backend, stream):
    events = stream()
    assert events.response.headers["Content-Type"].startswith("text/event-stream")
    assert events.response.headers["IOC-Heartbeat"] == "0.5"
    assert events.next_block() == {"retry": "3000"}
    backend.emit_event()
    backend.touch("cameras", 1)
    backend.store.delete("tasks", "task-1")
    got = events.changes(3)
    ids = [e["event_id"] for e in got]
    assert ids == sorted(set(ids)) and ids[-1] == backend.store.last_event_id
    assert got[0]["dataset"] == "alerts" and got[0]["op"] == "upsert"
    assert got[0]["item"]["id"] == got[0]["id"] and got[0]["item"]["type"] == "ai_detection"
    assert got[1]["item"]["streams"]["main"].startswith(backend.url)
    assert got[2] == {"dataset": "tasks", "op": "delete", "id": "task-1", "item": None,
                      "event_id": ids[2]}


def test_resume_by_last_event_id_has_no_gap_and_no_duplicate(backend, stream):
    first = stream()
    first.next_block()
    backend.touch("alerts", 3)
    seen = first.changes(2)  # the client handled two of three, then lost the link
    first.close()
    backend.touch("complaints", 4)
    expected = list(range(seen[-1]["event_id"] + 1, backend.store.last_event_id + 1))
    for how in ({"headers": {"Last-Event-ID": str(seen[-1]["event_id"])}},
                {"params": {"last_event_id": str(seen[-1]["event_id"])}}):
        resumed = stream(**how)
        assert resumed.next_block() == {"retry": "3000"}
        assert [e["event_id"] for e in resumed.changes(len(expected))] == expected
        resumed.close()


def test_reset_when_the_last_event_id_is_too_old(backend, stream):
    for _ in range(10_020 // 12 + 1):
        backend.touch("alerts", 12)
    last = backend.store.last_event_id
    assert last > 10_000
    old = stream(headers={"Last-Event-ID": "3"})
    old.next_block()
    reset = old.next_block()
    assert reset == {"id": str(last), "event": "reset", "data": "{}"}
    backend.touch("kpis", 1)
    assert old.changes(1)[0]["event_id"] == last + 1
    # an id this server never gave is unknown too
    future = stream(headers={"Last-Event-ID": str(last + 1000)})
    future.next_block()
    assert future.next_block()["event"] == "reset"


def test_heartbeats_when_nothing_happens(backend, stream):
    events = stream()
    events.next_block()
    started = time.monotonic()
    assert events.next_block() == {"comment": "heartbeat"}
    assert events.next_block() == {"comment": "heartbeat"}
    assert time.monotonic() - started < 3


def test_ward_clerk_stream_carries_only_its_ward(backend, stream):
    events = stream("clerk.mytra")
    events.next_block()
    backend.touch("alerts", 12)
    got = events.changes(4)
    assert {e["item"]["ward"] for e in got} == {"29888"}
    backend.touch("alerts", 12)
    # the first event of the next round is again one of this ward
    assert events.changes(1)[0]["item"]["ward"] == "29888"


def test_stop_cuts_an_open_stream_and_start_serves_again(backend, stream, api):
    events = stream()
    events.next_block()
    port = backend.port
    started = time.monotonic()
    backend.stop()
    with pytest.raises((EOFError, requests.exceptions.RequestException)):
        while True:
            events.next_block()
    assert time.monotonic() - started < 3
    assert backend.start() == f"http://127.0.0.1:{port}"
    again = stream()
    assert again.next_block() == {"retry": "3000"}
    backend.touch("alerts", 1)
    assert again.changes(1)[0]["dataset"] == "alerts"


def test_actions_reach_the_stream(backend, stream, api):
    events = stream()
    events.next_block()
    api().post(f"{backend.url}/api/v1/alerts/AL-000009/actions", json={"action": "acknowledge"},
               headers={"Idempotency-Key": "ev-1"}, timeout=5)
    change = events.changes(1)[0]
    assert change["event_id"] == backend.store.last_event_id
    assert change["item"]["state"] == "acknowledged"


def test_an_id_of_another_instance_gets_a_reset_not_a_gap(make_backend):
    earlier = make_backend()
    earlier.start()
    earlier.touch("alerts", 3)
    handed_out = earlier.store.last_event_id
    port = earlier.port
    earlier.stop()
    later = make_backend()  # a new backend process on the same port
    assert later.start(port) == f"http://127.0.0.1:{port}"
    assert later.store.last_event_id > handed_out
    session = session_for(later)
    try:
        # before the new instance changed anything, and after
        for _ in range(2):
            resumed = Stream(session, f"{later.url}/api/v1/events",
                             headers={"Last-Event-ID": str(handed_out)})
            assert resumed.next_block() == {"retry": "3000"}
            reset = resumed.next_block()
            assert reset["event"] == "reset" and reset["id"] == str(later.store.last_event_id)
            resumed.close()
            later.touch("alerts", 5)
    finally:
        session.close()


def test_city_wide_items_reach_ward_scoped_streams(backend, stream):
    events = stream("clerk.caolanh")
    events.next_block()
    flood = {**alert_item(90, None, 0), "type": "cap_warning", "title": "Cảnh báo lũ"}
    backend.store.put("alerts", flood)
    kpi = backend.store.get("kpis", "complaints.satisfaction")  # ward null: the whole city
    backend.store.put("kpis", {**kpi, "value": 80.0})
    backend.touch("alerts", 12)
    got = events.changes(3)
    assert [(e["dataset"], e["id"]) for e in got[:2]] == [
        ("alerts", "AL-000090"), ("kpis", "complaints.satisfaction")]
    assert {e["item"]["ward"] for e in got[2:]} == {"29869"}
