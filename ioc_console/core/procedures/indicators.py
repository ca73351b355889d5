"""The administrative-procedure (TTHC) indicators of a period and a scope, in SQL over the cache.

What provincial service portals show per period (Decision 766/QĐ-TTg): files received; resolved,
split into early (trước hạn), on time (đúng hạn, on the due day) and late (trễ hạn), and the
on-time rate (early + on time among resolved); in progress (đang giải quyết) and overdue (quá
hạn) among the files received in the period, as they stand now; the share submitted online.
"Overdue now" counts every overdue file of the scope, whenever received. Every figure is a sum
over ``procedure_facts`` (one indexed row per day, field, agency and ward); nothing loops over
records in Python. A rate over nothing is None, never 0 % or 100 %.
"""

from __future__ import annotations

import sqlite3
from dataclasses import astuple, dataclass, field
from datetime import date, datetime, timedelta
from typing import ClassVar

from ioc_console.core.periods import Bucket, Period
from ioc_console.core.procedures.sql import (
    COLUMNS,
    SUMS,
    TABLE,
    bucket_key,
    counts_query,
    where,
)
from ioc_console.core.scopes import RecordScope

EPOCH_DAY = date(1970, 1, 1)
# a ranking's rate stands on at least this many resolved files; fewer are listed after it
MIN_VOLUME = 20


class Scope(RecordScope):
    """Which results: the whole city (``column`` None) or one ward (today's ward code, so a
    ward's results before the 2025 reorganisation count under the ward it lies in today),
    agency or field. ``label`` names it in words."""

    COLUMNS: ClassVar[tuple[str, ...]] = COLUMNS


CITY = Scope()


