"""The alert state machine: which action fits which state, and what applying it changes.

    new → acknowledged → assigned → escalated      (assign from any open state, re-assign too)
    escalated → acknowledged
    any open state → shelved (until shelved_until, then back to shelved_from; or unshelve)
    open states → resolved (mandatory procedure steps done) → closed
    comment: in every state; step and merge: in open states

Pure functions over alert dicts: they return a new dict and never change the one given. A body
that does not describe an action is an InvalidActionError (400); an action that does not fit
the alert as it is now is an ActionConflictError (409).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .timeutil import fmt

OPEN_STATES = frozenset({"new", "acknowledged", "assigned", "escalated", "shelved"})
ALL_STATES = OPEN_STATES | {"resolved", "closed"}
# action -> (states it may be taken in, state it leads to; None = unchanged, "back": the
# state before the shelve)
TRANSITIONS: dict[str, tuple[frozenset[str], str | None]] = {
    "acknowledge": (frozenset({"new", "escalated"}), "acknowledged"),
    "assign": (OPEN_STATES, "assigned"),
    "escalate": (OPEN_STATES - {"escalated"}, "escalated"),
    "shelve": (OPEN_STATES, "shelved"),
    "unshelve": (frozenset({"shelved"}), "back"),
    "comment": (ALL_STATES, None),
    "step": (OPEN_STATES, None),
    "resolve": (OPEN_STATES, "resolved"),
    "close": (frozenset({"resolved"}), "closed"),
    "merge": (OPEN_STATES, None),
}
MAX_SHELVE_MINUTES = 8 * 60  # the backend's hard limit (a site's own limit is lower)
MAX_STEP = 99
MAX_MERGE = 50
# roles that may resolve an alert whose mandatory steps are not all done (recorded)
OVERRIDE_ROLES = frozenset({"supervisor", "admin"})


class InvalidActionError(ValueError):
    """The request body does not describe an action (400)."""


class ActionConflictError(Exception):
    """The action does not fit the alert as it is now (409)."""


def _text(body: dict, name: str, *, required: bool = False, what: str = "") -> str | None:
    """The optional (or required) string field ``name``; a required one must hold more than
    white space."""
    value = body.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        need = "a non-empty string" if required else "a string"
        raise InvalidActionError(f"{what or body['action']} needs {name} ({need}).")
    return value


def _int(body: dict, name: str, low: int, high: int) -> int:
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidActionError(f"{body['action']} needs {name} (an integer).")
    if not low <= value <= high:
        raise InvalidActionError(f"{name} must be from {low} to {high}.")
    return value


def validate(body: object) -> dict:
    """The action request, checked: raises InvalidActionError with what is wrong."""
    if not isinstance(body, dict):
        raise InvalidActionError("Expected a JSON object with an action.")
    action = body.get("action")
    if not isinstance(action, str) or action not in TRANSITIONS:
        raise InvalidActionError(f"action must be a string, one of {', '.join(TRANSITIONS)}.")
    _text(body, "text")
    if action == "comment":
        _text(body, "text", required=True, what="A comment")
    if action == "assign":
        _text(body, "assignee", required=True)
        _text(body, "message")
    if action == "shelve":
        _int(body, "minutes", 1, MAX_SHELVE_MINUTES)
        _text(body, "reason", required=True)
    if action == "step":
        _int(body, "step", 0, MAX_STEP)
        if not isinstance(body.get("done"), bool):
            raise InvalidActionError("step needs done (true or false).")
        reason = _text(body, "skipped_reason")
        if body["done"] is False and not (reason or "").strip():
            raise InvalidActionError("Skipping a step (done: false) needs a skipped_reason.")
    if action == "resolve":
        outcome = _text(body, "outcome")
        if outcome is not None and not outcome.strip():
            raise InvalidActionError("outcome must hold more than white space.")
    if action == "merge":
        duplicates = body.get("duplicates")
        if not isinstance(duplicates, list) or not 1 <= len(duplicates) <= MAX_MERGE or not all(
            isinstance(d, str) and d.strip() for d in duplicates
        ):
            raise InvalidActionError(f"merge needs duplicates: a list of 1 to {MAX_MERGE} "
                                     "alert ids.")
        if len(set(duplicates)) != len(duplicates):
            raise InvalidActionError("duplicates names an alert twice.")
    expected = body.get("expected_state")
    if expected is not None and (not isinstance(expected, str) or expected not in ALL_STATES):
        raise InvalidActionError(
            f"expected_state must be null or a string, one of {', '.join(sorted(ALL_STATES))}."
        )
    return body


def history_entry(action: str, by: str, at: datetime, console: str | None = None,
                  text: str | None = None) -> dict:
    entry: dict = {"action": action, "by": by, "at": fmt(at)}
    if console:
        entry["console"] = console
    if text:
        entry["text"] = text
    return entry


def _mark_step(alert: dict, body: dict, steps: list[dict], by: str, at: str) -> list[dict]:
    """The alert's step marks with ``body``'s step ticked (or skipped)."""
    n = body["step"]
    if n >= len(steps):
        raise ActionConflictError(f"The procedure {alert.get('procedure')!r} has {len(steps)} "
                                  f"steps; there is no step {n}.")
    if not body["done"] and steps[n].get("mandatory"):
        raise ActionConflictError(f"Step {n} of the procedure is mandatory: it cannot be "
                                  "skipped.")
    mark = {"step": n, "done": body["done"], "by": by, "at": at,
            "skipped_reason": None if body["done"] else body["skipped_reason"].strip()}
    return sorted([*(m for m in alert.get("steps") or [] if m.get("step") != n), mark],
                  key=lambda m: m["step"])


def mandatory_left(alert: dict, steps: list[dict]) -> list[int]:
    """The mandatory steps of the alert's procedure not yet done."""
    done = {m.get("step") for m in alert.get("steps") or [] if m.get("done")}
    return [n for n, step in enumerate(steps) if step.get("mandatory") and n not in done]


