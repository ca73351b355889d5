"""The demo's procedure results tell early from on-time files, and look like a real city's."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.demo.data import build_world
from ioc_console.demo.data.procedures import FIELDS, _row

LAND = next(f for f in FIELDS if f.name == "Đất đai")  # 10 working days
DAY = date(2026, 11, 2)  # Monday; due Monday 16 Nov at 17:00


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CITY_TZ)


def test_a_file_resolved_on_its_due_day_is_on_time_and_not_early():
    moments = [at(13, 9), at(16, 16, 59), at(16, 17, 30), at(25, 9)]
    row = _row(LAND, "Văn phòng", "29869", DAY, 1, moments, at(20, 10))
    assert row["resolved_early"] == 1  # Friday 13th
    assert row["resolved_on_time"] == 2  # and the one at 16:59 on the due day
    assert row["resolved_late"] == 1  # 17:30 on the due day
    assert (row["pending"], row["overdue"]) == (0, 1)


@pytest.fixture(scope="module")
def world():
    return build_world(seed=1, now=datetime(2026, 11, 29, 15, 0, tzinfo=CITY_TZ))


def test_the_demo_city_is_neither_perfect_nor_failing(world):
    rows = world.procedure_results
    resolved = sum(r["resolved_on_time"] + r["resolved_late"] for r in rows)
    in_time = sum(r["resolved_on_time"] for r in rows)
    early = sum(r["resolved_early"] for r in rows)
    online = sum(r["online"] for r in rows) / sum(r["received"] for r in rows)
    assert 0.9 < in_time / resolved < 0.99
    assert 0.3 < early / resolved < 0.8
    assert 0.2 < online < 0.7
    assert all(0 <= r["resolved_early"] <= r["resolved_on_time"] for r in rows)
