"""The handling workflow of a complaint: which action fits which state, and what it changes.

One source of truth for the console (which checks an action before it queues it) and the demo
backend (which checks it again when it arrives, against the complaint as it is then, and
applies it). States on the wire: received, assigned, forwarded, in_progress, resolved, closed,
reopened. ``status`` (Open311) is ``closed`` for resolved and closed complaints, else ``open``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ioc_console.core.clock import CITY_TZ, read_time
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message, TrText
from ioc_console.core.text import one_tone_placement

STATES = ("received", "assigned", "forwarded", "in_progress", "resolved", "closed", "reopened")
HANDLED = frozenset({"resolved", "closed"})
ACTIONS = ("assign", "forward", "extend", "resolve", "close", "reopen", "add_call")
MAX_TEXT = 4000

# action -> the states it may be taken in
ALLOWED: dict[str, frozenset[str]] = {
    "assign": frozenset({"received", "reopened"}),
    "forward": frozenset({"assigned", "forwarded", "in_progress", "reopened"}),
    "extend": frozenset({"assigned", "forwarded", "in_progress", "reopened"}),
    "resolve": frozenset({"assigned", "forwarded", "in_progress", "reopened"}),
    "close": frozenset({"resolved"}),
    "reopen": frozenset({"resolved", "closed"}),
    "add_call": frozenset(STATES),
}
# action -> the state it leads to (None: the state stays)
LEADS_TO: dict[str, str | None] = {
    "assign": "assigned",
    "forward": "forwarded",
    "extend": None,
    "resolve": "resolved",
    "close": "closed",
    "reopen": "reopened",
    "add_call": None,
}
ACTION_TITLES: dict[str, TrText] = {
    "assign": QT_TRANSLATE_NOOP("Complaints", "Assign to an agency"),
    "forward": QT_TRANSLATE_NOOP("Complaints", "Forward to another agency"),
    "extend": QT_TRANSLATE_NOOP("Complaints", "Extend the deadline"),
    "resolve": QT_TRANSLATE_NOOP("Complaints", "Record the agency's resolution"),
    "close": QT_TRANSLATE_NOOP("Complaints", "Close after the call-back"),
    "reopen": QT_TRANSLATE_NOOP("Complaints", "Reopen"),
    "add_call": QT_TRANSLATE_NOOP("Complaints", "Attach a call"),
}


class ActionError(ValueError):
    """The action is malformed (a field missing or wrong): ``message`` says which, for the
    operator (a :class:`Message`)."""

    def __init__(self, message: Message, field: str = "") -> None:
        super().__init__(str(message))
        self.message = message
        self.field = field  # the field that is missing or wrong, when one is


class StateConflictError(ActionError):
    """The action does not fit the complaint's state (``state`` when the state is the reason)."""

    def __init__(self, message: Message, action: str = "", state: str = "") -> None:
        super().__init__(message, "")
        self.action = action
        self.state = state


@dataclass(frozen=True)
class Action:
    """One handling action as sent to the backend (``to_body``)."""

    action: str
    agency: str | None = None
    deadline: str | None = None  # ISO 8601 with offset (extend)
    text: str | None = None  # reason (extend, reopen, forward), resolution, call-back note
    rating: int | None = None  # 1..5 (close); None when the citizen did not rate
    expected_state: str | None = None

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"action": self.action}
        for name in ("agency", "deadline", "text", "rating", "expected_state"):
            value = getattr(self, name)
            if value is not None:
                body[name] = value
        return body


