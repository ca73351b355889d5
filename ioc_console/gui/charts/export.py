"""Charts to files: PNG (pixels, for a message or a slide) and SVG (vectors, for print)."""

from __future__ import annotations

import logging
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

log = logging.getLogger(__name__)
FORMATS = ("png", "svg")


class ExportError(Exception):
    """The chart could not be written (unknown format, disk full, no permission)."""


def export_chart(chart: pg.PlotWidget, path: Path, width: int = 1600) -> Path:
    """Write ``chart`` to ``path``; the format follows the suffix (.png or .svg)."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ExportError(f"charts are exported as PNG or SVG, not '{path.suffix}'")
    item = chart.getPlotItem()
    try:
        if kind == "png":
            exporter = ImageExporter(item)
            exporter.parameters()["width"] = width
            exporter.export(str(path))
        else:
            try:
                SVGExporter(item).export(str(path))
            except (ValueError, IndexError) as exc:
                # pyqtgraph's SVG clean-up cannot read some of the paths Qt writes (closed
                # sub-paths of markers and bars): draw the scene with Qt's own SVG writer
                log.info("pyqtgraph's SVG export failed (%s); Qt's SVG writer is used", exc)
                _qt_svg(chart, path)
    except OSError as exc:
        raise ExportError(str(exc)) from exc
    if not path.is_file() or path.stat().st_size == 0:
        raise ExportError(f"nothing was written to {path}")
    log.info("chart exported to %s", path)
    return path


def _qt_svg(chart: pg.PlotWidget, path: Path) -> None:
    scene = chart.scene()
    source = chart.getPlotItem().sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(chart.objectName() or "chart")
    painter = QPainter(generator)
    try:
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
