"""Procedure (TTHC) indicators against figures worked out by hand from a few result rows.

Period: 1–30 Nov 2026 seen on Friday 20 Nov 2026 at 10:00 (so it ends then, and the previous
period of the same length runs from 12 Oct 14:00).

id  day         field    ward (today)   recv online early on-day late pending overdue
R1  02/11/2026  Hộ tịch  29869          10   4      5     3      1    1       0
R2  03/11/2026  Đất đai  29888          6    1      0     3      1    0       2
R3  03/11/2026  Hộ tịch  29884          2    2      2     0      0    0       0
R4  06/05/2024  Hộ tịch  29887 (29888)  5    0      1     3      1    0       1
R5  30/10/2026  Hộ tịch  29869          4    4      4     0      0    0       0

R4 was received in Xã Mỹ Trà (29887) before the 2025 reorganisation; it lies in 29888 today.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.periods import PeriodKind, make_period
from ioc_console.core.procedures import indicators as ind
from ioc_console.core.procedures.drill import Drill, drill_ids
from ioc_console.core.procedures.sql import Measure

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)
NOV = make_period(PeriodKind.CUSTOM, NOW, date(2026, 11, 1), date(2026, 11, 30))


def result(rid: str, day: str, field: str, agency: str, ward: str, received: int, online: int,
           early: int, on_day: int, late: int, pending: int, overdue: int) -> dict:
    return {"id": rid, "date": day, "field": field, "agency": agency, "ward": ward,
            "received": received, "online": online, "resolved_on_time": early + on_day,
            "resolved_early": early, "resolved_late": late, "pending": pending,
            "overdue": overdue, "updated_at": f"{day}T17:30:00+07:00", "deleted": False}


ROWS = [
    result("R1", "2026-11-02", "Hộ tịch", "UBND phường Cao Lãnh", "29869", 10, 4, 5, 3, 1, 1, 0),
    result("R2", "2026-11-03", "Đất đai", "Văn phòng Đăng ký đất đai", "29888", 6, 1, 0, 3, 1,
           0, 2),
    result("R3", "2026-11-03", "Hộ tịch", "UBND phường Mỹ Ngãi", "29884", 2, 2, 2, 0, 0, 0, 0),
    result("R4", "2024-05-06", "Hộ tịch", "UBND xã Mỹ Trà", "29887", 5, 0, 1, 3, 1, 0, 1),
    result("R5", "2026-10-30", "Hộ tịch", "UBND phường Cao Lãnh", "29869", 4, 4, 4, 0, 0, 0, 0),
]


@pytest.fixture
def conn(cache):
    cache.apply_items("procedure_results", ROWS).result()
    return cache.conn


def test_counts_and_rates_of_the_period(conn):
    f = ind.figures(conn, NOV)
    c = f.counts
    assert (c.received, c.online, c.early, c.on_time, c.late) == (18, 7, 7, 6, 2)
    assert (c.resolved, c.pending, c.overdue, c.in_progress) == (15, 1, 2, 3)
    assert c.on_time_rate == pytest.approx(100 * 13 / 15)
    assert c.early_rate == pytest.approx(100 * 7 / 15)
    assert c.online_share == pytest.approx(100 * 7 / 18)
    assert f.overdue_now == 3  # R2's two and R4's one, received long ago
    assert f.value("procedures.on_time_rate") == pytest.approx(100 * 13 / 15)
    assert f.value("procedures.overdue_now") == 3


def test_an_empty_field_has_counts_of_zero_and_no_rates(conn):
    f = ind.figures(conn, NOV, ind.Scope("field", "Xây dựng"))
    assert f.counts == ind.Counts()
    assert f.counts.on_time_rate is None and f.counts.online_share is None
    assert f.overdue_now == 0


def test_a_ward_renamed_by_the_reorganisation_counts_in_todays_ward(conn):
    may = make_period(PeriodKind.CUSTOM, NOW, date(2024, 5, 1), date(2024, 5, 31))
    ward = ind.Scope("ward", "29888")  # Xã Mỹ Trà (29887) lies in it today
    assert ind.counts(conn, may, ward).received == 5
    assert ind.counts(conn, may, ind.Scope("ward", "29887")).received == 0
    assert ind.overdue_now(conn, ward) == 3


def test_files_resolved_on_their_due_day_are_on_time_not_early(conn):
    c = ind.counts(conn, NOV, ind.Scope("field", "Đất đai"))
    assert (c.early, c.on_time, c.late) == (0, 3, 1)
    assert c.on_time_rate == 75.0


def test_previous_period_of_the_same_length(conn):
    board = ind.dashboard(conn, NOV, ind.CITY, NOW)
    assert board.previous is not None
    assert board.previous.counts.received == 4  # R5, 30 Oct
    assert board.previous.counts.on_time_rate == 100.0


def test_series_per_day_with_the_on_time_rate(conn):
    s = ind.series(conn, NOV)
    assert s.starts[0] == date(2026, 11, 1) and s.starts[-1] == date(2026, 11, 20)
    i = s.starts.index(date(2026, 11, 3))
    assert (s.received[i], s.resolved[i], s.in_time[i]) == (8, 6, 5)
    assert s.on_time_rate[i] == pytest.approx(500 / 6)
    assert s.on_time_rate[0] is None  # a Sunday without files


def test_ranking_sorts_lagging_first_among_those_with_enough_files():
    rows = [("A", ind.Counts(early=80, late=20)), ("B", ind.Counts(late=3)),
            ("C", ind.Counts(on_time=95, late=5)), ("D", ind.Counts(received=4, pending=4))]
    ranked = ind.rank(rows, min_volume=20)
    assert [(r.key, r.ranked) for r in ranked] == [("A", True), ("C", True), ("B", False)]
    assert [r.key for r in ind.rank(rows, min_volume=1)] == ["B", "A", "C"]


def test_dashboard_groups_by_field_agency_and_ward(conn):
    board = ind.dashboard(conn, NOV, ind.CITY, NOW, min_volume=4)
    assert dict(board.by_field)["Hộ tịch"].received == 12
    assert [(r.key, r.ranked) for r in board.wards] == [("29888", True), ("29869", True),
                                                        ("29884", False)]
    assert [r.id for r in board.overdue] == ["R4", "R2"]
    assert board.overdue[0].ward == "29888"


def test_drill_down_lists_the_rows_behind_a_figure(conn):
    assert drill_ids(conn, Drill(Measure.LATE, NOV)) == ("R1", "R2")
    assert drill_ids(conn, Drill(Measure.OVERDUE, None)) == ("R4", "R2")
    ward = Drill(Measure.RECEIVED, NOV, conditions=(("ward", "29869"),),
                 days=(date(2026, 11, 2), date(2026, 11, 3)))
    assert drill_ids(conn, ward) == ("R1",)


def test_a_changed_result_moves_the_figures(cache, conn):
    done = dict(ROWS[1], resolved_late=3, overdue=0, updated_at="2026-11-20T09:00:00+07:00")
    cache.apply_items("procedure_results", [done]).result()
    f = ind.figures(conn, NOV)
    assert (f.counts.late, f.counts.overdue, f.overdue_now) == (4, 0, 1)


def test_a_result_without_early_counts_from_an_older_backend(cache, conn):
    old = dict(ROWS[2], id="R6")
    del old["resolved_early"]
    cache.apply_items("procedure_results", [old]).result()
    c = ind.counts(conn, NOV, ind.Scope("agency", "UBND phường Mỹ Ngãi"))
    assert (c.early, c.on_time) == (2, 2)


def test_a_cache_of_schema_3_gets_the_facts_of_the_results_it_holds(tmp_path):
    from ioc_console.core.store.cache import Cache
    from ioc_console.core.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate

    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    migrate(raw, {v: MIGRATIONS[v] for v in (1, 2, 3)})
    item = ROWS[0]
    raw.execute("INSERT INTO procedure_results (id, updated_at, ward, body) VALUES (?, ?, ?, ?)",
                (item["id"], item["updated_at"], item["ward"], json.dumps(item)))
    raw.close()
    cache = Cache.open(path)
    try:
        assert cache.schema_version == SCHEMA_VERSION
        assert ind.counts(cache.conn, NOV).received == 10
    finally:
        cache.close()
