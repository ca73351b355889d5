"""A chart with its title and an export button (PNG or SVG)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from ioc_console.gui.charts.chart import Chart
from ioc_console.gui.charts.export import ExportError, export_chart


class ChartFrame(QFrame):
    exported = Signal(str)
    """The chart was written to this path."""
    export_failed = Signal(str)
    """The chart could not be written; the reason, for the operator."""

    def __init__(self, chart: Chart, name: str) -> None:
        super().__init__()
        self.setObjectName(f"chart-{name}")
        self.name = name
        self.chart = chart
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.export_button = QToolButton(self)
        self.export_button.setAutoRaise(True)
        self.export_button.clicked.connect(self.ask_export)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(chart, 1)
        chart.setParent(self)
        self.setMinimumHeight(230)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(QCoreApplication.translate("ChartFrame", "Export…"))
        self.export_button.setToolTip(
            QCoreApplication.translate("ChartFrame", "Save this chart as a PNG or SVG image"))

    def ask_export(self) -> None:
        png = QCoreApplication.translate("ChartFrame", "PNG image (*.png)")
        svg = QCoreApplication.translate("ChartFrame", "SVG image (*.svg)")
        path, chosen = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ChartFrame", "Export chart"),
            f"{self.name}.png", f"{png};;{svg}")
        if not path:
            return
        if not Path(path).suffix:
            path += ".svg" if chosen == svg else ".png"
        self.export(Path(path))

    def export(self, path: Path) -> bool:
        try:
            export_chart(self.chart, path)
        except ExportError as exc:
            self.export_failed.emit(
                QCoreApplication.translate("ChartFrame", "The chart could not be saved: %1")
                .replace("%1", str(exc)))
            return False
        self.exported.emit(str(path))
        return True
