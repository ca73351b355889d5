"""Moving through the queue and reaching the other panels: next and previous, the next
unacknowledged P1, the details, an incident's alerts, the cameras in the wall, the map and a
detection's snapshot beside its live video. Mixed into the alert queue panel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel

from ioc_console.core.alerts.model import Alert
from ioc_console.core.intents import SelectItem, ShowCamera
from ioc_console.gui.alerts.details import cameras_of
from ioc_console.gui.alerts.snapshot import SnapshotSource

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QSplitter

    from ioc_console.core.events import Event
    from ioc_console.core.services import Services
    from ioc_console.gui.alerts.commands import WorkflowRunner
    from ioc_console.gui.alerts.details import DetailsPane
    from ioc_console.gui.alerts.filter_bar import FilterBar
    from ioc_console.gui.alerts.model import AlertTableModel
    from ioc_console.gui.alerts.runtime import AlertsRuntime
    from ioc_console.gui.alerts.table import QueueTable

SNAPSHOT_TAB = 3


class QueueNavigation:
    """What the panel holds (declared for the type checker) and how the operator moves."""

    table: QueueTable
    model: AlertTableModel
    runtime: AlertsRuntime
    runner: WorkflowRunner
    refused_here: Event[[str, Any]]
    commands: dict[str, QAction]
    services: Services
    instance_id: str
    details: DetailsPane
    filter_bar: FilterBar
    splitter: QSplitter
    reason: QLabel

    def tell(self, text: str, level: str = "info") -> None:
        raise NotImplementedError

    def show_counts(self) -> None:
        raise NotImplementedError

    def _flushed(self) -> None:
        raise NotImplementedError

    def _refresh_banner(self) -> None:
        raise NotImplementedError

    # -- what is chosen ----------------------------------------------------------------------

    def selected_rows(self, limit: int | None = None) -> list[int]:
        """The chosen rows in order (read from the selection's ranges: a selection of
        100,000 rows is not turned into 100,000 indexes), at most ``limit`` of them."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for part in (selection.at(i) for i in range(selection.count())):
            stop = part.bottom() + 1
            if limit is not None:
                stop = min(stop, part.top() + limit - len(rows))
            rows.update(range(part.top(), stop))
            if limit is not None and len(rows) >= limit:
                break
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def selected_alerts(self, limit: int | None = None) -> list[Alert]:
        book, seen, alerts = self.runtime.book, set(), []
        for row in self.selected_rows(limit):
            for alert_id in self.model.ids_at(row):
                alert = book.get(alert_id) if alert_id not in seen else None
                seen.add(alert_id)
                if alert is not None:
                    alerts.append(alert)
        return alerts

    def current_alert(self) -> Alert | None:
        current = self.table.currentIndex()
        lead = self.model.lead_at(current.row()) if current.isValid() else None
        return self.runtime.book.get(lead.id) if lead is not None else None

    # -- enabling, with the reason ---------------------------------------------------------

    def step_row(self, delta: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        self._go(max(0, min(count - 1, row)))

    def _go(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def next_unacknowledged_p1(self) -> None:
        count = self.model.rowCount()
        start = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        book = self.runtime.book
        for step in range(1, count + 1):
            row = (start + step) % count
            lead = self.model.lead_at(row)
            if lead is None or lead.priority != 1:
                continue
            alert = book.get(lead.id)
            if alert is not None and alert.is_unacknowledged:
                self._go(row)
                return
        self.tell(
            QCoreApplication.translate("AlertQueue", "No unacknowledged priority 1 alert is shown.")
        )

    def open_details(self) -> None:
        current = self.table.currentIndex()
        group = self.model.group_at(current.row()) if current.isValid() else None
        if group is not None and group.summary:
            self.model.set_expanded(not self.model.expanded)
            self._refresh_banner()
            return
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[1] == 0:
            self.splitter.setSizes([sizes[0] * 2 // 3, sizes[0] // 3])
        self.details.tabs.setCurrentIndex(0)
        self.details.steps.setFocus()

    def snapshot_source(self) -> SnapshotSource:
        profile = self.services.profile
        return SnapshotSource(
            self.services.status.backend.url,
            self.runtime.operator().user,
            str(profile.ca_bundle) if profile is not None and profile.ca_bundle else None,
            self.services.console_id,
        )

    def incident_of(self, alert: Alert) -> tuple[Alert, ...]:
        """The open alerts grouped with ``alert`` (same place within minutes, same camera)."""
        return self.runtime.book.incident(alert.incident_id) if alert.incident_id else ()

    def select_incident(self) -> None:
        """Choose every alert of the current one's incident: the bulk commands act on all."""
        alert = self.current_alert()
        members = self.incident_of(alert) if alert is not None else ()
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for member in members:
            row = self.model.row_of(member.id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tell(
            QCoreApplication.translate(
                "AlertQueue", "%1 alerts of one incident are chosen."
            ).replace("%1", str(len(members)))
        )

    def play_cameras(self) -> None:
        alert = self.current_alert()
        for camera in cameras_of(alert) if alert else ():
            self.services.intents.post(ShowCamera(camera, "tile", self.instance_id))

    def show_on_map(self) -> None:
        alert = self.current_alert()
        if alert is not None:
            self.services.intents.post(SelectItem("alerts", alert.id, self.instance_id))

    def show_snapshot(self) -> None:
        """The snapshot with its box beside the live video of the detecting camera."""
        alert = self.current_alert()
        if alert is None:
            return
        self.details.tabs.setCurrentIndex(SNAPSHOT_TAB)
        for camera in cameras_of(alert)[:1]:
            self.services.intents.post(ShowCamera(camera, "popup", self.instance_id))

    def show_details(self, refresh: bool = False) -> None:
        alert = self.current_alert()
        if refresh and alert is not None and self.details.alert is alert:
            return  # unchanged (the book hands out the same object until it changes)
        sla = ""
        ward = ""
        if alert is not None:
            row = self.model.index_.rows.get(alert.id)
            sla = self.model.look.sla(alert, self.runtime.clock())[0]
            ward = row.texts[4] if row is not None else ""
        self.details.show_alert(
            alert,
            self.runtime.procedures.for_alert(alert) if alert is not None else None,
            ward_name=ward,
            sla_text=sla,
            cache=self.services.cache,
            incident=len(self.incident_of(alert)) if alert is not None else 0,
            source=self.snapshot_source(),
        )
