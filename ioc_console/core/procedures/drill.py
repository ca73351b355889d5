"""The result rows behind a figure of the procedures dashboard (a drill-down), in SQL with the
same amounts that counted them (see sql.py)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from ioc_console.core.periods import Period
from ioc_console.core.procedures.indicators import CITY, Scope, day_number, params
from ioc_console.core.procedures.sql import Measure, ids_query


@dataclass(frozen=True)
class Drill:
    """The rows with ``measure`` among those received in ``period`` (every day when None)
    within ``scope`` and ``conditions`` (column, value); ``days`` narrows to a bucket (first
    day included, last excluded)."""

    measure: Measure
    period: Period | None
    scope: Scope = CITY
    conditions: tuple[tuple[str, str], ...] = ()
    days: tuple[date, date] | None = None


def drill_ids(conn: sqlite3.Connection, drill: Drill) -> tuple[str, ...]:
    """The ids of the rows behind a figure, oldest first."""
    conditions = {**drill.scope.conditions(), **dict(drill.conditions)}
    values: dict[str, object] = dict(conditions)
    if drill.period is not None:
        values.update(params(drill.period, drill.scope))
        values.update(conditions)
    extra = ""
    if drill.days is not None:
        values["b0"], values["b1"] = (day_number(d) for d in drill.days)
        extra = "day >= :b0 AND day < :b1"
    sql = ids_query(drill.measure, conditions, drill.period is not None, extra)
    return tuple(row[0] for row in conn.execute(sql, values))
