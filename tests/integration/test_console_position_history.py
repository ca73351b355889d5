"""The demo backend records the console position the client names (``X-Console-Id``) in the
history entry of an action delivered from the outbox."""

from __future__ import annotations

from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.workflow import Acknowledge, Operator, queue_action
from ioc_console.core.sync.link import BackendTarget, build_engine

POSITION = "Bàn 3 – trực đêm"


def test_an_action_delivered_from_the_outbox_names_this_console_in_the_history(backend, cache):
    target = BackendTarget(backend.url, "operator", "operator-demo", timeout_s=3.0,
                           console_id=POSITION)
    engine = build_engine(cache, target, events=False)
    engine.login()
    engine.pull_all()
    row = next(a for a in cache.items("alerts") if a["state"] == "new")
    operator = Operator("operator", "operator", None, POSITION)
    queue_action(engine, Alert.from_row(row), Acknowledge(), operator).result(5)
    assert engine.push() == 1
    engine.pull_all()

    entry = cache.get("alerts", row["id"])["history"][-1]
    assert (entry["action"], entry["by"], entry["console"]) == (
        "acknowledge", "operator", POSITION)
