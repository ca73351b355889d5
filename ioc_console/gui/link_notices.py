"""What the operator is told about the backend link: the link lost and back, actions the
backend refused, and the sign-in dialog when the backend needs the operator's account."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from ioc_console.core.status import ConnectionState
from ioc_console.core.sync.status import Refusal, SyncStatus

log = logging.getLogger(__name__)


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
        "snooze": QCoreApplication.translate("Link", "snooze"),
        "comment": QCoreApplication.translate("Link", "comment"),
        "resolve": QCoreApplication.translate("Link", "resolve"),
        "close": QCoreApplication.translate("Link", "close"),
    }
    action = str(body.get("action", ""))
    return names.get(action, action)


def refusal_text(refusal: Refusal) -> str:
    action = refusal.action
    what = action.item_id or action.path
    if refusal.kind == "conflict":
        state = (refusal.current or {}).get("state")
        text = QCoreApplication.translate(
            "Link", "“%1” on %2 was not applied: someone else changed it first."
        )
        if state:
            text += " " + QCoreApplication.translate("Link", "It is now “%3”.").replace(
                "%3", str(state)
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
    return text.replace("%1", action_title(action.body)).replace("%2", what)


class LinkNotices(QObject):
    def __init__(self, console, bridge) -> None:
        super().__init__(console)
        self.console = console
        self._told_offline = False
        self._login_open = False
        self._offline_notice = None
        self.bridge = bridge
        bridge.linkChanged.connect(self._link_changed)
        bridge.refused.connect(self._refused)
        bridge.startFailed.connect(self._start_failed)

    def _link_changed(self, status: SyncStatus) -> None:
        if status.state is ConnectionState.OFFLINE and not self._told_offline:
            self._told_offline = True
            self._offline_notice = self.console.notify(
                "warning",
                QCoreApplication.translate(
                    "Link",
                    "Working offline: %1. The console works from its cache; your actions are "
                    "queued and sent when the link is back.",
                ).replace("%1", reason_text(status.error_kind)),
            )
        elif status.state is ConnectionState.ONLINE:
            if self._told_offline:
                self._dismiss_offline_notice()
                self.console.notify(
                    "info", QCoreApplication.translate("Link", "The backend is reachable again.")
                )
            self._told_offline = False
        elif status.state is ConnectionState.LOGIN_NEEDED and not self._login_open:
            self.console.notify(
                "error",
                QCoreApplication.translate(
                    "Link", "The backend did not accept the sign-in: %1"
                ).replace("%1", status.detail),
            )
            self._open_login(status.detail)

    def _open_login(self, detail: str) -> None:
        from ioc_console.gui.dialogs.login import open_login_dialog

        engine = self.bridge.engine
        self._login_open = True
        dialog = open_login_dialog(
            self.console.services.status.backend.url,
            (engine.username if engine else "") or "",
            detail,
            self.bridge.sign_in,
            self.console.wm.main_window,
        )
        dialog.finished.connect(lambda *_: setattr(self, "_login_open", False))

    def _dismiss_offline_notice(self) -> None:
        notice, self._offline_notice = self._offline_notice, None
        if notice is not None and shiboken6.isValid(notice):
            notice.dismiss()

    def _refused(self, refusal: Refusal) -> None:
        self.console.notify("warning", refusal_text(refusal))

    def _start_failed(self, reason: str) -> None:
        self.console.notify(
            "error",
            QCoreApplication.translate("Link", "The demo backend did not start: %1").replace(
                "%1", reason
            ),
        )
