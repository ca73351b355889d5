"""The SQL of the complaint KPIs over ``complaint_facts`` (see core/store/complaint_facts.py).

Each measure is a predicate on one complaint's facts, used both to count (``SUM(pred)``) and to
list the complaints behind a figure (``WHERE pred``), so a figure and its drill-down can never
disagree. ``:now`` and ``:at`` are parameters (seconds since the epoch).
"""

from __future__ import annotations

from enum import StrEnum

CITY_OFFSET_S = 25200
TABLE = "complaint_facts"


class Measure(StrEnum):
    RECEIVED = "received"
    HANDLED = "handled"
    DUE = "due"  # the deadline has passed
    HANDLED_DUE = "handled_due"
    ON_TIME = "on_time"
    LATE = "late"
    JUDGED = "judged"  # on time or late: handled, or past its deadline
    CLOSED = "closed"  # the call-back to the citizen is done
    RATED = "rated"
    SATISFIED = "satisfied"
    TIMED = "timed"  # handled with a known handling time
    OPEN_AT = "open_at"  # received and not handled at :at
    OVERDUE_AT = "overdue_at"  # past its deadline and not handled at :at


PREDICATES: dict[Measure, str] = {
    Measure.RECEIVED: "1",
    Measure.HANDLED: "handled_at IS NOT NULL",
    Measure.DUE: "deadline <= :now",
    Measure.HANDLED_DUE: "deadline <= :now AND handled_at IS NOT NULL",
    Measure.ON_TIME: "handled_at IS NOT NULL AND handled_at <= deadline",
    Measure.LATE: "(handled_at > deadline OR (handled_at IS NULL AND deadline < :now))",
    Measure.JUDGED: "(handled_at IS NOT NULL OR deadline < :now)",
    Measure.CLOSED: "state = 'closed'",
    Measure.RATED: "rating IS NOT NULL",
    Measure.SATISFIED: "satisfied = 1",
    Measure.TIMED: "hours IS NOT NULL",
    Measure.OPEN_AT: "received < :at AND (handled_at IS NULL OR handled_at >= :at)",
    Measure.OVERDUE_AT: "deadline < :at AND (handled_at IS NULL OR handled_at >= :at)",
}
# the measures counted over the complaints received in the period, in this order
COUNTED = (
    Measure.RECEIVED, Measure.HANDLED, Measure.DUE, Measure.HANDLED_DUE, Measure.ON_TIME,
    Measure.LATE, Measure.CLOSED, Measure.RATED, Measure.SATISFIED, Measure.TIMED,
)
# the columns a scope or a drill-down may name
COLUMNS = ("ward", "agency", "category", "channel")


def local_day(column: str) -> str:
    """SQL: the city day (days since 1970-01-01) of an epoch-seconds column."""
    return f"CAST(({column} + {CITY_OFFSET_S}) / 86400 AS INTEGER)"


def bucket_key(column: str, bucket: str) -> str:
    """SQL: the first city day of the day/week/month bucket of ``column``."""
    day = local_day(column)
    if bucket == "week":  # 1970-01-01 was a Thursday: Monday is 3 days before
        return f"({day} - (({day} + 3) % 7))"
    if bucket == "month":
        return (f"CAST(julianday(strftime('%Y-%m-01', {column} + {CITY_OFFSET_S}, 'unixepoch'))"
                f" - 2440587.5 AS INTEGER)")
    return day


def where(conditions: dict[str, str], window: bool = True) -> str:
    """SQL: the WHERE clause of a received window (``:start``/``:end``) and column equalities
    (parameters named after the columns)."""
    parts = ["received >= :start AND received < :end"] if window else []
    for column in conditions:
        if column not in COLUMNS:
            raise ValueError(f"unknown column {column!r}")
        parts.append(f"{column} IS :{column}")
    return " AND ".join(parts) or "1"


def counts_query(conditions: dict[str, str], group_by: str | None = None) -> str:
    """SQL: every counted measure over the period (grouped by a column when asked)."""
    sums = ", ".join(f"COALESCE(SUM({PREDICATES[m]}), 0)" for m in COUNTED)
    if group_by is None:
        return f"SELECT {sums} FROM {TABLE} WHERE {where(conditions)}"
    return (f"SELECT {group_by}, {sums} FROM {TABLE} WHERE {where(conditions)} "
            f"GROUP BY {group_by}")


def ids_query(measure: Measure, conditions: dict[str, str], window: bool, extra: str = "") -> str:
    """SQL: the ids of the complaints behind a figure, oldest first."""
    sql = f"SELECT id FROM {TABLE} WHERE {where(conditions, window)} AND {PREDICATES[measure]}"
    return sql + (f" AND {extra}" if extra else "") + " ORDER BY received, id"
