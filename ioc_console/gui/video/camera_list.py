"""Camera list panel: the cached cameras with their ward and status, searched without
diacritics, filtered by ward; drag one onto a wall tile, or double-click to show it."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.clock import city_today
from ioc_console.core.intents import ShowCamera
from ioc_console.core.services import Services
from ioc_console.core.store.cache import Cache
from ioc_console.core.text import fold
from ioc_console.gui.bridge import follow
from ioc_console.gui.timefmt import format_datetime
from ioc_console.gui.video.camera_model import ID_ROLE, CameraFilter, CameraModel

log = logging.getLogger(__name__)
FOLLOWED = ("cameras", "units")


def wards_today(cache: Cache | None, today: date | None = None) -> dict[str, str]:
    """Ward code -> name of the units in the cached ``units`` dataset in force today."""
    if cache is None:
        return {}
    day = (today or city_today()).isoformat()
    wards = {}
    for unit in cache.items("units"):
        start, end = unit.get("valid_from"), unit.get("valid_to")
        if (start is None or start <= day) and (end is None or day < end):
            wards[str(unit.get("code"))] = str(unit.get("name") or unit.get("code"))
    return wards


class CameraListPanel(QWidget):
    """Search, a ward filter and the table of cameras; follows the cache as it changes."""

    def __init__(
        self, services: Services, instance_id: str = "camera_list", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.instance_id = instance_id
        self.model = CameraModel(self)
        self.proxy = CameraFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.ward = QComboBox()
        self.ward.setObjectName("ward")
        self.ward.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.ward)

        self.table = QTableView()
        self.table.setObjectName("cameras")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the cache's order first
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CameraModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CameraModel.WARD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CameraModel.STATUS, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(24)
        header.resizeSection(CameraModel.STATUS, 28)

        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._search_changed)
        self.ward.currentIndexChanged.connect(self._ward_changed)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)  # Enter on a row
        if services.cache is not None:
            follow(self, services.cache.changed, self._cache_changed)
        self.retranslate()
        self.reload()

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        cache = self.services.cache
        try:
            wards = wards_today(cache)
            cameras = [c for c in cache.items("cameras") if not c.get("deleted")] if cache else []
        except Exception:  # a cache that fails must not take the panel down
            log.exception("the camera list could not read the cache")
            return
        self.model.set_wards(wards)
        self._fill_wards(wards)
        self.model.set_cameras(cameras)
        self._update_count()

    def _cache_changed(self, change) -> None:
        if change.dataset in FOLLOWED:
            self.reload()

    def _fill_wards(self, wards: dict[str, str]) -> None:
        current = self.ward.currentData() or ""
        entries = sorted(wards.items(), key=lambda item: fold(item[1]))
        shown = [self.ward.itemData(i) for i in range(1, self.ward.count())]
        if self.ward.count() and shown == [code for code, _ in entries]:
            return
        self.ward.blockSignals(True)
        self.ward.clear()
        self.ward.addItem(self.tr("All wards"), "")
        for code, name in entries:
            self.ward.addItem(name, code)
        found = self.ward.findData(current)
        self.ward.setCurrentIndex(max(found, 0))
        self.ward.blockSignals(False)
        self.proxy.set_ward(self.ward.currentData() or "")

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _ward_changed(self, _index: int) -> None:
        self.proxy.set_ward(self.ward.currentData() or "")
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%1 cameras").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 cameras").replace("%1", str(shown)).replace("%2", str(total))
        status = self.services.cache.dataset_status("cameras") if self.services.cache else None
        if status is not None and status.refreshed_at is not None:
            text += " · " + self.tr("data as of %1").replace(
                "%1", format_datetime(status.refreshed_at)
            )
        elif total == 0:
            text = self.tr("No cameras in the cache yet: they appear once the backend answers.")
        self.count.setText(text)

    # -- actions -----------------------------------------------------------------------------
    def camera_ids(self) -> list[str]:
        """The ids shown, in the order shown."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        camera_id = index.data(ID_ROLE)
        if camera_id:
            log.info("camera %s asked for from the camera list", camera_id)
            self.services.intents.post(ShowCamera(camera_id, source=self.instance_id))

    # -- language and state ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search cameras, wards (diacritics ignored)…"))
        self.ward.setToolTip(self.tr("Only the cameras of this ward"))
        self.table.setToolTip(
            self.tr("Drag a camera onto a tile of the video wall, or double-click to show it")
        )
        if self.ward.count():
            self.ward.setItemText(0, self.tr("All wards"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._update_count()

    def save_state(self) -> dict[str, Any]:
        return {"version": 1, "search": self.search.text(), "ward": self.ward.currentData() or ""}

    def restore_state(self, state: dict[str, Any]) -> None:
        if not isinstance(state, dict):
            return
        if isinstance(state.get("search"), str):
            self.search.setText(state["search"])
        ward = state.get("ward")
        if isinstance(ward, str) and ward:
            found = self.ward.findData(ward)
            if found >= 0:
                self.ward.setCurrentIndex(found)
            else:  # the wards are not cached yet: keep the wish until they are
                self.ward.addItem(ward, ward)
                self.ward.setCurrentIndex(self.ward.count() - 1)
