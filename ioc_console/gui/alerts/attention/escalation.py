"""An SLA breach escalates: the supervisor is told (a desktop notification and a notice in the
console, where a supervisor is signed in), the row is marked (the queue's SLA column) and the
breach is recorded (the log here; the backend records it in its alert's history, this console
in the history of an alert it raised itself).

The core's :class:`~ioc_console.core.alerts.sla.SlaWatch` follows the console's alert book and
is asked every second which deadlines have just passed; each breach is announced once. Those
already past when the book is read are known, not news. In a storm the supervisor gets at most
one notice in :data:`TELL_EVERY_S`, naming how many alerts breached and the most urgent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, Signal

from ioc_console.core.alerts.local import Outbox, record_breach
from ioc_console.core.alerts.sla import Breach, SlaWatch
from ioc_console.core.alerts.workflow import ROLE_SUPERVISOR
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.gui.alerts.attention.feed import AlertFeed
from ioc_console.gui.alerts.attention.tray import TrayNotifier
from ioc_console.gui.i18n import tr
from ioc_console.gui.tasks import run_in_background
from ioc_console.gui.timefmt import format_datetime

log = logging.getLogger(__name__)
SUPERVISING_ROLES = frozenset({ROLE_SUPERVISOR, "admin"})  # told of every breach
TELL_EVERY_S = 30  # at most one notice in this long: the breaches meanwhile are told together

QT_ONE_TITLE = QT_TRANSLATE_NOOP("Alerts", "SLA breached: P%1 %2")
QT_MANY_TITLE = QT_TRANSLATE_NOOP("Alerts", "SLA breached: %1 alerts")
QT_NOT_ACKNOWLEDGED = QT_TRANSLATE_NOOP("Alerts", "Not acknowledged in time (due %1).")
QT_NOT_RESOLVED = QT_TRANSLATE_NOOP("Alerts", "Not resolved in time (due %1).")
QT_MOST_URGENT = QT_TRANSLATE_NOOP("Alerts", "The most urgent: P%1 %2.")


class SlaEscalation(QObject):
    escalated = Signal(object)
    """The breaches (a list of :class:`~ioc_console.core.alerts.sla.Breach`) a supervisor
    signed in here was just told of."""

    def __init__(
        self,
        feed: AlertFeed,
        tray: TrayNotifier,
        role: Callable[[], str],
        notice: Callable[[str, str], object] | None = None,
        parent: QObject | None = None,
        *,
        cache: Outbox | None = None,
    ) -> None:
        """``role``: the role of who is signed in now; ``notice(level, text)``: a notice in
        the console's main window; ``cache``: where the breaches of the console's own alerts
        are recorded."""
        super().__init__(parent)
        self.cache = cache
        self.feed = feed
        self.tray = tray
        self.role = role
        self.notice = notice
        self._policy = feed.sla()
        self._pending: list[Breach] = []  # found, waiting for the next notice
        self._told_at: datetime | None = None
        self._notice: object = None
        self.watch = SlaWatch(self._policy, feed.clock)
        self.watch.follow(feed.book)
        self.destroyed.connect(lambda *_: self.watch.unfollow())

    def tick(self) -> list[Breach]:
        """The breaches that have just happened (each once), escalated to a supervisor."""
        policy = self.feed.sla()
        if policy is not self._policy:  # the backend's or the profile's targets changed:
            self._policy = policy  # every deadline anew, off the GUI thread (100,000 alerts)
            run_in_background(
                lambda: self.watch.set_policy(self.feed.sla()),
                None,
                lambda error: log.error("SLA deadlines could not be read anew: %s", error),
            )
        breaches = self.watch.check(wait=False)
        self._record(breaches)
        if breaches and self.role() in SUPERVISING_ROLES:
            self._pending.extend(breaches)
        now = self.feed.clock()
        if self._pending and (
            self._told_at is None or (now - self._told_at).total_seconds() >= TELL_EVERY_S
        ):
            told, self._pending, self._told_at = self._pending, [], now
            self._tell(told)
            self.escalated.emit(told)
        return breaches

    def _record(self, breaches: list[Breach]) -> None:
        """The breaches of the console's own alerts (CAP feed, plugin rules), which the backend
        does not know, are recorded here in the cached record, as the backend records its
        own."""
        if self.cache is None:
            return
        for breach in breaches:
            alert = self.feed.get(breach.alert_id)
            if alert is not None and alert.is_local:
                record_breach(self.cache, breach.alert_id, breach.kind, self.feed.clock())

    def _tell(self, breaches: list[Breach]) -> None:
        first = min(breaches, key=lambda b: (b.priority, b.deadline))
        alert = self.feed.get(first.alert_id)
        name = (alert.title if alert is not None else "") or first.alert_id
        if len(breaches) == 1:
            title = tr(QT_ONE_TITLE).replace("%1", str(first.priority)).replace("%2", name)
            late = QT_NOT_ACKNOWLEDGED if first.kind == "acknowledge" else QT_NOT_RESOLVED
            text = tr(late).replace("%1", format_datetime(first.deadline))
        else:
            title = tr(QT_MANY_TITLE).replace("%1", str(len(breaches)))
            text = tr(QT_MOST_URGENT).replace("%1", str(first.priority)).replace("%2", name)
        self.tray.message(title, text, critical=True)
        if self.notice is not None:  # the newest notice of breaches replaces the one before
            previous, self._notice = self._notice, self.notice("warning", f"{title}. {text}")
            if isinstance(previous, QObject) and shiboken6.isValid(previous):
                getattr(previous, "dismiss", previous.deleteLater)()
