"""The protocol's lines: every message survives a round trip, and what is not a message of
this protocol is refused with a reason (a ``ProtocolError``, never another exception)."""

from __future__ import annotations

import json

import pytest

from ioc_console.core.video.protocol import (
    MAX_LINE,
    Crop,
    Event,
    FrameStats,
    Hello,
    Log,
    Play,
    ProtocolError,
    Quit,
    Ready,
    RelayState,
    Snapshot,
    SnapshotDone,
    Stats,
    Stop,
    decode,
    encode,
)

MESSAGES = [
    Hello(),
    Play(3, "http://127.0.0.1:8080/streams/cam-01/sub.ts", 0x1C00007, (":no-audio",), False, "Cầu"),
    Play(4, "rtsp://user:pw@10.0.0.5/ch1", 12, relay=True),
    Stop(3),
    Crop(3, "240x135+120+60"),
    Crop(3),
    Snapshot(3, "/tmp/ảnh cam.png", 17),
    Quit(),
    Ready(1, 4242, "3.0.24 Vetinari"),
    Ready(1, 4242, "", "libVLC: OSError"),
    Event(3, "playing"),
    Event(3, "error", "no access module"),
    Stats(71300, {3: FrameStats(250, 248, 480, 270), 4: FrameStats()}),
    Stats(0),
    SnapshotDone(17, True),
    SnapshotDone(18, False, "no player in slot 9"),
    RelayState(4, "restarting", "ffmpeg exited with 1"),
    Log("warning", "command refused: not a JSON line"),
]


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: type(m).__name__)
def test_every_message_survives_a_round_trip_as_one_line(message):
    line = encode(message)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode(line) == message


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"hello\n", "not a JSON line"),
        (b"\xff\n", "not a JSON line"),
        (b"[]\n", "not a JSON object"),
        (b'{"slot": 1}\n', "unknown message type None"),
        (b'{"type": "reboot"}\n', "unknown message type 'reboot'"),
        (b'{"type": "stop", "slot": 1, "force": true}\n', "unknown fields ['force']"),
        (b'{"type": "stop"}\n', "slot is missing"),
        (b'{"type": "stop", "slot": true}\n', "slot must be an integer"),
        (b'{"type": "stop", "slot": -2}\n', "slot must be positive"),
        (b'{"type": "play", "slot": 1, "url": "", "window": 5}\n', "needs a URL and a window"),
        (b'{"type": "play", "slot": 1, "url": "x", "window": 5, "options": [1]}\n', "list of"),
        (b'{"type": "event", "slot": 1, "name": "exploded"}\n', "unknown event"),
        (b'{"type": "relay", "slot": 1, "state": "dancing"}\n', "unknown state"),
        (b'{"type": "log", "level": "shout", "text": "x"}\n', "unknown level"),
        (b'{"type": "stats", "rss_kb": -1}\n', "non-negative"),
        (b'{"type": "stats", "rss_kb": 1, "slots": {"a": [1, 2, 3, 4]}}\n', "each slot"),
        (b'{"type": "stats", "rss_kb": 1, "slots": {"1": [1, 2, 3]}}\n', "each slot"),
        (b'{"type": "stats", "rss_kb": 1, "slots": {"1": [1, 2, 3, -4]}}\n', "non-negative"),
        (b'{"type": "stats", "rss_kb": 1, "cpu": 3}\n', "unknown fields"),
    ],
)
def test_what_is_not_a_message_is_refused_with_a_reason(line, reason):
    with pytest.raises(ProtocolError) as refused:
        decode(line)
    assert reason in str(refused.value)


def test_lines_longer_than_the_limit_are_refused_both_ways():
    long_line = json.dumps({"type": "log", "level": "info", "text": "x" * MAX_LINE}).encode()
    with pytest.raises(ProtocolError, match="at most"):
        decode(long_line)
    with pytest.raises(ProtocolError, match="at most"):
        encode(Log("info", "x" * MAX_LINE))
