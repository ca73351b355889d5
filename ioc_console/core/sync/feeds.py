"""How the sync engine reads a plugin's feed: contained, reported against its plugin, and
tried less often while it keeps failing.

A feed the backend lacks (404), whose records break the contract, or whose server fails (500)
leaves the other datasets alone: the error is logged, stored as the dataset's ``last_error``
(System status shows it), and handed once per distinct failure to ``on_feed_error(plugin_id,
"feed <name>", error)`` (the Qt layer wires it to ``PluginManager.report_error``). While it
keeps failing it is read again after a growing pause (one round, then 2, 4 … up to
:data:`MAX_PAUSE_S`), never in a loop; its first good read ends the pause.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ioc_console.core.api.errors import ApiError
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.datasets import Dataset
from ioc_console.core.sync.status import DatasetResult

log = logging.getLogger(__name__)
FeedErrorHandler = Callable[[str, str, "BaseException | str"], None]
"""``(plugin_id, where, error)``: a plugin's feed failed (``where`` is ``"feed <name>"``)."""
MAX_PAUSE_S = 900.0
# failures of the backend as a whole, not of one feed: the round ends and is tried again
BACKEND_ERRORS = frozenset(
    {"unreachable", "timeout", "unauthorized", "rate_limited", "unavailable"}
)


@dataclass
class _Failing:
    failures: int
    retry_at: float
    error: str


class FeedHealth:
    """The failing feeds of one engine, and whom to tell."""

    def __init__(self, on_feed_error: FeedErrorHandler | None, pause_s: float) -> None:
        self.on_feed_error = on_feed_error
        self.pause_s = max(pause_s, 1.0)
        self._failing: dict[str, _Failing] = {}
        self._lock = threading.Lock()

    def due(self, ds: Dataset, now: float | None = None) -> bool:
        """Whether feed ``ds`` is read this round (the console's own datasets always are)."""
        if not ds.plugin_id:
            return True
        with self._lock:
            failing = self._failing.get(ds.name)
        return failing is None or (now if now is not None else time.monotonic()) >= failing.retry_at

    def failing(self, name: str) -> str | None:
        """The error feed ``name`` keeps failing with (None: it reads)."""
        with self._lock:
            failing = self._failing.get(name)
        return failing.error if failing else None

    def pull(self, cache: Cache, ds: Dataset, read: Callable[[], DatasetResult]) -> DatasetResult:
        """``read()`` feed ``ds``, containing what fails other than the backend as a whole
        (:data:`BACKEND_ERRORS` are raised, as for the console's datasets)."""
        error: BaseException | None = None
        try:
            result = read()
        except ApiError as exc:
            if exc.kind in BACKEND_ERRORS:
                raise  # the backend, not the feed: the round ends as for any dataset
            error = exc
        except Exception as exc:  # a plugin's feed must not stop the others
            log.exception("feed %s of plugin %s could not be read", ds.name, ds.plugin_id)
            error = exc
        if error is not None:
            detail = f"{type(error).__name__}: {error}"
            try:
                cache.record_error(ds.name, detail).result()
            except Exception:
                log.exception("the error of feed %s could not be recorded", ds.name)
            result = DatasetResult(ds.name, 0, 0, None, detail)
        self.outcome(ds, result, error)
        return result

    def forget(self, name: str) -> None:
        """Feed ``name`` starts afresh (its plugin enabled again): read at the next round."""
        with self._lock:
            self._failing.pop(name, None)

    def outcome(self, ds: Dataset, result: DatasetResult, exc: BaseException | None = None) -> None:
        """Note a read of feed ``ds``: a failure pauses it and is reported when it is new."""
        if not ds.plugin_id:
            return
        if result.error is None:
            with self._lock:
                recovered = self._failing.pop(ds.name, None)
            if recovered is not None:
                log.info("feed %s of plugin %s reads again", ds.name, ds.plugin_id)
            return
        with self._lock:
            previous = self._failing.get(ds.name)
            failures = previous.failures + 1 if previous else 1
            pause = min(MAX_PAUSE_S, self.pause_s * 2 ** (failures - 1))
            self._failing[ds.name] = _Failing(failures, time.monotonic() + pause, result.error)
        log.warning(
            "feed %s of plugin %s failed (%d time(s) in a row; next read in %.0f s): %s",
            ds.name, ds.plugin_id, failures, pause, result.error,
        )
        if previous is not None and previous.error == result.error:
            return  # reported already
        if self.on_feed_error is None:
            return
        try:
            error = exc if exc is not None else result.error
            self.on_feed_error(ds.plugin_id, f"feed {ds.name}", error)
        except Exception:  # whoever listens must not stop the engine
            log.exception("reporting the failure of feed %s failed", ds.name)
