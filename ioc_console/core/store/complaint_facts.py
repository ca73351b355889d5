"""The complaints' figures as columns: one row per cached complaint, kept by triggers.

A complaint is cached as JSON (its wire form). The KPIs need a few of its facts as plain,
indexed columns, and two that a generated column cannot hold because they read the status
history or other tables: when the complaint was handled, and how many working hours that took.
Triggers on the ``complaints`` table keep ``complaint_facts`` equal to it row by row, inside the
writer's transaction, so every reader sees both or neither.

Facts, all times in seconds since the epoch (UTC):

- ``received``: ``requested_datetime``; ``deadline``: ``legal_deadline``, else
  ``expected_datetime``.
- ``handled_at``: while the complaint is resolved or closed, the time it entered the last run of
  resolved/closed states in its history (a reopened complaint that is handled again counts from
  the second resolution; one reopened and not yet handled is open); else NULL.
- ``ward``: today's ward — the cache's ``ward`` column (the record's ``current_ward``), else the
  record's ``ward`` of the day it was received rolled up through ``ward_rollup`` (the 2025
  reorganisations).
- ``hours``: working hours (07:00–17:00, Monday to Friday, less the fixed-date public holidays)
  from received to handled, from ``work_calendar``.
- ``agency``: ``agency_responsible`` with the tone of each open "oa", "oe", "uy" syllable on
  its first vowel (:func:`~ioc_console.core.text.one_tone_placement`, an SQL function every
  connection to the cache registers): "Công an phường Hoà Thuận" (a 2019 unit's spelling) and
  "Công an phường Hòa Thuận" (2025's) are one agency in the rankings, the scopes and the
  drill-downs.
- ``rating`` (1–5), ``satisfied`` (1/0: the record's ``satisfied``, else rating >= 4).
- ``settled``: the later of deadline and handled (NULL while open): from then on the complaint
  is no longer overdue, or never was.
"""

from __future__ import annotations

import sqlite3

from ioc_console.core.domain.admin_units import all_units, current_ward
from ioc_console.core.text import one_tone_placement

CITY_OFFSET_S = 25200  # Asia/Ho_Chi_Minh is UTC+7 all year
WORK_START_S = 7 * 3600
WORK_DAY_S = 10 * 3600
HANDLED_STATES = ("resolved", "closed")
CALENDAR_FIRST_DAY = 16436  # 2015-01-01, in days since 1970-01-01 (city time)
CALENDAR_LAST_DAY = 25567  # 2040-01-01
AGENCY_NAME = "one_tone_placement"  # the SQL function the facts' agency is written with


def register_functions(conn: sqlite3.Connection) -> None:
    """Give ``conn`` the SQL functions the facts' triggers call (every connection to the cache
    has them: the triggers run on whichever one writes the complaints)."""
    conn.create_function(AGENCY_NAME, 1, _agency_name, deterministic=True)


def _agency_name(text: str | int | float | bytes | None) -> str | int | float | bytes | None:
    return one_tone_placement(text) if isinstance(text, str) else text


def _epoch(text: str) -> str:
    """SQL: an ISO 8601 text as seconds since the epoch; without an offset it is city time."""
    return (
        f"(CASE WHEN {text} IS NULL OR {text} = '' THEN NULL "
        f"WHEN {text} GLOB '*[+-][0-9][0-9]:[0-9][0-9]' OR {text} GLOB '*Z' "
        f"THEN ROUND((julianday({text}) - 2440587.5) * 86400.0, 3) "
        f"ELSE ROUND((julianday({text}) - 2440587.5) * 86400.0, 3) - {CITY_OFFSET_S} END)"
    )


def working_clock(moment: str) -> str:
    """SQL: the working hours from the calendar's first day up to ``moment`` (epoch seconds)."""
    local = f"(({moment}) + {CITY_OFFSET_S})"
    day = f"CAST({local} / 86400 AS INTEGER)"
    return (
        f"(SELECT c.before + CASE WHEN c.working THEN "
        f"MIN(MAX({local} - c.day * 86400 - {WORK_START_S}, 0), {WORK_DAY_S}) / 3600.0 "
        f"ELSE 0 END FROM work_calendar c WHERE c.day = {day})"
    )


