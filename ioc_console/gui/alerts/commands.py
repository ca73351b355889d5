"""Workflow actions from the queue: the form an action asks for, then each chosen alert's action
checked by the core's rules and put in the outbox (it works offline; the sync engine sends it).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ioc_console.core.alerts import workflow as wf
from ioc_console.core.alerts.model import Alert
from ioc_console.gui.alerts.dialogs import Ask, Field, Form
from ioc_console.gui.i18n import tr

log = logging.getLogger(__name__)
AGENCIES = (  # who an alert is usually handed to (the field stays free text)
    "Công an phường",
    "Cảnh sát giao thông",
    "Phòng cháy chữa cháy",
    "Trung tâm y tế",
    "Đội trật tự đô thị",
    "Điện lực Cao Lãnh",
    "Cấp thoát nước",
)


@dataclass
class Outcome:
    queued: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (alert id, reason)
    futures: dict[str, Future] = field(default_factory=dict)  # alert id -> its key, once queued
    action: str = ""


class WorkflowRunner:
    """Turns a command and the chosen alerts into queued actions."""

    def __init__(self, runtime: Any, ask: Ask, parent: QWidget | None = None) -> None:
        self.runtime = runtime
        self.ask = ask
        self.parent = parent

    def form(self, name: str, alerts: Sequence[Alert]) -> Form | None:
        count = len(alerts)
        intro = (
            QCoreApplication.translate("AlertQueue", "%1 alerts are chosen.").replace(
                "%1", str(count)
            )
            if count > 1
            else (alerts[0].title if alerts else "")
        )
        if name == "assign":
            owners = sorted({a.owner for a in alerts if a.owner})
            return Form(
                QCoreApplication.translate("AlertQueue", "Assign"),
                intro,
                [
                    Field(
                        "assignee",
                        QCoreApplication.translate("AlertQueue", "To (person or agency)"),
                        "choice",
                        True,
                        owners[0] if owners else "",
                        tuple(owners) + AGENCIES,
                    ),
                    Field("message", QCoreApplication.translate("AlertQueue", "Message"), "text"),
                ],
            )
        if name == "shelve":
            limit = self.runtime.shelve_limit
            return Form(
                QCoreApplication.translate("AlertQueue", "Shelve"),
                intro,
                [
                    Field(
                        "minutes",
                        QCoreApplication.translate("AlertQueue", "For"),
                        "minutes",
                        True,
                        min(30, limit),
                        maximum=limit,
                    ),
                    Field(
                        "reason", QCoreApplication.translate("AlertQueue", "Reason"), "line", True
                    ),
                ],
            )
        if name == "escalate":
            return Form(
                QCoreApplication.translate("AlertQueue", "Escalate"),
                intro,
                [Field("text", QCoreApplication.translate("AlertQueue", "Note"), "text")],
            )
        if name == "comment":
            return Form(
                QCoreApplication.translate("AlertQueue", "Comment"),
                intro,
                [Field("text", QCoreApplication.translate("AlertQueue", "Comment"), "text", True)],
            )
        if name == "resolve":
            return Form(
                QCoreApplication.translate("AlertQueue", "Resolve"),
                intro,
                [
                    Field(
                        "outcome", QCoreApplication.translate("AlertQueue", "Outcome"), "text", True
                    )
                ],
            )
        return None

    def action(self, name: str, values: dict[str, Any], alerts: Sequence[Alert]) -> wf.Action:
        if name == "acknowledge":
            return wf.Acknowledge()
        if name == "assign":
            return wf.Assign(values["assignee"], values.get("message") or None)
        if name == "escalate":
            return wf.Escalate(values.get("text") or None)
        if name == "shelve":
            return wf.Shelve(int(values["minutes"]), values["reason"])
        if name == "unshelve":
            return wf.Unshelve()
        if name == "comment":
            return wf.Comment(values["text"])
        if name == "resolve":
            return wf.Resolve(values["outcome"])
        if name == "close":
            return wf.Close()
        if name == "merge":
            return wf.Merge(tuple(a.id for a in alerts[1:]))
        raise ValueError(f"no workflow action {name!r}")

    def run(self, name: str, alerts: Sequence[Alert], values: dict | None = None) -> Outcome:
        """Ask for the action's input (unless ``values`` are given), then queue it on each
        alert (``merge``: the others into the first). None asked and cancelled: nothing."""
        outcome = Outcome()
        if not alerts:
            return outcome
        if values is None:
            form = self.form(name, alerts)
            if form is not None:
                answer = self.ask(self.parent, form)
                if answer is None:
                    return outcome
                values = answer
        action = self.action(name, values or {}, alerts)
        outcome.action = name
        targets = alerts[:1] if name == "merge" else alerts
        for alert in targets:
            self.queue(alert, action, outcome)
        return outcome

    def queue(self, alert: Alert, action: wf.Action, outcome: Outcome) -> None:
        runtime = self.runtime
        cache = runtime.services.cache
        if cache is None:
            outcome.refused.append(
                (
                    alert.id,
                    QCoreApplication.translate(
                        "AlertQueue", "The console has no cache to queue it in."
                    ),
                )
            )
            return
        try:
            future = wf.queue_action(
                cache,
                alert,
                action,
                runtime.operator(),
                procedure=runtime.procedures.for_alert(alert),
                shelve_limit=runtime.shelve_limit,
                now=runtime.clock(),
            )
        except wf.ActionRefusedError as refused:
            outcome.refused.append((alert.id, tr(refused.reason, "Alerts")))
            return
        log.info("alert %s: %s queued", alert.id, action.name)
        outcome.queued.append(alert.id)
        outcome.futures[alert.id] = future

    def reasons(self, alerts: Sequence[Alert]) -> dict[str, str | None]:
        """For each workflow action: None when it may be taken on at least one of ``alerts``,
        else the reason (of the first alert) it may not."""
        runtime = self.runtime
        operator = runtime.operator()
        result: dict[str, str | None] = {}
        for alert in alerts[:200]:  # a huge selection is judged by its first alerts
            allowed = wf.allowed_actions(alert, operator, runtime.procedures.for_alert(alert))
            for name, reason in allowed.items():
                if reason is None:
                    result[name] = None
                elif name not in result:
                    result[name] = tr(reason, "Alerts")
        if len(alerts) < 2:
            result["merge"] = QCoreApplication.translate(
                "AlertQueue", "Choose two or more alerts to merge."
            )
        return result
