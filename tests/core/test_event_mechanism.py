"""The core's one listener mechanism: order, unsubscribe, one error policy, threads."""

from __future__ import annotations

import logging
import threading

from ioc_console.core.events import Event
from ioc_console.core.logbook import LogRing


def test_listeners_hear_each_emit_in_the_order_they_connected():
    event: Event[[str, int]] = Event("test")
    heard: list[tuple[str, str, int]] = []
    event.connect(lambda key, value: heard.append(("first", key, value)))
    event.connect(lambda key, value: heard.append(("second", key, value)))

    event.emit("volume", 3)

    assert heard == [("first", "volume", 3), ("second", "volume", 3)]


def test_a_failing_listener_is_logged_and_the_others_still_hear(caplog):
    event: Event[[int]] = Event("test.failing")
    heard: list[int] = []
    event.connect(heard.append)
    event.connect(lambda value: 1 / value)
    event.connect(lambda value: heard.append(value * 10))

    with caplog.at_level(logging.ERROR, logger="ioc_console.core.events"):
        event.emit(0)  # the emitter never sees the ZeroDivisionError

    assert heard == [0, 0]
    [record] = caplog.records
    assert "test.failing" in record.getMessage()
    assert record.exc_info and record.exc_info[0] is ZeroDivisionError


def test_disconnect_by_callback_or_by_the_handle_connect_returned():
    event: Event[[int]] = Event()
    by_callback: list[int] = []
    by_handle: list[int] = []

    class Panel:
        def note(self, value: int) -> None:
            by_callback.append(value)

    panel = Panel()
    event.connect(panel.note)
    stop = event.connect(by_handle.append)
    event.emit(1)

    event.disconnect(panel.note)  # a bound method made anew still matches
    stop()
    event.emit(2)
    event.disconnect(panel.note)  # not connected any more: nothing happens
    stop()

    assert by_callback == [1] and by_handle == [1]
    assert len(event) == 0


def test_a_listener_disconnecting_itself_during_an_emit_still_lets_the_others_hear():
    event: Event[[str]] = Event()
    heard: list[str] = []

    def once(value: str) -> None:
        heard.append("once " + value)
        event.disconnect(once)

    event.connect(once)
    event.connect(lambda value: heard.append("always " + value))
    event.emit("a")
    event.emit("b")

    assert heard == ["once a", "always a", "always b"]


def test_emitting_from_threads_while_others_connect_and_disconnect_loses_no_listener():
    event: Event[[int]] = Event()
    counts = [0]
    lock = threading.Lock()

    def steady(_value: int) -> None:
        with lock:
            counts[0] += 1

    event.connect(steady)
    start = threading.Barrier(6)
    emits_per_thread = 2000

    def emitter() -> None:
        start.wait()
        for value in range(emits_per_thread):
            event.emit(value)

    def churner() -> None:
        start.wait()
        for _ in range(2000):
            callbacks = [lambda _v: None for _ in range(3)]
            for callback in callbacks:
                event.connect(callback)
            for callback in callbacks:
                event.disconnect(callback)

    threads = [threading.Thread(target=emitter) for _ in range(3)]
    threads += [threading.Thread(target=churner) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert not any(thread.is_alive() for thread in threads)
    assert counts[0] == 3 * emits_per_thread  # the steady listener heard every emit
    assert len(event) == 1  # every temporary listener is gone, none lost or left


def test_a_log_listener_that_fails_is_logged_once_and_logging_goes_on():
    ring = LogRing()
    logger = logging.getLogger("ioc_console.test_events_ring")
    logger.addHandler(ring)
    core_logger = logging.getLogger("ioc_console.core.events")
    core_logger.addHandler(ring)
    calls: list[str] = []

    def broken(entry) -> None:
        calls.append(entry.message)
        raise RuntimeError("the view is gone")

    ring.logged.connect(broken)
    try:
        logger.warning("first")
        logger.warning("second")
    finally:
        logger.removeHandler(ring)
        core_logger.removeHandler(ring)

    assert calls == ["first", "second"]  # told once each, no recursion on its own failure
    messages = [entry.message for entry in ring.entries()]
    assert messages[0] == "first" and "second" in messages
    assert any("log.logged" in message for message in messages)  # the failure is in the log
