"""What the complaint list does for the operator beside showing: a handling action through its
dialog (checked against the state, with what is queued, before it is queued), intake of a new
complaint, and the CSV export of the rows shown."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from ioc_console.core.complaints import actions, workflow
from ioc_console.core.complaints.export import write_csv
from ioc_console.core.intents import Notice, NoticeLevel
from ioc_console.core.services import Services
from ioc_console.gui.complaints.handling_dialog import HandlingDialog
from ioc_console.gui.complaints.texts import refusal_text

log = logging.getLogger(__name__)


class ListActions(QObject):
    def __init__(self, services: Services, instance_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.instance_id = instance_id
        self.widget = parent

    def open_action(self, name: str, complaint: dict[str, Any], agencies: list[str]) -> None:
        cache = self.services.cache
        if cache is None:
            return
        effective = actions.effective(complaint, actions.queued_for(cache, complaint["id"]))
        dialog = HandlingDialog(name, effective, agencies, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.queue(complaint, dialog.action()))
        dialog.open()

    def queue(self, complaint: dict[str, Any], action: workflow.Action) -> bool:
        """Check ``action`` against the complaint and queue it; a notice when it does not fit."""
        cache = self.services.cache
        if cache is None:
            return False
        try:
            actions.queue_action(
                cache, complaint, action, self.services.actions_queued.emit
            ).result(10)
        except workflow.ActionError as exc:
            self.notify("warning", refusal_text(exc))
            return False
        return True

    def open_intake(self, categories: list[tuple[str, str]]) -> QWidget:
        from ioc_console.gui.complaints.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.services, categories, self.instance_id, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def ask_export(self, header: list[str], rows: list[list[str]]) -> None:
        path, _kind = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Export the list as CSV"),
            "phan-anh.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv(Path(path), header, rows)

    def export_csv(self, path: Path, header: list[str], rows: list[list[str]]) -> bool:
        try:
            write_csv(path, header, rows)
        except OSError as exc:
            log.error("the list could not be written to %s: %s", path, exc)
            self.notify(
                "error", self.tr("The list could not be written: %1").replace("%1", str(exc))
            )
            return False
        log.info("%d complaints written to %s", len(rows), path)
        return True

    def notify(self, level: NoticeLevel, text: str) -> None:
        if not self.services.intents.post(Notice(level, text, source=self.instance_id)):
            log.warning("complaints: %s", text)
