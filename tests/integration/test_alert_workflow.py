"""The alert workflow against the demo backend: an acknowledgement taken offline is delivered
once when the link is back, and what the console refuses the server refuses too."""

from __future__ import annotations

import logging

import pytest
from waiting import wait_until

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.feed import AlertFeed
from ioc_console.core.alerts.model import State
from ioc_console.core.alerts.workflow import (
    Acknowledge,
    ActionRefusedError,
    Assign,
    Operator,
    queue_action,
    refusal,
    request_body,
)
from ioc_console.core.api.errors import ApiError
from ioc_console.core.status import ConnectionState

OPERATOR = Operator("operator", "operator", None, "IOC-01")


def a_new_alert(backend, book: AlertBook, cache, engine, **wanted):
    """A new alert the book shows (live events raise more when the world has too few)."""
    for _ in range(200):
        for alert in book.alerts():
            if alert.state is State.NEW and all(getattr(alert, k) == v for k, v in wanted.items()):
                return alert
        backend.emit_event()
        engine.pull_all()
        book.load(cache.items("alerts"))
    raise AssertionError(f"no new alert with {wanted}")


def test_an_acknowledgement_made_offline_reaches_the_backend_exactly_once(
    backend, cache, make_engine
):
    engine = make_engine(backend)
    engine.start()
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, what="online")
    engine.pull_all()
    book = AlertBook()
    book.load(cache.items("alerts"))
    alert = a_new_alert(backend, book, cache, engine)

    backend.stop()  # the link is cut
    wait_until(lambda: engine.status.state is ConnectionState.OFFLINE, 30, "offline")
    key = queue_action(engine, alert, Acknowledge(), OPERATOR).result(5)
    assert cache.outbox_count() == 1  # taken, kept on disk while the backend is away

    backend.start()  # plugged back in
    engine.kick()
    wait_until(lambda: cache.outbox_count() == 0, 30, "the outbox to drain")
    applied = [(k, a) for k, a, _action in backend.applied_actions]
    assert applied == [(key, alert.id)]
    engine.kick()  # another round sends nothing again
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, what="online again")
    assert engine.push() == 0
    assert [k for k, _a, _b in backend.applied_actions] == [key]

    row = cache.get("alerts", alert.id)
    assert row["state"] == "acknowledged" and row["acknowledged_at"]
    assert [h["action"] for h in row["history"]].count("acknowledge") == 1
    book.apply([row])
    shown = book.get(alert.id)
    assert shown.state is State.ACKNOWLEDGED
    assert (shown.history[-1].action, shown.history[-1].by) == ("acknowledge", "operator")


def test_what_the_console_refuses_a_ward_clerk_the_backend_refuses_too(
    backend, cache, make_engine
):
    engine = make_engine(backend, user=("clerk.caolanh", "clerk.caolanh-demo"), events=False)
    engine.login()
    engine.pull_all()
    book = AlertBook()
    book.load(cache.items("alerts"))
    clerk = Operator("clerk.caolanh", "ward_clerk", "29869", "PH-01")
    city_wide = a_new_alert(backend, book, cache, engine, ward=None)

    reason = refusal(city_wide, Acknowledge(), clerk)
    assert reason == (
        "A ward clerk cannot act on a city-wide alert; the city's operators handle it.")
    with pytest.raises(ActionRefusedError):
        queue_action(cache, city_wide, Acknowledge(), clerk)
    assert cache.outbox_count() == 0
    # sent anyway, the server says the same
    with pytest.raises(ApiError) as refused:
        engine.client.post_json(f"/alerts/{city_wide.id}/actions",
                                request_body(city_wide, Acknowledge()), "clerk-try-1")
    assert refused.value.kind == "forbidden"

    own = a_new_alert(backend, book, cache, engine, ward="29869")
    assert refusal(own, Acknowledge(), clerk) is None
    queue_action(engine, own, Acknowledge(), clerk).result(5)
    assert engine.push() == 1
    assert cache.get("alerts", own.id)["state"] == "acknowledged"