_HANDLED = ", ".join(f"'{s}'" for s in HANDLED_STATES)
_HISTORY = "json_each(r.body, '$.status_history')"
# the time the complaint entered its last run of handled states
_HANDLED_AT = f"""(SELECT json_extract(e.value, '$.at') FROM {_HISTORY} e
    WHERE json_extract(e.value, '$.state') IN ({_HANDLED})
      AND e.key > COALESCE((SELECT MAX(f.key) FROM {_HISTORY} f
                            WHERE json_extract(f.value, '$.state') NOT IN ({_HANDLED})), -1)
    ORDER BY e.key LIMIT 1)"""


def facts_select(source: str) -> str:
    """SQL: the facts of the complaints in ``source`` (a FROM item naming id, ward, body)."""
    raw = f"""SELECT r.id AS id, r.ward AS cached_ward, r.body AS body,
        json_extract(r.body, '$.requested_datetime') AS received_text,
        COALESCE(json_extract(r.body, '$.legal_deadline'),
                 json_extract(r.body, '$.expected_datetime')) AS deadline_text,
        COALESCE(json_extract(r.body, '$.state'), json_extract(r.body, '$.status')) AS state,
        CASE WHEN COALESCE(json_extract(r.body, '$.state'), json_extract(r.body, '$.status'))
                  IN ({_HANDLED})
             THEN COALESCE({_HANDLED_AT}, json_extract(r.body, '$.updated_datetime')) END
             AS handled_text,
        json_extract(r.body, '$.ward') AS ward_then,
        {AGENCY_NAME}(json_extract(r.body, '$.agency_responsible')) AS agency,
        COALESCE(json_extract(r.body, '$.category'), json_extract(r.body, '$.service_code'))
             AS category,
        COALESCE(json_extract(r.body, '$.channel'), 'other') AS channel,
        json_extract(r.body, '$.satisfaction') AS rating,
        json_extract(r.body, '$.satisfied') AS satisfied
        FROM {source} r LIMIT -1 OFFSET 0"""  # OFFSET: not flattened into the outer query
    times = f"""SELECT id, cached_ward, ward_then, state, agency, category, channel, rating,
        satisfied, {_epoch('received_text')} AS received, {_epoch('deadline_text')} AS deadline,
        {_epoch('handled_text')} AS handled_at FROM ({raw}) LIMIT -1 OFFSET 0"""
    rollup = f"""(SELECT w.today FROM ward_rollup w WHERE w.code = t.ward_then
        AND w.first_day <= CAST((t.received + {CITY_OFFSET_S}) / 86400 AS INTEGER)
        AND CAST((t.received + {CITY_OFFSET_S}) / 86400 AS INTEGER) < w.end_day)"""
    return f"""SELECT t.id, t.received, t.deadline, t.handled_at, t.state,
        COALESCE(t.cached_ward, {rollup}, t.ward_then), t.agency, t.category, t.channel,
        CASE WHEN typeof(t.rating) IN ('integer', 'real') THEN t.rating END,
        CASE WHEN t.satisfied IS NOT NULL THEN t.satisfied
             WHEN typeof(t.rating) IN ('integer', 'real') THEN t.rating >= 4 END,
        CASE WHEN t.handled_at IS NOT NULL
             THEN MAX({working_clock('t.handled_at')} - {working_clock('t.received')}, 0) END,
        MAX(t.deadline, t.handled_at)
        FROM ({times}) t WHERE t.received IS NOT NULL"""


_COLUMNS = "id, received, deadline, handled_at, state, ward, agency, category, channel, " \
    "rating, satisfied, hours, settled"


def _rollup_rows() -> list[str]:
    """INSERT statements: each unit's code and period -> the code of the ward it lies in today."""
    rows = []
    for unit in all_units():
        first = (unit.valid_from.toordinal() - 719163) if unit.valid_from else 0
        end = (unit.valid_to.toordinal() - 719163) if unit.valid_to else 10**7
        rows.append(f"('{unit.code}', {first}, {end}, '{current_ward(unit).code}')")
    return [f"INSERT INTO ward_rollup (code, first_day, end_day, today) VALUES {', '.join(rows)}"]


