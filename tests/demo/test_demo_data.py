"""The demo world: deterministic, plausible for Cao Lãnh, and giving the city's figures."""

from __future__ import annotations

import json
import random
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ioc_console.demo.data import (
    DATASETS,
    absolute_streams,
    build_world,
    kpi_breach,
    live_event,
    new_cap_warning,
    new_detection,
    overdue_complaint,
)
from ioc_console.demo.data.geometry import contains
from ioc_console.demo.data.kpis import misses_target
from ioc_console.demo.data.times import TZ

NOW = datetime(2026, 11, 29, 15, 0, tzinfo=TZ)
STAMP = NOW.isoformat()
WARDS = {"29869", "29884", "29888"}
OPEN = {"new", "acknowledged", "assigned", "escalated"}
CHANNELS = {"phone", "email", "facebook", "website", "zalo", "edongthap"}


@pytest.fixture(scope="module")
def world():
    return build_world(seed=1, now=NOW)


def as_json(w) -> str:
    data = {name: w.dataset(name) for name in DATASETS}
    return json.dumps({**data, "users": w.users, "services": w.services}, sort_keys=True)


def ring(unit: dict) -> list[tuple[float, float]]:
    return [tuple(p) for p in unit["geometry"]["coordinates"][0][:-1]]


def test_same_seed_same_world_other_seed_other_world(world):
    assert as_json(build_world(seed=1, now=NOW)) == as_json(world)
    assert as_json(build_world(seed=2, now=NOW)) != as_json(world)
    assert as_json(build_world(seed=1, now=NOW + timedelta(days=1))) != as_json(world)


def test_counts(world):
    assert len(world.units) == 15 + 13 + 3
    assert len(world.cameras) == 24
    assert 940 <= len(world.complaints) <= 1060  # about 1,000
    assert 5000 <= len(world.procedure_results) <= 8000
    assert 30 <= len(world.alerts) <= 50
    assert 50 <= len(world.facilities) <= 70
    assert 20 <= len(world.kpis) <= 35
    assert len(world.tasks) == 30
    assert len(world.services) >= 10
    assert {(u["username"], u["role"], u["ward"]) for u in world.users} == {
        ("operator", "operator", None), ("supervisor", "supervisor", None),
        ("admin", "admin", None), ("clerk.caolanh", "ward_clerk", "29869"),
        ("clerk.myngai", "ward_clerk", "29884"), ("clerk.mytra", "ward_clerk", "29888"),
    }
    assert all(u["password"] == u["username"] + "-demo" for u in world.users)


def test_every_item_has_a_unique_id_and_a_past_stamp(world):
    for name in DATASETS:
        items = world.dataset(name)
        assert len({i["id"] for i in items}) == len(items), name
        for item in items:
            assert isinstance(item["id"], str) and item["deleted"] is False
            assert datetime.fromisoformat(item["updated_at"]).utcoffset() == timedelta(hours=7)
            assert item["updated_at"] <= STAMP, (name, item["id"])


def test_units_have_approximate_nested_shapes(world):
    units = {u["id"]: u for u in world.units}
    for u in world.units:
        assert u["geometry_quality"] == "approximate"
        coords = u["geometry"]["coordinates"][0]
        assert u["geometry"]["type"] == "Polygon" and coords[0] == coords[-1] and len(coords) >= 4
        assert contains(ring(u), (u["lon"], u["lat"])), u["id"]
        assert u["current_ward"] in WARDS
    assert units["29869@origin"]["name"] == "Phường 2"
    assert units["29869@2025-07-01"]["name"] == "Phường Cao Lãnh"
    for u in world.units:  # the centre of every older unit lies in its ward of today
        ward = units[f"{u['current_ward']}@2025-07-01"]
        assert contains(ring(ward), (u["lon"], u["lat"])), u["id"]


def test_complaints_carry_the_unit_of_their_day(world):
    units = {u["id"]: u for u in world.units}
    for c in world.complaints:
        unit = units[c["unit_id"]]
        day = c["requested_datetime"][:10]
        assert (unit["valid_from"] or "") <= day < (unit["valid_to"] or "9999")
        assert c["ward"] == unit["code"]
        assert c["current_ward"] == unit["current_ward"]
        assert contains(ring(unit), (c["long"], c["lat"]))
        assert c["channel"] in CHANNELS and c["category"] == c["service_code"]
        assert c["id"] == c["service_request_id"]
        assert "2021-12-12" <= day <= STAMP[:10]


