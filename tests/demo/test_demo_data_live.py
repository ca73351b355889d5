"""The live feed keeps the published figures true: the complaint indicators always equal what
the records give, and every complaint past its deadline is handled or under an open alert."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from ioc_console.demo.data import build_world, live_event, overdue_complaint
from ioc_console.demo.data.times import TZ

NOW = datetime(2026, 11, 29, 15, 0, tzinfo=TZ)


def figures(world, now: datetime) -> dict[str, float]:
    """The complaint figures as the docstring of ``kpis.complaint_kpis`` defines them."""
    stamp = now.isoformat()
    due = [c for c in world.complaints if c["legal_deadline"] < stamp]
    handled = [c for c in due if c["state"] in ("resolved", "closed")]
    rated = [c for c in world.complaints if c["satisfaction"] is not None]
    return {
        "complaints.received_total": len(world.complaints),
        "complaints.handled_rate": round(100 * len(handled) / len(due), 1),
        "complaints.satisfaction_rate": round(100 * sum(c["satisfied"] for c in rated)
                                              / len(rated), 1),
    }


def published(world) -> dict[str, float]:
    return {k["id"]: k["value"] for k in world.kpis
            if k["id"] in ("complaints.received_total", "complaints.handled_rate",
                           "complaints.satisfaction_rate")}


def unhandled_without_alert(world, now: datetime) -> list[str]:
    watched = {a["related"].get("complaint") for a in world.alerts
               if a["type"] == "complaint_overdue" and "quá hạn" in a["title"]
               and a["state"] not in ("resolved", "closed")}
    return [c["id"] for c in world.complaints if c["legal_deadline"] < now.isoformat()
            and c["status"] == "open" and c["id"] not in watched]


def test_the_figures_hold_after_five_hundred_live_events():
    w = build_world(seed=1, now=NOW)
    start = len(w.complaints)
    assert published(w) == figures(w, NOW)
    assert published(w)["complaints.handled_rate"] == 100.0
    rng = random.Random(11)
    now = NOW
    for n in range(500):
        now = NOW + timedelta(minutes=10 * n)  # three and a half days of events
        touched = live_event(rng, w, now)
        for kpi in touched.get("kpis", []):
            assert kpi in w.kpis and kpi["updated_at"] == now.isoformat()
        assert published(w) == figures(w, now), n
        assert unhandled_without_alert(w, now) == []
    assert published(w) == figures(w, now)
    assert len(w.complaints) - start <= 40
    assert all(c["requested_datetime"] <= now.isoformat() for c in w.complaints)
    backdated = [c for c in w.complaints[start:]
                 if c["requested_datetime"] != c["status_history"][0]["at"]
                 or c["updated_at"] < c["requested_datetime"]]
    assert backdated == []


def test_an_overdue_event_uses_an_existing_open_complaint_and_refreshes_the_figures():
    w = build_world(seed=1, now=NOW)
    open_ = [c for c in w.complaints if c["status"] == "open"]
    assert open_
    first_due = min(c["legal_deadline"] for c in open_)
    later = datetime.fromisoformat(first_due) + timedelta(minutes=1)
    count = len(w.complaints)
    touched = overdue_complaint(random.Random(1), w, later)
    assert len(w.complaints) == count  # none invented
    alert = touched["alerts"][0]
    complaint = next(c for c in w.complaints if c["id"] == alert["related"]["complaint"])
    assert complaint["status"] == "open" and complaint["legal_deadline"] < later.isoformat()
    rate = next(k for k in touched["kpis"] if k["id"] == "complaints.handled_rate")
    assert rate["value"] < 100 and published(w) == figures(w, later)
    # an hour on, the agency reports it handled (late), and the rate is back at 100
    touched = overdue_complaint(random.Random(2), w, later + timedelta(hours=2))
    assert [c["id"] for c in touched["complaints"]] == [complaint["id"]]
    assert touched["complaints"][0]["state"] == "resolved"
    assert published(w)["complaints.handled_rate"] == 100.0
