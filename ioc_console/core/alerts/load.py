"""The operator's alarm load, as alarm-management standards measure it (EEMUA 191, ISA-18.2).

- The rate: alarms in the last 10 minutes at this console position. About 1 per 10 minutes is
  acceptable, 2 the most that is manageable, more is over (:func:`band`).
- Flood: a 10-minute window holding more than 10 alarms starts one; it ends when a window holds
  fewer than 5. Entering and leaving are logged and announced (:attr:`AlarmLoad.flood_changed`),
  and the time spent in flood is kept (today's, or any range's for a shift report).
- Today's noisiest sources with their share, and the priority mix against the recommended
  ~80 % low / 15 % medium / 5 % high (P1 high, P2 medium, P3 and P4 low).
- Standing alarms (unacknowledged past their acknowledge target) and stale ones (open > 24 h).

Times are the alarms' own (raised, or the repeat's), the flood's edges exact to the alarm that
made them whatever how often the load is looked at.
"""

from __future__ import annotations

import bisect
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from ioc_console.core.alerts.model import Alert, Priority, State
from ioc_console.core.alerts.sla import SlaPolicy
from ioc_console.core.clock import CITY_TZ, city_now
from ioc_console.core.events import Event

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Band = Literal["acceptable", "manageable", "over"]
WINDOW = timedelta(minutes=10)
_WINDOW_S = WINDOW.total_seconds()
FLOOD_ENTER_ABOVE = 10  # a window holding more than this starts a flood
FLOOD_LEAVE_BELOW = 5  # a window holding fewer than this ends it
STALE_AFTER = timedelta(hours=24)
RECOMMENDED_MIX: dict[str, float] = {"low": 0.80, "medium": 0.15, "high": 0.05}


def band(rate_10min: float) -> Band:
    """The ISA-18.2 band of an alarm rate per 10 minutes for one operator."""
    if rate_10min <= 1:
        return "acceptable"
    if rate_10min <= 2:
        return "manageable"
    return "over"


def mix_class(priority: Priority) -> str:
    return "high" if priority <= 1 else "medium" if priority == 2 else "low"


@dataclass(frozen=True, slots=True)
class SourceShare:
    source: str
    count: int
    share: float  # of all alarms counted


@dataclass(frozen=True, slots=True)
class PriorityMix:
    counts: dict[Priority, int]
    shares: dict[str, float]  # "high", "medium", "low" -> share of all
    recommended: dict[str, float]


def noisiest_of(sources: Counter[str], n: int = 10) -> list[SourceShare]:
    total = sum(sources.values())
    return [SourceShare(s, c, c / total) for s, c in sources.most_common(n)] if total else []


def mix_of(counts: Counter[Priority]) -> PriorityMix:
    total = sum(counts.values())
    shares = dict.fromkeys(RECOMMENDED_MIX, 0.0)
    for priority, count in counts.items():
        shares[mix_class(priority)] += count / total if total else 0.0
    return PriorityMix(dict(sorted(counts.items())), shares, dict(RECOMMENDED_MIX))


def standing(alerts: Iterable[Alert], policy: SlaPolicy, now: datetime) -> list[Alert]:
    """Open alerts still unacknowledged after their acknowledge target (shelved ones aside)."""
    return [a for a in alerts if a.is_open and a.state is not State.SHELVED
            and a.is_unacknowledged and policy.deadline(a, "acknowledge") < now]


def stale(alerts: Iterable[Alert], now: datetime) -> list[Alert]:
    """Alerts open for more than 24 hours."""
    return [a for a in alerts if a.is_open and now - a.raised_at > STALE_AFTER]


def overlap_seconds(
    intervals: Iterable[tuple[datetime, datetime | None]], start: datetime, end: datetime
) -> float:
    """How many seconds of [start, end) the intervals cover (an open one runs to ``end``)."""
    total = 0.0
    for begin, finish in intervals:
        lo, hi = max(begin, start), min(finish or end, end)
        if hi > lo:
            total += (hi - lo).total_seconds()
    return total


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), CITY_TZ)