def test_complaint_histories_are_consistent(world):
    for c in world.complaints:
        stamps = [h["at"] for h in c["status_history"]]
        assert stamps == sorted(stamps) and stamps[-1] == c["updated_at"] == c["updated_datetime"]
        assert c["status_history"][0]["state"] == "received"
        assert c["state"] == c["status_history"][-1]["state"]
        assert c["status"] == ("closed" if c["state"] in ("resolved", "closed") else "open")
        assert (c["resolution"] is not None) == (c["status"] == "closed")
        if c["satisfaction"] is not None:
            assert c["state"] == "closed" and c["satisfied"] == (c["satisfaction"] >= 4)
        else:
            assert c["satisfied"] is None


def test_the_published_figures_come_out_of_the_records(world):
    complaints = world.complaints
    due = [c for c in complaints if c["legal_deadline"] < STAMP]
    assert due and all(c["state"] in ("resolved", "closed") for c in due)  # 100% handled
    for c in complaints:
        resolved = [h["at"] for h in c["status_history"] if h["state"] == "resolved"]
        assert all(at <= c["legal_deadline"] for at in resolved)
    rated = [c for c in complaints if c["satisfaction"] is not None]
    assert len(rated) > 0.7 * len(complaints)
    assert 0.90 <= sum(c["satisfied"] for c in rated) / len(rated) <= 0.94
    assert {c["channel"] for c in complaints} == CHANNELS
    assert len({c["category"] for c in complaints}) >= 10
    kpi = {k["id"]: k for k in world.kpis}
    assert kpi["complaints.handled_rate"]["value"] == 100.0


def test_some_complaint_texts_look_like_markup(world):
    texts = [c["description"] for c in world.complaints]
    assert any("<" in t and "&" in t for t in texts)
    assert any('"' in t for t in texts)


def test_recent_complaints_may_still_be_open_within_deadline(world):
    open_ = [c for c in world.complaints if c["status"] == "open"]
    assert all(c["legal_deadline"] >= STAMP for c in open_)


def test_procedure_results_are_working_days_with_consistent_counts(world):
    first = (NOW.date() - timedelta(days=365)).isoformat()
    for r in world.procedure_results:
        day = date.fromisoformat(r["date"])
        assert day.weekday() < 5 and first <= r["date"] <= STAMP[:10]
        assert r["id"] == f"{r['date']}|{r['field']}|{r['agency']}|{r['ward']}"
        assert r["received"] > 0 and 0 <= r["online"] <= r["received"]
        assert (r["resolved_on_time"] + r["resolved_late"] + r["pending"] + r["overdue"]
                == r["received"])
        assert min(r["resolved_on_time"], r["resolved_late"], r["pending"], r["overdue"]) >= 0
        assert r["ward"] in WARDS
    assert sum(r["resolved_late"] for r in world.procedure_results) > 0


def test_cameras_stream_from_the_server_or_name_a_relay(world):
    rtsp = [c for c in world.cameras if c["streams"]["main"].startswith("rtsp://")]
    assert 1 <= len(rtsp) <= 2 and all(c["streams"]["relay"].startswith("/") for c in rtsp)
    assert {c["status"] for c in world.cameras} == {"online", "offline", "maintenance"}
    assert sum(c["direction_deg"] is not None for c in world.cameras) > 18
    for c in world.cameras:
        assert c["ward"] in WARDS and c["ai_features"]
        absolute = absolute_streams(c, "http://127.0.0.1:8765/")
        for url in absolute["streams"].values():
            assert url is None or url.startswith(("http://127.0.0.1:8765/streams/", "rtsp://"))
        assert c["streams"]["sub"].startswith(("/streams/", "rtsp://"))


def test_alerts_move_through_the_contract_states(world):
    kinds = {a["type"] for a in world.alerts}
    assert kinds == {"ai_detection", "complaint_overdue", "kpi_breach", "cap_warning", "manual"}
    assert len({a["state"] for a in world.alerts}) >= 5
    for a in world.alerts:
        stamps = [h["at"] for h in a["history"]]
        assert stamps == sorted(stamps) and stamps[0] == a["created_at"]
        assert a["updated_at"] == max([stamps[-1], *(c["at"] for c in a["comments"])])
        assert a["created_at"] < a["sla_deadline"]
        if a["state"] == "shelved":
            assert a["shelved_until"] > STAMP and a["shelved_from"] in OPEN and a["shelve_reason"]
        if a["type"] == "cap_warning":
            root = ET.fromstring(a["cap"])
            assert root.tag == "{urn:oasis:names:tc:emergency:cap:1.2}alert"
        assert a["ward"] is None or a["ward"] in WARDS


