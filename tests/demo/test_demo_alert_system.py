"""What the demo backend does to alerts by itself: repeats deduplicated (no history), a sensor
cleared and re-raised within a minute re-opened (chattering), SLA breaches recorded once, and
the event stream carrying every such change."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from demo_world import alert_item
from test_demo_events import Stream
from waiting import wait_until

from ioc_console.demo import DemoBackend
from ioc_console.demo.alert_system import clear, raise_alert
from ioc_console.demo.api_actions import catch_up_all
from ioc_console.demo.timeutil import fmt, parse

SLA = [{"id": "P1", "priority": 1, "type": None, "acknowledge_seconds": 60,
        "resolve_seconds": 1800, "updated_at": "2026-11-01T00:00:00+07:00", "deleted": False},
       {"id": "P2", "priority": 2, "type": None, "acknowledge_seconds": 300,
        "resolve_seconds": 7200, "updated_at": "2026-11-01T00:00:00+07:00", "deleted": False}]


def _raised_again(alert: dict, n: int) -> dict:
    """A new raise of what ``alert`` is about (same source, type and place), id ``n``."""
    return {**alert_item(n, alert["ward"], 0), "source": alert["source"],
            "type": alert["type"], "place": alert["place"]}


def test_a_repeat_while_open_raises_the_count_and_adds_no_history(backend, api):
    store = backend.store
    first = store.get("alerts", "AL-000001")
    events = Stream(api(), f"{backend.url}/api/v1/events",
                    headers={"Last-Event-ID": str(store.last_event_id)})
    try:
        change = raise_alert(store, _raised_again(first, 50))
        assert change.item_id == "AL-000001"
        [event] = events.changes(1)  # the event stream carries the repeat
    finally:
        events.close()
    repeated = store.get("alerts", "AL-000001")
    assert repeated["duplicate_count"] == 1 and repeated["last_repeat_at"]
    assert repeated["history"] == first["history"]
    assert store.get("alerts", "AL-000050") is None  # no new row
    assert event["id"] == "AL-000001" and event["item"]["duplicate_count"] == 1
    # another place is another alert
    other = raise_alert(store, {**_raised_again(first, 51), "place": "Chợ Cao Lãnh"})
    assert other.item_id == "AL-000051"


def test_a_raise_after_the_system_cleared_it_within_a_minute_reopens_it(backend):
    store = backend.store
    alert = {**store.get("alerts", "AL-000002"), "place": "Cống Cái Sao"}  # its own place
    store.put("alerts", clear(alert, store.clock.now()))
    change = raise_alert(store, _raised_again(alert, 60))
    reopened = store.get("alerts", "AL-000002")
    assert change.item_id == "AL-000002" and reopened["state"] == "new"
    assert [h["action"] for h in reopened["history"][-2:]] == ["resolve", "reopen"]
    assert reopened["history"][-1]["by"] == "system" and reopened["outcome"] is None
    # cleared longer ago, or resolved by an operator: a new alert
    long_ago = clear(reopened, store.clock.now() - timedelta(seconds=61))
    store.put("alerts", long_ago)
    assert raise_alert(store, _raised_again(alert, 61)).item_id == "AL-000061"


def test_the_live_feed_makes_a_sensor_chatter():
    backend = DemoBackend(seed=1, rate=0, complaints=50)
    [change] = backend.mix._chatter()
    alert_id = change.item_id
    assert backend.mix.run_due(time.monotonic() + 120) == 4
    alert = backend.store.get("alerts", alert_id)
    actions = [(h["action"], h["by"]) for h in alert["history"]]
    assert actions == [("create", "system"), ("resolve", "system"), ("reopen", "system"),
                       ("resolve", "system"), ("reopen", "system")]
    assert alert["state"] == "new" and alert["type"] == "ai_detection"
    activations = [parse(h["at"]) for h in alert["history"] if h["action"] in ("create",
                                                                                 "reopen")]
    assert activations[-1] - activations[0] < timedelta(seconds=60)


def test_the_live_feed_clears_an_old_untouched_sensor_detection():
    backend = DemoBackend(seed=1, rate=0, complaints=50)
    store = backend.store
    camera = next(c for c in store.items("cameras") if "water_level" in c["ai_features"])
    old = fmt(store.clock.now() - timedelta(minutes=20))
    store.put("alerts", {**alert_item(999_001, camera["ward"], 0), "source": camera["id"],
                         "title": "Mực nước vượt ngưỡng", "created_at": old,
                         "history": [{"action": "create", "by": "system", "at": old}]})
    for alert in store.items("alerts"):  # the only open detection
        if alert["type"] == "ai_detection" and alert["id"] != "AL-999001":
            store.put("alerts", {**alert, "state": "closed"})
    [change] = backend.mix._clear()
    cleared = store.get("alerts", "AL-999001")
    assert change.item_id == "AL-999001" and cleared["state"] == "resolved"
    assert cleared["history"][-1]["by"] == "system" and cleared["outcome"]


@pytest.mark.parametrize("seed", [2])
def test_the_rate_maps_to_a_flood_at_120_a_minute_and_a_calm_queue_at_6(seed):
    backend = DemoBackend(seed=seed, rate=0, complaints=100)
    backend.mix._city = lambda: []  # the city's own events raise no alert: skipped for speed
    before = {a["id"] for a in backend.store.items("alerts")}
    for _ in range(1200):  # ten minutes at --rate 120, or 200 minutes at the default 6
        backend.live_tick()
    new = [a for a in backend.store.items("alerts") if a["id"] not in before]
    assert len(new) > 10  # ten minutes at 120 a minute: a flood (more than 10 in 10 minutes)
    assert len(new) / 20 <= 2  # per ten minutes at 6 a minute: at most "manageable"
    assert sum(a["duplicate_count"] for a in backend.store.items("alerts")) > 0


def test_an_sla_breach_is_recorded_once_by_the_system(backend):
    store = backend.store
    for row in SLA:
        store.put("alert_sla", row)
    created = fmt(store.clock.now() - timedelta(minutes=2))
    past = fmt(store.clock.now() - timedelta(seconds=5))
    store.put("alerts", {**alert_item(70, "29869", 0), "priority": 1, "created_at": created,
                         "sla_deadline": past})
    store.put("alerts", {**alert_item(71, "29869", 0), "priority": 1, "created_at": created,
                         "state": "acknowledged", "acknowledged_at": created})
    # the live feed's thread does it within a second, whatever the rate
    wait_until(lambda: store.get("alerts", "AL-000070")["sla_breached"], 5, "the breach")
    alert = store.get("alerts", "AL-000070")
    assert set(alert["sla_breached"]) == {"acknowledge", "resolve"}
    entries = [h for h in alert["history"] if h["action"] == "sla_breach"]
    assert {(h["by"], h["text"]) for h in entries} == {("system", "acknowledge"),
                                                       ("system", "resolve")}
    catch_up_all(store)
    assert store.get("alerts", "AL-000070")["history"] == alert["history"]  # once
    assert store.get("alerts", "AL-000071")["sla_breached"] == {}  # acknowledged in time


def test_the_rate_changes_while_the_backend_runs(make_backend, capsys):
    from ioc_console.demo.__main__ import follow_rate_input

    demo = make_backend(rate=0)
    demo.start()
    first = demo.store.last_event_id
    follow_rate_input(demo, ["600\n", "\n", "fast\n", "nan\n"])  # ten a second
    assert demo.rate == 600
    wait_until(lambda: demo.store.last_event_id - first >= 5, 10, "events at the new rate")
    said = capsys.readouterr().out
    assert "Rate: 600 live events a minute" in said
    assert "Not a rate: 'fast'" in said and "Not a rate: 'nan'" in said
    demo.set_rate(0)
    assert demo.rate == 0
    with pytest.raises(ValueError):
        demo.set_rate(-1)


def test_a_complaint_past_its_deadline_turns_its_warning_into_the_overdue_alert():
    from ioc_console.demo.data import overdue_complaint
    from ioc_console.demo.data.alerts import make_complaint_alert, next_alert_id

    backend = DemoBackend(seed=1, rate=0, complaints=200,
                          live={"overdue_complaint": overdue_complaint})
    store = backend.store
    for alert in store.items("alerts"):  # no complaint alert open but the one made here
        if alert["type"] == "complaint_overdue":
            store.put("alerts", {**alert, "state": "closed"})
    complaint = next(c for c in store.items("complaints") if c["status"] == "open")
    now = store.clock.now()
    warning = make_complaint_alert(next_alert_id(store.items("alerts")), complaint, now, False)
    warning.pop("_team")
    raise_alert(store, warning)
    store.put("complaints", {**complaint, "legal_deadline": fmt(now - timedelta(hours=1))})
    for _ in range(3):
        backend.emit_event()
    alerts = [a for a in store.items("alerts") if a["type"] == "complaint_overdue"
              and a["related"]["complaint"] == complaint["id"] and a["state"] == "new"]
    [alert] = alerts  # one row: the warning became the overdue alert ...
    assert alert["id"] == warning["id"] and "quá hạn" in alert["title"]
    assert alert["priority"] == 2 and alert["duplicate_count"] == 1  # ... once
    assert alert["history"][-1]["action"] == "priority" and alert["history"][-1]["by"] == "system"
