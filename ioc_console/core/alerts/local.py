"""An action applied to an alert record the console made itself (``origin: "cap_feed"``: raised
from the site's CAP feed), which the backend does not know: the cached record changes as the
backend would change one of its own (``ioc_console/demo/alert_actions.py``), with the same
history entry (user, console position, time), and nothing is sent.

:func:`~ioc_console.core.alerts.workflow.queue_action` chooses: it checks the action as for any
alert, then for a local alert hands :func:`applied` to the cache writer, which reads the record,
checks again and writes it in one transaction.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime, timedelta
from typing import Any, Protocol

from ioc_console.core.alerts.actions import ActionRefusedError
from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.vocabulary import State
from ioc_console.core.clock import read_time
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)
GONE = QT_TRANSLATE_NOOP("Alerts", "The alert is no longer in the console; nothing was done.")
CHANGED = QT_TRANSLATE_NOOP(
    "Alerts", "The alert changed meanwhile; nothing was done. Look at it again."
)


class Outbox(Protocol):
    """Where :func:`~ioc_console.core.alerts.workflow.queue_action` puts an action: ``Cache``,
    or the sync engine (its ``enqueue`` also wakes the sender). ``enqueue`` queues an action on
    a backend alert; ``update_item`` changes an alert of the console's own."""

    def enqueue(
        self,
        path: str,
        body: dict[str, Any],
        *,
        method: str = "POST",
        dataset: str | None = None,
        item_id: str | None = None,
        key: str | None = None,
    ) -> Future: ...

    def update_item(
        self,
        name: str,
        item_id: str,
        change: Callable[[dict[str, Any] | None], dict[str, Any] | None],
    ) -> Future: ...


def apply_locally(
    cache: Outbox,
    seen: Alert,
    body: dict[str, Any],
    by: str,
    console: str | None,
    at: datetime,
    target: State | None,
    recheck: Callable[[Alert], str | None],
) -> Future:
    """Apply the action ``body`` to the cached record of ``seen`` (the alert as the operator
    saw it) on the cache writer: the record is read, checked again (gone, in another state than
    ``seen``, or refused by ``recheck`` as it is now: nothing written) and written in one
    transaction. The future's result is a key of the action once written; a refusal is an
    :class:`ActionRefusedError`."""
    result: Future = Future()
    refused: list[str] = []

    def change(row: dict[str, Any] | None) -> dict[str, Any] | None:
        row = caught_up(row, at) if row is not None else None
        reason = _refusal(row, seen, recheck)
        if reason is not None:
            refused.append(reason)
            return None
        assert row is not None  # a missing record is refused above
        return applied(row, body, by, console, at, target)

    def done(written: Future) -> None:
        error = written.exception()
        if error is not None:
            result.set_exception(error)
        elif refused:
            log.info("alert %s: %s not applied: %s", seen.id, body["action"], refused[0])
            result.set_exception(ActionRefusedError(refused[0]))
        else:
            log.info("alert %s (the console's own): %s by %s applied", seen.id, body["action"], by)
            result.set_result(str(uuid.uuid4()))

    cache.update_item("alerts", seen.id, change).add_done_callback(done)
    return result


def record_breach(cache: Outbox, alert_id: str, kind: str, at: datetime) -> Future:
    """Record that the console's own alert ``alert_id`` missed its SLA target ``kind``
    (acknowledge, resolve) at ``at``, as the backend records it on one of its own: in
    ``sla_breached`` and as an ``sla_breach`` history entry by ``system``; once, and only while
    the alert is open (else nothing is written)."""
    stamp = at.isoformat(timespec="milliseconds")
    open_states = {s.value for s in State} - {State.RESOLVED.value, State.CLOSED.value}

    def change(row: dict[str, Any] | None) -> dict[str, Any] | None:
        if row is None or row.get("deleted") is True or row.get("state") not in open_states:
            return None
        breached = row.get("sla_breached")
        breached = dict(breached) if isinstance(breached, dict) else {}
        if kind in breached:
            return None
        breached[kind] = stamp
        entry = {"action": "sla_breach", "by": "system", "at": stamp, "text": kind}
        history = [*(row.get("history") or []), entry]
        log.info("alert %s (the console's own): SLA breach (%s) recorded", alert_id, kind)
        return {**row, "sla_breached": breached, "history": history,
                "updated_at": _later(stamp, row.get("updated_at"))}

    return cache.update_item("alerts", alert_id, change)


