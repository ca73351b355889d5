"""What the alert panels share, one per console: the core's alert book fed from the cache, the
SLA policy and procedures read from their datasets, the alarm load and who is acting.

The core's feed (:class:`ioc_console.core.alerts.feed.AlertFeed`) reads the cache at start
(off the GUI thread) and hands each committed change to the book on the cache's writer thread;
the queue follows the book's events on the GUI thread and applies them once per UI tick. The
attention features take the same book and load (:meth:`AlertsRuntime.shared`).
"""

from __future__ import annotations

import gc
import logging
import time
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.feed import AlertFeed as CoreFeed
from ioc_console.core.alerts.load import AlarmLoad
from ioc_console.core.alerts.procedures import ProcedureBook
from ioc_console.core.alerts.sla import SlaPolicy
from ioc_console.core.alerts.workflow import DEFAULT_SHELVE_LIMIT, Operator
from ioc_console.core.clock import city_now
from ioc_console.core.services import Services
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
LOAD_TICK_MS = 5000
OPERATOR_TTL_S = 2.0  # a new sign-in is seen this soon
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
        self._operator: tuple[float, Operator] | None = None
        self._default_sla = SlaPolicy()  # without a cache (one object: a change is a new one)
        self.book.arrived.connect(self.load.record_alerts)
        self._load_timer = QTimer(self, interval=LOAD_TICK_MS)
        self._load_timer.timeout.connect(self.load.tick)  # a quiet spell ends a flood
        self._load_timer.start()
        self.feed: CoreFeed | None = None
        cache = services.cache
        if cache is not None:
            # the cache's alerts, SLA targets and procedures, read off the GUI thread; the
            # feed then follows the cache's changes on its writer thread
            feed = self.feed = CoreFeed(
                cache, self.book, self._overrides(), services.domains.procedure_for
            )
            run_in_background(self._read_all, lambda _r: settle_heap(), self._start_failed)
            self.destroyed.connect(lambda *_: feed.stop())

    @property
    def sla(self) -> SlaPolicy:
        return self.feed.policy if self.feed is not None else self._default_sla

    @property
    def procedures(self) -> ProcedureBook:
        """The backend's procedures, falling back to the plugins' for an alert type."""
        if self.feed is not None:
            return self.feed.procedures
        return ProcedureBook(fallback=self.services.domains.procedure_for)

    def shared(self) -> tuple[AlertBook, AlarmLoad, Callable[[], SlaPolicy]]:
        """What the attention features follow instead of a feed of their own."""
        return self.book, self.load, lambda: self.sla

    def _read_all(self) -> None:
        """On the pool: the cache's alerts into the book, then today's alarms so far into the
        load at their own times (a restarted console keeps today's time in flood)."""
        assert self.feed is not None
        self.feed.start()
        self.load.replay(self.book.all_alerts())

    def _start_failed(self, error: Exception) -> None:
        log.error("alerts: the cached alerts could not be read: %s", error, exc_info=error)

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
        return Operator(user, role, ward, self.services.console_id or None)
