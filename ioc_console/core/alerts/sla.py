"""SLA timers: how long an alert may wait to be acknowledged and to be resolved.

Targets per priority, optionally per alert type, come from the backend's ``alert_sla`` dataset
(``{priority, type (null = every type), acknowledge_seconds, resolve_seconds}``); the site
profile's ``[alerts.sla.P1]`` (or ``[alerts.sla.P1.cap_warning]``) keys override them, field by
field; what neither gives falls back to :data:`DEFAULTS`. The clock is counted from the time the
alert was raised: until it is acknowledged against the acknowledge target, then against the
resolve target. A shelved alert shows no countdown (it was deliberately put aside).

Amber when 80 % of the time is used, red when the deadline has passed (breached). A breach is
announced once per alert and kind by :class:`SlaWatch` (the supervisor is told; the backend
records it).
"""

from __future__ import annotations

import heapq
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from ioc_console.core.alerts.model import Alert, Priority, State
from ioc_console.core.clock import city_now
from ioc_console.core.events import Event

if TYPE_CHECKING:  # the book is handed in; this module needs only its type
    from ioc_console.core.alerts.book import AlertBook, AlertChanges

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Level = Literal["ok", "amber", "red"]
Phase = Literal["acknowledge", "resolve"]
AMBER_AT = 0.8
# priority -> (acknowledge seconds, resolve seconds)
DEFAULTS: dict[Priority, tuple[int, int]] = {
    1: (60, 30 * 60), 2: (5 * 60, 2 * 3600), 3: (15 * 60, 8 * 3600), 4: (3600, 24 * 3600),
}
# (priority, type or None) -> {"acknowledge_seconds": n, "resolve_seconds": n} (either or both)
TargetKey = tuple[Priority, str | None]
Targets = dict[TargetKey, dict[str, int]]
FIELDS = ("acknowledge_seconds", "resolve_seconds")


@dataclass(frozen=True, slots=True)
class SlaClock:
    deadline: datetime
    left_s: float  # negative once breached
    fraction_used: float  # 0.0 at raising, 1.0 at the deadline
    level: Level
    phase: Phase


@dataclass(frozen=True, slots=True)
class Breach:
    alert_id: str
    kind: Phase
    deadline: datetime
    priority: Priority


def _positive_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _read_targets(rows: Iterable[dict]) -> Targets:
    targets: Targets = {}
    for row in rows:
        if not isinstance(row, dict) or row.get("deleted"):
            continue
        priority, kind = row.get("priority"), row.get("type")
        if priority not in DEFAULTS or not (kind is None or isinstance(kind, str)):
            log.warning("an alert SLA row without a usable priority/type ignored: %.80r", row)
            continue
        values = {f: row[f] for f in FIELDS if _positive_int(row.get(f))}
        targets[(priority, kind or None)] = values
    return targets


class SlaPolicy:
    def __init__(self, backend: Targets | None = None, overrides: Targets | None = None) -> None:
        self._backend = backend or {}
        self._overrides = overrides or {}
        self._memo: dict[tuple[Priority, str], tuple[int, int]] = {}  # targets by key

    @classmethod
    def from_rows(
        cls, rows: Iterable[dict], overrides: Mapping[TargetKey, Mapping[str, int]] | None = None
    ) -> SlaPolicy:
        """The policy of the ``alert_sla`` rows with the site profile's ``overrides``."""
        return cls(_read_targets(rows), {k: dict(v) for k, v in (overrides or {}).items()})

    def _seconds(self, priority: Priority, kind: str, field: str) -> int:
        for table in (self._overrides, self._backend):
            for key in ((priority, kind), (priority, None)):
                value = table.get(key, {}).get(field)
                if value:
                    return value
        ack, resolve = DEFAULTS.get(priority, DEFAULTS[4])
        return ack if field == FIELDS[0] else resolve

    def targets(self, alert: Alert) -> tuple[int, int]:
        """(acknowledge seconds, resolve seconds) for ``alert``."""
        key = (alert.priority, alert.type)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = (self._seconds(alert.priority, alert.type, FIELDS[0]),
                                       self._seconds(alert.priority, alert.type, FIELDS[1]))
        return found

    def deadline(self, alert: Alert, phase: Phase) -> datetime:
        ack, resolve = self.targets(alert)
        return alert.raised_at + timedelta(seconds=ack if phase == "acknowledge" else resolve)

    def countdown(self, alert: Alert, now: datetime) -> SlaClock | None:
        """The running clock of ``alert`` at ``now``; None when none runs (closed, resolved
        or shelved)."""
        if not alert.is_open or alert.state is State.SHELVED:
            return None
        phase: Phase = "acknowledge" if alert.is_unacknowledged else "resolve"
        ack, resolve = self.targets(alert)
        total = ack if phase == "acknowledge" else resolve
        deadline = alert.raised_at + timedelta(seconds=total)
        left = (deadline - now).total_seconds()
        used = (total - left) / total
        level: Level = "red" if left <= 0 else "amber" if used >= AMBER_AT else "ok"
        return SlaClock(deadline, left, used, level, phase)

    def breaches(self, alerts: Iterable[Alert], now: datetime) -> list[Breach]:
        """The open alerts whose running clock has passed its deadline at ``now``."""
        found = []
        for alert in alerts:
            clock = self.countdown(alert, now)
            if clock is not None and clock.level == "red":
                found.append(Breach(alert.id, clock.phase, clock.deadline, alert.priority))
        return found