def caught_up(row: dict[str, Any], now: datetime) -> dict[str, Any]:
    """``row`` with what the backend would have done by ``now`` for one of its own alerts: a
    shelve that ran out ended (history ``unshelve`` by ``system`` at its end), as the alert book
    shows it already."""
    until = read_time(row.get("shelved_until"))
    if row.get("state") != State.SHELVED.value or until is None or until > now:
        return row
    entry = {"action": "unshelve", "by": "system", "at": until.isoformat(timespec="milliseconds")}
    return {
        **row,
        "state": row.get("shelved_from") or State.NEW.value,
        "shelved_until": None,
        "shelved_from": None,
        "shelve_reason": None,
        "history": [*(row.get("history") or []), entry],
    }


def _refusal(
    row: dict[str, Any] | None, seen: Alert, recheck: Callable[[Alert], str | None]
) -> str | None:
    if row is None or row.get("deleted") is True:
        return Message(GONE)
    try:
        current = Alert.from_row(row)
    except ValueError:
        return Message(GONE)
    if current.state is not seen.wire_state:
        log.info("alert %s is %s now, not %s as seen", seen.id, current.state, seen.wire_state)
        return Message(CHANGED)
    return recheck(current)


def applied(
    row: dict[str, Any],
    body: dict[str, Any],
    by: str,
    console: str | None,
    now: datetime,
    target: State | None,
) -> dict[str, Any]:
    """The record ``row`` after the action ``body`` (a checked request body, as
    :func:`~ioc_console.core.alerts.workflow.request_body` makes it) by user ``by`` at console
    position ``console``; ``target`` is the state the action leads to (None: unchanged, or for
    ``unshelve`` the state shelving left). ``row`` itself is not changed."""
    action = body["action"]
    at = now.isoformat(timespec="milliseconds")
    changed: dict[str, Any] = {**row, "comments": list(row.get("comments") or [])}
    if action == "step":
        changed["steps"] = _marked(row, body, by, at)
    if action == "resolve":
        changed["outcome"] = (body.get("outcome") or "").strip() or None
    changed["history"] = [*(row.get("history") or []), _entry(action, by, at, console, body)]
    if body.get("text"):
        changed["comments"].append({"by": by, "at": at, "text": body["text"]})
    changed["updated_at"] = _later(at, row.get("updated_at"))
    if action == "unshelve":
        target = State(row.get("shelved_from") or State.NEW.value)
    if target is None:
        return changed
    if target is State.SHELVED:
        state = row.get("state")
        changed["shelved_from"] = (
            row.get("shelved_from") if state == State.SHELVED.value else state
        ) or State.NEW.value
        changed["shelved_until"] = (now + timedelta(minutes=body["minutes"])).isoformat(
            timespec="milliseconds"
        )
        changed["shelve_reason"] = body["reason"].strip()
    else:
        changed.update(shelved_until=None, shelved_from=None, shelve_reason=None)
    changed["state"] = target.value
    if action == "assign":
        changed["assignee"] = body["assignee"].strip()
    if action == "acknowledge" and not row.get("acknowledged_at"):
        changed["acknowledged_at"] = at
    return changed


def _entry(action: str, by: str, at: str, console: str | None, body: dict[str, Any]) -> dict:
    entry: dict[str, Any] = {"action": action, "by": by, "at": at}
    if console:
        entry["console"] = console
    text = _text_of(body)
    if text:
        entry["text"] = text
    return entry


def _text_of(body: dict[str, Any]) -> str | None:
    """The history entry's text, worded as the backend words it (data, in the city's
    language)."""
    action = body["action"]
    if action == "assign":
        message = (body.get("message") or "").strip()
        return body["assignee"].strip() + (f" – {message}" if message else "")
    if action == "shelve":
        return f"{body['minutes']} min: {body['reason'].strip()}"
    if action == "step":
        skipped = "" if body["done"] else f" (bỏ qua: {body['skipped_reason'].strip()})"
        return f"{body['step'] + 1}{skipped}"
    if action == "resolve":
        return (body.get("outcome") or "").strip() or None
    text = body.get("text")
    return text if isinstance(text, str) and text else None


def _marked(row: dict[str, Any], body: dict[str, Any], by: str, at: str) -> list[dict]:
    """The record's step marks with ``body``'s step ticked (or skipped)."""
    n = body["step"]
    mark = {
        "step": n,
        "done": body["done"],
        "by": by,
        "at": at,
        "skipped_reason": None if body["done"] else body["skipped_reason"].strip(),
    }
    kept = [m for m in row.get("steps") or [] if isinstance(m, dict) and m.get("step") != n]
    return sorted([*kept, mark], key=lambda m: m["step"])


def _later(at: str, before: object) -> str:
    """``at``, or the record's own ``updated_at`` when that is later (a CAP message sent by a
    clock ahead of ours): the cache never takes a write older than what it holds."""
    then, now = read_time(before), read_time(at)
    if then is not None and now is not None and then > now:
        return then.isoformat(timespec="microseconds")
    return at
