"""The security and traffic-safety datasets of the demo backend: plausible figures for a city
of ~160,000 people, the same for a seed, served by the real backend with paging and ward
scope, and violations that name real cameras."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

import pytest
from demo_world import session_for

from ioc_console.demo import DemoBackend
from ioc_console.demo.data.world import build_world
from ioc_console.demo.timeutil import TZ

NOW = datetime(2026, 12, 6, 16, 40, tzinfo=TZ)
NAMES = ("security_incidents", "security_patrol_points", "traffic_accidents",
         "traffic_violations", "traffic_congestion")
WARDS = {"29869", "29884", "29888"}


@pytest.fixture(scope="module")
def world():
    return build_world(7, NOW)


@pytest.fixture
def full_backend():
    demo = DemoBackend(world=build_world(7, NOW), rate=0, heartbeat_s=1.0)
    demo.start()
    yield demo
    demo.stop()


def _days_back(day: str, n: int) -> bool:
    return day >= (NOW.date() - timedelta(days=n - 1)).isoformat()


def test_every_item_is_well_formed(world):
    for name in NAMES:
        items = world.dataset(name)
        assert items, name
        assert len({i["id"] for i in items}) == len(items), f"{name}: ids repeat"
        for item in items:
            assert item["deleted"] is False and item["ward"] in WARDS
            assert item["updated_at"] <= NOW.isoformat(), (name, item["id"])
            assert 10.3 < item["lat"] < 10.6 and 105.5 < item["lon"] < 105.8


def test_incidents_look_like_a_city_of_160000(world):
    incidents = world.dataset("security_incidents")
    month = [i for i in incidents if _days_back(i["date"], 30)]
    assert 40 <= len(month) <= 90  # 2.5 to 5.5 per 10,000 people a month
    handled = sum(i["state"] == "đã xử lý" for i in month) / len(month)
    assert 0.6 < handled < 0.92  # recent ones are still being handled
    kinds = Counter(i["type"] for i in incidents)
    assert kinds.most_common(1)[0][0] == "Trộm cắp tài sản" and len(kinds) >= 6
    assert {i["state"] for i in incidents} == {"tiếp nhận", "đang xử lý", "đã xử lý"}
    today = Counter(i["ward"] for i in incidents if i["date"] == NOW.date().isoformat())
    assert max(today.values()) >= 5  # today's cluster in one ward


def test_patrols_are_mostly_on_schedule_with_two_points_left_unvisited(world):
    points = world.dataset("security_patrol_points")
    done = sum(p["done_today"] for p in points)
    due = sum(p["due_now"] for p in points)
    assert 0.75 < done / due < 1
    assert all(p["done_today"] <= p["due_now"] <= p["planned_today"] for p in points)
    late = [p for p in points
            if NOW - datetime.fromisoformat(p["last_visit_at"]) > timedelta(hours=4)]
    assert len(late) == 2


def test_this_year_has_fewer_accidents_and_more_deaths_than_last(world):
    accidents = world.dataset("traffic_accidents")
    day = NOW.strftime("%m-%d")

    def totals(year: int) -> tuple[int, int, int]:
        rows = [a for a in accidents if a["date"][:4] == str(year) and a["date"][5:] <= day]
        return len(rows), sum(a["deaths"] for a in rows), sum(a["injuries"] for a in rows)

    cases, deaths, injuries = totals(NOW.year)
    last_cases, last_deaths, last_injuries = totals(NOW.year - 1)
    assert 25 <= last_cases <= 70 and cases < last_cases
    assert deaths > last_deaths and injuries < last_injuries
    fatal = max((a for a in accidents if a["deaths"]), key=lambda a: a["occurred_at"])
    assert NOW - datetime.fromisoformat(fatal["occurred_at"]) < timedelta(hours=12)


def test_violations_name_real_traffic_cameras_and_stand_there(world):
    cameras = {c["id"]: c for c in world.cameras}
    violations = world.dataset("traffic_violations")
    for v in violations:
        camera = cameras[v["camera_id"]]
        assert camera["domain"] == "traffic"
        assert (v["lat"], v["lon"], v["ward"]) == (camera["lat"], camera["lon"], camera["ward"])
        assert v["plate"].endswith(".**")
    per_day = Counter(v["date"] for v in violations if v["date"] != NOW.date().isoformat())
    assert 20 <= min(per_day.values()) and max(per_day.values()) <= 90
    assert {v["state"] for v in violations} == {"phát hiện", "đã xác minh", "đã xử phạt"}
    assert len({v["type"] for v in violations}) == 5


def test_congestion_has_one_jam_and_names_cameras(world):
    points = world.dataset("traffic_congestion")
    cameras = {c["id"] for c in world.cameras}
    assert all(p["camera_id"] in cameras and 0 <= p["level"] <= 3 for p in points)
    assert [p["name"] for p in points if p["level"] == 3] == ["Ngã tư Quốc lộ 30 – Nguyễn Văn Cừ"]


def test_the_same_seed_gives_the_same_items(world):
    again = build_world(7, NOW)
    other = build_world(8, NOW)
    for name in NAMES:
        assert again.dataset(name) == world.dataset(name)
    assert other.dataset("security_incidents") != world.dataset("security_incidents")


def test_the_backend_serves_them_by_page_and_ward(full_backend, world):
    session = session_for(full_backend)
    for name, path in (("security_incidents", "security-incidents"),
                       ("traffic_violations", "traffic-violations"),
                       ("traffic_congestion", "traffic-congestion")):
        url = f"{full_backend.url}/api/v1/{path}"
        seen, cursor = [], None
        while True:
            body = session.get(url, params={"limit": 200, **({"cursor": cursor} if cursor else {})},
                               timeout=10).json()
            seen += body["items"]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert sorted(i["id"] for i in seen) == sorted(i["id"] for i in world.dataset(name))
        one = seen[0]
        assert session.get(f"{url}/{one['id']}", timeout=5).json()["id"] == one["id"]
    clerk = session_for(full_backend, "clerk.myngai")
    own = clerk.get(f"{full_backend.url}/api/v1/security-incidents", params={"limit": 1000},
                    timeout=5).json()["items"]
    expected = [i for i in world.dataset("security_incidents") if i["ward"] == "29884"]
    assert own and all(i["ward"] == "29884" for i in own) and len(own) == len(expected)
