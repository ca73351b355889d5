"""The SQL of the procedure indicators over ``procedure_facts`` (core/store/procedure_facts.py).

Each measure is a predicate on one result row, used both to count (``SUM(column)``) and to list
the rows behind a figure (``WHERE column > 0``), so a figure and its drill-down agree. A period
is a range of city days, ``:d0`` (included) to ``:d1`` (excluded), of the day the files were
received.
"""

from __future__ import annotations

from enum import StrEnum

TABLE = "procedure_facts"
# the columns a scope, a ranking or a drill-down may name
COLUMNS = ("ward", "agency", "field")


class Measure(StrEnum):
    RECEIVED = "received"
    ONLINE = "online"
    EARLY = "early"
    ON_TIME = "on_time"  # on the due day
    LATE = "late"
    RESOLVED = "resolved"
    PENDING = "pending"  # in progress, not yet due
    OVERDUE = "overdue"  # unresolved past the due day
    IN_PROGRESS = "in_progress"  # pending or overdue


# measure -> the SQL of its count on one row
AMOUNTS: dict[Measure, str] = {
    Measure.RECEIVED: "received",
    Measure.ONLINE: "online",
    Measure.EARLY: "early",
    Measure.ON_TIME: "on_time",
    Measure.LATE: "late",
    Measure.RESOLVED: "(early + on_time + late)",
    Measure.PENDING: "pending",
    Measure.OVERDUE: "overdue",
    Measure.IN_PROGRESS: "(pending + overdue)",
}
# the counts a period's figures are made of, in the order of ``Counts``' fields
COUNTED = (Measure.RECEIVED, Measure.ONLINE, Measure.EARLY, Measure.ON_TIME, Measure.LATE,
           Measure.PENDING, Measure.OVERDUE)
SUMS = ", ".join(f"COALESCE(SUM({AMOUNTS[m]}), 0)" for m in COUNTED)


def where(conditions: dict[str, str], window: bool = True) -> str:
    """SQL: the days ``:d0``..``:d1`` (when ``window``) and column equalities (parameters
    named after the columns)."""
    parts = ["day >= :d0 AND day < :d1"] if window else []
    for column in conditions:
        if column not in COLUMNS:
            raise ValueError(f"unknown column {column!r}")
        parts.append(f"{column} IS :{column}")
    return " AND ".join(parts) or "1"


def bucket_key(bucket: str) -> str:
    """SQL: the first city day of the day/week/month bucket of ``day``."""
    if bucket == "week":  # 1970-01-01 was a Thursday: Monday is 3 days before
        return "(day - ((day + 3) % 7))"
    if bucket == "month":
        return ("CAST(julianday(strftime('%Y-%m-01', day * 86400, 'unixepoch')) - 2440587.5 "
                "AS INTEGER)")
    return "day"


def counts_query(conditions: dict[str, str], group_by: str | None = None,
                 window: bool = True) -> str:
    """SQL: every counted measure (grouped by columns when asked)."""
    if group_by is None:
        return f"SELECT {SUMS} FROM {TABLE} WHERE {where(conditions, window)}"
    return (f"SELECT {group_by}, {SUMS} FROM {TABLE} WHERE {where(conditions, window)} "
            f"GROUP BY {group_by}")


def ids_query(measure: Measure, conditions: dict[str, str], window: bool = True,
              extra: str = "") -> str:
    """SQL: the ids of the rows behind a figure, oldest first."""
    sql = f"SELECT id FROM {TABLE} WHERE {where(conditions, window)} AND {AMOUNTS[measure]} > 0"
    return sql + (f" AND {extra}" if extra else "") + " ORDER BY day, id"
