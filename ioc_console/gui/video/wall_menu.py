"""The wall's toolbar (grid, tour, snapshot) and a tile's context menu."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from ioc_console.core.video.grids import GRID_KINDS, GRIDS
from ioc_console.gui.i18n import tr
from ioc_console.gui.widgets.plain_text import plain_tooltip

MESSAGE_MS = 6000


class WallToolbar(QWidget):
    """Grid choice, tour start/stop and "Tours…", snapshot of the selected tile."""

    def __init__(self, wall) -> None:
        super().__init__(wall)
        self.wall = wall
        self.grid_label = QLabel()
        self.grid = QComboBox()
        self.grid.setObjectName("grid")
        for kind in GRID_KINDS:
            self.grid.addItem(tr(GRIDS[kind].title), kind)
        self.grid_label.setBuddy(self.grid)
        self.tour = QToolButton()
        self.tour.setObjectName("tour")
        self.tour.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tour_menu = QMenu(self.tour)
        self.tour_menu.aboutToShow.connect(self._fill_tour_menu)
        self.tour.setMenu(self.tour_menu)
        self.snapshot = QToolButton()
        self.snapshot.setObjectName("snapshot")
        self.snapshot.clicked.connect(lambda: wall.snapshot())
        self.status = QLabel()
        self.status.setObjectName("wallStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # camera and tour names are text
        self.status.setWordWrap(False)
        self._message = ""
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self._clear_message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.grid_label)
        layout.addWidget(self.grid)
        layout.addWidget(self.tour)
        layout.addWidget(self.snapshot)
        layout.addWidget(self.status, 1)
        self.grid.currentIndexChanged.connect(self._grid_chosen)
        self.retranslate()

    def _grid_chosen(self, _index: int) -> None:
        kind = self.grid.currentData()
        if kind and kind != self.wall.grid.kind:
            self.wall.set_grid(kind)

    def show_grid(self, kind: str) -> None:
        self.grid.blockSignals(True)
        self.grid.setCurrentIndex(max(self.grid.findData(kind), 0))
        self.grid.blockSignals(False)

    def _fill_tour_menu(self) -> None:
        menu, wall = self.tour_menu, self.wall
        menu.clear()
        running = wall.runner.tour.name if wall.runner.running else None
        group = QActionGroup(menu)
        names = wall.tours.names()
        for name in names:
            action = menu.addAction(name, partial(wall.start_tour, name))
            action.setCheckable(True)
            action.setChecked(name == running)
            group.addAction(action)
        if not names:
            menu.addAction(self.tr("No tours yet")).setEnabled(False)
        menu.addSeparator()
        stop = menu.addAction(self.tr("Stop the tour"), wall.stop_tour)
        stop.setEnabled(running is not None)
        menu.addAction(self.tr("Tours…"), self.edit_tours)

    def edit_tours(self) -> None:
        from ioc_console.gui.video.tours_dialog import ToursDialog

        ToursDialog(self.wall.tours, self.wall.services.cache, self.wall).exec()

    def update_tour(self) -> None:
        self._show_status()

    def update_actions(self) -> None:
        tiles = self.wall.tiles
        selected = self.wall.selected
        live = 0 <= selected < len(tiles) and tiles[selected].state.value == "live"
        self.snapshot.setEnabled(live)

    def show_snapshot(self, path: Path | None, unwritable: Path | None = None) -> None:
        if path is not None:
            self._message = self.tr("Snapshot saved: %1").replace("%1", str(path))
        elif unwritable is not None:
            self._message = self.tr(
                "Snapshot not saved: the folder %1 cannot be written; choose another folder "
                "for camera snapshots in the settings."
            ).replace("%1", str(unwritable))
        else:
            self._message = self.tr("No picture to save in this tile.")
        self._message_timer.start(MESSAGE_MS)
        self._show_status()

    def _clear_message(self) -> None:
        self._message = ""
        self._show_status()

    def _show_status(self) -> None:
        runner = self.wall.runner
        text = ""
        if runner.running:
            where = (
                self.tr("tile %1").replace("%1", str(runner.tile + 1))
                if runner.tour.target == "tile"
                else self.tr("the whole wall")
            )
            text = self.tr("Tour “%1” on %2").replace("%1", runner.tour.name).replace("%2", where)
            if runner.paused:
                text += " — " + self.tr("paused while the pointer is on the wall")
        problems = self.wall.tours.problems
        if problems:
            text = "; ".join([text, *(tr(p) for p in problems)]).strip("; ")
        if self._message:
            text = f"{text} · {self._message}" if text else self._message
        self.status.setText(text)
        self.status.setToolTip(plain_tooltip(text))
        self.tour.setText(
            self.tr("Tour ▸ %1").replace("%1", runner.tour.name)
            if runner.running
            else self.tr("Tour")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.grid_label.setText(self.tr("Grid"))
        for index, kind in enumerate(GRID_KINDS):
            self.grid.setItemText(index, tr(GRIDS[kind].title))
        self.grid.setToolTip(self.tr("How many tiles the wall shows"))
        self.tour.setToolTip(self.tr("Rotate a list of cameras through a tile or the wall"))
        self.snapshot.setText(self.tr("Snapshot"))
        self.snapshot.setToolTip(self.tr("Save the selected tile's picture as PNG"))
        self._show_status()


def add_wall_actions(wall, index: int, menu: QMenu) -> None:
    """The wall's items in tile ``index``'s context menu (the tile adds stream, snapshot, zoom)."""
    if index < 0:
        return
    tile = wall.tiles[index]
    first = menu.actions()[0] if menu.actions() else None
    maximised = wall.grid.maximised == index
    items = [
        (
            "wallMaximise",
            QCoreApplication.translate("VideoWall", "Restore the wall")
            if maximised
            else QCoreApplication.translate("VideoWall", "Maximise in wall"),
            lambda: wall.toggle_maximise(index),
            wall.tile_count() > 1,
        ),
        (
            "wallFullScreen",
            QCoreApplication.translate("VideoWall", "Leave full screen")
            if wall.fullscreen_index == index
            else QCoreApplication.translate("VideoWall", "Full screen"),
            lambda: wall.toggle_fullscreen(index),
            True,
        ),
        (
            "wallClear",
            QCoreApplication.translate("VideoWall", "Clear this tile"),
            lambda: wall.clear_tile(index),
            tile.camera is not None or wall.cameras[index] is not None,
        ),
    ]
    if wall.runner.running:
        items.append(
            (
                "wallStopTour",
                QCoreApplication.translate("VideoWall", "Stop the tour"),
                wall.stop_tour,
                True,
            )
        )
    for name, text, slot, enabled in items:
        action = QAction(text, menu)
        action.setObjectName(name)
        action.setEnabled(enabled)
        action.triggered.connect(slot)
        if first is None:
            menu.addAction(action)
        else:
            menu.insertAction(first, action)
    if first is None:
        menu.addSeparator()
    else:
        menu.insertSeparator(first)
