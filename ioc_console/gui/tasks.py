"""The one way off the GUI thread and back.

``run_in_background(fn, on_success=..., on_failure=...)`` runs ``fn`` on Qt's thread pool and
calls the callbacks on the GUI thread with its result or its exception, unless its ``owner``
was deleted meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ioc_console.core.responsiveness import activity

log = logging.getLogger(__name__)
_pending: set[_Relay] = set()


class _Relay(QObject):
    finished = Signal(object, object)
    """Emitted from the worker with (result, exception); delivered on the GUI thread."""


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:
            result, error = None, exc
        try:
            self.relay.finished.emit(result, error)
        except RuntimeError:  # the application was torn down while the task ran: nobody waits
            log.debug("a background task ended after the console closed")


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], object] | None = None,
    on_failure: Callable[[Exception], object] | None = None,
    owner: QObject | None = None,
) -> None:
    """Run ``fn()`` on the pool; call back on the GUI thread. Call from the GUI thread.
    With an ``owner``, the callbacks are dropped when it was deleted meanwhile (a panel closed
    while its figures were computed)."""
    relay = _Relay()
    _pending.add(relay)
    pool = QThreadPool.globalInstance()
    # the pool's threads are kept: each keeps its cache connection (Cache.conn), which a thread
    # ended after 30 s idle and started anew would leave behind, one per quiet minute
    pool.setExpiryTimeout(-1)

    def finished(result: Any, error: Exception | None) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        callback = on_success if error is None else on_failure
        if owner is not None and not shiboken6.isValid(owner):
            log.debug("background task %s ended after its owner was deleted", _name(fn))
            return
        with activity.running(f"background task result: {_name(callback or fn)}"):
            if error is None:
                if on_success is not None:
                    on_success(result)
            elif on_failure is not None:
                on_failure(error)
            else:
                log.error("background task failed: %s", error, exc_info=error)

    relay.finished.connect(finished)
    pool.start(_Job(fn, relay))


def _name(fn: Callable[..., Any]) -> str:
    """A callable's qualified name, for the responsiveness meter's log lines."""
    return getattr(fn, "__qualname__", None) or repr(fn)