def _need(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ActionError(Message(QT_TRANSLATE_NOOP("Complaints", "%1 is required"), field), field)
    if len(value) > MAX_TEXT:
        raise ActionError(
            Message(
                QT_TRANSLATE_NOOP("Complaints", "%1 is too long (at most %2 characters)"),
                field,
                MAX_TEXT,
            )
        )
    return value.strip()


def parse_action(body: object) -> Action:
    """An :class:`Action` from a request body; :class:`ActionError` saying what is wrong."""
    if not isinstance(body, dict):
        raise ActionError(Message(QT_TRANSLATE_NOOP("Complaints", "the action must be an object")))
    name = body.get("action")
    if name not in ACTIONS:
        raise ActionError(
            Message(QT_TRANSLATE_NOOP("Complaints", "unknown action %1"), str(name)[:40])
        )
    known = {"action", "agency", "deadline", "text", "rating", "expected_state"}
    extra = sorted(set(body) - known)
    if extra:
        raise ActionError(
            Message(QT_TRANSLATE_NOOP("Complaints", "unknown field %1"), str(extra[0])[:40])
        )
    text = body.get("text")
    if text is not None and (not isinstance(text, str) or len(text) > MAX_TEXT):
        raise ActionError(
            Message(
                QT_TRANSLATE_NOOP("Complaints", "%1 is too long (at most %2 characters)"),
                "text",
                MAX_TEXT,
            )
        )
    agency = body.get("agency")
    deadline = body.get("deadline")
    rating = body.get("rating")
    expected = body.get("expected_state")
    if expected is not None and expected not in STATES:
        raise ActionError(
            Message(QT_TRANSLATE_NOOP("Complaints", "unknown state %1"), str(expected)[:40])
        )
    if name in ("assign", "forward"):
        agency = _need(agency, "agency")
    if name in ("extend", "reopen", "resolve", "add_call"):
        text = _need(text, "text")
    if name == "extend":
        moment = read_time(deadline) if isinstance(deadline, str) else None
        if moment is None or not isinstance(deadline, str) or len(deadline) < 20:
            raise ActionError(
                Message(QT_TRANSLATE_NOOP("Complaints", "%1 is required"), "deadline"), "deadline"
            )
    if rating is not None and (
        isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5
    ):
        raise ActionError(
            Message(QT_TRANSLATE_NOOP("Complaints", "the rating must be a whole number 1 to 5"))
        )
    return Action(name, agency, deadline, text, rating, expected)


def check(complaint: dict[str, Any], action: Action) -> None:
    """Raise :class:`StateConflictError` when ``action`` does not fit ``complaint`` as it is."""
    state = str(complaint.get("state") or "received")
    if action.expected_state is not None and action.expected_state != state:
        raise StateConflictError(
            Message(
                QT_TRANSLATE_NOOP("Complaints", "the complaint is %1 now, not %2"),
                state,
                action.expected_state,
            )
        )
    if state not in ALLOWED[action.action]:
        raise StateConflictError(
            Message(
                QT_TRANSLATE_NOOP("Complaints", "%1 is not possible for a complaint that is %2"),
                action.action,
                state,
            ),
            action.action,
            state,
        )
    if action.action == "extend":
        new = read_time(action.deadline)
        old = read_time(complaint.get("legal_deadline"))
        if new is None or (old is not None and new <= old):
            raise StateConflictError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Complaints", "the new deadline must be later than the current one"
                    )
                )
            )
    if action.action == "forward" and one_tone_placement(action.agency or "") == one_tone_placement(
        str(complaint.get("agency_responsible") or "")
    ):  # "… Hoà Thuận" as the record spells it is "… Hòa Thuận" as the list offers it
        raise StateConflictError(
            Message(
                QT_TRANSLATE_NOOP("Complaints", "the complaint is with %1 already"), action.agency
            )
        )


def possible(complaint: dict[str, Any]) -> list[str]:
    """The actions that fit the complaint's state, in menu order."""
    state = str(complaint.get("state") or "received")
    return [name for name in ACTIONS if state in ALLOWED[name]]


def _note(action: Action, complaint: dict[str, Any]) -> str:
    if action.action in ("assign", "forward"):
        verb = "Chuyển" if action.action == "assign" else "Chuyển tiếp"
        note = f"{verb} {action.agency} xử lý"
        return f"{note}: {action.text}" if action.text else note
    if action.action == "extend":
        new = read_time(action.deadline)
        day = new.astimezone(CITY_TZ).strftime("%d/%m/%Y %H:%M") if new else "?"
        return f"Gia hạn đến {day}: {action.text}"
    if action.action == "close":
        note = action.text or "Đã phản hồi kết quả cho người dân"
        if action.rating is not None:
            note = f"{note}; người dân đánh giá {action.rating}/5"
        return note
    if action.action == "reopen":
        return f"Mở lại: {action.text}"
    if action.action == "add_call":
        return f"Cuộc gọi bổ sung: {action.text}"
    return str(action.text or "")


def apply(complaint: dict[str, Any], action: Action, user: str, now: datetime) -> dict[str, Any]:
    """The complaint after ``action`` taken by ``user`` at ``now`` (a new dict; the given one
    is not changed). Checks first (:class:`StateConflictError`)."""
    check(complaint, action)
    out = copy.deepcopy(complaint)
    at = now.astimezone(CITY_TZ).isoformat(timespec="seconds")
    state = LEADS_TO[action.action] or str(complaint.get("state") or "received")
    if action.action in ("assign", "forward"):
        out["agency_responsible"] = action.agency
    elif action.action == "extend":
        deadline = read_time(action.deadline)
        if deadline is not None:
            out["legal_deadline"] = deadline.astimezone(CITY_TZ).isoformat(timespec="seconds")
            out["expected_datetime"] = out["legal_deadline"]
    elif action.action == "resolve":
        out["resolution"] = action.text
    elif action.action == "close":
        out["satisfaction"] = action.rating
        out["satisfied"] = None if action.rating is None else action.rating >= 4
    elif action.action == "reopen":
        out["resolution"] = None
        out["satisfaction"] = None
        out["satisfied"] = None
    note = _note(action, complaint)
    entry = {"state": state, "at": at, "by": user, "note": note, "action": action.action}
    out["status_history"] = [*list(complaint.get("status_history") or []), entry]
    out["state"] = state
    out["status"] = "closed" if state in HANDLED else "open"
    out["status_notes"] = note
    out["updated_datetime"] = at
    return out
