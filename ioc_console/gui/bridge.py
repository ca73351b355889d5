"""Core events to Qt: callbacks from any thread become queued signals, and subscriptions end
when the widget that made them is destroyed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ioc_console.core.logbook import LogEntry, LogRing


def follow(
    owner: QObject,
    subscribe: Callable[[Callable], None],
    unsubscribe: Callable[[Callable], None],
    callback: Callable,
) -> None:
    """Subscribe ``callback`` to a core observable for as long as ``owner`` lives."""
    subscribe(callback)
    owner.destroyed.connect(lambda *_: unsubscribe(callback))


class LogBridge(QObject):
    entryLogged = Signal(object)
    """Emitted (queued to GUI receivers) with each new :class:`LogEntry`, from any thread."""

    def __init__(self, ring: LogRing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        follow(self, ring.subscribe, ring.unsubscribe, self._forward)
        self._ring = ring

    def _forward(self, entry: LogEntry) -> None:
        try:
            self.entryLogged.emit(entry)
        except RuntimeError:  # destroyed on the GUI thread while another thread logged
            self._ring.unsubscribe(self._forward)


class CacheBridge(QObject):
    changed = Signal(object)
    """Emitted (queued to GUI receivers) with each :class:`~ioc_console.core.store.changes.Change`
    the cache announces, from the writer thread. Panels follow the datasets they show with it."""

    def __init__(self, cache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        if cache is not None:
            follow(self, cache.subscribe, cache.unsubscribe, self._forward)

    def _forward(self, change) -> None:
        try:
            self.changed.emit(change)
        except RuntimeError:  # destroyed on the GUI thread while the writer announced
            self._cache.unsubscribe(self._forward)
