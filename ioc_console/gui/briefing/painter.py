"""A page that fills from the top: text, rows of cells, tiles and charts drawn as vectors with
QPainter (lines, rectangles and text — no images), in the bundled font named explicitly and
with every text NFC-normalised.

The bundled Noto Sans holds the Vietnamese letters but not some punctuation (en dash, middle
dot, ellipsis, arrows, typographic quotes): Qt would silently take those from another font and
embed it too. They are printed as their plain equivalents instead, so the PDF embeds the
bundled font alone; the letters, and so the words copied out of the PDF, are unchanged."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPdfWriter, QPen

INK = QColor("#1f2328")
MUTED = QColor("#57606a")
RULE = QColor("#d0d7de")
COLOURS = {"ok": QColor("#1a7f37"), "warning": QColor("#9a6700"), "error": QColor("#cf222e"),
           "muted": MUTED, "blue": QColor("#2f6fb5"), "green": QColor("#2da44e"),
           "red": QColor("#cf222e")}
GAP = 24  # device pixels (300 dpi: 2 mm)


_PLAIN = str.maketrans({"–": "-", "—": "-", "−": "-", "·": "|", "…": "...", "▲": "+",
                        "▼": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "•": "-", "×": "x",
                        "≥": ">=", "≤": "<=", "°": "o", "₫": "đ", "\u00a0": " ",
                        "\u202f": " "})


def nfc(text: str) -> str:
    """``text`` composed (NFC), with the marks the bundled font lacks made plain."""
    return unicodedata.normalize("NFC", text).translate(_PLAIN)


def elide(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut to ``width`` with "..." (Qt's own ellipsis is a glyph the font lacks)."""
    text = nfc(text)
    if metrics.horizontalAdvance(text) <= width:
        return text
    while text and metrics.horizontalAdvance(text + "...") > width:
        text = text[:-1]
    return text.rstrip() + "..."


