"""One worker thread that recomputes what was asked for, a burst of requests at a time.

The KPI board and the rule engine hear of changes on other threads (the cache's writer, the
GUI thread) and must not work there: they :meth:`DebouncedWorker.request` the ids to
recompute and the worker runs ``work(ids)`` once the requests have been quiet for
``debounce_s`` (at the latest ``MAX_WAIT_S`` after the first), with every id asked for
meanwhile (None: all).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

log = logging.getLogger(__name__)
MAX_WAIT_S = 2.0  # a steady stream of changes still gets a recomputation this often
Work = Callable[[set[str] | None], None]


class DebouncedWorker:
    def __init__(self, name: str, work: Work, debounce_s: float, every_s: float = 0.0) -> None:
        """``every_s`` > 0: also recompute everything that often (what depends on the time)."""
        self.name = name
        self.work = work
        self.debounce_s = debounce_s
        self.every_s = every_s
        self._cond = threading.Condition()
        self._pending: set[str] | None = set()  # None: everything
        self._requested = 0.0  # monotonic time of the latest request (0: none pending)
        self._first = 0.0  # when the pending burst began
        self._last_run = time.monotonic()
        self._generation = 0  # a worker runs while this is the one it started with
        self._thread: threading.Thread | None = None

    def request(self, ids: Iterable[str] | None = None) -> None:
        """Recompute ``ids`` (None: everything) soon, on the worker thread (started here)."""
        with self._cond:
            if ids is None:
                self._pending = None
            elif self._pending is not None:
                self._pending.update(ids)
            now = time.monotonic()
            if not self._requested:
                self._first = now
            self._requested = now
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, args=(self._generation,), name=self.name, daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def stop(self, timeout: float = 10.0) -> None:
        """End the worker (a computation under way finishes first)."""
        with self._cond:
            self._generation += 1
            self._cond.notify_all()
            thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=timeout)

    def _next(self, generation: int) -> set[str] | bool | None:
        """The ids to recompute next; False when stopped."""
        with self._cond:
            while generation == self._generation:
                now = time.monotonic()
                if self._requested:
                    quiet = self._requested + self.debounce_s - now
                    longest = self._first + MAX_WAIT_S - now
                    if quiet <= 0 or longest <= 0:
                        break
                    self._cond.wait(min(quiet, longest))
                elif self.every_s > 0 and now - self._last_run >= self.every_s:
                    self._pending = None
                    break
                else:
                    self._cond.wait(self.every_s - (now - self._last_run) if self.every_s else None)
            if generation != self._generation:
                return False
            pending, self._pending = self._pending, set()
            self._requested = 0.0
            if pending is None:
                self._last_run = time.monotonic()
            return pending

    def _run(self, generation: int) -> None:
        while True:
            pending = self._next(generation)
            if pending is False:
                return
            try:
                self.work(pending if isinstance(pending, set) else None)
            except Exception:  # the worker itself must not die
                log.exception("%s: the recomputation failed", self.name)
