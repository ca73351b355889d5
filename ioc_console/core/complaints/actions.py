"""Queueing complaint actions: each checked against the complaint's state first, as it will be
when the actions already queued for it have been applied, then put in the outbox (sent in
order, once, when the backend can be reached)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import Any

from ioc_console.core.clock import city_now
from ioc_console.core.complaints import workflow
from ioc_console.core.complaints.intake import PATH, IntakeForm, intake_body
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.outbox import OutboxAction

log = logging.getLogger(__name__)
DATASET = "complaints"
QUEUED_BY = "…"  # who an entry of a queued action is shown as until the backend answers


def action_path(complaint_id: str) -> str:
    return f"/complaints/{complaint_id}/actions"


def queued_for(cache: Cache, complaint_id: str) -> list[OutboxAction]:
    """The actions queued for the complaint, oldest first."""
    return [
        a
        for a in cache.outbox()
        if a.dataset == DATASET
        and a.item_id == complaint_id
        and a.path == action_path(complaint_id)
    ]


def queued_intakes(cache: Cache) -> list[OutboxAction]:
    """New complaints taken and not yet sent."""
    return [a for a in cache.outbox() if a.path == PATH]


def effective(
    complaint: dict[str, Any], queued: list[OutboxAction], now: datetime | None = None
) -> dict[str, Any]:
    """The complaint as it will be once ``queued`` is applied (an action that would not fit
    is skipped here; the backend will refuse it and say so)."""
    now = now or city_now()
    for queued_action in queued:
        try:
            action = workflow.parse_action(queued_action.body)
            complaint = workflow.apply(complaint, action, QUEUED_BY, now)
        except workflow.ActionError:
            continue
    return complaint


def queue_action(
    cache: Cache,
    complaint: dict[str, Any],
    action: workflow.Action,
    wake: Callable[[], None] | None = None,
) -> Future:
    """Check ``action`` against the complaint (with what is already queued for it) and queue
    it; :class:`workflow.StateConflictError` or :class:`workflow.ActionError` when it does not fit.
    The future's result is the action's idempotency key, once it is on disk."""
    workflow.parse_action(action.to_body())  # a malformed action is refused here, not later
    current = effective(complaint, queued_for(cache, complaint["id"]))
    state = str(current.get("state") or "received")
    sent = workflow.Action(
        action.action,
        action.agency,
        action.deadline,
        action.text,
        action.rating,
        expected_state=state,
    )
    workflow.check(current, sent)
    future = cache.enqueue(
        action_path(complaint["id"]), sent.to_body(), dataset=DATASET, item_id=complaint["id"]
    )
    log.info("complaint %s: %s queued", complaint["id"], action.action)
    if wake is not None:
        future.add_done_callback(lambda _f: wake())
    return future


def queue_intake(cache: Cache, form: IntakeForm, wake: Callable[[], None] | None = None) -> Future:
    """Queue a new complaint (the form checked by the caller with ``intake.problems``)."""
    future = cache.enqueue(PATH, intake_body(form), dataset=DATASET)
    log.info("a new complaint (%s, %s) queued", form.category, form.channel)
    if wake is not None:
        future.add_done_callback(lambda _f: wake())
    return future
