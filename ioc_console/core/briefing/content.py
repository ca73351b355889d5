"""What the leaders' daily briefing of a day says, read from the cache with the same functions
the dashboards use, so a figure in the briefing equals the dashboard's for the same period.

The briefing of day D is made at the end of D (or now, if D is today): its period is the last
30 days up to then, the dashboards' "Last 30 days"; alerts are those raised in the 24 hours
before; the overdue complaints are those overdue at that moment. A procedure result holds only
its present state, so the overdue files are those overdue now, even in the briefing of a past
day.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.complaints import kpis as complaint_kpis
from ioc_console.core.complaints.kpi_drill import Drill as ComplaintDrill
from ioc_console.core.complaints.kpi_drill import drill_ids
from ioc_console.core.complaints.kpi_scopes import ward_names
from ioc_console.core.complaints.kpi_sql import Measure as ComplaintMeasure
from ioc_console.core.periods import Period, PeriodKind, make_period
from ioc_console.core.procedures import indicators as procedures

LIST_ROWS = 6  # rows of each list in the briefing


@dataclass(frozen=True)
class AlertLine:
    priority: int
    title: str
    created: datetime
    state: str


@dataclass(frozen=True)
class OverdueComplaint:
    id: str
    title: str
    ward: str
    deadline: str


@dataclass
class Briefing:
    day: date
    at: datetime  # the moment the figures stand at
    period: Period
    complaints: complaint_kpis.Figures
    complaints_previous: complaint_kpis.Figures | None
    procedures: procedures.Dashboard
    ward_names: dict[str, str]
    alerts_by_priority: dict[int, int] = field(default_factory=dict)
    alerts: list[AlertLine] = field(default_factory=list)  # the highest priorities first
    overdue_complaints: list[OverdueComplaint] = field(default_factory=list)
    overdue_complaints_total: int = 0


def moment_of(day: date, now: datetime) -> datetime:
    """When the briefing of ``day`` stands: the end of that day, or ``now`` if it is not over."""
    end = datetime.combine(day + timedelta(days=1), time(0), CITY_TZ) - timedelta(seconds=1)
    return min(end, now.astimezone(CITY_TZ))


def alerts_since(conn: sqlite3.Connection, start: datetime,
                 end: datetime) -> tuple[dict[int, int], list[AlertLine]]:
    """Alerts raised from ``start`` to ``end``: the count per priority and the most urgent."""
    counts: dict[int, int] = {}
    lines: list[AlertLine] = []
    sql = ("SELECT json_extract(body, '$.priority'), json_extract(body, '$.title'), "
           "json_extract(body, '$.created_at'), json_extract(body, '$.state') FROM alerts")
    for priority, title, created, state in conn.execute(sql):
        try:
            when = datetime.fromisoformat(str(created).replace("Z", "+00:00"))
        except ValueError:
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=CITY_TZ)
        if not start <= when < end or not isinstance(priority, int):
            continue
        counts[priority] = counts.get(priority, 0) + 1
        lines.append(AlertLine(priority, str(title or ""), when.astimezone(CITY_TZ),
                               str(state or "")))
    lines.sort(key=lambda a: (a.priority, -a.created.timestamp()))
    return counts, lines


def overdue_complaints(conn: sqlite3.Connection, at: datetime,
                       names: dict[str, str]) -> tuple[list[OverdueComplaint], int]:
    """The complaints overdue at ``at`` (the oldest first) and how many there are."""
    ids = drill_ids(conn, ComplaintDrill(ComplaintMeasure.OVERDUE_AT, None, at=at), at)
    rows = []
    sql = ("SELECT c.id, json_extract(c.body, '$.service_name'), f.ward, "
           "COALESCE(json_extract(c.body, '$.legal_deadline'), "
           "json_extract(c.body, '$.expected_datetime')) FROM complaints c "
           "JOIN complaint_facts f ON f.id = c.id WHERE c.id IN (SELECT value FROM json_each(?))"
           " ORDER BY f.deadline, c.id LIMIT ?")
    for cid, title, ward, deadline in conn.execute(sql, (json.dumps(list(ids)), LIST_ROWS)):
        rows.append(OverdueComplaint(cid, title or "", names.get(ward, ward or ""),
                                     str(deadline or "")[:10]))
    return rows, len(ids)


def build_briefing(conn: sqlite3.Connection, day: date, now: datetime) -> Briefing:
    """The briefing of ``day`` from the cache, as it stands at ``now`` (one read snapshot)."""
    at = moment_of(day, now)
    period = make_period(PeriodKind.DAYS_30, at)
    names = ward_names(day)
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        city = complaint_kpis.CITY
        complaints = complaint_kpis.figures(conn, period, city, at)
        previous = period.previous()
        complaints_previous = complaint_kpis.figures(conn, previous, city, at) if previous \
            else None
        board = procedures.dashboard(conn, period, procedures.CITY, at)
        counts, alerts = alerts_since(conn, at - timedelta(hours=24), at)
        overdue, total = overdue_complaints(conn, at, names)
    finally:
        if own:
            conn.execute("COMMIT")
    return Briefing(day, at, period, complaints, complaints_previous, board, names, counts,
                    alerts[:LIST_ROWS], overdue, total)
