"""The complaint KPIs of a period and a scope, computed in SQL over the cache.

Every figure is a count or a rank over ``complaint_facts`` (one indexed row per complaint, kept
by the cache's triggers); nothing here reads the complaints' JSON or loops over records in
Python. Figures are over the complaints *received* in the period, except "open now" and
"overdue now", which are the state at the end of the period; each is compared with the previous
period of the same length.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import astuple, dataclass, field
from datetime import date, datetime, timedelta
from typing import ClassVar

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.complaints.kpi_defs import BY_ID
from ioc_console.core.complaints.kpi_sql import (
    COLUMNS,
    COUNTED,
    TABLE,
    bucket_key,
    counts_query,
    local_day,
    where,
)
from ioc_console.core.periods import Bucket, Period
from ioc_console.core.scopes import RecordScope

_EPOCH_DAY = date(1970, 1, 1)
_OFFSET = 25200
# handling-time distribution: bins of one working day (10 h), the last one open-ended
HOURS_BIN = 10.0
HOURS_BINS = 15


class Scope(RecordScope):
    """Which complaints: the whole city (``column`` None) or those of one ward (today's ward
    code), agency, category or channel. ``label`` names it in words."""

    COLUMNS: ClassVar[tuple[str, ...]] = COLUMNS


CITY = Scope()


@dataclass(frozen=True)
class Counts:
    received: int = 0
    handled: int = 0
    due: int = 0
    handled_due: int = 0
    on_time: int = 0
    late: int = 0
    closed: int = 0
    rated: int = 0
    satisfied: int = 0
    timed: int = 0

    @staticmethod
    def of(row: tuple) -> Counts:
        return Counts(*(int(v or 0) for v in row))

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def rate(self, part: int, whole: int) -> float | None:
        return 100.0 * part / whole if whole else None

    @property
    def handled_rate(self) -> float | None:
        return self.rate(self.handled_due, self.due)

    @property
    def on_time_rate(self) -> float | None:
        return self.rate(self.on_time, self.on_time + self.late)

    @property
    def satisfaction_rate(self) -> float | None:
        return self.rate(self.satisfied, self.rated)

    @property
    def rating_rate(self) -> float | None:
        return self.rate(self.rated, self.closed)


@dataclass(frozen=True)
class Figures:
    counts: Counts
    open_now: int
    overdue_now: int
    median_hours: float | None
    p90_hours: float | None
    hours_bins: list[int] = field(default_factory=list)  # per HOURS_BIN working hours

    def value(self, kpi_id: str) -> float | None:
        """The figure of a KPI of :data:`kpi_defs.KPIS` by its id."""
        name = BY_ID[kpi_id].id.split(".", 1)[1]
        if hasattr(self, name):
            return getattr(self, name)
        return getattr(self.counts, name)


@dataclass
class TimeSeries:
    """Values per bucket (day, week or month); ``starts`` are the buckets' first days."""

    bucket: Bucket
    starts: list[date] = field(default_factory=list)
    by_channel: dict[str, list[int]] = field(default_factory=dict)  # intake
    rated: list[int] = field(default_factory=list)
    satisfied: list[int] = field(default_factory=list)


@dataclass
class Backlog:
    """Open and overdue complaints at the end of each day (the last: at the period's end)."""

    days: list[date] = field(default_factory=list)
    open: list[int] = field(default_factory=list)
    overdue: list[int] = field(default_factory=list)


@dataclass
class Dashboard:
    period: Period
    scope: Scope
    now: datetime
    figures: Figures
    previous: Figures | None
    intake: TimeSeries
    backlog: Backlog
    hours: list[int]  # complaints per bin of HOURS_BIN working hours
    by_ward: list[tuple[str, Counts]]
    by_agency: list[tuple[str, Counts]]


def epoch(moment: datetime) -> float:
    return moment.timestamp()


def day_start(day: date) -> float:
    """Seconds since the epoch of the city's midnight starting ``day``."""
    return (day - _EPOCH_DAY).days * 86400.0 - _OFFSET


def _params(period: Period, scope: Scope, now: datetime) -> dict[str, object]:
    return {"start": epoch(period.start), "end": epoch(period.end), "now": epoch(now),
            **scope.conditions()}


def counts(conn: sqlite3.Connection, period: Period, scope: Scope, now: datetime) -> Counts:
    row = conn.execute(counts_query(scope.conditions()), _params(period, scope, now)).fetchone()
    return Counts.of(row)


