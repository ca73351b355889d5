"""The shift handover as a PDF (A4), written with QPdfWriter in the bundled font (Noto Sans,
named explicitly so Vietnamese prints the same on every machine); text NFC-normalised."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPageLayout, QPageSize, QPainter, QPdfWriter

from ioc_console import APPLICATION_NAME
from ioc_console.gui.alerts.attention.handover_sheet import HandoverSheet, nfc
from ioc_console.gui.fonts import bundled_family
from ioc_console.gui.timefmt import format_datetime

log = logging.getLogger(__name__)
DPI = 300
MARGIN_MM = 15
GAP = 18  # device pixels between blocks (300 dpi: 1.5 mm)


class _Page:
    """A painter that moves down the page, starting a new page when the next block does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, family: str) -> None:
        self.writer = writer
        self.painter = painter
        self.family = family
        self.width = painter.viewport().width()
        self.height = painter.viewport().height()
        self.y = 0

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        # no ligatures: "ﬂ" in the PDF would hide "flood" from a search of the document
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def text(
        self,
        text: str,
        size: float = 10,
        bold: bool = False,
        indent: int = 0,
        width: int | None = None,
    ) -> None:
        font = self.font(size, bold)
        self.painter.setFont(font)
        box_width = (width or self.width) - indent
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = QFontMetrics(font, self.writer).boundingRect(
            QRect(0, 0, box_width, 100_000), flags, nfc(text)
        )
        if self.y + rect.height() > self.height and self.y > 0:
            self.writer.newPage()
            self.y = 0
        self.painter.drawText(QRect(indent, self.y, box_width, rect.height()), flags, nfc(text))
        self.y += rect.height()

    def row(self, cells: list[tuple[str, int]], size: float = 10, bold: bool = False) -> None:
        """Cells (text, left edge as a fraction of the width in per mille) on one line."""
        font = self.font(size, bold)
        self.painter.setFont(font)
        height = QFontMetrics(font, self.writer).height()
        if self.y + height > self.height:
            self.writer.newPage()
            self.y = 0
        edges = [*(left for _, left in cells[1:]), 1000]
        for (text, left), right in zip(cells, edges, strict=True):
            x = self.width * left // 1000
            box = QRect(x, self.y, self.width * right // 1000 - x - GAP, height)
            elided = QFontMetrics(font, self.writer).elidedText(
                nfc(text), Qt.TextElideMode.ElideRight, box.width()
            )
            self.painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), elided)
        self.y += height

    def gap(self, times: int = 1) -> None:
        self.y += GAP * times


def write_pdf(sheet: HandoverSheet, path: Path) -> Path:
    """Write ``sheet`` to ``path``; raises OSError when the file cannot be written."""
    family = bundled_family()
    if family is None:
        raise OSError("the bundled font (Noto Sans) could not be loaded")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    title = QCoreApplication.translate("Alerts", "Shift handover")
    writer.setTitle(nfc(f"{title} {sheet.period}"))
    writer.setCreator(APPLICATION_NAME)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path} cannot be written")
    try:
        _draw(_Page(writer, painter, family), sheet, title)
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"{path} was not written")
    log.info("shift handover saved as %s", path)
    return path


def _draw(page: _Page, sheet: HandoverSheet, title: str) -> None:
    """What the incoming operator needs first comes first: the open items and the note, then
    the shift's figures and its noisiest sources."""
    page.text(title, 16, bold=True)
    page.text(QCoreApplication.translate("Alerts", "Shift: %1").replace("%1", sheet.period), 11)
    if sheet.operator or sheet.written_at:
        written = format_datetime(sheet.written_at) if sheet.written_at else ""
        page.text(
            QCoreApplication.translate("Alerts", "Handed over by %1 at %2")
            .replace("%1", sheet.operator or "—")
            .replace("%2", written),
            10,
        )
    page.gap(2)
    page.text(QCoreApplication.translate("Alerts", "Open items (most urgent first)"), 12, bold=True)
    if sheet.open_items:
        page.row(
            [
                (QCoreApplication.translate("Alerts", "Priority"), 0),
                (QCoreApplication.translate("Alerts", "Raised"), 90),
                (QCoreApplication.translate("Alerts", "Alert"), 230),
                (QCoreApplication.translate("Alerts", "Place"), 640),
                (QCoreApplication.translate("Alerts", "State"), 850),
            ],
            9,
            bold=True,
        )
        for item in sheet.open_items:
            page.row(
                [
                    (f"P{item.priority}", 0),
                    (item.raised, 90),
                    (item.title, 230),
                    (item.place, 640),
                    (item.state, 850),
                ],
                9,
            )
    else:
        page.text(QCoreApplication.translate("Alerts", "No open alerts."), 10)
    page.gap(2)
    page.text(QCoreApplication.translate("Alerts", "Note for the next shift"), 12, bold=True)
    page.text(sheet.note or "—", 10)
    page.gap(2)
    page.text(QCoreApplication.translate("Alerts", "Figures of the shift"), 12, bold=True)
    for label, value in sheet.figures:
        page.row([(label, 0), (value, 650)])
    page.gap(2)
    page.text(QCoreApplication.translate("Alerts", "Noisiest sources"), 12, bold=True)
    for source, count, share in sheet.noisiest:
        page.row([(source, 0), (str(count), 650), (f"{share:.0%}", 800)])
    if not sheet.noisiest:
        page.text(QCoreApplication.translate("Alerts", "No alerts in this shift."), 10)
