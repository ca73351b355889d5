"""The operator's actions on an alert: which fit which state and role, and how they are queued.

    new ──acknowledge──► acknowledged ──assign──► assigned ──resolve──► resolved ──close──► closed
    any open state ──escalate──► escalated ──acknowledge──► acknowledged
    any open state ──shelve(minutes, reason)──► shelved ──unshelve (or time up)──► the state it left
                                                (shelving again sets a new time, same return)
    any open state ──assign──► assigned (re-assign allowed); comment in any state

Every action on the backend's alerts goes through the outbox (``Cache.enqueue``, path
``/api/v1/alerts/{id}/actions``; the sync engine's ``enqueue`` also sends it at once when the
link is up)
with the state the console saw as ``expected_state``, so it works offline and the server answers
409 rather than overwrite what someone else did meanwhile. :func:`refusal` says beforehand why an
action may not be taken (the state, the operator's role or ward, a procedure, a limit): a refused
action never reaches the outbox, and the GUI disables it showing the same reason.

An alert the console raised itself (from the site's CAP feed, by a plugin's rule:
``Alert.is_local``) is unknown to the backend: :func:`queue_action` applies its actions to the
cached record instead, checked the same way, in one transaction of the cache writer, with the
same history entry (see :mod:`~ioc_console.core.alerts.local`). Such an alert cannot be merged.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ioc_console.core.alerts import local
from ioc_console.core.alerts.actions import (
    ACTIONS,
    Acknowledge,
    Action,
    ActionRefusedError,
    Assign,
    Close,
    Comment,
    Escalate,
    Merge,
    Resolve,
    Shelve,
    Step,
    Unshelve,
)
from ioc_console.core.alerts.local import Outbox
from ioc_console.core.alerts.model import OPEN_STATES, Alert, HistoryEntry, State
from ioc_console.core.alerts.procedures import Procedure, mandatory_left
from ioc_console.core.clock import city_now
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message, TrText

__all__ = [  # the actions are defined in actions.py and used from here
    "ACTIONS",
    "Acknowledge",
    "Action",
    "ActionRefusedError",
    "Assign",
    "Close",
    "Comment",
    "Escalate",
    "Merge",
    "Operator",
    "Outbox",
    "Resolve",
    "Shelve",
    "Step",
    "Unshelve",
    "allowed_actions",
    "queue_action",
    "rearm",
    "refusal",
    "request_body",
]
DEFAULT_SHELVE_LIMIT = 120  # minutes; the site profile's [alerts] shelve_max_minutes
ROLE_WARD_CLERK = "ward_clerk"
ROLE_SUPERVISOR = "supervisor"
ROLES = ("operator", ROLE_SUPERVISOR, "admin", ROLE_WARD_CLERK)


@dataclass(frozen=True, slots=True)
class Operator:
    user: str
    role: str
    ward: str | None = None  # a ward clerk's ward
    console: str | None = None  # the console position (sent as X-Console-Id)


_OPEN = frozenset(OPEN_STATES)
# action name -> the states it may be taken in
ALLOWED_FROM: dict[str, frozenset[State]] = {
    "acknowledge": frozenset({State.NEW, State.ESCALATED}),
    "assign": _OPEN,
    "escalate": _OPEN - {State.ESCALATED},
    "shelve": _OPEN,  # shelving a shelved alert again sets a new time; it returns where it was
    "unshelve": frozenset({State.SHELVED}),
    "comment": frozenset(State),
    "step": _OPEN,
    "resolve": _OPEN,
    "close": frozenset({State.RESOLVED}),
    "merge": _OPEN,
}
# action name -> the state it leads to (None: unchanged; unshelve: the state shelving left)
LEADS_TO: dict[str, State | None] = {
    "acknowledge": State.ACKNOWLEDGED,
    "assign": State.ASSIGNED,
    "escalate": State.ESCALATED,
    "shelve": State.SHELVED,
    "unshelve": None,
    "comment": None,
    "step": None,
    "resolve": State.RESOLVED,
    "close": State.CLOSED,
    "merge": None,
}

# action name -> why it does not fit the alert's state (no state word to fill in: the whole
# sentence is translated)
NOT_FROM_STATE: dict[str, TrText] = {
    "acknowledge": QT_TRANSLATE_NOOP(
        "Alerts", "Only a new or escalated alert can be acknowledged."
    ),
    "assign": QT_TRANSLATE_NOOP("Alerts", "Only an open alert can be assigned."),
    "escalate": QT_TRANSLATE_NOOP(
        "Alerts", "Only an open alert not escalated yet can be escalated."
    ),
    "shelve": QT_TRANSLATE_NOOP("Alerts", "Only an open alert can be shelved."),
    "unshelve": QT_TRANSLATE_NOOP("Alerts", "Only a shelved alert can be unshelved."),
    "comment": QT_TRANSLATE_NOOP("Alerts", "This alert cannot take comments."),
    "step": QT_TRANSLATE_NOOP("Alerts", "Procedure steps can be ticked only on an open alert."),
    "resolve": QT_TRANSLATE_NOOP("Alerts", "Only an open alert can be resolved."),
    "close": QT_TRANSLATE_NOOP("Alerts", "Only a resolved alert can be closed."),
    "merge": QT_TRANSLATE_NOOP("Alerts", "Only open alerts can be merged."),
}
CLERK_CITY_WIDE = QT_TRANSLATE_NOOP(
    "Alerts", "A ward clerk cannot act on a city-wide alert; the city's operators handle it."
)
CLERK_OTHER_WARD = QT_TRANSLATE_NOOP(
    "Alerts", "A ward clerk can act only on the alerts of their own ward (%1)."
)
NO_ASSIGNEE = QT_TRANSLATE_NOOP("Alerts", "Name the person or agency to assign the alert to.")
NO_SHELVE_REASON = QT_TRANSLATE_NOOP("Alerts", "Say why the alert is shelved.")
SHELVE_MINUTES = QT_TRANSLATE_NOOP("Alerts", "An alert can be shelved for 1 to %1 minutes.")
NO_COMMENT = QT_TRANSLATE_NOOP("Alerts", "A comment needs some text.")
NO_OUTCOME = QT_TRANSLATE_NOOP("Alerts", "Say how the alert was resolved.")
MANDATORY_LEFT = QT_TRANSLATE_NOOP(
    "Alerts",
    "The alert cannot be resolved before the mandatory steps of its procedure are done: %1.",
)
NO_PROCEDURE = QT_TRANSLATE_NOOP("Alerts", "The alert has no procedure with a step %1.")
NO_STEPS = QT_TRANSLATE_NOOP("Alerts", "The alert has no procedure steps to tick.")
MANDATORY_SKIP = QT_TRANSLATE_NOOP("Alerts", "Step %1 is mandatory: it cannot be skipped.")
NO_SKIP_REASON = QT_TRANSLATE_NOOP("Alerts", "Skipping step %1 needs a reason.")
NO_DUPLICATES = QT_TRANSLATE_NOOP("Alerts", "Choose the other alerts to merge into this one.")
MERGE_ITSELF = QT_TRANSLATE_NOOP("Alerts", "An alert cannot be merged into itself.")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Alerts", "The role %1 may not act on alerts.")
LOCAL_MERGE = QT_TRANSLATE_NOOP(
    "Alerts",
    "An alert the console raised itself (from the site's CAP feed or a plugin's rule) cannot "
    "be merged: the server does not know it.",
)


def refusal(
    alert: Alert,
    action: Action,
    operator: Operator,
    procedure: Procedure | None = None,
    now: datetime | None = None,
    shelve_limit: int = DEFAULT_SHELVE_LIMIT,
) -> str | None:
    """Why ``operator`` may not take ``action`` on ``alert`` now (a translatable
    :class:`~ioc_console.core.i18n.Message`), or None when the action is allowed."""
    del now  # the rules do not depend on the time yet; kept for time-bound rules
    who = role_refusal(alert, operator)
    if who is not None:
        return who
    if alert.state not in ALLOWED_FROM[action.name]:
        return Message(NOT_FROM_STATE[action.name])
    if alert.is_local and isinstance(action, Merge):
        return Message(LOCAL_MERGE)
    return _field_refusal(alert, action, procedure, shelve_limit)


def role_refusal(alert: Alert, operator: Operator) -> str | None:
    """Why ``operator``'s role keeps them from acting on ``alert`` at all (None: it does not)."""
    if operator.role not in ROLES:
        return Message(UNKNOWN_ROLE, operator.role)
    if operator.role != ROLE_WARD_CLERK:
        return None
    if alert.ward is None:
        return Message(CLERK_CITY_WIDE)
    if alert.ward != operator.ward:
        return Message(CLERK_OTHER_WARD, operator.ward or "?")
    return None


