"""The demo world's history does not depend on when it is built: a world built later agrees
with an earlier one on everything that happened before the earlier moment."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ioc_console.demo.data import build_world
from ioc_console.demo.data.times import TZ, in_office_hours, is_working_day, parse

A = datetime(2026, 11, 26, 10, 17, tzinfo=TZ)


@pytest.fixture(scope="module")
def earlier():
    return build_world(seed=1, now=A)


def as_of(complaint: dict, stamp: str) -> dict:
    """What a complaint record says about itself up to ``stamp``."""
    history = [h for h in complaint["status_history"] if h["at"] <= stamp]
    last = history[-1]
    keep = {k: v for k, v in complaint.items() if k not in (
        "status_history", "state", "status", "status_notes", "updated_at", "updated_datetime",
        "resolution", "satisfaction", "satisfied", "agency_responsible")}
    notes = [{**h, "note": h["note"].split("; người dân đánh giá")[0]} for h in history]
    return {**keep, "history": notes, "state": last["state"]}


@pytest.mark.parametrize("later", [timedelta(hours=5), timedelta(days=1), timedelta(days=7)])
def test_complaints_requested_before_a_moment_agree_whatever_later_now(earlier, later):
    stamp = A.isoformat()
    newer = {c["id"]: c for c in build_world(seed=1, now=A + later).complaints}
    assert len(newer) >= len(earlier.complaints)
    for old in earlier.complaints:
        new = newer[old["id"]]
        if old["updated_at"] < stamp and old["state"] == "closed":
            assert new == old, old["id"]
        else:
            assert as_of(new, stamp) == as_of(old, stamp), old["id"]
    assert len(newer) - len(earlier.complaints) <= 3 + later.days * 3


@pytest.mark.parametrize("later", [timedelta(days=1), timedelta(days=7)])
def test_procedure_rows_of_days_before_a_moment_agree(earlier, later):
    newer = {r["id"]: r for r in build_world(seed=1, now=A + later).procedure_results}
    first = (A + later - timedelta(days=364)).date().isoformat()
    kept = [r for r in earlier.procedure_results if r["date"] >= first]
    assert kept
    for old in kept:
        new = newer[old["id"]]
        assert (new["received"], new["online"]) == (old["received"], old["online"])
        if old["pending"] == old["overdue"] == 0:
            assert new == old, old["id"]
        else:
            assert new["resolved_on_time"] >= old["resolved_on_time"], old["id"]
            assert new["resolved_late"] >= old["resolved_late"], old["id"]
    assert {r["id"] for r in kept} <= set(newer)


def test_alerts_tasks_and_kpis_of_the_past_agree(earlier):
    newer = build_world(seed=1, now=A + timedelta(hours=6))
    for name in ("alerts", "tasks"):  # older items may leave the window shown; none changes
        by_id = {i["id"]: i for i in newer.dataset(name)}
        settled = [i for i in earlier.dataset(name) if i["state"] in ("closed", "done")]
        kept = [old for old in settled if old["id"] in by_id]
        assert len(kept) >= 0.5 * len(settled) > 0, name
        for old in kept:
            assert by_id[old["id"]] == old, (name, old["id"])
    for old in earlier.alerts:  # an open alert goes on from where it was
        new = next((a for a in newer.alerts if a["id"] == old["id"]), None)
        if new is not None:
            assert new["history"][:len(old["history"])] == old["history"], old["id"]
            assert new["created_at"] == old["created_at"] and new["title"] == old["title"]
    static = {k["id"]: k for k in newer.kpis if not k["id"].startswith(
        ("complaints.", "administration.", "traffic.cameras", "directives."))}
    for old in earlier.kpis:
        if old["id"] in static:
            assert static[old["id"]] == old


def test_handling_happens_in_office_hours_on_working_days(earlier):
    for c in earlier.complaints:
        for h in c["status_history"][1:]:
            assert in_office_hours(parse(h["at"])), (c["id"], h)
    for t in earlier.tasks:
        if t["state"] == "done":
            assert in_office_hours(parse(t["updated_at"])), t["id"]
        assert is_working_day(parse(t["issued_at"]).date())


def test_complaints_pass_to_the_agency_in_force_when_handled():
    w = build_world(seed=1, now=datetime(2025, 9, 1, 12, tzinfo=TZ))
    abolished = ("TP. Cao Lãnh",)
    crossing = [c for c in w.complaints if c["requested_datetime"] < "2025-07-01"
                and c["status_history"][-1]["at"] >= "2025-07-01"]
    assert crossing
    for c in crossing:
        assert not c["agency_responsible"].endswith(abolished), c["id"]
        after = [h for h in c["status_history"] if h["at"] >= "2025-07-01"]
        assert all(not h["by"].endswith(abolished) for h in after), c["id"]
    handed = [c for c in crossing if any("01/07/2025" in h["note"] for h in c["status_history"])]
    assert handed
    for c in w.complaints:
        if c["status_history"][-1]["at"] < "2025-07-01" and c["category"] == "duong_sa":
            assert c["agency_responsible"] == "Phòng Quản lý đô thị TP. Cao Lãnh"


def test_a_row_is_late_only_after_its_due_day_and_overdue_is_apart_from_pending(earlier):
    from ioc_console.demo.data.procedures import FIELDS
    from ioc_console.demo.data.times import add_working_days, at

    days = {f.name: f.days for f in FIELDS}
    stamp = A.isoformat()
    for r in earlier.procedure_results:
        due = at(add_working_days(parse(r["date"] + "T00:00:00+07:00").date(),
                                  days[r["field"]]), 17).isoformat()
        assert r["overdue"] >= 0 and r["pending"] >= 0
        if due >= stamp:
            assert r["resolved_late"] == 0 and r["overdue"] == 0, r["id"]
        else:
            assert r["pending"] == 0, r["id"]
        assert (r["resolved_on_time"] + r["resolved_late"] + r["pending"] + r["overdue"]
                == r["received"])
    assert sum(r["overdue"] for r in earlier.procedure_results) > 0


def test_a_shelved_alert_tells_the_state_it_returns_to():
    back = {"create": "new", "acknowledge": "acknowledged", "assign": "assigned",
            "escalate": "escalated"}
    seen = set()
    for seed in range(1, 9):
        for a in build_world(seed=seed, now=A).alerts:
            if a["state"] != "shelved":
                assert a["shelved_until"] is None and a["shelved_from"] is None
                continue
            actions = [h["action"] for h in a["history"] if h["action"] in {*back, "shelve"}]
            assert actions[-1] == "shelve" and actions[-2] in back, a["id"]
            assert a["shelved_from"] == back[actions[-2]] and a["shelve_reason"]
            assert a["shelved_until"] > A.isoformat()
            seen.add(a["shelved_from"])
    assert len(seen) >= 2  # shelved from more than one state
