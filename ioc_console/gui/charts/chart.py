"""A chart: one pyqtgraph plot with the console's conventions.

City time on date axes (``DateAxisItem`` with ``utcOffset=-25200``: minus Vietnam's +07:00),
x values as float64 seconds since the epoch, no context menus (they cost time and offer the
operator nothing here), no mouse panning or zooming (a dashboard is read, not explored), and a
left click reported in the plot's own coordinates for drill-downs.
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

CITY_UTC_OFFSET = -25200  # pyqtgraph's sign: minus the zone's offset from UTC

# one colour per series, readable on the dark and the light theme
PALETTE = ("#4e9be6", "#e6a23c", "#56b870", "#d9534f", "#a07be0", "#35b5b0", "#c98b5b",
           "#8c98a6")


class CityDateAxis(pg.DateAxisItem):
    """A date axis in city time whose month and weekday names are in the console's language
    (Qt's default locale, set with the language), not in English whatever the language."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation, utcOffset=CITY_UTC_OFFSET)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or ("%b" not in spec.format and "%a" not in spec.format):
            return super().tickStrings(values, scale, spacing)
        locale, short = QLocale(), QLocale.FormatType.ShortFormat
        texts = []
        for value in values:
            try:
                wall = datetime.fromtimestamp(value - CITY_UTC_OFFSET, UTC)
            except (OverflowError, OSError, ValueError):
                texts.append("")
                continue
            text = spec.format.replace("%b", locale.monthName(wall.month, short))
            text = text.replace("%a", locale.dayName(wall.isoweekday(), short))
            texts.append(text.replace("%d", f"{wall.day:02d}"))
        return texts


def series_colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def as_x(values: list[float] | np.ndarray) -> np.ndarray:
    """x values as float64 (pyqtgraph's clipping searches float32 x slowly)."""
    return np.asarray(values, dtype=np.float64)


class Chart(pg.PlotWidget):
    """A plot with the console's conventions; ``clicked`` carries the point clicked."""

    clicked = Signal(float, float)
    """A left click inside the plot area, in data coordinates (x, y)."""

    def __init__(self, parent: QWidget | None = None, date_axis: bool = False) -> None:
        axes = {"bottom": CityDateAxis("bottom")} if date_axis else {}
        super().__init__(parent, axisItems=axes)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        box = item.getViewBox()
        box.setMenuEnabled(False)
        box.setMouseEnabled(False, False)
        item.showGrid(x=False, y=True, alpha=0.15)
        self.apply_palette()
        self.scene().sigMouseClicked.connect(self._scene_clicked)

    def apply_palette(self) -> None:
        palette = QApplication.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setTextPen(text)
            axis.setPen(pg.mkPen(text.darker(150) if text.lightness() > 128 else text.lighter(150)))

    def _scene_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        box = self.getPlotItem().getViewBox()
        position: QPointF = event.scenePos()  # type: ignore[attr-defined]
        if not box.sceneBoundingRect().contains(position):
            return
        point = box.mapSceneToView(position)
        self.clicked.emit(point.x(), point.y())

    def click_at(self, x: float, y: float) -> None:
        """What a left click at data point (x, y) does (for tests and keyboard use)."""
        self.clicked.emit(x, y)


def legend_brush() -> QColor:
    """A legend's background: the plot's own, slightly see-through, so bars behind it show."""
    colour = QApplication.palette().color(QPalette.ColorRole.Base)
    colour.setAlpha(200)
    return colour
