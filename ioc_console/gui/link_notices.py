"""What the operator is told about the backend link, as it happens: the link lost and back,
actions the backend refused, and the sign-in dialog when the backend needs an account."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from ioc_console.core.status import ConnectionState
from ioc_console.core.sync.status import Refusal, SyncStatus
from ioc_console.gui.link_texts import reason_text, refusal_text

log = logging.getLogger(__name__)


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
