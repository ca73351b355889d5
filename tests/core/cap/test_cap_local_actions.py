"""Actions on a warning raised from the site's CAP feed (the backend does not know it): applied
to the cached record with the usual history entry, never queued in the outbox; a later Update
in the feed keeps what the operator did; a Cancel meanwhile makes the action refused, not
lost in a 404."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from cap_samples import area, atom, city_warning, info, message
from waiting import wait_until

from ioc_console.core.alerts.local import record_breach
from ioc_console.core.alerts.model import Alert, State
from ioc_console.core.alerts.workflow import (
    Acknowledge,
    ActionRefusedError,
    Assign,
    Comment,
    Merge,
    Operator,
    Resolve,
    Shelve,
    Unshelve,
    allowed_actions,
    queue_action,
    rearm,
)
from ioc_console.core.cap.poller import CapFeedPoller
from ioc_console.core.clock import CITY_TZ
from ioc_console.core.config.cap_source import CapSettings

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)
SENT = NOW - timedelta(minutes=10)
OPERATOR = Operator("operator", "operator", None, "Bàn 1")


@pytest.fixture
def polled(cache, feed_server):
    """A feed with one city-wide warning, polled once: (poller, the warning as an Alert)."""
    url = feed_server.put("/cap.atom", atom(city_warning("w1", SENT)))
    poller = CapFeedPoller(cache, CapSettings(url, 3600.0), clock=lambda: NOW)
    assert poller.poll_once().ok
    [row] = [a for a in cache.items("alerts") if a.get("origin") == "cap_feed"]
    return poller, Alert.from_row(row)


def _act(cache, alert: Alert, action, at: datetime) -> dict:
    queue_action(cache, alert, action, OPERATOR, now=at).result(5)
    return cache.get("alerts", alert.id)


def test_acknowledge_shelve_and_resolve_change_the_cached_warning_and_queue_nothing(
    cache, polled
):
    _, alert = polled
    assert alert.is_local and alert.id.startswith("cap-")

    row = _act(cache, alert, Acknowledge(), NOW)
    assert row["state"] == "acknowledged" and row["acknowledged_at"].startswith("2026-11-20T10:00")
    assert row["history"][-1] == {"action": "acknowledge", "by": "operator",
                                  "at": "2026-11-20T10:00:00.000+07:00", "console": "Bàn 1"}

    later = NOW + timedelta(minutes=1)
    row = _act(cache, Alert.from_row(row), Shelve(30, "Chờ đội ứng phó"), later)
    assert (row["state"], row["shelved_from"], row["shelve_reason"]) == (
        "shelved", "acknowledged", "Chờ đội ứng phó")
    assert row["shelved_until"] == (later + timedelta(minutes=30)).isoformat(
        timespec="milliseconds")
    assert row["history"][-1]["text"] == "30 min: Chờ đội ứng phó"

    row = _act(cache, Alert.from_row(row), Unshelve(), later + timedelta(minutes=2))
    assert row["state"] == "acknowledged" and row["shelved_until"] is None

    row = _act(cache, Alert.from_row(row), Resolve("Nước đã rút"), later + timedelta(minutes=5))
    assert (row["state"], row["outcome"]) == ("resolved", "Nước đã rút")
    assert [h["action"] for h in row["history"]] == [
        "create", "acknowledge", "shelve", "unshelve", "resolve"]
    assert all(h.get("console") == "Bàn 1" for h in row["history"][1:])
    assert cache.outbox_count() == 0
    shown = Alert.from_row(row)
    assert shown.history[-1].console == "Bàn 1" and not shown.is_open


def test_a_refused_transition_on_a_feed_warning_is_refused_before_anything_is_written(
    cache, polled
):
    _, alert = polled
    with pytest.raises(ActionRefusedError):
        queue_action(cache, alert, Shelve(30, "  "), OPERATOR)  # no reason
    with pytest.raises(ActionRefusedError):
        queue_action(cache, alert, Merge(("AL-000001",)), OPERATOR)
    assert allowed_actions(alert, OPERATOR)["merge"] is not None  # shown disabled, with why
    assert cache.get("alerts", alert.id)["history"] == [
        {"action": "create", "by": alert.source, "at": SENT.isoformat()}]
    assert cache.outbox_count() == 0


def test_a_later_update_in_the_feed_keeps_the_operators_state_owner_and_comments(
    cache, feed_server, polled
):
    poller, alert = polled
    row = _act(cache, alert, Assign("Đội cứu hộ phường 1", "Đi ngay"), NOW)
    row = _act(cache, Alert.from_row(row), Comment("Đã gọi điện cho tổ trưởng"), NOW)
    row = _act(cache, Alert.from_row(row), Shelve(60, "Chờ nước rút"), NOW)

    update = message("w2", NOW + timedelta(minutes=5), (info(
        "Mưa đã giảm", severity="Minor", expires=NOW + timedelta(hours=1),
        areas=(area("Cao Lãnh", circle=(10.45, 105.63, 2.0)),)),),
        msg_type="Update", references=(("w1", SENT),))
    feed_server.put("/cap.atom", atom(city_warning("w1", SENT), update))
    assert poller.poll_once().ok

    updated = cache.get("alerts", alert.id)
    assert (updated["title"], updated["priority"]) == ("Mưa đã giảm", 3)  # the feed's news
    kept = ("state", "assignee", "comments", "shelved_until", "shelved_from", "shelve_reason")
    assert {k: updated[k] for k in kept} == {k: row[k] for k in kept}
    assert updated["comments"][0]["text"] == "Đã gọi điện cho tổ trưởng"
    assert [h["action"] for h in updated["history"]] == [
        "create", "assign", "comment", "shelve", "update"]


def test_a_worse_priority_rearms_a_feed_warning_and_its_acknowledgement_is_recorded_here(
    cache, polled
):
    _, alert = polled
    acknowledged = Alert.from_row(_act(cache, alert, Acknowledge(), NOW))
    assert acknowledged.priority == 1
    # the book held it at P2 when acknowledged; the feed's update made it P1
    rearmed = rearm(replace(acknowledged, priority=2), acknowledged)
    assert rearmed.rearmed and rearmed.state is State.NEW

    row = _act(cache, rearmed, Acknowledge(), NOW + timedelta(minutes=1))
    assert row["state"] == "acknowledged"
    assert row["history"][-1]["action"] == "comment" and "P1" in row["history"][-1]["text"]
    assert rearm(rearmed, Alert.from_row(row)).rearmed is False  # seen again: re-armed no more
    assert cache.outbox_count() == 0


def test_an_action_on_a_warning_the_feed_cancelled_meanwhile_is_refused_not_lost(
    cache, feed_server, polled
):
    poller, seen = polled  # the operator looks at it, new
    cancel = message("w3", NOW, msg_type="Cancel", references=(("w1", SENT),))
    feed_server.put("/cap.atom", atom(city_warning("w1", SENT), cancel))
    assert poller.poll_once().ok
    assert cache.get("alerts", seen.id)["state"] == "closed"

    future = queue_action(cache, seen, Acknowledge(), OPERATOR, now=NOW)
    with pytest.raises(ActionRefusedError, match="changed meanwhile"):
        future.result(5)
    row = cache.get("alerts", seen.id)
    assert row["state"] == "closed" and row["history"][-1]["action"] == "cancel"
    assert cache.outbox_count() == 0


def test_an_update_polled_while_an_action_waits_to_be_written_keeps_the_action(
    cache, feed_server, polled
):
    poller, alert = polled
    update = message("w2", NOW + timedelta(minutes=5), (info(
        "Mưa đã giảm", severity="Minor", expires=NOW + timedelta(hours=1),
        areas=(area("Cao Lãnh", circle=(10.45, 105.63, 2.0)),)),),
        msg_type="Update", references=(("w1", SENT),))
    feed_server.put("/cap.atom", atom(city_warning("w1", SENT), update))
    hold = threading.Event()
    cache.writer.submit(lambda _conn: hold.wait(10) and None)  # the writer is busy
    action = queue_action(cache, alert, Acknowledge(), OPERATOR, now=NOW + timedelta(minutes=1))
    polling = threading.Thread(target=poller.poll_once)
    polling.start()
    # the poll has read the feed and waits for the writer too, behind the acknowledgement
    wait_until(lambda: cache.writer._queue.qsize() == 2, what="the poll's write queued")
    hold.set()
    action.result(5)
    polling.join(10)

    row = cache.get("alerts", alert.id)
    assert (row["title"], row["state"]) == ("Mưa đã giảm", "acknowledged")
    assert [h["action"] for h in row["history"]] == ["create", "acknowledge", "update"]


def test_a_shelve_that_ran_out_ends_before_the_next_action_as_the_queue_shows_it(
    cache, polled
):
    _, alert = polled
    shelved = Alert.from_row(_act(cache, alert, Shelve(15, "Chờ xác minh"), NOW))
    later = NOW + timedelta(minutes=20)
    # the queue's book has ended the shelve on its clock: the operator sees the alert new again
    assert shelved.shelved_until is not None
    seen = replace(shelved, state=State.NEW, shelved_until=None, shelved_from=None)

    row = _act(cache, seen, Acknowledge(), later)
    assert row["state"] == "acknowledged" and row["shelved_until"] is None
    assert [(h["action"], h["by"]) for h in row["history"][1:]] == [
        ("shelve", "operator"), ("unshelve", "system"), ("acknowledge", "operator")]
    assert row["history"][2]["at"] == "2026-11-20T10:15:00.000+07:00"


def test_an_sla_breach_of_a_feed_warning_is_recorded_once_while_it_is_open(cache, polled):
    _poller, warning = polled
    record_breach(cache, warning.id, "acknowledge", NOW).result(5)
    row = cache.get("alerts", warning.id)
    assert list(row["sla_breached"]) == ["acknowledge"]
    assert {k: row["history"][-1][k] for k in ("action", "by", "text")} == {
        "action": "sla_breach", "by": "system", "text": "acknowledge"}
    record_breach(cache, warning.id, "acknowledge", NOW + timedelta(seconds=5)).result(5)
    assert cache.get("alerts", warning.id)["history"] == row["history"]  # once
    assert Alert.from_row(cache.get("alerts", warning.id)).sla_breached == {"acknowledge"}
    cache.update_item("alerts", warning.id, lambda r: {**r, "state": "resolved"}).result(5)
    record_breach(cache, warning.id, "resolve", NOW + timedelta(hours=9)).result(5)
    assert "resolve" not in cache.get("alerts", warning.id)["sla_breached"]  # closed meanwhile
