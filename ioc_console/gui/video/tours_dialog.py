"""Tours…: make, change and delete camera tours (name, cameras in order, dwell, tile or grid)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.store.cache import Cache
from ioc_console.core.video.tours import DEFAULT_DWELL_S, MIN_DWELL_S, Tour, TourError, TourStore

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole


class ToursDialog(QDialog):
    """The tours on the left; the chosen one's fields on the right; saved with "Save tour"."""

    def __init__(
        self, store: TourStore, cache: Cache | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toursDialog")
        self.setWindowTitle(self.tr("Camera tours"))
        self.store = store
        self.cameras = [
            c for c in (cache.items("cameras") if cache else []) if not c.get("deleted")
        ]

        self.tours = QListWidget()
        self.tours.setObjectName("tours")
        self.tours.currentTextChanged.connect(self._show_tour)
        self.new_button = QPushButton(self.tr("New tour"))
        self.new_button.clicked.connect(self._new)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._delete)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.target = QComboBox()
        self.target.setObjectName("target")
        self.target.addItem(self.tr("One tile (the selected one)"), "tile")
        self.target.addItem(self.tr("The whole wall, page by page"), "grid")
        self.dwell = QSpinBox()
        self.dwell.setObjectName("dwell")
        self.dwell.setRange(MIN_DWELL_S, 3600)
        self.dwell.setSuffix(self.tr(" s"))
        self.camera_list = QListWidget()
        self.camera_list.setObjectName("cameras")
        self.camera_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.camera_list.setToolTip(self.tr("Tick the cameras of the tour; drag to set the order"))
        self.save_button = QPushButton(self.tr("Save tour"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self._save)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Shows on"), self.target)
        form.addRow(self.tr("Each view for"), self.dwell)
        form.addRow(self.tr("Cameras"), self.camera_list)
        left = QVBoxLayout()
        left.addWidget(self.tours, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(720, 480)
        self._fill_tours()
        if self.tours.count():
            self.tours.setCurrentRow(0)
        else:
            self._new()

    def _fill_tours(self, current: str = "") -> None:
        self.tours.blockSignals(True)
        self.tours.clear()
        for name in self.store.names():
            self.tours.addItem(name)
        self.tours.blockSignals(False)
        found = self.tours.findItems(current, Qt.MatchFlag.MatchExactly) if current else []
        if found:
            self.tours.setCurrentItem(found[0])

    def _show_tour(self, name: str) -> None:
        tour = self.store.get(name) or Tour(self.tr("New tour"), (), DEFAULT_DWELL_S)
        self.name.setText(tour.name if name else "")
        self.target.setCurrentIndex(max(self.target.findData(tour.target), 0))
        self.dwell.setValue(tour.dwell_s)
        self.camera_list.clear()
        by_id = {c["id"]: c for c in self.cameras}
        chosen = [i for i in tour.camera_ids]
        for camera_id in chosen + [c["id"] for c in self.cameras if c["id"] not in chosen]:
            camera = by_id.get(camera_id, {"id": camera_id, "name": camera_id})
            item = QListWidgetItem(f"{camera.get('name') or camera_id} ({camera_id})")
            item.setData(ID_ROLE, camera_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if camera_id in chosen else Qt.CheckState.Unchecked
            )
            self.camera_list.addItem(item)

    def _new(self) -> None:
        self.tours.clearSelection()
        self.tours.setCurrentRow(-1)
        self._show_tour("")
        self.name.setFocus()

    def tour_in_form(self) -> Tour:
        ids = []
        for row in range(self.camera_list.count()):
            item = self.camera_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(ID_ROLE))
        return Tour(
            self.name.text().strip(), tuple(ids), self.dwell.value(), self.target.currentData()
        )

    def _save(self) -> None:
        try:
            tour = self.tour_in_form()
            if not tour.camera_ids:
                raise TourError(self.tr("Tick at least one camera."))
            previous = self.tours.currentItem().text() if self.tours.currentItem() else None
            tours = [t for t in self.store.tours() if t.name != previous]
            replaced = [tour if t.name == tour.name else t for t in tours]
            if tour not in replaced:
                replaced.append(tour)
            self.store.save_all(replaced)
        except (TourError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        log.info("camera tour %r saved (%d cameras)", tour.name, len(tour.camera_ids))
        self._fill_tours(tour.name)

    def _delete(self) -> None:
        item = self.tours.currentItem()
        if item is None:
            return
        try:
            self.store.remove(item.text())
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        log.info("camera tour %r deleted", item.text())
        self._fill_tours()
        if self.tours.count():
            self.tours.setCurrentRow(0)
        else:
            self._new()