def test_tasks_and_kpis(world):
    for t in world.tasks:
        overdue = t["deadline"] < STAMP and t["state"] != "done"
        assert (t["state"] == "overdue") == overdue
        assert t["issued_at"] <= t["updated_at"] or t["state"] == "overdue"
    assert {k["domain"] for k in world.kpis} >= {"healthcare", "education", "security",
                                                 "traffic", "tourism", "complaints",
                                                 "administration"}
    assert any(misses_target(k) for k in world.kpis)


def test_facilities_cover_every_domain_inside_the_city(world):
    assert {f["domain"] for f in world.facilities} == {
        "healthcare", "education", "tourism", "security", "administration"}
    assert any(f["name"] == "Khu di tích Nguyễn Sinh Sắc" for f in world.facilities)
    assert all(f["ward"] in WARDS for f in world.facilities)


def test_ten_thousand_complaints_build():
    big = build_world(seed=3, now=NOW, complaints=10_000)
    assert 9_700 <= len(big.complaints) <= 10_300
    assert len({c["id"] for c in big.complaints}) == len(big.complaints)


def test_live_events_keep_the_world_consistent():
    w = build_world(seed=1, now=NOW)
    rng = random.Random(7)
    later = NOW + timedelta(minutes=5)
    stamp = later.isoformat()
    before = {a["id"] for a in w.alerts}

    alert = new_detection(rng, w, later)
    camera = next(c for c in w.cameras if c["id"] == alert["source"])
    assert alert["id"] not in before and alert in w.alerts and alert["state"] == "new"
    assert alert["ward"] == camera["ward"] and alert["updated_at"] == stamp

    cap = new_cap_warning(rng, w, later)
    assert cap["type"] == "cap_warning" and ET.fromstring(cap["cap"]) is not None

    count = len(w.complaints)
    changed = overdue_complaint(rng, w, later)  # nothing near its deadline: a new complaint
    complaint = changed["complaints"][0]
    assert len(w.complaints) == count + 1 and complaint in w.complaints
    assert complaint["state"] == "received" and complaint["requested_datetime"] == stamp
    assert complaint["legal_deadline"] > stamp and complaint["updated_at"] == stamp
    totals = {k["id"]: k["value"] for k in changed["kpis"]}
    assert totals["complaints.received_total"] == count + 1
    units = {u["id"]: u for u in w.units}
    assert units[complaint["unit_id"]]["current_ward"] == complaint["current_ward"]

    old = {k["id"]: dict(k) for k in w.kpis}
    changed = kpi_breach(rng, w, later)
    kpi, breach = changed["kpis"][0], changed["alerts"][0]
    assert misses_target(kpi) and kpi["updated_at"] == stamp and kpi in w.kpis
    assert not misses_target(old[kpi["id"]]) and breach["source"] == f"kpi:{kpi['id']}"

    for n in range(30):
        live_event(rng, w, later + timedelta(seconds=n))
    ids = [a["id"] for a in w.alerts]
    assert len(ids) == len(set(ids)) and len(w.complaints) == len({c["id"] for c in w.complaints})


def test_cap_documents_follow_the_schema_order():
    xsd = Path(__file__).resolve().parents[1] / "data" / "cap" / "CAP-v1.2.xsd"
    w = build_world(seed=1, now=NOW)
    doc = ET.fromstring(next(a["cap"] for a in w.alerts if a["cap"]))
    ns = "{urn:oasis:names:tc:emergency:cap:1.2}"
    assert [e.tag[len(ns):] for e in doc][:6] == [
        "identifier", "sender", "sent", "status", "msgType", "scope"]
    # the element names used are the schema's
    names = set(ET.parse(xsd).getroot().itertext()) | {
        e.get("name") for e in ET.parse(xsd).iter() if e.get("name")}
    assert {e.tag[len(ns):] for e in doc.iter()} <= names