def figures(conn: sqlite3.Connection, period: Period, scope: Scope, now: datetime,
            total: Counts | None = None) -> Figures:
    """The tiles' figures; ``total`` when the counts are known already."""
    params = _params(period, scope, now)
    if total is None:
        total = Counts.of(conn.execute(counts_query(scope.conditions()), params).fetchone())
    at = min(period.end, now)
    open_now, overdue_now = state_at(conn, scope, at)
    fine = _fine_hours(conn, period, scope, now)
    median = p90 = None
    n = sum(count for _, count in fine)
    if n:
        ranks = ((n - 1) // 2, n // 2, math.ceil(0.9 * n) - 1)
        found = _hours_at(conn, period, scope, now, fine, ranks)
        median, p90 = (found[ranks[0]] + found[ranks[1]]) / 2, found[ranks[2]]
    bins = [0] * HOURS_BINS
    for tenth, count in fine:
        bins[min(int(tenth // (HOURS_BIN * _FINE)), HOURS_BINS - 1)] += count
    return Figures(total, open_now, overdue_now, median, p90, bins)


_FINE = 10  # tenths of a working hour: the handling-time histogram the percentiles start from


def _fine_hours(conn: sqlite3.Connection, period: Period, scope: Scope,
                now: datetime) -> list[tuple[int, int]]:
    """How many complaints were handled in each tenth of a working hour, in order."""
    sql = (f"SELECT CAST(hours * {_FINE} AS INTEGER) AS b, COUNT(*) FROM {TABLE} "
           f"WHERE {where(scope.conditions())} AND hours IS NOT NULL GROUP BY b ORDER BY b")
    return [(int(b), int(c)) for b, c in conn.execute(sql, _params(period, scope, now))]


def _hours_at(conn: sqlite3.Connection, period: Period, scope: Scope, now: datetime,
              fine: list[tuple[int, int]], ranks: tuple[int, ...]) -> dict[int, float]:
    """The handling hours at each 0-based rank: the histogram finds the rank's tenth of an hour,
    the index on ``hours`` reads the few complaints of that tenth."""
    sql = (f"SELECT hours FROM {TABLE} INDEXED BY complaint_facts_hours "
           f"WHERE hours >= :lo AND hours < :hi AND CAST(hours * {_FINE} AS INTEGER) = :b "
           f"AND {where(scope.conditions())} ORDER BY hours LIMIT 1 OFFSET :j")
    found: dict[int, float] = {}
    before = 0
    wanted = sorted(set(ranks))
    for tenth, count in fine:
        while wanted and wanted[0] < before + count:
            rank = wanted.pop(0)
            params = {**_params(period, scope, now), "b": tenth, "j": rank - before,
                      "lo": (tenth - 1) / _FINE, "hi": (tenth + 2) / _FINE}
            found[rank] = conn.execute(sql, params).fetchone()[0]
        before += count
    return found


def state_at(conn: sqlite3.Connection, scope: Scope, at: datetime) -> tuple[int, int]:
    """How many complaints were open, and how many overdue, at ``at``: read from the complaints
    not handled by then (the index on ``handled_at``), never from the whole history."""
    conditions = scope.conditions()
    params = {"at": epoch(at), **conditions}
    scoped = where(conditions, window=False)
    open_, overdue = 0, 0
    for unhandled in ("handled_at IS NULL", "handled_at >= :at"):
        row = conn.execute(
            f"SELECT COALESCE(SUM(received < :at), 0), COALESCE(SUM(deadline < :at), 0) "
            f"FROM {TABLE} INDEXED BY complaint_facts_handled WHERE {unhandled} AND {scoped}",
            params,
        ).fetchone()
        open_, overdue = open_ + row[0], overdue + row[1]
    return open_, overdue


def first_received(conn: sqlite3.Connection, scope: Scope) -> datetime | None:
    conditions = scope.conditions()
    row = conn.execute(
        f"SELECT MIN(received) FROM {TABLE} WHERE {where(conditions, window=False)}", conditions
    ).fetchone()
    return None if row[0] is None else datetime.fromtimestamp(row[0], CITY_TZ)


def intake(conn: sqlite3.Connection, period: Period, scope: Scope, now: datetime,
           first: date) -> TimeSeries:
    """Complaints received per bucket and channel, and rated/satisfied per bucket."""
    bucket = period.bucket
    last = min(period.last_day, (period.end - timedelta(microseconds=1)).date())
    series = TimeSeries(bucket, _bucket_starts(first, last, bucket))
    index = {(d - _EPOCH_DAY).days: i for i, d in enumerate(series.starts)}
    size = len(series.starts)
    series.rated, series.satisfied = [0] * size, [0] * size
    key = bucket_key("received", bucket.value)
    sql = (f"SELECT {key} AS b, channel, COUNT(*), SUM(rating IS NOT NULL), SUM(satisfied = 1) "
           f"FROM {TABLE} WHERE {where(scope.conditions())} GROUP BY b, channel")
    for day, channel, count, rated, satisfied in conn.execute(sql, _params(period, scope, now)):
        i = index.get(day)
        if i is None:
            continue
        series.by_channel.setdefault(channel, [0] * size)[i] += count
        series.rated[i] += rated or 0
        series.satisfied[i] += satisfied or 0
    return series


def _bucket_starts(first: date, last: date, bucket: Bucket) -> list[date]:
    if bucket is Bucket.WEEK:
        first = first - timedelta(days=first.weekday())
    elif bucket is Bucket.MONTH:
        first = first.replace(day=1)
    starts = []
    day = first
    while day <= last:
        starts.append(day)
        if bucket is Bucket.DAY:
            day += timedelta(days=1)
        elif bucket is Bucket.WEEK:
            day += timedelta(days=7)
        else:
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return starts


def backlog(conn: sqlite3.Connection, period: Period, scope: Scope, first: date) -> Backlog:
    """Open and overdue at the end of each day of the period: the state at its start plus
    running sums of per-day counts (four grouped index scans, whatever the number of days)."""
    start = max(epoch(period.start), day_start(first))
    end = epoch(period.end)
    conditions = scope.conditions()
    scoped = where(conditions, window=False)
    params = {"s": start, "e": end, **conditions}
    columns = ("received", "handled_at", "deadline", "settled")
    first_day = int((start + _OFFSET) // 86400)
    last_day = int((end - 1 + _OFFSET) // 86400)
    days = last_day - first_day + 1
    at_start = datetime.fromtimestamp(start, CITY_TZ)
    steps = []
    for column in columns:
        step = [0] * max(days, 0)
        for day, count in conn.execute(
            f"SELECT {local_day(column)} AS d, COUNT(*) FROM {TABLE} "
            f"WHERE {scoped} AND {column} >= :s AND {column} < :e GROUP BY d", params
        ):
            if 0 <= day - first_day < days:
                step[day - first_day] += count
        steps.append(step)
    open_, overdue = state_at(conn, scope, at_start)
    out = Backlog()
    received, handled, due, settled = steps
    for i in range(max(days, 0)):
        open_ += received[i] - handled[i]
        overdue += due[i] - settled[i]
        out.days.append(_EPOCH_DAY + timedelta(days=first_day + i))
        out.open.append(open_)
        out.overdue.append(overdue)
    return out


def hours_distribution(conn: sqlite3.Connection, period: Period, scope: Scope,
                       now: datetime) -> list[int]:
    """Complaints handled per bin of HOURS_BIN working hours (the last bin open-ended)."""
    return figures(conn, period, scope, now, Counts()).hours_bins


def ranking(conn: sqlite3.Connection, period: Period, scope: Scope, now: datetime,
            column: str) -> list[tuple[str, Counts]]:
    """The counts per ward/agency/category/channel (unsorted; the view ranks them)."""
    if column not in COLUMNS:
        raise ValueError(f"unknown column {column!r}")
    sql = counts_query(scope.conditions(), group_by=column)
    return [(key or "", Counts.of(rest))
            for key, *rest in conn.execute(sql, _params(period, scope, now))]


def dashboard(conn: sqlite3.Connection, period: Period, scope: Scope, now: datetime) -> Dashboard:
    """Every figure and series of the complaint dashboard (a read transaction: one snapshot)."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        begun = first_received(conn, scope)
        first = max(period.first_day, begun.date() if begun else period.last_day)
        previous = period.previous()
        # one scan counts the period by ward and agency; the city and each ranking add them up
        by_ward: dict[str, Counts] = {}
        by_agency: dict[str, Counts] = {}
        total = Counts()
        sql = counts_query(scope.conditions(), group_by="ward, agency")
        for ward, agency, *rest in conn.execute(sql, _params(period, scope, now)):
            counts = Counts.of(rest)
            total = total + counts
            by_ward[ward or ""] = by_ward.get(ward or "", Counts()) + counts
            by_agency[agency or ""] = by_agency.get(agency or "", Counts()) + counts
        current = figures(conn, period, scope, now, total)
        return Dashboard(
            period, scope, now,
            current,
            figures(conn, previous, scope, now) if previous else None,
            intake(conn, period, scope, now, first),
            backlog(conn, period, scope, first),
            current.hours_bins,
            list(by_ward.items()),
            list(by_agency.items()),
        )
    finally:
        if own:
            conn.execute("COMMIT")


__all__ = ["CITY", "COUNTED", "Backlog", "Counts", "Dashboard", "Figures", "Scope", "TimeSeries",
           "dashboard", "figures"]
