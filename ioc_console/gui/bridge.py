"""Core events to Qt, the one way: :func:`follow` turns a core :class:`Event` into a Qt signal
delivered on the GUI thread, for as long as the object that follows it lives.

An event emitted on another thread (the cache writer, the sync engine, a logging thread) is
queued to the GUI thread; one emitted on the GUI thread itself (the console's status, the map
layers as plugins come and go) is delivered at once, so that a view agrees with its model as
soon as the change returns (Qt's automatic connection).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ioc_console.core.events import Event

P = ParamSpec("P")


class Relay(QObject):
    """One core event followed by one slot; a child of the object that follows it."""

    fired = Signal(tuple, dict)
    """The event's arguments and keyword arguments, emitted from whatever thread emitted it."""

    def __init__(self, event: Event[P], slot: Callable[P, object], owner: QObject) -> None:
        super().__init__(owner)
        self._slot: Callable[..., object] = slot
        self.fired.connect(self._deliver, Qt.ConnectionType.AutoConnection)
        self._disconnect = disconnect = event.connect(self._forward)
        # the owner's death takes this child with it; a queued delivery still pending is dropped
        owner.destroyed.connect(lambda *_: disconnect())

    def _forward(self, *args: Any, **kwargs: Any) -> None:  # any thread
        try:
            self.fired.emit(args, kwargs)
        except RuntimeError:  # destroyed on the GUI thread while the event was being told
            self._disconnect()

    @Slot(tuple, dict)
    def _deliver(self, args: tuple, kwargs: dict) -> None:  # the GUI thread
        self._slot(*args, **kwargs)

    def close(self) -> None:
        """Stop following the event before the owner is destroyed. The relay itself stays,
        disconnected, until its owner goes: a deferred deletion of its own could meet the
        owner's deletion by the garbage collector in one pass of the event loop, and the
        event loop then delivered the deletion to a freed object (a segmentation fault)."""
        self._disconnect()


def follow(owner: QObject, event: Event[P], slot: Callable[P, object]) -> Relay:
    """Call ``slot`` on the GUI thread each time ``event`` is emitted (queued when it is emitted
    on another thread), until ``owner`` is destroyed or the returned relay is closed."""
    return Relay(event, slot, owner)
