"""Core events reach Qt one way: ``gui.bridge.follow`` delivers them on the GUI thread (queued
from other threads), and the subscription ends with the object that follows."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread

from ioc_console.core.events import Event
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change
from ioc_console.gui.bridge import follow


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[tuple[str, int, bool]] = []

    def note(self, name: str, number: int) -> None:
        on_gui_thread = QThread.currentThread() is QCoreApplication.instance().thread()
        self.heard.append((name, number, on_gui_thread))


def _emit_from_a_thread(event: Event, *args: object) -> None:
    thread = threading.Thread(target=event.emit, args=args)
    thread.start()
    thread.join(10)
    assert not thread.is_alive()


def _destroy(obj: QObject) -> None:
    obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_an_event_from_a_worker_thread_reaches_the_slot_on_the_gui_thread(qtbot):
    event: Event[[str, int]] = Event("test")
    receiver = Receiver()
    follow(receiver, event, receiver.note)

    _emit_from_a_thread(event, "ping", 1)
    assert receiver.heard == []  # queued: nothing runs on the worker thread
    qtbot.waitUntil(lambda: receiver.heard == [("ping", 1, True)])

    event.emit("pong", 2)  # on the GUI thread: the view agrees as soon as the emit returns
    assert receiver.heard == [("ping", 1, True), ("pong", 2, True)]
    _destroy(receiver)


def test_the_subscription_ends_when_its_owner_is_destroyed(qtbot):
    event: Event[[str, int]] = Event("test")
    heard: list[tuple[str, int]] = []
    owner = QObject()
    follow(owner, event, lambda name, number: heard.append((name, number)))
    assert len(event) == 1

    _emit_from_a_thread(event, "pending", 1)  # posted, not yet delivered
    _destroy(owner)

    assert len(event) == 0
    _emit_from_a_thread(event, "after", 2)  # no error on the emitting thread
    witness = QObject()
    seen: list[int] = []
    follow(witness, event, lambda _name, number: seen.append(number))
    event.emit("witness", 3)
    qtbot.waitUntil(lambda: seen == [3])  # the queue was processed past the dead deliveries
    assert heard == []
    _destroy(witness)


def test_a_closed_relay_stops_delivering_before_its_owner_goes(qtbot):
    event: Event[[int]] = Event("test")
    heard: list[int] = []
    owner = QObject()
    relay = follow(owner, event, heard.append)
    event.emit(1)
    qtbot.waitUntil(lambda: heard == [1])

    relay.close()
    event.emit(2)
    QCoreApplication.processEvents()
    assert len(event) == 0 and heard == [1]
    _destroy(owner)


def test_cache_changes_from_the_writer_thread_arrive_on_the_gui_thread(qtbot, tmp_path):
    cache = Cache.open(tmp_path / "c.db")
    threads: list[bool] = []
    changes: list[Change] = []
    owner = QObject()

    def changed(change: Change) -> None:
        threads.append(QThread.currentThread() is QCoreApplication.instance().thread())
        changes.append(change)

    try:
        follow(owner, cache.changed, changed)
        item = {"id": "PA-1", "updated_at": "2026-11-29T14:03:00+07:00"}
        cache.apply_items("complaints", [item]).result()
        qtbot.waitUntil(lambda: any(c.dataset == "complaints" for c in changes))
        assert all(threads)
        _destroy(owner)
        assert len(cache.changed) == 0
    finally:
        cache.close()


def test_keyword_arguments_of_an_event_reach_the_slot(qtbot):
    from PySide6.QtCore import QObject

    from ioc_console.core.events import Event
    from ioc_console.gui.bridge import follow

    owner = QObject()
    event: Event[[str, int]] = Event("test.keywords")
    heard: list[tuple[str, int]] = []
    follow(owner, event, lambda part, count: heard.append((part, count)))
    event.emit("outbox", count=3)
    qtbot.waitUntil(lambda: heard == [("outbox", 3)])
