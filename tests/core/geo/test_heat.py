"""The complaint density layer: the periods pick the complaints received in them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from conftest import NOW

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.geo.heat import HEAT_PERIOD_TITLES, HEAT_PERIODS, heat_points


def received_on(record):
    return datetime.fromisoformat(record["requested_datetime"]).astimezone(CITY_TZ).date()


@pytest.mark.parametrize("days", HEAT_PERIODS)
def test_each_period_takes_the_complaints_received_in_it(cache, world, days):
    first = NOW.date() - timedelta(days=days - 1)
    expected = sorted(
        [c["lat"], c["long"], 1.0]
        for c in world.complaints
        if first <= received_on(c) <= NOW.date()
    )
    points = heat_points(cache, days, now=NOW)
    assert sorted(points) == expected
    if days >= 7:
        assert points  # a week of the demo city always has complaints
    assert str(HEAT_PERIOD_TITLES[days])


def test_longer_periods_hold_the_shorter_and_overdue_weigh_double(cache, world):
    counts = [len(heat_points(cache, days, now=NOW)) for days in HEAT_PERIODS]
    assert counts == sorted(counts) and counts[-1] > counts[0]
    recent = max(world.complaints, key=lambda c: c["requested_datetime"])
    late = {
        **recent,
        "status": "open",
        "state": "in_progress",
        "legal_deadline": (NOW - timedelta(hours=1)).isoformat(),
        "updated_at": (NOW + timedelta(minutes=1)).isoformat(),
    }
    cache.apply_items("complaints", [late]).result()
    weights = {(p[0], p[1]): p[2] for p in heat_points(cache, 90, now=NOW)}
    assert weights[(late["lat"], late["long"])] == 2.0
    assert sorted(set(weights.values())) == [1.0, 2.0]
    # a day later (nothing received since), today's complaints leave "Today" but stay in 7 days
    tomorrow = NOW + timedelta(days=1)
    today = heat_points(cache, 1, now=NOW)
    assert heat_points(cache, 1, now=tomorrow) == []
    week = heat_points(cache, 7, now=tomorrow)
    assert all(p in week for p in today)