def _field_refusal(
    alert: Alert, action: Action, procedure: Procedure | None, shelve_limit: int
) -> str | None:
    if isinstance(action, Assign) and not action.assignee.strip():
        return Message(NO_ASSIGNEE)
    if isinstance(action, Shelve):
        if not action.reason.strip():
            return Message(NO_SHELVE_REASON)
        if not 1 <= action.minutes <= shelve_limit:
            return Message(SHELVE_MINUTES, shelve_limit)
    if isinstance(action, Comment) and not action.text.strip():
        return Message(NO_COMMENT)
    if isinstance(action, Resolve):
        if not action.outcome.strip():
            return Message(NO_OUTCOME)
        left = mandatory_left(alert, procedure)
        if left:
            return Message(MANDATORY_LEFT, ", ".join(str(i + 1) for i in left))
    if isinstance(action, Step):
        if procedure is None or not 0 <= action.step < len(procedure.steps):
            return Message(NO_PROCEDURE, action.step + 1)
        if not action.done and procedure.steps[action.step].mandatory:
            return Message(MANDATORY_SKIP, action.step + 1)
        if not action.done and not (action.skipped_reason or "").strip():
            return Message(NO_SKIP_REASON, action.step + 1)
    if isinstance(action, Merge):
        if not action.duplicates:
            return Message(NO_DUPLICATES)
        if alert.id in action.duplicates:
            return Message(MERGE_ITSELF)
    return None


