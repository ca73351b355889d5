"""What the alert panels share, one per console: the core's alert book fed from the cache, the
SLA policy and procedures read from their datasets, the alarm load and who is acting.

The cache's changes to ``alerts`` are gathered and read back once per tick (a burst of a
thousand rows is one query), then handed to the book; the queue follows the book's events.
"""

from __future__ import annotations

import gc
import logging
import platform
import time
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.load import AlarmLoad
from ioc_console.core.alerts.procedures import ProcedureBook
from ioc_console.core.alerts.sla import SlaPolicy
from ioc_console.core.alerts.workflow import DEFAULT_SHELVE_LIMIT, Operator
from ioc_console.core.clock import city_now
from ioc_console.core.services import Services
from ioc_console.core.store.changes import Change
from ioc_console.gui.bridge import follow
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
FEED_MS = 150
LOAD_TICK_MS = 5000
OPERATOR_TTL_S = 2.0  # a new sign-in is seen this soon
_CHUNK = 500  # ids per SELECT (SQLite's variable limit is far above)
_runtimes: dict[int, AlertsRuntime] = {}  # by id() of the console's Services


def alerts_runtime(services: Services) -> AlertsRuntime:
    """The console's one :class:`AlertsRuntime` (made on first use, gone with the services)."""
    runtime = _runtimes.get(id(services))
    if runtime is None:
        runtime = _runtimes[id(services)] = AlertsRuntime(services)
        weakref.finalize(services, _runtimes.pop, id(services), None)
    return runtime


def settle_heap() -> None:
    """Move what is alive now (the loaded alerts: a million objects at 100,000 alerts) out of
    the cyclic garbage collector's reach, so its full passes do not stop the GUI for a tenth of
    a second each during a burst. Alerts hold no reference cycles; they are freed by their
    reference counts when they go."""
    gc.collect()
    gc.freeze()


def _dataset_rows(services: Services, name: str) -> list[dict]:
    cache = services.cache
    if cache is None:
        return []
    try:
        return cache.items(name)
    except Exception as exc:  # a cache without the dataset (an older backend): no rows
        log.info("alerts: no %s in the cache (%s)", name, exc)
        return []


class AlertsRuntime(QObject):
    def __init__(
        self,
        services: Services,
        clock: Callable[[], datetime] = city_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.book = AlertBook()
        self.load = AlarmLoad(clock)
        self.sla = SlaPolicy.from_rows(_dataset_rows(services, "alert_sla"), self._overrides())
        self.procedures = ProcedureBook.from_rows(_dataset_rows(services, "alert_procedures"))
        self._upserted: set[str] = set()
        self._removed: set[str] = set()
        self._reset = False
        self._operator: tuple[float, Operator] | None = None
        self._feeding = False
        self._timer = QTimer(self, interval=FEED_MS, singleShot=True)
        self._timer.timeout.connect(self.feed)
        self.book.arrived.connect(self.load.record_alerts)
        self._load_timer = QTimer(self, interval=LOAD_TICK_MS)
        self._load_timer.timeout.connect(self.load.tick)  # a quiet spell ends a flood
        self._load_timer.start()
        self._reset = True  # the first feed reads every cached alert, off the GUI thread
        self.feed()
        if services.cache is not None:
            self._relay = follow(self, services.cache.changed, self._cache_changed)

    # -- who acts, within which limits -----------------------------------------------------

    def _alerts_profile(self) -> Any:
        profile = self.services.profile
        return getattr(profile, "alerts", None) if profile is not None else None

    def _overrides(self) -> dict:
        """The site's SLA targets by (priority, type), when its profile names any."""
        section = self._alerts_profile()
        overrides = getattr(section, "sla_overrides", None) if section is not None else None
        return dict(overrides) if isinstance(overrides, dict) else {}

    @property
    def shelve_limit(self) -> int:
        section = self._alerts_profile()
        limit = getattr(section, "shelve_max_minutes", None) if section is not None else None
        return int(limit) if isinstance(limit, int) and limit > 0 else DEFAULT_SHELVE_LIMIT

    def operator(self) -> Operator:
        """Who signed in, with their role and ward as the backend described them (kept in the
        cache's scope, so it is known offline too); read again at most every few seconds."""
        now = time.monotonic()
        if self._operator is None or now - self._operator[0] > OPERATOR_TTL_S:
            self._operator = (now, self._read_operator())
        return self._operator[1]

    def _read_operator(self) -> Operator:
        cache = self.services.cache
        user = (cache.meta("user") if cache else None) or "operator"
        scope = (cache.meta("scope") if cache else None) or ""
        parts = scope.split("|")
        role = parts[2] if len(parts) > 2 and parts[2] else "operator"
        ward = (parts[3] if len(parts) > 3 and parts[3] else None) or (
            parts[1] if len(parts) > 1 and parts[1] else None
        )
        return Operator(user, role, ward, platform.node() or None)

    # -- the cache's changes into the book -------------------------------------------------

    def _cache_changed(self, change: Change) -> None:
        if change.dataset == "alert_sla":
            self.sla = SlaPolicy.from_rows(
                _dataset_rows(self.services, "alert_sla"), self._overrides()
            )
            return
        if change.dataset == "alert_procedures":
            self.procedures = ProcedureBook.from_rows(
                _dataset_rows(self.services, "alert_procedures")
            )
            return
        if change.dataset != "alerts":
            return
        if change.reset:
            self._reset = True
        self._upserted |= change.upserted
        self._removed |= change.removed
        if not self._timer.isActive():
            self._timer.start()

    def feed(self) -> None:
        """Hand the gathered changes to the book: the changed rows read in one query and the
        book's work (reading, deduplicating, correlating) done off the GUI thread, one feed at
        a time; the queue hears the book's events on the GUI thread."""
        cache = self.services.cache
        if cache is None:
            return
        if self._feeding:  # the next feed starts when this one is done
            return
        reset, self._reset = self._reset, False
        upserted, self._upserted = sorted(self._upserted), set()
        removed, self._removed = self._removed, set()
        self._feeding = True
        run_in_background(
            lambda: self._feed(cache, reset, upserted, removed), self._fed, self._feed_failed
        )

    def _feed(self, cache: Any, reset: bool, upserted: list[str], removed: set[str]) -> bool:
        """The book fed; True when it was loaded anew."""
        if reset:
            self.book.load(cache.items("alerts"))
            return True
        rows: list[dict] = []
        for start in range(0, len(upserted), _CHUNK):
            ids = upserted[start : start + _CHUNK]
            marks = ",".join("?" * len(ids))
            rows += cache.items("alerts", f"id IN ({marks})", tuple(ids))
        found = {r.get("id") for r in rows}
        gone = removed | {i for i in upserted if i not in found}
        self.book.apply(rows, tuple(gone))
        return False

    def _fed(self, loaded: bool = False) -> None:
        self._feeding = False
        if loaded:
            settle_heap()
        if (self._reset or self._upserted or self._removed) and not self._timer.isActive():
            self._timer.start()

    def _feed_failed(self, error: Exception) -> None:
        log.error("alerts: the changed alerts could not be read: %s", error, exc_info=error)
        self._fed()

    @property
    def idle(self) -> bool:
        """No change waits to reach the book (tests wait for this)."""
        return not (self._feeding or self._timer.isActive() or self._upserted or self._removed)
