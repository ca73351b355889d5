"""Complaint KPIs against figures worked out by hand from a few complaints.

Period: 1–20 Nov 2026, seen on Friday 20 Nov 2026 at 10:00 (so it ends then). Office hours are
07:00–17:00, Monday to Friday.

| id | received        | deadline        | handled (last resolution) | ward (today) | rating |
|----|-----------------|-----------------|---------------------------|--------------|--------|
| A  | Mon 02/11 08:00 | Fri 06/11 17:00 | Tue 03/11 10:00 (12 h)    | 29869        | 5      |
| B  | Tue 03/11 09:00 | Thu 05/11 17:00 | Mon 09/11 11:00 (42 h)    | 29869        | 2      |
| F  | Wed 04/11 08:00 | Wed 11/11 17:00 | reopened, Thu 12/11 08:00 (60 h) | 29888 | 4      |
| C  | Tue 10/11 14:00 | Thu 19/11 00:00 | open                      | 29884        | -      |
| D  | Thu 12/11 08:00 | Fri 13/11 00:00 | Fri 13/11 00:00 (9 h)     | 29888        | -      |
| E  | Thu 12/11 08:30 | Fri 13/11 00:00 | Fri 13/11 00:00:01 (8.5 h)| 29888        | -      |
| G  | 06/05/2024      | 10/05/2024      | 07/05/2024                | Xã Mỹ Trà 2024 -> 29888 | - |
| H  | Tue 20/10 09:00 | Fri 23/10 17:00 | Mon 02/11 09:00           | 29869        | -      |
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.complaints import kpis
from ioc_console.core.complaints.kpi_drill import Drill, drill_ids
from ioc_console.core.complaints.kpi_sql import Measure
from ioc_console.core.periods import PeriodKind, make_period

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)
NOV = make_period(PeriodKind.CUSTOM, NOW, date(2026, 11, 1), date(2026, 11, 30))


def complaint(cid, received, deadline, steps, ward="29869", current=True, rating=None,
              channel="phone"):
    history = [{"state": "received", "at": received, "by": "1022", "note": None}]
    history += [{"state": s, "at": t, "by": "UBND", "note": None} for s, t in steps]
    state = history[-1]["state"]
    item = {
        "id": cid, "requested_datetime": received, "legal_deadline": deadline,
        "expected_datetime": deadline, "state": state,
        "status": "closed" if state in ("resolved", "closed") else "open",
        "status_history": history, "ward": ward, "channel": channel, "category": "rac_thai",
        "agency_responsible": f"UBND {ward}", "satisfaction": rating,
        "satisfied": None if rating is None else rating >= 4,
        "updated_at": history[-1]["at"], "deleted": False,
    }
    if current:
        item["current_ward"] = ward
    return item


COMPLAINTS = [
    complaint("A", "2026-11-02T08:00:00+07:00", "2026-11-06T17:00:00+07:00",
              [("resolved", "2026-11-03T10:00:00+07:00"), ("closed", "2026-11-03T15:00:00+07:00")],
              rating=5),
    complaint("B", "2026-11-03T09:00:00+07:00", "2026-11-05T17:00:00+07:00",
              [("resolved", "2026-11-09T11:00:00+07:00"), ("closed", "2026-11-09T16:00:00+07:00")],
              rating=2, channel="zalo"),
    complaint("F", "2026-11-04T08:00:00+07:00", "2026-11-11T17:00:00+07:00",
              [("resolved", "2026-11-05T10:00:00+07:00"), ("closed", "2026-11-05T12:00:00+07:00"),
               ("reopened", "2026-11-06T09:00:00+07:00"),
               ("resolved", "2026-11-12T08:00:00+07:00"), ("closed", "2026-11-12T09:00:00+07:00")],
              ward="29888", rating=4, channel="facebook"),
    complaint("C", "2026-11-10T14:00:00+07:00", "2026-11-19T00:00:00+07:00",
              [("in_progress", "2026-11-11T08:00:00+07:00")], ward="29884"),
    # D and E: a deadline at midnight city time; the resolutions are written in UTC
    complaint("D", "2026-11-12T08:00:00+07:00", "2026-11-13T00:00:00+07:00",
              [("resolved", "2026-11-12T17:00:00Z")], ward="29888", channel="email"),
    complaint("E", "2026-11-12T08:30:00+07:00", "2026-11-13T00:00:00+07:00",
              [("resolved", "2026-11-12T17:00:01Z")], ward="29888", channel="email"),
    # received in Xã Mỹ Trà (code 29887) before the 2025 reorganisation, without today's ward
    complaint("G", "2024-05-06T08:00:00+07:00", "2024-05-10T17:00:00+07:00",
              [("resolved", "2024-05-07T08:00:00+07:00")], ward="29887", current=False),
    complaint("H", "2026-10-20T09:00:00+07:00", "2026-10-23T17:00:00+07:00",
              [("resolved", "2026-11-02T09:00:00+07:00")], channel="website"),
]


@pytest.fixture
def conn(cache):
    cache.apply_items("complaints", COMPLAINTS).result()
    return cache.conn


def test_counts_and_rates_of_the_period(conn):
    f = kpis.figures(conn, NOV, kpis.CITY, NOW)
    c = f.counts
    assert (c.received, c.handled, c.due, c.handled_due) == (6, 5, 6, 5)
    assert (c.on_time, c.late) == (2, 4)  # D on time to the second; E one second late
    assert (c.closed, c.rated, c.satisfied) == (3, 3, 2)
    assert c.handled_rate == pytest.approx(500 / 6)
    assert c.on_time_rate == pytest.approx(200 / 6)
    assert c.satisfaction_rate == pytest.approx(200 / 3)
    assert c.rating_rate == 100.0
    assert (f.open_now, f.overdue_now) == (1, 1)  # C


def test_handling_time_in_working_hours(conn):
    f = kpis.figures(conn, NOV, kpis.CITY, NOW)
    # 8.5, 9, 12, 42, 60 working hours: the middle one, and the 5th of 5 (nearest rank)
    assert f.median_hours == pytest.approx(12)
    assert f.p90_hours == pytest.approx(60)
    assert kpis.hours_distribution(conn, NOV, kpis.CITY, NOW)[:7] == [2, 1, 0, 0, 1, 0, 1]


def test_reopened_complaint_counts_from_its_last_resolution(conn):
    late = drill_ids(conn, Drill(Measure.LATE, NOV), NOW)
    assert late == ("B", "F", "C", "E")  # F was on time first, reopened, resolved late
    satisfied = drill_ids(conn, Drill(Measure.SATISFIED, NOV), NOW)
    assert satisfied == ("A", "F")


def test_no_rated_complaints_gives_no_rate_rather_than_zero(conn):
    day = make_period(PeriodKind.CUSTOM, NOW, date(2026, 11, 12), date(2026, 11, 12))
    c = kpis.figures(conn, day, kpis.CITY, NOW).counts
    assert (c.received, c.rated, c.closed) == (2, 0, 0)
    assert c.satisfaction_rate is None and c.rating_rate is None
    assert c.on_time_rate == 50.0


def test_empty_period(conn):
    june = make_period(PeriodKind.CUSTOM, NOW, date(2026, 6, 1), date(2026, 6, 30))
    board = kpis.dashboard(conn, june, kpis.CITY, NOW)
    f = board.figures
    assert f.counts == kpis.Counts()
    assert f.median_hours is None and f.p90_hours is None
    assert all(f.value(k) is None for k in ("complaints.handled_rate",
                                             "complaints.on_time_rate",
                                             "complaints.satisfaction_rate"))
    assert (f.open_now, f.overdue_now) == (0, 0)
    assert len(board.backlog.days) == 30 and set(board.backlog.open) == {0}
    assert not board.by_ward and sum(board.hours) == 0


def test_ward_changed_by_the_2025_reorganisation_is_counted_in_todays_ward(conn):
    everything = make_period(PeriodKind.ALL, NOW)
    my_tra = kpis.Scope("ward", "29888", "Phường Mỹ Trà")
    assert kpis.figures(conn, everything, my_tra, NOW).counts.received == 4
    ids = drill_ids(conn, Drill(Measure.RECEIVED, everything, my_tra), NOW)
    assert ids == ("G", "F", "D", "E")
    wards = dict(kpis.ranking(conn, everything, kpis.CITY, NOW, "ward"))
    assert {w: c.received for w, c in wards.items()} == {"29869": 3, "29884": 1, "29888": 4}


def test_deadline_at_midnight_city_time_is_overdue_from_that_midnight(conn):
    backlog = kpis.dashboard(conn, NOV, kpis.CITY, NOW).backlog
    by_day = dict(zip(backlog.days, zip(backlog.open, backlog.overdue, strict=True), strict=True))
    assert by_day[date(2026, 11, 1)] == (1, 1)  # H, past its deadline of 23/10
    assert by_day[date(2026, 11, 2)] == (1, 0)  # H handled, A open
    assert by_day[date(2026, 11, 18)] == (1, 0)  # C is due at the midnight ending the 18th
    assert by_day[date(2026, 11, 19)] == (1, 1)
    assert backlog.days[-1] == date(2026, 11, 20)


def test_previous_period_of_the_same_length(conn):
    board = kpis.dashboard(conn, NOV, kpis.CITY, NOW)
    previous = board.previous
    assert previous is not None
    assert previous.counts.received == 1 and previous.counts.late == 1  # H
    assert (previous.open_now, previous.overdue_now) == (1, 1)  # at midnight starting 1 Nov


def test_scopes_by_agency_category_and_channel(conn):
    for scope, expected in (
        (kpis.Scope("channel", "email"), 2),
        (kpis.Scope("agency", "UBND 29888"), 3),
        (kpis.Scope("category", "rac_thai"), 6),
    ):
        assert kpis.figures(conn, NOV, scope, NOW).counts.received == expected
    with pytest.raises(ValueError):
        kpis.Scope("body", "x")


def test_intake_per_day_and_channel(conn):
    series = kpis.dashboard(conn, NOV, kpis.CITY, NOW).intake
    assert series.starts[0] == date(2026, 11, 1) and len(series.starts) == 20
    assert series.by_channel["phone"][1] == 1 and series.by_channel["phone"][9] == 1
    assert sum(series.by_channel["email"]) == 2
    assert sum(series.rated) == 3 and sum(series.satisfied) == 2


def test_a_changed_complaint_moves_the_figures(cache, conn):
    before = kpis.figures(conn, NOV, kpis.CITY, NOW)
    closed = complaint("C", "2026-11-10T14:00:00+07:00", "2026-11-19T00:00:00+07:00",
                       [("resolved", "2026-11-18T10:00:00+07:00"),
                        ("closed", "2026-11-18T11:00:00+07:00")], ward="29884", rating=5)
    cache.apply_items("complaints", [closed]).result()
    after = kpis.figures(conn, NOV, kpis.CITY, NOW)
    assert before.counts.on_time == 2 and after.counts.on_time == 3
    assert (after.open_now, after.overdue_now) == (0, 0)
    assert after.counts.satisfied == 3
    cache.apply_items("complaints", [{"id": "C", "deleted": True}]).result()
    assert kpis.figures(conn, NOV, kpis.CITY, NOW).counts.received == 5


def test_drill_to_the_complaints_of_no_listed_channel(cache, conn):
    sms = complaint("S", "2026-11-16T08:00:00+07:00", "2026-11-20T17:00:00+07:00", [],
                    channel="sms")
    cache.apply_items("complaints", [sms]).result()
    others = Drill(Measure.RECEIVED, NOV, other_than=("channel", ("phone", "zalo", "email",
                                                                    "facebook", "website")))
    assert drill_ids(conn, others, NOW) == ("S",)


def test_a_cache_of_schema_2_gets_the_facts_of_the_complaints_it_holds(tmp_path):
    import json
    import sqlite3

    from ioc_console.core.store.cache import Cache
    from ioc_console.core.store.schema import MIGRATIONS, migrate

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, {v: MIGRATIONS[v] for v in (1, 2)})
    item = COMPLAINTS[0]
    conn.execute("INSERT INTO complaints (id, updated_at, ward, body) VALUES (?, ?, ?, ?)",
                 (item["id"], item["updated_at"], item["ward"], json.dumps(item)))
    conn.close()
    cache = Cache.open(path)
    try:
        assert cache.schema_version >= 3
        assert kpis.figures(cache.conn, NOV, kpis.CITY, NOW).counts.received == 1
    finally:
        cache.close()