def allowed_actions(
    alert: Alert, operator: Operator, procedure: Procedure | None = None
) -> dict[str, str | None]:
    """For each action name, why it is disabled on ``alert`` by its state or the operator's
    role (None: enabled). Field checks (reasons, minutes) wait for the dialog's input."""
    who = role_refusal(alert, operator)
    result: dict[str, str | None] = {}
    for kind in ACTIONS:
        if who is not None:
            result[kind.name] = who
        elif alert.state not in ALLOWED_FROM[kind.name]:
            result[kind.name] = Message(NOT_FROM_STATE[kind.name])
        elif kind is Merge and alert.is_local:
            result[kind.name] = Message(LOCAL_MERGE)
        elif kind is Step and (procedure is None or not procedure.steps):
            result[kind.name] = Message(NO_STEPS)
        elif kind is Resolve and mandatory_left(alert, procedure):
            left = mandatory_left(alert, procedure)
            result[kind.name] = Message(MANDATORY_LEFT, ", ".join(str(i + 1) for i in left))
        else:
            result[kind.name] = None
    return result


# the history text of an acknowledgement of a re-armed alert (data kept on the server, in the
# city's language like the backend's own texts)
REACKNOWLEDGED = "Xác nhận lại: mức ưu tiên tăng lên P{priority}"


def request_body(alert: Alert, action: Action) -> dict[str, Any]:
    """The body of ``POST /api/v1/alerts/{id}/actions`` for ``action`` on ``alert`` as the
    console saw it (``expected_state``: the server's state, so a conflict is answered 409).

    An alert re-armed by the console (acknowledged on the server, its priority worse since)
    is acknowledged again with a comment saying so: the server holds it acknowledged already,
    and the comment records who saw the worse priority, from which console, when."""
    if alert.rearmed and isinstance(action, Acknowledge):
        return {
            "action": "comment",
            "expected_state": alert.wire_state.value,
            "text": REACKNOWLEDGED.format(priority=alert.priority),
        }
    return {"action": action.name, "expected_state": alert.wire_state.value, **action.fields()}


def action_path(alert_id: str) -> str:
    """The action's path below the backend's ``/api/v1`` (as the outbox keeps paths)."""
    return f"/alerts/{alert_id}/actions"


def queue_action(
    cache: Outbox,
    alert: Alert,
    action: Action,
    operator: Operator,
    *,
    procedure: Procedure | None = None,
    shelve_limit: int = DEFAULT_SHELVE_LIMIT,
    now: datetime | None = None,
) -> Future:
    """Check ``action`` and put it in the outbox; the future's result is the idempotency key
    once it is safely on disk. Raises :class:`ActionRefusedError` (nothing queued) when refused.

    An alert of the console's own (``alert.is_local``) is changed in the cache instead, and
    nothing is queued: the future's result is a key of the action once the record is written,
    or :class:`ActionRefusedError` when the record changed meanwhile so that the action no
    longer fits (nothing written)."""
    at = now or city_now()
    reason = refusal(alert, action, operator, procedure, at, shelve_limit)
    if reason is not None:
        raise ActionRefusedError(reason)
    body = request_body(alert, action)
    if alert.is_local:

        def recheck(current: Alert) -> str | None:  # as the operator saw it, re-armed too
            return refusal(
                replace(current, state=alert.state, rearmed=alert.rearmed),
                action,
                operator,
                procedure,
                at,
                shelve_limit,
            )

        return local.apply_locally(
            cache,
            alert,
            body,
            operator.user,
            operator.console,
            at,
            LEADS_TO[body["action"]],
            recheck,
        )
    future: Future = cache.enqueue(action_path(alert.id), body, dataset="alerts", item_id=alert.id)
    return future


def rearm(previous: Alert | None, current: Alert) -> Alert:
    """``current`` (a row just read), made new again when it is acknowledged and its priority
    has worsened since ``previous`` (the same alert as the book held it): the operator must see
    it again. It stays re-armed until the server records an operator's action after that (an
    acknowledgement sent as :func:`request_body` makes it, or any other), or moves the alert on,
    or re-arms it itself (state new)."""
    if previous is None or current.state is not State.ACKNOWLEDGED:
        return current
    if previous.state is State.ACKNOWLEDGED and current.priority < previous.priority:
        at = current.updated_at or current.last_repeat_at or current.raised_at
        text = f"P{previous.priority} → P{current.priority}"
        entry = HistoryEntry("rearm", "system", at, None, text)
    elif previous.rearmed and previous.history and previous.history[-1].action == "rearm":
        entry = previous.history[-1]
        if any(h.by != "system" and h.at >= entry.at for h in current.history):
            return current
    else:
        return current
    return replace(current, state=State.NEW, rearmed=True, history=(*current.history, entry))
