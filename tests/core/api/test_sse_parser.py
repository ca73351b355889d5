"""The SSE wire-format parser, byte by byte."""

from __future__ import annotations

import pytest

from ioc_console.core.api.sse import SseEvent, SseParser, SseTooLargeError

STREAM = (
    b"\xef\xbb\xbfretry: 3000\n\n"
    b": heartbeat\n\n"
    b'id: 1\r\nevent: change\r\ndata: {"a":\r\ndata:  1}\r\n\r\n'
    b"id: 2\revent: reset\rdata: {}\r\r"
    b"data: no id of its own\n\n"
    b"id: 3\nevent: change\ndata: half"
)


def parse(chunks) -> tuple[SseParser, list[SseEvent]]:
    parser = SseParser()
    events = []
    for chunk in chunks:
        events += parser.feed(chunk)
    return parser, events


EXPECTED = [
    SseEvent("1", "change", '{"a":\n 1}'),
    SseEvent("2", "reset", "{}"),
    SseEvent("2", "message", "no id of its own"),
]


@pytest.mark.parametrize("size", [1, 2, 3, 7, len(STREAM)])
def test_events_whatever_the_chunking(size):
    parser, events = parse(STREAM[i : i + size] for i in range(0, len(STREAM), size))
    assert events == EXPECTED
    assert parser.retry_ms == 3000


def test_an_event_cut_off_is_never_dispatched():
    parser, events = parse([b'id: 7\nevent: change\ndata: {"x": 1}\n'])
    assert events == []
    assert parser.last_id is None


def test_an_id_without_data_moves_the_last_id():
    parser, events = parse([b"id: 9\n\n"])
    assert events == [] and parser.last_id == "9"


def test_an_endless_line_is_refused():
    parser = SseParser(max_event_bytes=1000)
    with pytest.raises(SseTooLargeError):
        for _ in range(20):
            parser.feed(b"data: " + b"x" * 100)
