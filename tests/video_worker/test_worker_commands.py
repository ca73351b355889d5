"""A worker answers the console's commands over its pipes: Hello first, refusals of what is
not a command it can carry out (a warning in the console's log, and on), Quit and the end of
its stdin end it."""

from __future__ import annotations

from ioc_console.core.video.protocol import (
    MAX_LINE,
    VERSION,
    Event,
    Hello,
    Log,
    Play,
    Quit,
    Ready,
    Stats,
    Stop,
    encode,
)

EXIT_S = 10


def warnings(worker) -> list[str]:
    return [r.text for r in worker.of_type(Log) if r.level == "warning"]


def test_hello_is_answered_by_ready_then_a_heartbeat(start_worker):
    worker = start_worker()
    ready = worker.hello()
    assert ready.version == VERSION and ready.pid == worker.pid and not ready.error
    assert ready.libvlc.startswith("3.")
    first = worker.wait_for(lambda r: isinstance(r, Stats), 5, "a heartbeat")
    assert first.slots == {} and first.rss_kb > 0
    count = len(worker.of_type(Stats))
    worker.wait_for(lambda r: isinstance(r, Stats), 5, "the next heartbeat", len(worker.reports))
    assert len(worker.of_type(Stats)) > count
    worker.send(Quit())
    assert worker.process.wait(EXIT_S) == 0


def test_malformed_lines_are_refused_with_a_warning_and_the_worker_carries_on(start_worker):
    worker = start_worker()
    worker.send(encode(Play(1, "http://127.0.0.1:9/x.ts", 5)))  # before Hello
    worker.hello()
    for line in (
        b"not json\n",
        b"[1, 2]\n",
        b'{"type": "launch"}\n',
        b'{"type": "play", "slot": 0, "url": "http://x/", "window": 5}\n',
        b'{"type": "play", "slot": "one", "url": "http://x/", "window": 5}\n',
        b'{"type": "stop"}\n',
        b"\xff\xfe\n",
        b'{"type": "stop", "slot": 1, "' + b"x" * (MAX_LINE + 10) + b'": 1}\n',
        encode(Ready(VERSION, 1)),  # a report is no command
    ):
        worker.send(line)
    worker.send(Stop(42))  # a slot it never had: nothing to do, no harm
    worker.wait_for(lambda r: len(warnings(worker)) >= 10, 10, "ten warnings")
    texts = warnings(worker)
    assert "play before hello" in texts[0]
    assert any("not a JSON line" in t for t in texts)
    assert any("unknown message type 'launch'" in t for t in texts)
    assert any("slot must be positive" in t for t in texts)
    assert any("slot must be an integer" in t for t in texts)
    assert any("bytes (at most" in t for t in texts)
    assert any("ready is not a command" in t for t in texts)
    since = len(worker.reports)
    worker.wait_for(lambda r: isinstance(r, Stats), 5, "the heartbeat goes on", since)
    assert worker.process.poll() is None and not worker.garbage


def test_a_console_speaking_another_version_gets_an_error_and_the_worker_exits(start_worker):
    worker = start_worker()
    worker.send(Hello(version=VERSION + 1))
    ready = worker.wait_for(lambda r: isinstance(r, Ready), 20, "Ready")
    assert f"version {VERSION}, not {VERSION + 1}" in ready.error
    assert worker.process.wait(EXIT_S) == 2


def test_the_end_of_stdin_ends_a_playing_worker(start_worker, sub_url, surface):
    worker = start_worker()
    worker.hello()
    worker.send(Play(1, sub_url("cam-07"), surface()))
    worker.wait_for(lambda r: r == Event(1, "playing"), 30, "the playing event")
    worker.close_stdin()  # as when the console dies
    assert worker.process.wait(EXIT_S) == 0


def test_a_worker_without_libvlc_says_so_in_ready_and_exits(start_worker):
    worker = start_worker(env={"PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so"})
    ready = worker.hello()
    assert ready.error == "the libVLC library cannot be loaded from /nonexistent/libvlc.so"
    assert ready.libvlc == ""
    assert worker.process.wait(EXIT_S) == 1