def _writing_triggers() -> list[str]:
    new = facts_select("(SELECT NEW.id AS id, NEW.ward AS ward, NEW.body AS body)")
    return [
        f"""CREATE TRIGGER complaint_facts_insert AFTER INSERT ON complaints BEGIN
               INSERT OR REPLACE INTO complaint_facts ({_COLUMNS}) {new};
           END""",
        f"""CREATE TRIGGER complaint_facts_update AFTER UPDATE ON complaints BEGIN
               DELETE FROM complaint_facts WHERE id = OLD.id;
               INSERT OR REPLACE INTO complaint_facts ({_COLUMNS}) {new};
           END""",
    ]


def agency_migration() -> list[str]:
    """The statements that write each agency's name with one tone placement (schema version 5):
    "Công an phường Hoà Thuận" and "… Hòa Thuận" are one agency in the figures."""
    return [
        "DROP TRIGGER IF EXISTS complaint_facts_insert",
        "DROP TRIGGER IF EXISTS complaint_facts_update",
        *_writing_triggers(),
        f"UPDATE complaint_facts SET agency = {AGENCY_NAME}(agency) WHERE agency IS NOT NULL",
    ]


def migration() -> list[str]:
    """The statements that add the facts (schema version 3)."""
    holidays = "'01-01', '04-30', '05-01', '09-02'"
    return [
        """CREATE TABLE work_calendar (
               day INTEGER PRIMARY KEY,  -- days since 1970-01-01, city time
               working INTEGER NOT NULL,
               before REAL NOT NULL  -- working hours from the first day up to this day's start
           )""",
        f"""WITH RECURSIVE d(day) AS (
                SELECT {CALENDAR_FIRST_DAY} UNION ALL
                SELECT day + 1 FROM d WHERE day < {CALENDAR_LAST_DAY}),
            w AS (SELECT day, CASE
                WHEN strftime('%w', day * 86400, 'unixepoch') IN ('0', '6') THEN 0
                WHEN strftime('%m-%d', day * 86400, 'unixepoch') IN ({holidays}) THEN 0
                ELSE 1 END AS working FROM d)
            INSERT INTO work_calendar (day, working, before)
            SELECT day, working, {WORK_DAY_S / 3600} * COALESCE(SUM(working) OVER
                (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) FROM w""",
        """CREATE TABLE ward_rollup (
               code TEXT NOT NULL, first_day INTEGER NOT NULL, end_day INTEGER NOT NULL,
               today TEXT NOT NULL
           )""",
        "CREATE INDEX ward_rollup_code ON ward_rollup(code)",
        *_rollup_rows(),
        # kept in the order received: a period's complaints are one run of the table
        """CREATE TABLE complaint_facts (
               id TEXT NOT NULL, received REAL NOT NULL, deadline REAL, handled_at REAL,
               state TEXT, ward TEXT, agency TEXT, category TEXT, channel TEXT,
               rating INTEGER, satisfied INTEGER, hours REAL,
               settled REAL,  -- when it stopped being overdue, or could no longer become so
               PRIMARY KEY (received, id)
           ) WITHOUT ROWID""",
        "CREATE UNIQUE INDEX complaint_facts_id ON complaint_facts(id)",
        "CREATE INDEX complaint_facts_received ON complaint_facts(received)",
        "CREATE INDEX complaint_facts_hours ON complaint_facts(hours)",
        # with the deadline: "open/overdue at a moment" reads this index alone
        "CREATE INDEX complaint_facts_handled ON complaint_facts(handled_at, deadline)",
        "CREATE INDEX complaint_facts_deadline ON complaint_facts(deadline)",
        "CREATE INDEX complaint_facts_settled ON complaint_facts(settled)",
        *[
            f"CREATE INDEX complaint_facts_{c} ON complaint_facts({c}, received)"
            for c in ("ward", "agency", "category", "channel")
        ],
        *_writing_triggers(),
        """CREATE TRIGGER complaint_facts_delete AFTER DELETE ON complaints BEGIN
               DELETE FROM complaint_facts WHERE id = OLD.id;
           END""",
        f"INSERT INTO complaint_facts ({_COLUMNS}) {facts_select('complaints')}",
    ]
