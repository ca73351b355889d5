"""The one way off the GUI thread and back.

``run_in_background(fn, on_success=..., on_failure=...)`` runs ``fn`` on Qt's thread pool and
calls the callbacks on the GUI thread with its result or its exception, unless its ``owner``
was deleted meanwhile.

A worker thread never holds the last reference to anything of a task: the function, its
result and its exception stay in the task's entry, which the GUI thread alone removes. Were a
worker to drop the last reference to a Qt object (a widget a function's closure holds, a relay
object of the task's own), Python would destroy it on that thread while the GUI thread may be
delivering an event to it: a segmentation fault in ``QObject::event``.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ioc_console.core.responsiveness import activity

log = logging.getLogger(__name__)


@dataclass
class _Task:
    fn: Callable[[], Any]
    on_success: Callable[[Any], object] | None
    on_failure: Callable[[Exception], object] | None
    owner: QObject | None
    result: Any = None
    error: Exception | None = None


_tasks: dict[int, _Task] = {}  # added and removed on the GUI thread only
_lock = threading.Lock()  # a worker reads its entry while the GUI thread adds others
_ids = itertools.count(1)


class _Dispatcher(QObject):
    """Lives on the GUI thread; a worker emits a finished task's number to it."""

    finished = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)  # queued: the emitter is a worker thread

    @Slot(int)
    def _deliver(self, task_id: int) -> None:
        _finished(task_id)


_dispatcher: _Dispatcher | None = None


def _execute(task_id: int) -> None:  # a worker thread
    with _lock:
        task = _tasks[task_id]
    try:
        task.result = task.fn()
    except Exception as exc:
        task.error = exc
    except BaseException as exc:  # SystemExit and the like: still a failure, still told
        task.error = RuntimeError(f"the task ended with {exc!r}")
    del task  # the traceback keeps this frame: it must not lead back to the task (a cycle)


class _Job(QRunnable):
    def __init__(self, task_id: int, dispatcher: _Dispatcher) -> None:
        super().__init__()
        self.task_id = task_id
        self.dispatcher = dispatcher

    def run(self) -> None:
        try:
            _execute(self.task_id)  # every reference it took is dropped when it returns
        finally:
            try:
                self.dispatcher.finished.emit(self.task_id)
            except RuntimeError:  # the application was torn down while it ran: nobody waits
                log.debug("a background task ended after the console closed")


def _finished(task_id: int) -> None:  # the GUI thread
    with _lock:
        task = _tasks.pop(task_id)
    if task.owner is not None and not shiboken6.isValid(task.owner):
        log.debug("background task %s ended after its owner was deleted", _name(task.fn))
        return
    call: Callable[[Any], object] | None
    if task.error is None:
        call, arg = task.on_success, task.result
    elif task.on_failure is not None:
        call, arg = task.on_failure, task.error
    else:
        log.error("background task failed: %s", task.error, exc_info=task.error)
        return
    name = _name(call or task.fn)
    del task
    if call is None:
        return
    with activity.running(f"background task result: {name}"):
        try:
            call(arg)
        except Exception as exc:
            # reported as any uncaught error is (the hook logs it at once), then its traceback
            # is let go: its frames would keep what the task held alive (Python keeps the last
            # error), to be released later, perhaps on another thread
            del call, arg
            sys.excepthook(type(exc), exc, exc.__traceback__)
            exc.__traceback__ = None


def _gui_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
        # the pool's threads are kept: each keeps its cache connection (Cache.conn), which a
        # thread ended after 30 s idle and started anew would leave behind, one per quiet minute
        QThreadPool.globalInstance().setExpiryTimeout(-1)
    return _dispatcher


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], object] | None = None,
    on_failure: Callable[[Exception], object] | None = None,
    owner: QObject | None = None,
) -> None:
    """Run ``fn()`` on the pool; call back on the GUI thread. Call from the GUI thread.
    With an ``owner``, the callbacks are dropped when it was deleted meanwhile (a panel closed
    while its figures were computed)."""
    dispatcher = _gui_dispatcher()
    task_id = next(_ids)
    with _lock:
        _tasks[task_id] = _Task(fn, on_success, on_failure, owner)
    QThreadPool.globalInstance().start(_Job(task_id, dispatcher))


def pending() -> int:
    """How many tasks have not been called back yet."""
    return len(_tasks)


def _name(fn: Callable[..., Any]) -> str:
    """A callable's qualified name, for the responsiveness meter's log lines."""
    return getattr(fn, "__qualname__", None) or repr(fn)
