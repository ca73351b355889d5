"""Python's cyclic garbage collection runs on the GUI thread only.

By default a collection runs in whichever thread happens to allocate: the sync engine's, a
background task's. When it frees a cycle holding a Qt object, the object is destroyed in that
thread while the GUI thread may be delivering an event to it, and the console crashes (a
segmentation fault in ``QObject::event``). pyqtgraph's ``GarbageCollector`` turns automatic
collection off and collects on a GUI-thread timer instead, with the same thresholds.
"""

from __future__ import annotations

from typing import Any

INTERVAL_S = 1.0
_collector: Any = None  # the application's one collector (its timer lives on the GUI thread)


def collect_on_gui_thread() -> None:
    """From now on, collect garbage on the GUI thread only (once per process; call it on the
    GUI thread, with the QApplication created)."""
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector = GarbageCollector(interval=INTERVAL_S)
