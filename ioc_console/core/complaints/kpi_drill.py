"""The complaints behind a figure of the complaint dashboard (a drill-down), in SQL with the
same predicates that counted them (see kpi_sql)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from ioc_console.core.complaints.kpi_sql import COLUMNS, Measure, ids_query
from ioc_console.core.complaints.kpis import CITY, Scope, day_start, epoch
from ioc_console.core.periods import Period


@dataclass(frozen=True)
class Drill:
    """Which complaints are behind a figure: ``measure`` over those received in ``period``
    (or the state at ``at``, for open/overdue), within ``scope`` and ``conditions``;
    ``received_days`` narrows to a bucket, ``hours`` to a handling-time bin, ``other_than``
    to the complaints whose column holds none of the values (a chart's "other" layer)."""

    measure: Measure
    period: Period | None
    scope: Scope = CITY
    conditions: tuple[tuple[str, str], ...] = ()
    at: datetime | None = None
    received_days: tuple[date, date] | None = None  # first day included, last excluded
    hours: tuple[float, float] | None = None
    other_than: tuple[str, tuple[str, ...]] | None = None


def drill_ids(conn: sqlite3.Connection, drill: Drill, now: datetime) -> tuple[str, ...]:
    """The ids of the complaints behind a figure, oldest first."""
    conditions = {**drill.scope.conditions(), **dict(drill.conditions)}
    params: dict[str, object] = {"now": epoch(now), **conditions}
    window = drill.measure not in (Measure.OPEN_AT, Measure.OVERDUE_AT)
    if window:
        if drill.period is None:
            raise ValueError("a figure over received complaints needs its period")
        params.update(start=epoch(drill.period.start), end=epoch(drill.period.end))
    params["at"] = epoch(drill.at or now)
    extra = []
    if drill.received_days is not None:
        params["d0"], params["d1"] = (day_start(d) for d in drill.received_days)
        extra.append("received >= :d0 AND received < :d1")
    if drill.hours is not None:
        params["h0"], params["h1"] = drill.hours
        extra.append("hours >= :h0 AND hours < :h1")
    if drill.other_than is not None:
        column, values = drill.other_than
        if column not in COLUMNS:
            raise ValueError(f"unknown column {column!r}")
        names = [f"x{i}" for i in range(len(values))]
        params.update(zip(names, values, strict=True))
        extra.append(f"{column} NOT IN ({', '.join(':' + n for n in names)})")
    sql = ids_query(drill.measure, conditions, window, " AND ".join(extra))
    return tuple(row[0] for row in conn.execute(sql, params))