class Page:
    def __init__(self, writer: QPdfWriter, painter: QPainter, family: str) -> None:
        self.writer, self.painter, self.family = writer, painter, family
        self.width = painter.viewport().width()
        self.height = painter.viewport().height()
        self.y = 0

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        for tag in ("liga", "clig"):  # "ﬁ" would hide words from a search of the PDF
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def metrics(self, font: QFont) -> QFontMetrics:
        return QFontMetrics(font, self.writer)

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = 0

    def need(self, height: int) -> None:
        if self.y + height > self.height and self.y > 0:
            self.new_page()

    def text(self, text: str, size: float = 9, bold: bool = False, colour: QColor = INK,
             indent: int = 0) -> None:
        font = self.font(size, bold)
        flags = int(Qt.TextFlag.TextWordWrap)
        box_width = self.width - indent
        rect = self.metrics(font).boundingRect(QRect(0, 0, box_width, 100_000), flags, nfc(text))
        self.need(rect.height())
        self.painter.setFont(font)
        self.painter.setPen(colour)
        self.painter.drawText(QRect(indent, self.y, box_width, rect.height()), flags, nfc(text))
        self.y += rect.height()

    def rule(self) -> None:
        self.painter.setPen(QPen(RULE, 3))
        self.painter.drawLine(0, self.y + GAP // 2, self.width, self.y + GAP // 2)
        self.y += GAP

    def gap(self, times: float = 1) -> None:
        self.y += int(GAP * times)

    def row(self, cells: Sequence[tuple[str, int]], size: float = 8.5, bold: bool = False,
            colour: QColor = INK) -> None:
        """Cells (text, left edge in per mille of the width) on one line, each elided."""
        font = self.font(size, bold)
        height = self.metrics(font).height()
        self.need(height)
        self.painter.setFont(font)
        self.painter.setPen(colour)
        edges = [*(left for _, left in cells[1:]), 1000]
        for (text, left), right in zip(cells, edges, strict=True):
            x = self.width * left // 1000
            box = QRect(x, self.y, self.width * right // 1000 - x - GAP // 2, height)
            shown = elide(self.metrics(font), text, box.width())
            self.painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), shown)
        self.y += height

    def tiles(self, tiles: Sequence[tuple[str, str, str, str]]) -> None:
        """Boxes side by side: (title, value, note, state colour name); the titles take the
        lines the longest needs (at most two), the note's lines (at most two: the target, the
        change) are each elided to the box."""
        n = max(len(tiles), 1)
        width = (self.width - GAP * (n - 1)) // n
        small, big = self.font(7.5), self.font(15, bold=True)
        line, big_line = self.metrics(small).height(), self.metrics(big).height()
        wrap = int(Qt.TextFlag.TextWordWrap)
        titles = max((self.metrics(small).boundingRect(QRect(0, 0, width - 56, 100_000), wrap,
                                                       nfc(t[0])).height() for t in tiles),
                     default=line)
        title_lines = min(max(round(titles / line), 1), 2)
        height = line * (title_lines + 2) + big_line + GAP
        self.need(height)
        p = self.painter
        for i, (title, value, note, state) in enumerate(tiles):
            x = i * (width + GAP)
            colour = COLOURS.get(state, MUTED)
            p.setPen(QPen(RULE, 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRect(x, self.y, width, height))
            p.fillRect(QRect(x, self.y, 14, height), colour)
            inner = QRect(x + 40, self.y + GAP // 2, width - 56, line * title_lines)
            p.setFont(small)
            p.setPen(MUTED)
            p.drawText(inner, wrap, nfc(title))
            p.setFont(big)
            p.setPen(colour if state != "muted" else INK)
            p.drawText(QRect(x + 40, self.y + GAP // 2 + line * title_lines, width - 56,
                             big_line), int(Qt.AlignmentFlag.AlignLeft), nfc(value))
            p.setFont(small)
            p.setPen(MUTED)
            for k, part in enumerate(note.split("\n")[:2]):
                p.drawText(QRect(x + 40, self.y + GAP // 2 + line * (title_lines + k) + big_line,
                                 width - 56, line), int(Qt.AlignmentFlag.AlignLeft),
                           elide(self.metrics(small), part, width - 56))
        self.y += height

    # -- charts (vectors) ------------------------------------------------------------------

    def chart_box(self, x: int, width: int, height: int, title: str) -> QRectF:
        """The frame and title of a chart at ``x`` on the current line; returns the plot area."""
        p = self.painter
        font = self.font(8, bold=True)
        p.setFont(font)
        p.setPen(INK)
        title_height = self.metrics(font).height()
        p.drawText(QRect(x, self.y, width, title_height), int(Qt.AlignmentFlag.AlignLeft),
                   elide(self.metrics(font), title, width))
        return QRectF(x, self.y + title_height + 10, width, height - title_height - 10)

    def axis_label(self, rect: QRectF, text: str, size: float = 6.5,
                   align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight,
                   colour: QColor = MUTED) -> None:
        self.painter.setFont(self.font(size))
        self.painter.setPen(colour)
        self.painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), nfc(text))

    def empty(self, area: QRectF, text: str) -> None:
        """A chart with nothing to draw says so, in place of empty axes."""
        self.axis_label(area, text, size=8, align=Qt.AlignmentFlag.AlignHCenter)

    def bars_and_line(self, area: QRectF, bars: Sequence[float], line: Sequence[float],
                      labels: Sequence[str]) -> None:
        """Vertical bars with a line over them, a value axis on the left, every 5th label."""
        p = self.painter
        left = 120
        plot = QRectF(area.left() + left, area.top(), area.width() - left, area.height() - 60)
        top = max([*bars, *line, 1.0]) * 1.1
        p.setPen(QPen(RULE, 2))
        for k in range(5):
            y = plot.bottom() - plot.height() * k / 4
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            self.axis_label(QRectF(area.left(), y - 30, left - 14, 60), f"{top * k / 4:,.0f}")
        n = max(len(bars), 1)
        step = plot.width() / n
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(COLOURS["blue"])
        for i, v in enumerate(bars):
            h = plot.height() * v / top
            p.drawRect(QRectF(plot.left() + i * step + step * 0.1, plot.bottom() - h,
                              step * 0.8, h))
        points = [QPointF(plot.left() + (i + 0.5) * step, plot.bottom() - plot.height() * v / top)
                  for i, v in enumerate(line)]
        p.setPen(QPen(COLOURS["green"], 6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for a, b in pairwise(points):
            p.drawLine(a, b)
        for i, text in enumerate(labels):
            last = len(labels) - 1
            if i == last or (i % 5 == 0 and last - i >= 3):  # the last one never overlapped
                self.axis_label(QRectF(plot.left() + i * step - 60, plot.bottom() + 6, 120 + step,
                                       50), text, align=Qt.AlignmentFlag.AlignLeft)

    def hbars(self, area: QRectF, labels: Sequence[str], layers: Sequence[Sequence[float]],
              colours: Sequence[QColor], scale: tuple[float, float] | None = None,
              notes: Sequence[str] = ()) -> None:
        """Horizontal bars (stacked by layer), a label on the left of each and a note at its
        end; ``scale`` the values at the plot's left and right edges."""
        p = self.painter
        left = int(area.width() * 0.36)
        plot = QRectF(area.left() + left, area.top(), area.width() - left - 150, area.height())
        n = max(len(labels), 1)
        step = plot.height() / n
        totals = [sum(values) for values in zip(*layers, strict=True)] if layers else []
        low, high = scale if scale else (0.0, max([*totals, 1.0]))
        span = max(high - low, 1e-9)
        def at(value: float) -> float:
            return plot.left() + plot.width() * (min(max(value, low), high) - low) / span

        for i, label in enumerate(labels):
            y = plot.top() + i * step
            self.axis_label(QRectF(area.left(), y, left - 14, step), label)
            base = 0.0
            for layer, colour in zip(layers, colours, strict=True):
                x0, x1 = at(base), at(base + layer[i])
                base += layer[i]
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
                p.drawRect(QRectF(x0, y + step * 0.15, max(x1 - x0, 0.0), step * 0.7))
            if i < len(notes):
                self.axis_label(QRectF(at(base) + 10, y, 300, step), notes[i],
                                align=Qt.AlignmentFlag.AlignLeft, colour=INK)
        p.setPen(QPen(RULE, 2))
        p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
