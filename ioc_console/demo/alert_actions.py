"""The alert state machine: which action fits which state, and what applying it changes.

    new → acknowledged → assigned → escalated      (assign also from new, re-assign allowed)
    any open state → snoozed (until snoozed_until, then back to the state it left)
    open states → resolved → closed
    comment: in every state

Pure functions over alert dicts: they return a new dict and never change the one given.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .timeutil import fmt, parse

OPEN_STATES = frozenset({"new", "acknowledged", "assigned", "escalated", "snoozed"})
ALL_STATES = OPEN_STATES | {"resolved", "closed"}
# action -> (states it may be taken in, state it leads to; None = unchanged)
TRANSITIONS: dict[str, tuple[frozenset[str], str | None]] = {
    "acknowledge": (frozenset({"new", "snoozed"}), "acknowledged"),
    "assign": (OPEN_STATES, "assigned"),
    "escalate": (OPEN_STATES - {"escalated"}, "escalated"),
    "snooze": (OPEN_STATES, "snoozed"),
    "comment": (ALL_STATES, None),
    "resolve": (OPEN_STATES, "resolved"),
    "close": (frozenset({"resolved"}), "closed"),
}
MAX_SNOOZE_MINUTES = 7 * 24 * 60


class InvalidActionError(ValueError):
    """The request body does not describe an action (400)."""


class ActionConflictError(Exception):
    """The action does not fit the alert as it is now (409)."""


def validate(body: object) -> dict:
    """The action request, checked: raises InvalidActionError with what is wrong."""
    if not isinstance(body, dict):
        raise InvalidActionError("Expected a JSON object with an action.")
    action = body.get("action")
    if not isinstance(action, str) or action not in TRANSITIONS:
        raise InvalidActionError(f"action must be a string, one of {', '.join(TRANSITIONS)}.")
    text = body.get("text")
    if text is not None and not isinstance(text, str):
        raise InvalidActionError("text must be a string.")
    if action == "comment" and not (text or "").strip():
        raise InvalidActionError("A comment needs a non-empty text.")
    if action == "assign":
        assignee = body.get("assignee")
        if not isinstance(assignee, str) or not assignee.strip():
            raise InvalidActionError("assign needs an assignee.")
    if action == "snooze":
        minutes = body.get("minutes")
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise InvalidActionError("snooze needs minutes (an integer).")
        if not 1 <= minutes <= MAX_SNOOZE_MINUTES:
            raise InvalidActionError(f"minutes must be from 1 to {MAX_SNOOZE_MINUTES}.")
    expected = body.get("expected_state")
    if expected is not None and (not isinstance(expected, str) or expected not in ALL_STATES):
        raise InvalidActionError(
            f"expected_state must be null or a string, one of {', '.join(sorted(ALL_STATES))}."
        )
    return body


def apply(alert: dict, body: dict, by: str, now: datetime) -> dict:
    """The alert after ``body`` (validated); raises ActionConflictError when it does not fit."""
    action, state = body["action"], alert["state"]
    expected = body.get("expected_state")
    if expected is not None and expected != state:
        raise ActionConflictError(f"The alert is {state}, not {expected}.")
    allowed, target = TRANSITIONS[action]
    if state not in allowed:
        raise ActionConflictError(f"An alert that is {state} cannot take the action {action}.")
    at = fmt(now)
    changed = {
        **alert,
        "history": [*alert.get("history", []), {"action": action, "by": by, "at": at}],
        "comments": list(alert.get("comments", [])),
    }
    if body.get("text"):
        changed["comments"].append({"by": by, "at": at, "text": body["text"]})
    if target is None:
        return changed
    changed["state"] = target
    if action == "assign":
        changed["assignee"] = body["assignee"].strip()
    if action == "snooze":
        changed["snoozed_until"] = fmt(now + timedelta(minutes=body["minutes"]))
    else:
        changed["snoozed_until"] = None
    return changed


def state_before_snooze(alert: dict, snoozed_from: str | None) -> str:
    """What a snooze returns to: the state the alert had when it was first snoozed."""
    return snoozed_from if alert["state"] == "snoozed" and snoozed_from else alert["state"]


def snoozed_from_history(history: list[dict] | None) -> str | None:
    """The state the alert had before its last snooze, read from its ``history``: the state
    the actions before that snooze lead to, from ``new`` (a snooze of a snoozed alert keeps the
    earlier state; a ``wake`` returns to it). None when the history holds no snooze."""
    state, before, last = "new", None, None
    for entry in history or []:
        action = entry.get("action") if isinstance(entry, dict) else None
        if action == "snooze":
            before = before if state == "snoozed" and before else state
            state, last = "snoozed", before
        elif action == "wake":
            state, before = before or "new", None
        elif action in TRANSITIONS and TRANSITIONS[action][1] is not None:
            state, before = TRANSITIONS[action][1], None
    return last


def wake(alert: dict, now: datetime, back_to: str | None) -> dict | None:
    """The alert back in its earlier state when its snooze has run out, else None."""
    until = alert.get("snoozed_until")
    if alert.get("state") != "snoozed" or not until or parse(until) > now:
        return None
    history = [*alert.get("history", []), {"action": "wake", "by": "system", "at": fmt(now)}]
    return {**alert, "state": back_to or "new", "snoozed_until": None, "history": history}
