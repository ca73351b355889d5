"""The healthcare and education datasets of the demo city: plausible figures for a city of
~160,000 people, the same for a seed, and served by the demo backend like the console's own
datasets (paged, ward-scoped, valid against the contract)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from demo_world import session_for
from openapi_schema_validator import OAS31Validator

from ioc_console.core.api.contract import load_contract
from ioc_console.core.clock import CITY_TZ
from ioc_console.demo import DemoBackend
from ioc_console.demo.data import build_world
from ioc_console.demo.data.domains import DOMAIN_DATASETS

NOW = datetime(2026, 12, 9, 10, 0, tzinfo=CITY_TZ)  # a Wednesday in the flood season
OURS = {"health_daily": "HealthDaily", "health_beds": "HealthBeds",
        "health_vaccination": "HealthVaccination", "school_stats": "SchoolStats",
        "school_attendance": "SchoolAttendance", "exam_results": "ExamResult"}
WARDS = {"29869", "29884", "29888"}


@pytest.fixture(scope="module")
def world():
    return build_world(3, NOW, complaints=50)


def latest(rows, field="date"):
    last = max(r[field] for r in rows)
    return [r for r in rows if r[field] == last]


def test_every_dataset_has_items_valid_against_the_contract(world):
    contract = load_contract()
    paths = {d.name: d.path for d in DOMAIN_DATASETS}
    for name, schema in OURS.items():
        assert f"/api/v1/{paths[name]}" in contract["paths"]
        validator = OAS31Validator({"$ref": f"#/components/schemas/{schema}",
                                    "components": contract["components"]})
        items = world.domains[name]
        assert items, name
        for item in items:
            validator.validate(item)
            assert item["updated_at"] <= NOW.isoformat(timespec="seconds")
            assert item["ward"] in WARDS
        assert len({i["id"] for i in items}) == len(items)


def test_the_same_seed_gives_the_same_figures_and_another_seed_others(world):
    again = build_world(3, NOW, complaints=50)
    other = build_world(4, NOW, complaints=50)
    for name in OURS:
        assert again.domains[name] == world.domains[name]
    assert other.domains["health_daily"] != world.domains["health_daily"]


def test_health_figures_look_like_a_provincial_capital(world):
    daily = world.domains["health_daily"]
    days = sorted({r["date"] for r in daily})
    assert len(days) == 90 and days[-1] == "2026-12-08"  # reported up to yesterday
    weekday = [r for r in daily if date.fromisoformat(r["date"]).weekday() < 5]
    per_day = sum(r["outpatient"] for r in weekday) / len({r["date"] for r in weekday})
    assert 3000 < per_day < 6000
    census = latest(daily)
    beds = sum(r["beds"] for r in census)
    occupancy = 100 * sum(r["occupied"] for r in census) / beds
    assert 2000 < beds < 3000 and 85 < occupancy < 110
    general = [r for r in daily if r["facility_id"] == "fac-hc-01"]
    assert sum(r["occupancy"] > 100 for r in general) > len(general) / 2  # overcrowded
    assert all(r["occupancy"] is None for r in daily if r["kind"] == "Trạm y tế")
    waits = [r["er_median_min"] for r in daily if r["er_median_min"] is not None]
    assert 15 < sum(waits) / len(waits) < 50 and max(waits) > 45
    beds_now = world.domains["health_beds"]
    assert {b["date"] for b in beds_now} == {"2026-12-08"} and len(beds_now) == 6
    vaccination = world.domains["health_vaccination"]
    assert len(vaccination) == 36 and max(r["month"] for r in vaccination) == "2026-11"
    coverage = [r["coverage"] for r in vaccination]
    assert 80 < min(coverage) and max(coverage) <= 100 and min(coverage) < 95 < max(coverage)


def test_education_figures_look_like_the_citys_schools(world):
    stats = world.domains["school_stats"]
    assert len(stats) == 13 and {s["level"] for s in stats} == {"Mầm non", "Tiểu học", "THCS",
                                                                 "THPT"}
    pupils = sum(s["pupils"] for s in stats)
    assert 9000 < pupils < 16000
    assert 18 < pupils / sum(s["teachers"] for s in stats) < 25
    standard = sum(s["national_standard"] for s in stats) / len(stats)
    assert 0.5 < standard < 0.9
    attendance = world.domains["school_attendance"]
    assert all(date.fromisoformat(r["date"]).weekday() < 5 for r in attendance)
    rates = [r["rate"] for r in attendance]
    assert 94 < sum(rates) / len(rates) < 98.5
    flooded = [r for r in attendance if r["rate"] < 85]
    assert flooded and {r["school_name"] for r in flooded} <= {
        "Trường Tiểu học Tịnh Thới", "Trường Tiểu học Mỹ Trà", "Trường Mầm non Tuổi Ngọc"}
    assert latest(attendance)[0]["date"] == "2026-12-09"  # today's roll call is in
    exams = world.domains["exam_results"]
    graduation = [r for r in exams if r["exam"] == "tot_nghiep_thpt" and r["year"] == 2026]
    rate = 100 * sum(r["passed"] for r in graduation) / sum(r["candidates"] for r in graduation)
    assert len(graduation) == 4 and 97 < rate < 100
    entrance = [r for r in exams if r["exam"] == "tuyen_sinh_10"]
    assert all(60 < r["pass_rate"] < 90 for r in entrance)
    assert {r["year"] for r in exams} == set(range(2021, 2027))


def test_the_backend_serves_them_paged_and_by_ward():
    demo = DemoBackend(seed=3, rate=0, heartbeat_s=1.0, now=NOW, complaints=50)
    demo.start()
    try:
        operator, clerk = session_for(demo), session_for(demo, "clerk.mytra")
        base = f"{demo.url}/api/v1"
        items, cursor = [], None
        while True:
            params = {"limit": 200, **({"cursor": cursor} if cursor else {})}
            page = operator.get(f"{base}/health-daily", params=params, timeout=10).json()
            items += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert len(items) == len({i["id"] for i in items}) == 15 * 90
        mine = clerk.get(f"{base}/school-attendance", params={"limit": 200},
                         timeout=10).json()["items"]
        assert mine and {i["ward"] for i in mine} == {"29888"}
        one = operator.get(f"{base}/exam-results/{mine[0]['id']}", timeout=10)
        assert one.status_code == 404
        exam = demo.store.items("exam_results")[0]
        assert operator.get(f"{base}/exam-results/{exam['id']}", timeout=10).json() == exam
    finally:
        demo.stop()