def _text_of(body: dict, left: list[int]) -> str | None:
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
        outcome = body.get("outcome") or body.get("text")
        override = f"bỏ qua bước bắt buộc {', '.join(str(n + 1) for n in left)}" if left else ""
        return " – ".join(t for t in (outcome, override) if t) or None
    if action == "merge":
        return ", ".join(body["duplicates"])
    return body.get("text")


def apply(alert: dict, body: dict, by: str, now: datetime, *, console: str | None = None,
          role: str = "operator", steps: list[dict] | None = None) -> dict:
    """The alert after ``body`` (validated) by user ``by`` of ``role`` at console position
    ``console``; ``steps`` the steps of its procedure. Raises ActionConflictError when the
    action does not fit."""
    action, state = body["action"], alert["state"]
    steps = steps or []
    expected = body.get("expected_state")
    if expected is not None and expected != state:
        raise ActionConflictError(f"The alert is {state}, not {expected}.")
    allowed, target = TRANSITIONS[action]
    if state not in allowed:
        raise ActionConflictError(f"An alert that is {state} cannot take the action {action}.")
    at = fmt(now)
    changed = {**alert, "comments": list(alert.get("comments", []))}
    left: list[int] = []
    if action == "step":
        changed["steps"] = _mark_step(alert, body, steps, by, at)
    if action == "resolve":
        left = mandatory_left(alert, steps)
        if left and role not in OVERRIDE_ROLES:
            raise ActionConflictError(
                "The mandatory steps " + ", ".join(str(n) for n in left) + " of the procedure "
                "are not done: the alert cannot be resolved yet.")
        changed["outcome"] = (body.get("outcome") or body.get("text") or "").strip() or None
    changed["history"] = [*alert.get("history", []),
                          history_entry(action, by, now, console, _text_of(body, left))]
    if body.get("text"):
        changed["comments"].append({"by": by, "at": at, "text": body["text"]})
    if target is None:
        return changed
    if target == "back":
        target = alert.get("shelved_from") or "new"
    if target == "shelved":
        changed["shelved_from"] = (alert.get("shelved_from") if state == "shelved" else state) \
            or "new"
        changed["shelved_until"] = fmt(now + timedelta(minutes=body["minutes"]))
        changed["shelve_reason"] = body["reason"].strip()
    else:
        changed.update(shelved_until=None, shelved_from=None, shelve_reason=None)
    changed["state"] = target
    if action == "assign":
        changed["assignee"] = body["assignee"].strip()
    if action == "acknowledge" and not alert.get("acknowledged_at"):
        changed["acknowledged_at"] = at
    return changed