def rate(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


@dataclass(frozen=True)
class Counts:
    received: int = 0
    online: int = 0
    early: int = 0
    on_time: int = 0  # resolved on the due day
    late: int = 0
    pending: int = 0
    overdue: int = 0

    @staticmethod
    def of(row: tuple | list) -> Counts:
        return Counts(*(int(v or 0) for v in row))

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    @property
    def resolved(self) -> int:
        return self.early + self.on_time + self.late

    @property
    def in_progress(self) -> int:
        return self.pending + self.overdue

    @property
    def on_time_rate(self) -> float | None:
        """Early and on time among the resolved, in percent."""
        return rate(self.early + self.on_time, self.resolved)

    @property
    def early_rate(self) -> float | None:
        return rate(self.early, self.resolved)

    @property
    def online_share(self) -> float | None:
        return rate(self.online, self.received)


@dataclass(frozen=True)
class Figures:
    counts: Counts
    overdue_now: int  # every overdue file of the scope, whenever received

    def value(self, kpi_id: str) -> float | None:
        """The figure of a KPI of :data:`defs.KPIS` by its id ("procedures.on_time_rate")."""
        name = kpi_id.split(".", 1)[1]
        if name == "overdue_now":
            return self.overdue_now
        return getattr(self.counts, name)


@dataclass
class Series:
    """Per bucket (day, week or month; ``starts`` its first days): received, resolved, and
    resolved early or on time."""

    bucket: Bucket
    starts: list[date] = field(default_factory=list)
    received: list[int] = field(default_factory=list)
    resolved: list[int] = field(default_factory=list)
    in_time: list[int] = field(default_factory=list)

    @property
    def on_time_rate(self) -> list[float | None]:
        return [rate(a, b) for a, b in zip(self.in_time, self.resolved, strict=True)]


@dataclass(frozen=True)
class Ranked:
    """One agency or ward of a ranking: its counts and whether they are enough to rank it."""

    key: str
    counts: Counts
    ranked: bool


@dataclass(frozen=True)
class OverdueRow:
    id: str
    day: date
    field: str
    agency: str
    ward: str  # today's ward code
    overdue: int


@dataclass
class Dashboard:
    period: Period
    scope: Scope
    now: datetime
    figures: Figures
    previous: Figures | None
    series: Series
    by_field: list[tuple[str, Counts]]
    agencies: list[Ranked]
    wards: list[Ranked]
    overdue: list[OverdueRow]
    min_volume: int = MIN_VOLUME


def day_number(day: date) -> int:
    return (day - EPOCH_DAY).days


def period_days(period: Period) -> tuple[int, int]:
    """The city days of ``period``: first included, last excluded."""
    last = (period.end - timedelta(microseconds=1)).date()
    return day_number(period.start.date()), day_number(max(last, period.start.date())) + 1


def params(period: Period, scope: Scope) -> dict[str, object]:
    d0, d1 = period_days(period)
    return {"d0": d0, "d1": d1, **scope.conditions()}


def counts(conn: sqlite3.Connection, period: Period, scope: Scope = CITY) -> Counts:
    return Counts.of(conn.execute(counts_query(scope.conditions()),
                                  params(period, scope)).fetchone())


def overdue_now(conn: sqlite3.Connection, scope: Scope = CITY) -> int:
    conditions = scope.conditions()
    row = conn.execute(f"SELECT COALESCE(SUM(overdue), 0) FROM {TABLE} WHERE overdue > 0 AND "
                       f"{where(conditions, window=False)}", conditions).fetchone()
    return int(row[0])


def figures(conn: sqlite3.Connection, period: Period, scope: Scope = CITY,
            total: Counts | None = None) -> Figures:
    return Figures(total if total is not None else counts(conn, period, scope),
                   overdue_now(conn, scope))


def series(conn: sqlite3.Connection, period: Period, scope: Scope = CITY) -> Series:
    """Received, resolved and resolved in time per bucket of the period (empty buckets 0)."""
    bucket = period.bucket
    d0, d1 = period_days(period)
    out = Series(bucket, _starts(EPOCH_DAY + timedelta(days=d0),
                                 EPOCH_DAY + timedelta(days=d1 - 1), bucket))
    index = {day_number(d): i for i, d in enumerate(out.starts)}
    size = len(out.starts)
    out.received, out.resolved, out.in_time = [0] * size, [0] * size, [0] * size
    sql = (f"SELECT {bucket_key(bucket.value)} AS b, SUM(received), SUM(early + on_time + late),"
           f" SUM(early + on_time) FROM {TABLE} WHERE {where(scope.conditions())} GROUP BY b")
    for key, received, resolved, in_time in conn.execute(sql, params(period, scope)):
        i = index.get(key)
        if i is not None:
            out.received[i], out.resolved[i], out.in_time[i] = received, resolved, in_time
    return out


def _starts(first: date, last: date, bucket: Bucket) -> list[date]:
    if bucket is Bucket.WEEK:
        first -= timedelta(days=first.weekday())
    elif bucket is Bucket.MONTH:
        first = first.replace(day=1)
    starts, day = [], first
    while day <= last:
        starts.append(day)
        if bucket is Bucket.DAY:
            day += timedelta(days=1)
        elif bucket is Bucket.WEEK:
            day += timedelta(days=7)
        else:
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return starts


def grouped(conn: sqlite3.Connection, period: Period, scope: Scope,
            column: str) -> list[tuple[str, Counts]]:
    """The counts per ward, agency or field, by key."""
    if column not in COLUMNS:
        raise ValueError(f"unknown column {column!r}")
    sql = counts_query(scope.conditions(), group_by=column)
    rows = [(key or "", Counts.of(rest)) for key, *rest in conn.execute(sql, params(period, scope))]
    return sorted(rows, key=lambda r: r[0])


def rank(rows: list[tuple[str, Counts]], min_volume: int = MIN_VOLUME) -> list[Ranked]:
    """Lagging first: those with at least ``min_volume`` resolved files by on-time rate, lowest
    first (then the larger volume); after them, those with fewer, largest volume first (their
    rate is shown, not ranked). Keys without a resolved file are left out."""
    enough = [(k, c) for k, c in rows if c.resolved >= max(min_volume, 1)]
    few = [(k, c) for k, c in rows if 0 < c.resolved < max(min_volume, 1)]
    enough.sort(key=lambda kc: (kc[1].on_time_rate or 0.0, -kc[1].resolved, kc[0]))
    few.sort(key=lambda kc: (-kc[1].resolved, kc[0]))
    return [Ranked(k, c, True) for k, c in enough] + [Ranked(k, c, False) for k, c in few]


def ranking(conn: sqlite3.Connection, period: Period, scope: Scope, column: str,
            min_volume: int = MIN_VOLUME) -> list[Ranked]:
    return rank(grouped(conn, period, scope, column), min_volume)


def overdue_list(conn: sqlite3.Connection, scope: Scope = CITY,
                 limit: int = 500) -> list[OverdueRow]:
    """The rows holding overdue files now, oldest first."""
    conditions = scope.conditions()
    sql = (f"SELECT id, day, field, agency, ward, overdue FROM {TABLE} WHERE overdue > 0 AND "
           f"{where(conditions, window=False)} ORDER BY day, id LIMIT :limit")
    return [OverdueRow(i, EPOCH_DAY + timedelta(days=d), f or "", a or "", w or "", int(n))
            for i, d, f, a, w, n in conn.execute(sql, {**conditions, "limit": limit})]


def dashboard(conn: sqlite3.Connection, period: Period, scope: Scope, now: datetime,
              min_volume: int = MIN_VOLUME) -> Dashboard:
    """Every figure and series of the procedures dashboard (one read transaction: one
    snapshot)."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        # one scan by ward, agency and field; the city, each ranking and the fields add it up
        by: dict[str, dict[str, Counts]] = {c: {} for c in COLUMNS}
        total = Counts()
        sql = (f"SELECT ward, agency, field, {SUMS} FROM {TABLE} "
               f"WHERE {where(scope.conditions())} GROUP BY ward, agency, field")
        for ward, agency, field_, *rest in conn.execute(sql, params(period, scope)):
            row = Counts.of(rest)
            total = total + row
            for column, key in zip(COLUMNS, (ward, agency, field_), strict=True):
                by[column][key or ""] = by[column].get(key or "", Counts()) + row
        previous = period.previous()
        current = figures(conn, period, scope, total)
        return Dashboard(
            period, scope, now, current,
            Figures(counts(conn, previous, scope), current.overdue_now) if previous else None,
            series(conn, period, scope),
            sorted(by["field"].items()),
            rank(list(by["agency"].items()), min_volume),
            rank(list(by["ward"].items()), min_volume),
            overdue_list(conn, scope),
            min_volume,
        )
    finally:
        if own:
            conn.execute("COMMIT")
