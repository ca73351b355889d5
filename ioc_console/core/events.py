"""The core's one way to tell others that something happened.

An object that has news declares an :class:`Event` per kind of news and emits it; whoever wants
to hear it connects a callback and disconnects it (or calls the handle ``connect`` returned) when
done. Callbacks run on the thread that emits, in the order they were connected. One policy for
failures: a callback that raises is logged with its traceback and the others still run; the
emitter never sees the error.

The Qt layer adapts events to queued signals with :func:`ioc_console.gui.bridge.follow`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, ParamSpec

log = logging.getLogger(__name__)

P = ParamSpec("P")


class Event(Generic[P]):
    """Callbacks with the signature ``P``, e.g. ``Event[[Change]]`` or ``Event[[str, Any]]``.

    Thread-safe: connecting and disconnecting replace an immutable snapshot under a lock, and
    :meth:`emit` calls the snapshot it read, so a callback connected or disconnected while an
    emit runs takes effect from the next emit.
    """

    def __init__(self, name: str = "") -> None:
        self.name = name
        self._callbacks: tuple[Callable[P, object], ...] = ()
        self._lock = threading.Lock()

    def connect(self, callback: Callable[P, object]) -> Callable[[], None]:
        """Call ``callback`` on each :meth:`emit`; returns a function that disconnects it.

        A callback connected twice is called twice (and needs two disconnects)."""
        with self._lock:
            self._callbacks = (*self._callbacks, callback)
        return lambda: self.disconnect(callback)

    def disconnect(self, callback: Callable[P, object]) -> None:
        """Stop calling ``callback`` (its latest connection); nothing if it is not connected."""
        with self._lock:
            callbacks = list(self._callbacks)
            for index in range(len(callbacks) - 1, -1, -1):
                if callbacks[index] == callback:  # == : bound methods are made anew each time
                    del callbacks[index]
                    self._callbacks = tuple(callbacks)
                    return

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """Call every connected callback with these arguments, on this thread."""
        for callback in self._callbacks:
            try:
                callback(*args, **kwargs)
            except Exception:
                log.exception("a listener of %s failed: %r", self.name or "an event", callback)

    def __len__(self) -> int:
        """How many callbacks are connected."""
        return len(self._callbacks)

    def __repr__(self) -> str:
        return f"<Event {self.name or '?'} with {len(self._callbacks)} listener(s)>"
