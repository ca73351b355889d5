"""A refused action reads in the words of what it was about: an alert's or a complaint's."""

from ioc_console.core.store.outbox import OutboxAction
from ioc_console.core.sync.status import Refusal
from ioc_console.gui.link_texts import refusal_text


def refused(dataset: str, body: dict, state: str) -> str:
    action = OutboxAction(1, "k", "POST", f"/{dataset}/X-1/actions", body, dataset, "X-1", "")
    return refusal_text(Refusal(action, "conflict", "taken", {"state": state}))


def test_a_refused_complaint_action_names_the_complaint_action_and_state(qapp):
    text = refused("complaints", {"action": "extend"}, "reopened")
    assert "“Extend the deadline” on X-1" in text
    assert "It is now “reopened”." in text


def test_a_refused_alert_action_names_the_alert_action_and_state(qapp):
    text = refused("alerts", {"action": "shelve"}, "shelved")
    assert "“shelve” on X-1" in text
    assert "It is now “Shelved”." in text
