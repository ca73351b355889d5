"""Garbage holding Qt objects is collected on the GUI thread, never by another thread that
happens to allocate (which destroyed Qt objects under the GUI thread's feet: a crash)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject


class Holder(QObject):
    pass


def test_a_cycle_holding_a_qt_object_is_collected_on_the_gui_thread(console, qtbot):
    destroyed_in: list[int] = []
    holder = Holder()
    holder.cycle = holder  # only the cyclic collector can free it
    holder.destroyed.connect(lambda *_: destroyed_in.append(threading.get_ident()))
    del holder

    def allocate() -> None:  # what a sync or background thread does all day
        for _ in range(300):
            [{} for _ in range(1000)]

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: destroyed_in != [], timeout=10_000)
    assert destroyed_in == [threading.main_thread().ident]
