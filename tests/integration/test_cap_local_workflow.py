"""A warning from the site's CAP feed is handled in the console with the backend online: the
acknowledgement is recorded in the cache, nothing goes to the backend (which would answer 404)
and the operator hears of no refusal; a resynchronisation with the backend keeps it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cap_loopback import CapFeedServer
from cap_samples import atom, city_warning
from waiting import wait_until

from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.workflow import Acknowledge, Comment, Operator, queue_action
from ioc_console.core.cap.poller import CapFeedPoller
from ioc_console.core.clock import city_now
from ioc_console.core.config.cap_source import CapSettings
from ioc_console.core.status import ConnectionState

OPERATOR = Operator("operator", "operator", None, "Bàn 2")


@pytest.fixture
def feed_server():
    server = CapFeedServer()
    yield server
    server.close()


def test_a_feed_warning_acknowledged_online_stays_in_the_console(
    backend, cache, make_engine, feed_server
):
    engine = make_engine(backend)
    refusals = []
    engine.refused.connect(refusals.append)
    engine.start()
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, what="online")
    url = feed_server.put("/cap.atom", atom(city_warning("w1", city_now() - timedelta(minutes=5))))
    assert CapFeedPoller(cache, CapSettings(url, 3600.0)).poll_once().ok
    [row] = [a for a in cache.items("alerts") if a.get("origin") == "cap_feed"]
    before = len(backend.applied_actions)

    queue_action(engine, Alert.from_row(row), Acknowledge(), OPERATOR).result(5)
    row = cache.get("alerts", row["id"])
    queue_action(engine, Alert.from_row(row), Comment("Đã báo UBND phường"), OPERATOR).result(5)

    engine.pull_all()  # a resynchronisation with the backend leaves the console's own alert
    row = cache.get("alerts", row["id"])
    assert row["state"] == "acknowledged"
    assert [(h["action"], h.get("console")) for h in row["history"][1:]] == [
        ("acknowledge", "Bàn 2"), ("comment", "Bàn 2")]
    assert cache.outbox_count() == 0 and engine.push() == 0
    assert len(backend.applied_actions) == before and refusals == []