class AlarmLoad:
    """The alarm load of this console position, fed with each alarm that arrives.

    Inside, times are POSIX seconds (sorted lists and bisection); outside, aware datetimes."""

    def __init__(self, clock: Clock = city_now) -> None:
        self.clock = clock
        self._lock = threading.RLock()
        self._times: list[float] = []  # every alarm's time (since yesterday), sorted
        self._day: date | None = None
        self._today = (0.0, 0.0)  # today's [start, end) in seconds
        self._sources: Counter[str] = Counter()  # today's
        self._priorities: Counter[Priority] = Counter()  # today's
        self._flood_since: float | None = None
        self._floods: list[tuple[float, float | None]] = []
        self.flood_changed: Event[[bool]] = Event("AlarmLoad.flood_changed")
        """Emitted with True when a flood starts, False when it ends."""

    def record(self, raised_at: datetime, source: str, priority: Priority) -> None:
        """Count one alarm (a new alert, or a repeat of one) raised at ``raised_at``."""
        now = self.clock()
        with self._lock:
            moment = now.timestamp()
            changes = self._settle(moment)
            self._roll_day(now)
            self._add(raised_at.timestamp(), source, priority)
            changes += self._settle(moment)
        self._announce(changes)

    def record_alerts(self, alerts: Iterable[Alert]) -> None:
        """Count alerts that arrived (the book's ``arrived``): a repeat at its repeat time. A
        rule's condition found standing when the console started is not an activation."""
        for alert in alerts:
            if alert.standing_at_start and not alert.duplicate_count:
                continue
            at = alert.last_repeat_at if alert.duplicate_count and alert.last_repeat_at else None
            self.record(at or alert.raised_at, alert.source, alert.priority)

    def replay(self, alerts: Iterable[Alert]) -> None:
        """Rebuild today's figures and floods from alerts known already (at start-up, the
        cache's), each counted at its own times (raised, last repeat) as if it had arrived
        then, so a restarted console keeps today's time in flood. Call it once, before any
        :meth:`record`. Announces only where that leaves the flood state now."""
        now = self.clock()
        moment = now.timestamp()
        moments: list[tuple[float, str, Priority]] = []
        for alert in alerts:
            raised = None if alert.standing_at_start else alert.raised_at
            for at in (raised, alert.last_repeat_at if alert.duplicate_count else None):
                if at is not None and at.timestamp() <= moment:
                    moments.append((at.timestamp(), alert.source, alert.priority))
        moments.sort(key=lambda m: m[0])
        with self._lock:
            was = self._flood_since is not None
            self._roll_day(now)
            for seconds, source, priority in moments:
                self._settle(seconds)
                self._add(seconds, source, priority)
                self._settle(seconds)
            self._settle(moment)
            flooding = self._flood_since is not None
        if flooding != was:
            self._announce([flooding])

    def tick(self) -> bool:
        """Bring the flood state up to now (a timer calls this); whether in flood."""
        with self._lock:
            changes = self._settle(self.clock().timestamp())
            flooding = self._flood_since is not None
        self._announce(changes)
        return flooding

    @property
    def rate_10min(self) -> int:
        """Alarms in the 10 minutes up to now."""
        with self._lock:
            return self._count_at(self.clock().timestamp())

    @property
    def band(self) -> Band:
        return band(self.rate_10min)

    @property
    def in_flood(self) -> bool:
        return self.tick()

    @property
    def flood_since(self) -> datetime | None:
        self.tick()
        since = self._flood_since
        return _moment(since) if since is not None else None

    @property
    def flood_seconds_today(self) -> float:
        now = self.clock()
        return self.flood_seconds_between(day_start(now.astimezone(CITY_TZ).date()), now)

    def flood_seconds_between(self, start: datetime, end: datetime) -> float:
        return overlap_seconds(self.floods(), start, min(end, self.clock()))

    def floods(self) -> list[tuple[datetime, datetime | None]]:
        """The floods so far (start, end; None while it goes on)."""
        self.tick()
        with self._lock:
            return [(_moment(a), _moment(b) if b is not None else None) for a, b in self._floods]

    def noisiest(self, n: int = 10) -> list[SourceShare]:
        """Today's ``n`` noisiest sources and their share of today's alarms."""
        with self._lock:
            self._roll_day(self.clock())
            return noisiest_of(self._sources, n)

    def priority_mix(self) -> PriorityMix:
        """Today's alarms by priority, and the shares against the recommended 80/15/5 %."""
        with self._lock:
            self._roll_day(self.clock())
            return mix_of(self._priorities)

    def standing(self, alerts: Iterable[Alert], policy: SlaPolicy) -> list[Alert]:
        return standing(alerts, policy, self.clock())

    def stale(self, alerts: Iterable[Alert]) -> list[Alert]:
        return stale(alerts, self.clock())

    # -- internals (lock held) ---------------------------------------------------------

    def _add(self, at: float, source: str, priority: Priority) -> None:
        if not self._times or at >= self._times[-1]:
            self._times.append(at)
        else:
            bisect.insort(self._times, at)
        if self._today[0] <= at < self._today[1]:
            self._sources[source or "?"] += 1
            self._priorities[priority] += 1

    def _count_at(self, at: float) -> int:
        """Alarms in the window (at - 10 min, at]."""
        times = self._times
        return bisect.bisect_right(times, at) - bisect.bisect_right(times, at - _WINDOW_S)

    def _settle(self, now: float) -> list[bool]:
        """Enter or leave flood as the window at ``now`` says; the changes made."""
        changes: list[bool] = []
        if self._flood_since is not None:
            upto = bisect.bisect_right(self._times, now)
            # the window falls below 5 when the 5th latest alarm leaves it
            fifth = upto - FLOOD_LEAVE_BELOW
            left_at = self._times[fifth] + _WINDOW_S if fifth >= 0 else now
            if left_at <= now:
                left_at = max(left_at, self._flood_since)
                self._floods[-1] = (self._flood_since, left_at)
                log.info("Alarm flood over at %s (%d alarms in 10 minutes at %s)",
                         _moment(left_at).isoformat(), self._count_at(now),
                         _moment(now).isoformat())
                self._flood_since = None
                changes.append(False)
        if self._flood_since is None and self._count_at(now) > FLOOD_ENTER_ABOVE:
            self._flood_since = now
            self._floods.append((now, None))
            log.warning("Alarm flood: %d alarms in 10 minutes at %s",
                        self._count_at(now), _moment(now).isoformat())
            changes.append(True)
        return changes

    def _roll_day(self, now: datetime) -> None:
        today = now.astimezone(CITY_TZ).date()
        if self._day == today:
            return
        self._day = today
        start = day_start(today)
        self._today = (start.timestamp(), (start + timedelta(days=1)).timestamp())
        self._sources.clear()
        self._priorities.clear()
        keep_from = bisect.bisect_left(self._times, self._today[0] - 86400)
        del self._times[:keep_from]

    def _announce(self, changes: list[bool]) -> None:
        for flooding in changes:
            self.flood_changed.emit(flooding)


def _moment(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, CITY_TZ)
