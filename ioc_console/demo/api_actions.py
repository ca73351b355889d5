"""``POST /api/v1/alerts/<id>/actions``: alert actions with Idempotency-Key semantics.

The token and the ward scope are checked first, then the key. Keys belong to the user who
sent them: a key the same user sent before with the same alert and body gets the stored
response again (header ``Idempotent-Replayed: true``) and nothing is applied twice; with another
body, 422. Another user's request with the same key is a request of its own. Only applied
actions are recorded under their key: a refused one (400/403/404/409) may be retried.

A ward clerk acts on the alerts of their own ward only; city-wide alerts (``ward: null``) are
shown to every ward but acted on by the city's operators.
"""

from __future__ import annotations

import hashlib
import json

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from . import alert_actions
from .api_auth import authenticate
from .context import Context
from .problems import ProblemError
from .responses import dump_json
from .store import IdempotencyRecord, Store

MAX_KEY_LENGTH = 128


def _fingerprint(alert_id: str, body: object) -> str:
    canonical = json.dumps({"alert": alert_id, "body": body}, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _stored(record: IdempotencyRecord, replayed: bool) -> Response:
    response = Response(record.body, status=record.status, mimetype="application/json")
    if replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return response


def wake_if_due(store: Store, alert_id: str) -> dict | None:
    """Return a snoozed alert whose time has come to its earlier state; the alert as it is
    afterwards (None when absent). Call with the store lock held."""
    alert = store.get("alerts", alert_id)
    if alert is None or alert.get("deleted"):
        return None
    woken = alert_actions.wake(alert, store.clock.now(), store.snoozed_from.get(alert_id))
    if woken is None:
        return alert
    store.snoozed_from.pop(alert_id, None)
    return store.put("alerts", woken).item


def post_action(ctx: Context, request: Request, alert_id: str) -> Response:
    user = authenticate(ctx, request)
    key = request.headers.get("Idempotency-Key", "")
    if not 1 <= len(key) <= MAX_KEY_LENGTH:
        raise ProblemError(400, f"An Idempotency-Key header of 1 to {MAX_KEY_LENGTH} characters "
                              "is required.")
    body = request.get_json(silent=True)
    fingerprint = _fingerprint(alert_id, body)
    store = ctx.store
    with store.lock:
        if user["role"] == "ward_clerk" and store.get("alerts", alert_id) is not None and (
            store.ward_of("alerts", alert_id) != user.get("ward")
        ):
            raise ProblemError(403, "A ward clerk may act only on the alerts of their own ward.")
        record = store.idempotency.get((user["username"], key))
        if record is not None:
            if record.fingerprint != fingerprint:
                raise ProblemError(422, "This Idempotency-Key was used with another request.")
            return _stored(record, replayed=True)
        try:
            action = alert_actions.validate(body)
        except alert_actions.InvalidActionError as exc:
            raise ProblemError(400, str(exc)) from exc
        alert = wake_if_due(store, alert_id)
        if alert is None:
            raise ProblemError(404, f"No alert {alert_id!r}.")
        back_to = alert_actions.state_before_snooze(alert, store.snoozed_from.get(alert_id))
        try:
            changed = alert_actions.apply(alert, action, user["username"], store.clock.now())
        except alert_actions.ActionConflictError as exc:
            raise ProblemError(409, str(exc), current=alert) from exc
        if changed["state"] == "snoozed":
            store.snoozed_from[alert_id] = back_to
        else:
            store.snoozed_from.pop(alert_id, None)
        stored = store.put("alerts", changed).item
        record = IdempotencyRecord(fingerprint, 200, dump_json({"alert": stored, "applied": True}))
        store.idempotency[(user["username"], key)] = record
        store.applied_actions.append((key, alert_id, action["action"]))
    return _stored(record, replayed=False)


def rules() -> list[Rule]:
    return [Rule("/api/v1/alerts/<alert_id>/actions", endpoint=post_action, methods=["POST"])]


def wake_due_snoozes(store: Store) -> int:
    """Return every alert whose snooze has run out to its earlier state; how many woke."""
    woken = 0
    with store.lock:
        for alert in store.items("alerts"):
            if alert.get("state") == "snoozed" and wake_if_due(store, alert["id"]) is not alert:
                woken += 1
    return woken
