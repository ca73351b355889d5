"""The demo city's tourism and socio-economic datasets: figures of a city of 160,000 people,
stable for a seed, and served by the demo backend like the console's own datasets."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest
from demo_world import session_for
from openapi_schema_validator import OAS31Validator

from ioc_console.core.api.contract import load_contract
from ioc_console.core.clock import CITY_TZ
from ioc_console.demo import DemoBackend
from ioc_console.demo.data import build_world
from ioc_console.demo.data.domains import DOMAIN_DATASETS
from ioc_console.demo.data.domains.socio_economic import INDICATORS, reported_year

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CITY_TZ)  # a Sunday, two events on
MINE = {"tourism_visits": ("tourism-visits", "TourismVisit"),
        "tourism_accommodation": ("tourism-accommodation", "TourismAccommodation"),
        "tourism_events": ("tourism-events", "TourismEvent"),
        "socio_indicators": ("socio-indicators", "SocioIndicator")}


@pytest.fixture(scope="module")
def world():
    return build_world(3, NOW, complaints=200)


def test_the_datasets_are_declared_with_their_paths():
    declared = {d.name: d.path for d in DOMAIN_DATASETS}
    assert {name: declared.get(name) for name in MINE} == {n: p for n, (p, _) in MINE.items()}


def test_every_item_has_the_fields_the_contract_names(world):
    contract = load_contract()
    for name, (_, schema) in MINE.items():
        validator = OAS31Validator({"$ref": f"#/components/schemas/{schema}",
                                    "components": contract["components"]})
        items = world.domains[name]
        assert items, name
        for item in items:
            errors = [e.message for e in validator.iter_errors(item)]
            assert not errors, (name, item["id"], errors)
            assert item["updated_at"] <= NOW.isoformat()


def test_visitors_look_like_cao_lanh(world):
    visits = world.domains["tourism_visits"]
    sites = {f["id"] for f in world.facilities if f["domain"] == "tourism"}
    assert {v["site_id"] for v in visits} == sites
    per_day: dict[str, int] = defaultdict(int)
    for v in visits:
        assert v["visitors"] == v["domestic"] + v["international"] > 0
        assert 0 < v["international"] < 0.2 * v["visitors"]
        per_day[v["date"]] += v["visitors"]
    days = sorted(per_day)
    assert len(days) == 90 and days[-1] == "2026-12-05"  # up to yesterday, published at 00:30
    yearly = sum(per_day.values()) / len(days) * 365
    assert 1_000_000 < yearly < 1_600_000
    weekend = [per_day[d] for d in days if date.fromisoformat(d).weekday() >= 5]
    weekdays = [per_day[d] for d in days if date.fromisoformat(d).weekday() < 5]
    assert sum(weekend) / len(weekend) > 1.4 * sum(weekdays) / len(weekdays)
    last30 = days[-30:]
    share = sum(v["visitors"] for v in visits if v["date"] in last30) / sum(
        v["plan"] for v in visits if v["date"] in last30)
    assert 0.85 < share < 1.05  # near the plan, not always on it


def test_rooms_fill_near_an_ongoing_event_and_the_biggest_overflows(world):
    events = world.domains["tourism_events"]
    states = {e["state"] for e in events}
    assert states == {"planned", "ongoing", "done"}
    ongoing = [e for e in events if e["state"] == "ongoing"]
    assert any(e["visitors_now"] > e["capacity"] for e in ongoing)
    assert all(e["visitors_now"] is None for e in events if e["state"] != "ongoing")
    lodgings = world.domains["tourism_accommodation"]
    occupancy = sum(r["occupied"] for r in lodgings) / sum(r["rooms"] for r in lodgings)
    assert 0.45 < occupancy < 0.8
    assert 0 < sum(r["occupancy"] >= 95 for r in lodgings) < len(lodgings) / 3
    assert {r["ward"] for r in lodgings} == {"29869", "29884", "29888"}


def test_without_an_event_on_no_hotel_is_full():
    from ioc_console.demo.data.domains import tourism
    from ioc_console.demo.data.world import atlas

    for day in range(14):
        quiet = tourism._lodgings(3, atlas(), NOW + timedelta(days=day), events=[])
        assert all(r["occupancy"] < 95 for r in quiet)


def test_indicators_run_to_the_last_reported_month(world):
    records = world.domains["socio_indicators"]
    assert reported_year(NOW) == (2026, 11)
    assert len(records) == 11 * len(INDICATORS)
    latest = {r["indicator"]: r for r in records if r["latest"]}
    assert set(latest) == {i[0] for i in INDICATORS}
    assert {r["period"] for r in latest.values()} == {"2026-11"}
    for slug, series in _by_indicator(records).items():
        if latest[slug]["kind"] == "flow":
            assert latest[slug]["cumulative"] == pytest.approx(sum(r["value"] for r in series),
                                                               abs=0.2)
        assert [r["month"] for r in series] == list(range(1, 12))
    disbursed = latest["public_investment"]
    assert disbursed["pct_of_plan"] < disbursed["expected_pct"] - 5  # behind the schedule
    assert latest["budget_revenue"]["pct_of_plan"] > latest["budget_revenue"]["expected_pct"]
    assert 5 < latest["grdp_growth"]["cumulative"] < 9
    assert all(r["ward"] is None for r in records)


def test_january_follows_last_year_until_december_is_reported():
    early = datetime(2027, 1, 3, 9, 0, tzinfo=CITY_TZ)
    assert reported_year(early) == (2026, 11)
    assert reported_year(early.replace(day=5)) == (2026, 12)


def test_the_same_seed_gives_the_same_figures(world):
    again = build_world(3, NOW, complaints=200)
    other = build_world(4, NOW, complaints=200)
    for name in MINE:
        assert again.domains[name] == world.domains[name]
    assert other.domains["tourism_visits"] != world.domains["tourism_visits"]
    assert other.domains["socio_indicators"] != world.domains["socio_indicators"]


def _by_indicator(records):
    out = defaultdict(list)
    for r in sorted(records, key=lambda r: r["month"]):
        out[r["indicator"]].append(r)
    return out


@pytest.fixture(scope="module")
def served(world):
    demo = DemoBackend(rate=0, heartbeat_s=1.0, world=world)
    demo.start()
    yield demo
    demo.stop()


def _read_all(session, url, **params):
    items, cursor = [], None
    while True:
        query = {**params, "limit": 100, **({"cursor": cursor} if cursor else {})}
        page = session.get(url, params=query, timeout=10)
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return items


@pytest.mark.parametrize("name", list(MINE))
def test_the_backend_serves_each_dataset_by_pages_and_ward(served, world, name):
    path = MINE[name][0]
    session = session_for(served, "operator")
    items = _read_all(session, f"{served.url}/api/v1/{path}")
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)) > 0
    assert set(ids) == {i["id"] for i in world.domains[name]}
    one = session.get(f"{served.url}/api/v1/{path}/{ids[0]}", timeout=10)
    assert one.status_code == 200 and one.json()["id"] == ids[0]
    clerk = session_for(served, "clerk.mytra")
    scoped = _read_all(clerk, f"{served.url}/api/v1/{path}")
    assert {i["ward"] for i in scoped} <= {"29888", None}
    assert {i["id"] for i in scoped} == {i["id"] for i in items if i["ward"] in ("29888", None)}
    session.close()
    clerk.close()