def test_every_alert_sla_target_and_procedure_of_the_demo_backend_reads_cleanly(
    backend, cache, make_engine, caplog
):
    engine = make_engine(backend, events=False)
    engine.login()
    engine.pull_all()
    caplog.set_level(logging.WARNING, "ioc_console.core.alerts")
    feed = AlertFeed(cache)
    feed.start()
    feed.stop()
    unreadable = [
        r for r in caplog.records
        if r.name.startswith("ioc_console.core.alerts") and r.levelno >= logging.WARNING
    ]  # (the backend's own request lines are not the alerts' concern)
    assert unreadable == []
    everything = feed.book.all_alerts()
    assert len(everything) == cache.count("alerts") > 0
    assert {a.state for a in everything} >= {State.NEW, State.ACKNOWLEDGED, State.CLOSED}
    assert any(a.place for a in everything) and any(a.history for a in everything)
    named = {a.procedure for a in everything if a.procedure}
    assert named and all(feed.procedures.get(p) is not None for p in named)
    assert all(feed.procedures.get(p).steps for p in named)
    p1 = next(a for a in everything if a.priority == 1)
    assert feed.policy.targets(p1)[0] == 60


def test_an_acknowledged_alert_whose_priority_worsens_asks_again_and_is_acknowledged_again(
    backend, cache, make_engine
):
    engine = make_engine(backend, events=False)
    engine.login()
    engine.pull_all()
    feed = AlertFeed(cache)
    feed.start()
    try:
        alert = next(a for a in feed.book.alerts()
                     if a.state is State.NEW and a.priority >= 3 and not a.rearmed)
        queue_action(engine, alert, Acknowledge(), OPERATOR).result(5)
        assert engine.push() == 1
        assert feed.book.get(alert.id).state is State.ACKNOWLEDGED

        # the backend raises the alert's priority (a worse reading came in)
        backend.store.put("alerts", {**backend.store.get("alerts", alert.id), "priority": 1})
        engine.pull_all()
        rearmed = feed.book.get(alert.id)
        assert (rearmed.state, rearmed.priority, rearmed.rearmed) == (State.NEW, 1, True)

        refusals: list = []
        engine.refused.connect(refusals.append)
        queue_action(engine, rearmed, Acknowledge(), OPERATOR).result(5)
        assert engine.push() == 1 and refusals == []  # the server took it, no conflict
        again = feed.book.get(alert.id)
        assert again.state is State.ACKNOWLEDGED and not again.rearmed
        assert again.history[-1].action == "comment" and again.history[-1].by == "operator"
        assert len(backend.applied_actions) == 2
    finally:
        feed.stop()


def test_an_assignment_after_a_colleague_resolved_the_alert_is_refused_and_overwrites_nothing(
    backend, cache, make_engine
):
    engine = make_engine(backend, events=False)
    engine.login()
    engine.pull_all()
    feed = AlertFeed(cache)
    feed.start()
    try:
        seen = next(a for a in feed.book.alerts() if a.state is State.NEW and a.ward is not None)
        other = make_engine(backend, user=("supervisor", "supervisor-demo"), events=False)
        other.login()
        other.client.post_json(f"/alerts/{seen.id}/actions",
                               {"action": "resolve", "outcome": "Đã xử lý tại chỗ"}, "colleague")

        refusals: list = []
        engine.refused.connect(refusals.append)
        queue_action(engine, seen, Assign("Đội CSGT số 2"), OPERATOR).result(5)
        assert engine.push() == 0
        [refused] = refusals
        assert refused.kind == "conflict" and refused.action.item_id == seen.id
        now = feed.book.get(seen.id)  # the server's alert, as the colleague left it
        assert now.state is State.RESOLVED and now.outcome == "Đã xử lý tại chỗ"
        assert now.owner != "Đội CSGT số 2"
        assert cache.outbox_count() == 0
    finally:
        feed.stop()
