"""What the queue's commands do: act on the chosen alerts through the workflow (disabled, with
the reason, where the rules or the operator's role forbid it), tick or skip procedure steps,
filter by a column; moving and the other panels are in :mod:`~.panel_navigation`."""

from __future__ import annotations

from concurrent.futures import Future
from functools import partial
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.workflow import ActionRefusedError, Step, role_refusal
from ioc_console.core.events import Event
from ioc_console.gui.alerts.action_specs import BY_NAME, WORKFLOW
from ioc_console.gui.alerts.details import cameras_of
from ioc_console.gui.alerts.dialogs import Field, Form
from ioc_console.gui.alerts.panel_navigation import QueueNavigation
from ioc_console.gui.alerts.rows import TITLES
from ioc_console.gui.i18n import tr
from ioc_console.gui.widgets.plain_text import plain_tooltip

JUDGED = 200  # the commands' state follows the first selected alerts (a bulk acts on all)


def tell_refusal(told: Event[[str, Any]], title: str, future: Future) -> None:
    """On the cache's writer thread: an action on an alert of this console's own (a CAP feed
    warning) refused when it was applied (the feed changed the warning meanwhile)."""
    error = future.exception()
    if isinstance(error, ActionRefusedError):
        told.emit(title, error.reason)  # a TrText or a Message: translated on the GUI thread


class QueueCommands(QueueNavigation):
    """Mixed into :class:`AlertQueuePanel`: the workflow commands and their state."""

    def update_commands(self) -> None:
        alerts = self.selected_alerts(limit=JUDGED)
        reasons = self.runner.reasons(alerts) if alerts else {}
        current = self.current_alert()
        nothing = QCoreApplication.translate("AlertQueue", "Choose an alert first.")
        for name, action in self.commands.items():
            spec = BY_NAME[name]
            reason: str | None = None
            if name in WORKFLOW:
                reason = reasons.get(name, nothing) if alerts else nothing
            elif name == "cameras":
                reason = (
                    None
                    if current and cameras_of(current)
                    else QCoreApplication.translate("AlertQueue", "This alert names no camera.")
                )
            elif name == "incident":
                reason = (
                    None
                    if current is not None and len(self.incident_of(current)) > 1
                    else QCoreApplication.translate(
                        "AlertQueue", "This alert is not grouped with others."
                    )
                )
            elif name == "map":
                reason = (
                    None
                    if current and current.lat is not None
                    else QCoreApplication.translate("AlertQueue", "This alert has no position.")
                )
            elif name == "snapshot":
                reason = (
                    None
                    if current and (current.snapshot_url or current.snapshot_box)
                    else QCoreApplication.translate(
                        "AlertQueue", "Only an AI detection has a snapshot."
                    )
                )
            keys = QKeySequence(spec.key).toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tr(spec.text, 'AlertQueue')} ({keys})"
            if reason:
                tip += "\n" + reason
            action.setEnabled(reason is None)
            action.setToolTip(plain_tooltip(tip))
            action.setStatusTip(reason or "")
        # the operator's role keeps them from this alert: said under the table, not only in
        # the tooltips of the disabled commands
        role = role_refusal(current, self.runtime.operator()) if current is not None else None
        if role is not None:
            self.tell(tr(role, "Alerts"), "warning")
            self.reason.setProperty("kind", "role")
        elif self.reason.property("kind") == "role":
            self.reason.setText("")
            self.reason.setProperty("kind", "")

    # -- the commands ------------------------------------------------------------------------

    def run_command(self, name: str) -> None:
        if name in WORKFLOW:
            self.act(name)
        elif name in ("next", "previous"):
            self.step_row(1 if name == "next" else -1)
        elif name == "next_p1":
            self.next_unacknowledged_p1()
        elif name == "details":
            self.open_details()
        elif name == "incident":
            self.select_incident()
        elif name == "cameras":
            self.play_cameras()
        elif name == "map":
            self.show_on_map()
        elif name == "snapshot":
            self.show_snapshot()
        elif name == "seen":
            self.model.mark_seen(list(self.model.unseen))
            self._flushed()
        elif name == "filter":
            self.filter_bar.text.setFocus()
            self.filter_bar.text.selectAll()

    def act(self, name: str, values: dict | None = None) -> None:
        alerts = self.selected_alerts()
        outcome = self.runner.run(name, alerts, values)
        title = tr(BY_NAME[name].text, "AlertQueue").rstrip("…")
        for future in outcome.futures.values():
            if future is not None:  # a refusal by the server itself is told by the link notices
                # the callback holds the panel's event, never the panel: a widget must not be
                # released on the cache's writer thread
                future.add_done_callback(partial(tell_refusal, self.refused_here, title))
        if outcome.queued and not outcome.refused:
            self.tell(
                QCoreApplication.translate("AlertQueue", "“%1” queued for %2 alert(s).")
                .replace("%1", title)
                .replace("%2", str(len(outcome.queued)))
            )
        elif outcome.refused:
            first = outcome.refused[0][1]
            self.tell(
                QCoreApplication.translate(
                    "AlertQueue", "“%1” queued for %2 alert(s), not taken for %3: %4"
                )
                .replace("%1", title)
                .replace("%2", str(len(outcome.queued)))
                .replace("%3", str(len(outcome.refused)))
                .replace("%4", first),
                "warning",
            )
        self.model.mark_seen(a.id for a in alerts)
        self.show_counts()

    def tick_step(self, step: int) -> None:
        alert = self.current_alert()
        if alert is not None:
            self._one_action(alert, "step", {"step": step})

    def skip_step(self, step: int) -> None:
        alert = self.current_alert()
        if alert is None:
            return
        form = Form(
            QCoreApplication.translate("AlertQueue", "Skip a step"),
            QCoreApplication.translate("AlertQueue", "Why is step %1 skipped?").replace(
                "%1", str(step + 1)
            ),
            [Field("reason", QCoreApplication.translate("AlertQueue", "Reason"), "line", True)],
        )
        values = self.runner.ask(cast(QWidget, self), form)
        if values is not None:
            self._one_action(alert, "skip", {"step": step, "reason": values["reason"]})

    def _one_action(self, alert: Alert, kind: str, values: dict) -> None:
        from ioc_console.gui.alerts.commands import Outcome

        action = Step(values["step"], kind == "step", values.get("reason"))
        outcome = Outcome()
        self.runner.queue(alert, action, outcome)
        if outcome.refused:
            self.tell(outcome.refused[0][1], "warning")
            self.show_details(refresh=True)
        else:
            self.tell(
                QCoreApplication.translate("AlertQueue", "Step %1 queued.").replace(
                    "%1", str(values["step"] + 1)
                )
            )

    def ask_column_filter(self, column: int) -> None:
        title = tr(TITLES[column], "AlertQueue")
        value, ok = QInputDialog.getText(
            cast(QWidget, self),
            QCoreApplication.translate("AlertQueue", "Filter by column"),
            QCoreApplication.translate("AlertQueue", "Show the rows whose “%1” contains:").replace(
                "%1", title
            ),
            text=self.filter_bar.columns.get(column, ""),
        )
        if ok:
            self.filter_bar.set_column(column, value)