STALE_ON_ARRIVAL_S = 600.0  # arriving this long past its deadline in a bulk fill: known
BULK_FILL = 50  # alerts added in one change: a fill (the first sync into an empty cache)


class SlaWatch:
    """Announces each breach once (per alert and kind) as the clock passes deadlines.

    Either look at a list of alerts (:meth:`check` with ``alerts``), or :meth:`follow` a book
    and call :meth:`check` on each clock tick: the deadlines of the book's open alerts are kept
    in a heap, so a tick looks only at those that have come due (100,000 alerts cost nothing
    per tick while none is due).

    A followed book's deadlines already past when the watch reads them all (:meth:`follow`, the
    book read anew, new targets) are known, not news: they are not announced (a console that
    starts with days of cached alerts does not page the supervisor for each; the backend has
    recorded those breaches). Alerts that arrive later are announced when their deadline
    passes, or at the next check when it already has."""

    def __init__(self, policy: SlaPolicy, clock: Clock = city_now) -> None:
        self.policy = policy
        self.clock = clock
        self._told: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._book: AlertBook | None = None
        self._due: list[tuple[float, str]] = []  # (deadline, alert id), a heap
        self._disconnect: Callable[[], None] | None = None
        self.breached: Event[[Breach]] = Event("SlaWatch.breached")
        """Emitted once for each new breach (escalate: tell the supervisor, mark the row)."""

    def follow(self, book: AlertBook) -> None:
        """Watch ``book``'s alerts from now on (their changes included)."""
        self.unfollow()
        self._book = book
        self._disconnect = book.changed.connect(self._on_changes)
        self.reindex()

    def unfollow(self) -> None:
        if self._disconnect is not None:
            self._disconnect()
        self._disconnect, self._book = None, None

    def set_policy(self, policy: SlaPolicy) -> None:
        """New targets (the backend's or the profile's changed): every deadline anew."""
        self.policy = policy
        self.reindex()

    def reindex(self) -> None:
        """Every deadline of the followed book anew; those already past are known, not news."""
        now = self.clock()
        with self._lock:
            self._due = []
            for alert in self._book.alerts() if self._book is not None else ():
                self._push(alert)
            heapq.heapify(self._due)
            for breach in self._come_due(now):
                self._told.add((breach.alert_id, breach.kind))

    def check(self, alerts: Iterable[Alert] | None = None, *, wait: bool = True) -> list[Breach]:
        """The breaches at this moment not announced before (announced here): among
        ``alerts``, or, without them, among the followed book's alerts that came due.
        ``wait=False``: none now when the deadlines are being read anew on another thread
        (a GUI tick does not wait for that; the next one finds them)."""
        now = self.clock()
        if not self._lock.acquire(blocking=wait):
            return []
        try:
            if alerts is None:
                found = self._come_due(now)
            else:
                found = self.policy.breaches(alerts, now)
            new = []
            for breach in found:
                key = (breach.alert_id, breach.kind)
                if key not in self._told:
                    self._told.add(key)
                    new.append(breach)
        finally:
            self._lock.release()
        for breach in new:
            log.warning("SLA breached: alert %s not %sd by %s", breach.alert_id,
                        breach.kind, breach.deadline.isoformat())
            self.breached.emit(breach)
        return new

    # -- internals (lock held) ---------------------------------------------------------

    def _push(self, alert: Alert) -> None:
        if alert.is_open and alert.state is not State.SHELVED:
            phase: Phase = "acknowledge" if alert.is_unacknowledged else "resolve"
            self._due.append((self.policy.deadline(alert, phase).timestamp(), alert.id))

    def _on_changes(self, changes: AlertChanges) -> None:
        if changes.reset:
            self.reindex()
            return
        book = self._book
        if book is None:
            return
        # a bulk fill (a cache filled anew, a scope changed) is read like the book read anew;
        # an alert that arrives by itself late (the link was down) is news
        added = set(changes.added) if len(changes.added) > BULK_FILL else set()
        known_before = self.clock().timestamp() - STALE_ON_ARRIVAL_S
        with self._lock:
            for alert_id in (*changes.added, *changes.updated):
                alert = book.get(alert_id)
                if alert is not None and alert.is_open and alert.state is not State.SHELVED:
                    phase: Phase = "acknowledge" if alert.is_unacknowledged else "resolve"
                    deadline = self.policy.deadline(alert, phase).timestamp()
                    if alert_id in added and deadline < known_before:
                        # long past when it reached this console: known, not news
                        self._told.add((alert_id, phase))
                        continue
                    heapq.heappush(self._due, (deadline, alert_id))

    def _come_due(self, now: datetime) -> list[Breach]:
        found = []
        moment = now.timestamp()
        while self._due and self._due[0][0] <= moment and self._book is not None:
            _deadline, alert_id = heapq.heappop(self._due)
            alert = self._book.get(alert_id)
            clock = self.policy.countdown(alert, now) if alert is not None else None
            if alert is not None and clock is not None and clock.level == "red":
                found.append(Breach(alert.id, clock.phase, clock.deadline, alert.priority))
        return found
