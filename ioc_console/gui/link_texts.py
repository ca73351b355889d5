"""What the operator reads about the backend link: why it is down, the actions and alert
states by name, and why a queued action was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ioc_console.core.alerts.vocabulary import OLD_STATE_NAMES, STATE_NAMES, State
from ioc_console.core.sync.status import Refusal
from ioc_console.gui.complaints import texts as complaints
from ioc_console.gui.i18n import tr


def reason_text(kind: str | None) -> str:
    """Why the backend cannot be used now, for the operator (from ``ApiError.kind``)."""
    reasons = {
        "unreachable": QCoreApplication.translate(
            "Link", "the backend cannot be reached (network or server down)"
        ),
        "timeout": QCoreApplication.translate("Link", "the backend does not answer in time"),
        "unavailable": QCoreApplication.translate(
            "Link", "the backend is overloaded or in maintenance"
        ),
        "rate_limited": QCoreApplication.translate(
            "Link", "the backend asked the console to slow down"
        ),
        "server_error": QCoreApplication.translate("Link", "the backend has an internal error"),
        "unauthorized": QCoreApplication.translate("Link", "the sign-in was not accepted"),
        "bad_response": QCoreApplication.translate(
            "Link", "the backend's answer does not follow the contract"
        ),
        "too_large": QCoreApplication.translate("Link", "the backend's answer is too large"),
    }
    return reasons.get(kind or "", QCoreApplication.translate("Link", "an unexpected error"))


def action_title(body: dict) -> str:
    names = {
        "acknowledge": QCoreApplication.translate("Link", "acknowledge"),
        "assign": QCoreApplication.translate("Link", "assign"),
        "escalate": QCoreApplication.translate("Link", "escalate"),
        "shelve": QCoreApplication.translate("Link", "shelve"),
        "unshelve": QCoreApplication.translate("Link", "unshelve"),
        "step": QCoreApplication.translate("Link", "procedure step"),
        "merge": QCoreApplication.translate("Link", "merge duplicates"),
        "comment": QCoreApplication.translate("Link", "comment"),
        "resolve": QCoreApplication.translate("Link", "resolve"),
        "close": QCoreApplication.translate("Link", "close"),
    }
    action = str(body.get("action", ""))
    return names.get(action, action)


def state_title(state: str) -> str:
    """An alert's state as the operator reads it (the alerts core's names)."""
    known = OLD_STATE_NAMES.get(state) or (state if state in STATE_NAMES else None)
    return tr(STATE_NAMES[State(known)]) if known else state


def refusal_text(refusal: Refusal) -> str:
    action = refusal.action
    what = action.item_id or action.path
    if refusal.kind == "conflict":
        state = (refusal.current or {}).get("state")
        text = QCoreApplication.translate(
            "Link", "“%1” on %2 was not applied: someone else changed it first."
        )
        if state:
            titled = complaints.state_title if action.dataset == "complaints" else state_title
            text += " " + QCoreApplication.translate("Link", "It is now “%3”.").replace(
                "%3", titled(str(state))
            )
    elif refusal.kind == "other_backend":
        text = QCoreApplication.translate(
            "Link", "“%1” on %2 was not sent: it was queued for another backend."
        )
    elif refusal.kind == "forbidden":
        text = QCoreApplication.translate(
            "Link", "“%1” on %2 was not applied: your role may not do this."
        )
    elif refusal.kind == "not_found":
        text = QCoreApplication.translate(
            "Link", "“%1” on %2 was not applied: it no longer exists on the server."
        )
    else:
        text = QCoreApplication.translate("Link", "“%1” on %2 was refused by the server.")
    if action.dataset == "complaints":
        done = complaints.action_title(str(action.body.get("action", "")))
    else:
        done = action_title(action.body)
    return text.replace("%1", done).replace("%2", what)
