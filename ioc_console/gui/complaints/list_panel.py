"""The complaint list panel: every cached complaint (overdue and soon-due first), filters and
search, the details of the one selected with its handling actions, intake of a new complaint,
drill-downs from the dashboards (:class:`ShowRecords`) shown in words with a way to clear
them, and the CSV export of what is shown."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ioc_console.core.complaints import actions, workflow
from ioc_console.core.complaints.nearby import cameras_near
from ioc_console.core.complaints.records import ComplaintRow, load_rows, now_ts, unit_names
from ioc_console.core.intents import SelectItem, ShowCamera, ShowPlace, ShowRecords
from ioc_console.core.services import Services
from ioc_console.core.store.changes import Change
from ioc_console.gui.bridge import follow
from ioc_console.gui.complaints.details import ComplaintDetails
from ioc_console.gui.complaints.filter_bar import FilterBar
from ioc_console.gui.complaints.list_actions import ListActions
from ioc_console.gui.complaints.list_widgets import DrillBanner, complaint_table
from ioc_console.gui.complaints.table_model import ComplaintTableModel
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
DATASET = "complaints"
STATE_VERSION = 1
RELOAD_OVER = 2000  # a change of more ids than this reads everything again


def _load_all(conn: sqlite3.Connection) -> tuple[list[ComplaintRow], dict, dict]:
    by_code, by_id = unit_names(conn)
    return load_rows(conn), by_code, by_id


class ComplaintListPanel(QWidget):
    def __init__(
        self, services: Services, instance_id: str = "complaint_list", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintList")
        self.services = services
        self.instance_id = instance_id
        self.loaded = False
        self.model = ComplaintTableModel(self)
        self.filters = FilterBar()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newComplaint")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCsv")
        self.count = QLabel()
        self.count.setObjectName("count")
        bar = QHBoxLayout()
        bar.addWidget(self.filters.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.export_button)

        self.drill = DrillBanner()  # a drill-down, in words, with a way out
        self.table = complaint_table(self.model)
        self.details = ComplaintDetails()
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        scroller = QScrollArea()  # the details never widen the panel: they scroll
        scroller.setObjectName("detailsScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.details)
        splitter.addWidget(scroller)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.filters)
        layout.addWidget(self.drill)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)

        self.acting = ListActions(services, instance_id, self)
        self.filters.changed.connect(self._filter_changed)
        self.drill.cleared.connect(self.clear_drill_down)
        self.new_button.clicked.connect(self.open_intake)
        self.export_button.clicked.connect(
            lambda: self.acting.ask_export(*self.model.export_table())
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._reselect)
        self.model.modelReset.connect(self._update_count)
        self.details.showOnMap.connect(self.show_on_map)
        self.details.actionAsked.connect(self.open_action)
        self.details.cameraAsked.connect(
            lambda cid: services.intents.post(ShowCamera(cid, source=instance_id))
        )
        self._selected: str | None = None
        self._clock = QTimer(self, interval=60_000)  # "time left" moves on
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        removers = [
            services.intents.handle(ShowRecords, self.show_records),
            services.intents.handle(SelectItem, self._selected_elsewhere),
        ]
        self.destroyed.connect(lambda *_: [remove() for remove in removers])
        self._changed_ids: set[str] = set()
        self._removed_ids: set[str] = set()
        self._reload_needed = self._outbox_changed = False
        self._changes_timer = QTimer(self, singleShot=True, interval=250)
        self._changes_timer.timeout.connect(self._apply_changes)
        if services.cache is not None:
            follow(self, services.cache.changed, self._cache_changed)
        self.retranslate()
        self.reload()

    # -- reading the cache -------------------------------------------------------------------
    def reload(self) -> None:
        cache = self.services.cache
        if cache is None:
            self.count.setText(self.tr("The cache is not available"))
            return
        run_in_background(
            lambda: _load_all(cache.conn),
            lambda result: isValid(self) and self._loaded(result),  # closed meanwhile: dropped
            lambda e: log.error("complaints could not be read: %s", e),
        )

    def _loaded(self, result: tuple[list[ComplaintRow], dict, dict]) -> None:
        rows, by_code, by_id = result
        self.model.ward_names, self.model.unit_names = by_code, by_id
        self.model.set_rows(rows)
        self.loaded = True
        self._choices()
        self._update_count()

    def _choices(self) -> None:
        rows = self.model.rows
        categories = sorted(
            {(r.category, r.category_name) for r in rows if r.category}, key=lambda c: c[1]
        )
        wards = sorted(
            {
                (r.current_ward, self.model.ward_names.get(r.current_ward, r.current_ward))
                for r in rows
                if r.current_ward
            },
            key=lambda w: w[1],
        )
        agencies = sorted({r.agency for r in rows if r.agency})
        self.filters.set_choices(categories, wards, agencies)

    def _cache_changed(self, change: Change) -> None:
        """Changes are gathered and read back together (a sync writes pages of 500)."""
        if change.dataset == "outbox":
            self._outbox_changed = True
        elif change.dataset == "units" or (change.dataset == DATASET and change.reset):
            self._reload_needed = True
        elif change.dataset == DATASET:
            self._changed_ids |= change.upserted
            self._removed_ids |= change.removed
        else:
            return
        if not self._changes_timer.isActive():
            self._changes_timer.start()

    def _apply_changes(self) -> None:
        cache = self.services.cache
        if cache is None or not self.loaded:
            return
        upserted, removed = self._changed_ids, self._removed_ids
        self._changed_ids, self._removed_ids = set(), set()
        if self._reload_needed or len(upserted) + len(removed) > RELOAD_OVER:
            self._reload_needed = False
            self.reload()
        elif upserted or removed:
            run_in_background(
                lambda: load_rows(cache.conn, upserted),
                lambda rows: isValid(self) and self._rows_changed(rows, upserted, removed),
                lambda e: log.error("changed complaints could not be read: %s", e),
            )
        if self._outbox_changed:
            self._outbox_changed = False
            self._show_selected()
            self._update_count()

    def _rows_changed(
        self, rows: list[ComplaintRow], upserted: set[str], removed: set[str]
    ) -> None:
        present = {r.id for r in rows}
        self.model.upsert(rows, removed=removed | (upserted - present))
        if self._selected in upserted | removed:
            self._show_selected()
        self._update_count()

    def _tick(self) -> None:
        self.model.now = now_ts()
        last = self.model.rowCount() - 1
        if last >= 0:
            column = self.model.columnCount() - 1
            self.model.dataChanged.emit(self.model.index(0, column), self.model.index(last, column))

    # -- filters and drill-downs -------------------------------------------------------------
    def _filter_changed(self) -> None:
        kept = self.model.filter
        self.model.set_filter(
            replace(self.filters.current(), ids=kept.ids, ids_description=kept.ids_description)
        )
        self._update_count()

    def show_records(self, intent: ShowRecords) -> bool:
        """A drill-down: exactly ``intent.ids``, the description shown with a way out."""
        if intent.dataset != DATASET:
            return False
        self.model.set_filter(
            replace(
                self.filters.current(),
                ids=frozenset(intent.ids),
                ids_description=intent.description,
            )
        )
        self.drill.show_filter(len(intent.ids), intent.description)
        self._update_count()
        return True

    def clear_drill_down(self) -> None:
        self.model.set_filter(self.model.filter.without_ids())
        self.drill.hide()
        self._update_count()

    def _update_count(self) -> None:
        cache = self.services.cache
        pending = len(actions.queued_intakes(cache)) if cache is not None else 0
        text = (
            self.tr("%1 of %2 complaints")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(len(self.model.rows)))
        )
        status = cache.dataset_status(DATASET) if cache is not None else None
        if status is not None and status.refreshed_at is not None:
            text += " · " + self.tr("data from %1").replace(
                "%1", status.refreshed_at.strftime("%d/%m/%Y %H:%M")
            )
        if pending:
            text += " · " + self.tr("%1 new complaint(s) waiting to be sent").replace(
                "%1", str(pending)
            )
        self.count.setText(text)

    # -- selection and details ---------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._selected = self.model.row_at(current.row()).id if current.isValid() else None
        self._show_selected()
        if self._selected is not None:
            self.services.intents.post(SelectItem(DATASET, self._selected, source=self.instance_id))

    def _reselect(self) -> None:
        row = self.model.row_of(self._selected) if self._selected else None
        if row is None and self._selected is not None:  # filtered out: nothing selected
            self._selected = None
            self._show_selected()
        elif row is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def select(self, complaint_id: str) -> bool:
        row = self.model.row_of(complaint_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selected_elsewhere(self, intent: SelectItem) -> bool:
        if intent.dataset != DATASET or intent.source == self.instance_id:
            return False
        return self.select(intent.item_id)

    def selected_complaint(self) -> dict[str, Any] | None:
        cache = self.services.cache
        if cache is None or self._selected is None:
            return None
        return cache.get(DATASET, self._selected)

    def _show_selected(self) -> None:
        cache = self.services.cache
        complaint = self.selected_complaint()
        if complaint is None or cache is None:
            self.details.show_complaint(None)
            return
        queued = actions.queued_for(cache, complaint["id"])
        self.details.show_complaint(
            complaint, queued, actions.effective(complaint, queued), self._ward_text
        )
        lat, lon = complaint.get("lat"), complaint.get("long")
        if isinstance(lat, int | float) and isinstance(lon, int | float):
            self.details.show_cameras(cameras_near(cache.conn, float(lat), float(lon)))

    def _ward_text(self, complaint: dict[str, Any]) -> str:
        row = self.model.row_by_id(str(complaint["id"]))
        return self.model.ward_text(row) if row else str(complaint.get("current_ward") or "")

    def show_on_map(self) -> None:
        complaint = self.selected_complaint()
        if complaint is None or complaint.get("lat") is None:
            return
        self.services.intents.post(
            ShowPlace(
                float(complaint["long"]),
                float(complaint["lat"]),
                str(complaint["id"]),
                source=self.instance_id,
            )
        )

    # -- acting --------------------------------------------------------------------------------
    def agencies(self) -> list[str]:
        return sorted({r.agency for r in self.model.rows if r.agency})

    def categories(self) -> list[tuple[str, str]]:
        found = {(r.category, r.category_name) for r in self.model.rows if r.category}
        return sorted(found, key=lambda c: c[1])

    def open_action(self, name: str) -> None:
        complaint = self.selected_complaint()
        if complaint is not None:
            self.acting.open_action(name, complaint, self.agencies())

    def queue(self, complaint: dict[str, Any], action: workflow.Action) -> bool:
        return self.acting.queue(complaint, action)

    def open_intake(self) -> None:
        self.intake = self.acting.open_intake(self.categories())

    def export_csv(self, path: str) -> bool:
        return self.acting.export_csv(Path(path), *self.model.export_table())

    # -- state, language -----------------------------------------------------------------------
    def save_state(self) -> dict[str, Any]:
        header = self.table.horizontalHeader()
        return {
            "version": STATE_VERSION,
            "search": self.filters.search.text(),
            "due": self.filters.due.currentData() or "",
            "sort": [header.sortIndicatorSection(), header.sortIndicatorOrder().value],
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("search"), str):
            self.filters.search.setText(state["search"])
        if isinstance(state.get("due"), str):
            self.filters.set_due(state["due"])
        sort = state.get("sort")
        if isinstance(sort, list) and len(sort) == 2 and all(isinstance(v, int) for v in sort):
            if -1 <= sort[0] < self.model.columnCount() and sort[1] in (0, 1):
                self.table.horizontalHeader().setSortIndicator(sort[0], Qt.SortOrder(sort[1]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Details beside the list when there is room, below it when the panel is narrow."""
        wide = event.size().width() >= 1000
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.splitter.setSizes([900, 600] if wide else [500, 500])
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New complaint…"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._update_count()
