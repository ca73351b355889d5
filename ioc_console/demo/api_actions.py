"""``POST /api/v1/alerts/<id>/actions``: alert actions with Idempotency-Key semantics.

The token and the ward scope are checked first, then the key. Keys belong to the user who
sent them: a key the same user sent before with the same alert and body gets the stored
response again (header ``Idempotent-Replayed: true``) and nothing is applied twice; with another
body, 422. Another user's request with the same key is a request of its own. Only applied
actions are recorded under their key: a refused one (400/403/404/409) may be retried.

A ward clerk acts on the alerts of their own ward only; city-wide alerts (``ward: null``) are
shown to every ward but acted on by the city's operators. The ``X-Console-Id`` header names the
console position that acted; it is kept in the history entry.
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import unquote

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from . import alert_actions
from .alert_system import breaches, unshelve_due
from .api_auth import authenticate
from .context import Context
from .problems import ProblemError
from .responses import dump_json
from .store import IdempotencyRecord, Store
from .timeutil import parse

MAX_KEY_LENGTH = 128
MAX_CONSOLE_LENGTH = 64


def _fingerprint(alert_id: str, body: object) -> str:
    canonical = json.dumps({"alert": alert_id, "body": body}, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _stored(record: IdempotencyRecord, replayed: bool) -> Response:
    response = Response(record.body, status=record.status, mimetype="application/json")
    if replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return response


def _console(request: Request) -> str | None:
    console = request.headers.get("X-Console-Id")
    if console is None:
        return None
    console = unquote(console)  # a name beyond ASCII comes percent-encoded from UTF-8
    if not 1 <= len(console.strip()) <= MAX_CONSOLE_LENGTH or not console.isprintable():
        raise ProblemError(400, f"X-Console-Id must be 1 to {MAX_CONSOLE_LENGTH} printable "
                                "characters.")
    return console.strip()


def procedure_steps(store: Store, procedure: str | None) -> list[dict]:
    """The steps of a procedure from the ``alert_procedures`` dataset (none when unknown)."""
    found = store.get("alert_procedures", procedure or "") if procedure else None
    if found is None or found.get("deleted") or not isinstance(found.get("steps"), list):
        return []
    return [s for s in found["steps"] if isinstance(s, dict)]


def catch_up(store: Store, alert_id: str) -> dict | None:
    """Apply what the system owes the alert by now (a shelve that ran out, an SLA target that
    passed); the alert as it is afterwards (None when absent). Call with the store lock
    held."""
    alert = store.get("alerts", alert_id)
    if alert is None or alert.get("deleted"):
        return None
    now = store.clock.now()
    changed = unshelve_due(alert, now) or alert
    changed = breaches(changed, now, store.items("alert_sla")) or changed
    if changed is alert:
        return alert
    return store.put("alerts", changed).item


def _merge(store: Store, user: dict, target: dict, ids: list[str],
           console: str | None) -> tuple[int, str]:
    """Close the duplicates merged into ``target`` (each checked first: nothing changes when
    one does not fit); how many duplicates they bring, and when the latest of them was
    raised or repeated."""
    others = []
    for other_id in ids:
        if other_id == target["id"]:
            raise ProblemError(409, "An alert cannot be merged into itself.", current=target)
        other = catch_up(store, other_id)
        if other is None:
            raise ProblemError(409, f"No alert {other_id!r} to merge.", current=target)
        if user["role"] == "ward_clerk" and store.ward_of("alerts", other_id) != user.get("ward"):
            raise ProblemError(403, "A ward clerk may merge only the alerts of their own ward.")
        if other["state"] not in alert_actions.OPEN_STATES:
            raise ProblemError(409, f"Alert {other_id} is {other['state']}: only open alerts "
                                    "can be merged.", current=target)
        others.append(other)
    now = store.clock.now()
    for other in others:
        entry = alert_actions.history_entry("merged", user["username"], now, console,
                                            f"merged into {target['id']}")
        store.put("alerts", {**other, "state": "closed", "shelved_until": None,
                             "shelved_from": None, "shelve_reason": None,
                             "history": [*other.get("history", []), entry]})
    latest = max(o.get("last_repeat_at") or o["created_at"] for o in others)
    return sum(int(o.get("duplicate_count") or 0) + 1 for o in others), latest


def post_action(ctx: Context, request: Request, alert_id: str) -> Response:
    user = authenticate(ctx, request)
    key = request.headers.get("Idempotency-Key", "")
    if not 1 <= len(key) <= MAX_KEY_LENGTH:
        raise ProblemError(400, f"An Idempotency-Key header of 1 to {MAX_KEY_LENGTH} characters "
                              "is required.")
    console = _console(request)
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
        alert = catch_up(store, alert_id)
        if alert is None:
            raise ProblemError(404, f"No alert {alert_id!r}.")
        try:
            changed = alert_actions.apply(
                alert, action, user["username"], store.clock.now(), console=console,
                role=user["role"], steps=procedure_steps(store, alert.get("procedure")),
            )
        except alert_actions.ActionConflictError as exc:
            raise ProblemError(409, str(exc), current=alert) from exc
        if action["action"] == "merge":
            added, latest = _merge(store, user, alert, action["duplicates"], console)
            changed["duplicate_count"] = int(alert.get("duplicate_count") or 0) + added
            changed["last_repeat_at"] = max(latest, alert.get("last_repeat_at") or latest,
                                            key=parse)
        stored = store.put("alerts", changed).item
        record = IdempotencyRecord(fingerprint, 200, dump_json({"alert": stored, "applied": True}))
        store.idempotency[(user["username"], key)] = record
        store.applied_actions.append((key, alert_id, action["action"]))
    return _stored(record, replayed=False)


def rules() -> list[Rule]:
    return [Rule("/api/v1/alerts/<alert_id>/actions", endpoint=post_action, methods=["POST"])]


def catch_up_all(store: Store) -> int:
    """Apply what the system owes every open alert by now (shelves run out, SLA targets
    passed); how many alerts changed."""
    changed = 0
    with store.lock:
        for alert in store.items("alerts"):
            if alert.get("state") in alert_actions.OPEN_STATES and catch_up(
                store, alert["id"]
            ) is not alert:
                changed += 1
    return changed
