"""Charts to files: PNG (pixels, for a message or a slide) and SVG (vectors, for print)."""

from __future__ import annotations

import logging
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter

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
            SVGExporter(item).export(str(path))
    except OSError as exc:
        raise ExportError(str(exc)) from exc
    if not path.is_file() or path.stat().st_size == 0:
        raise ExportError(f"nothing was written to {path}")
    log.info("chart exported to %s", path)
    return path
