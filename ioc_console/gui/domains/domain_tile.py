"""One domain on the leaders' overview: its icon and title, its headline KPI (value, target,
band colour), a line or two of its other KPIs and its open alerts; a click or Enter opens its
dashboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.dashboards import DomainSpec
from ioc_console.core.domains.kpis import KpiDefinition, KpiValue
from ioc_console.gui.charts.kpi_tile import state_word
from ioc_console.gui.domains import texts
from ioc_console.gui.domains.formats import format_kpi
from ioc_console.gui.domains.kpi_tiles import band_colour
from ioc_console.gui.i18n import tr
from ioc_console.gui.icons import icon
from ioc_console.gui.theme import state_colour

MORE_KPIS = 3  # the other KPIs listed under the headline
Figure = tuple[KpiDefinition | None, KpiValue | None, Target | None]


class DomainTile(QFrame):
    activated = Signal(str)
    """The operator clicked the tile or pressed Enter on it (the domain's id)."""

    def __init__(self, domain: DomainSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.domain = domain
        self.setObjectName(f"domain-{domain.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(260, 150)
        self.state = KpiState.NONE
        self.icon = QLabel(self)
        pixmap = icon(domain.icon).pixmap(QSize(28, 28))
        self.icon.setPixmap(pixmap)
        self.icon.setVisible(not pixmap.isNull())
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.icon)
        head.addWidget(self.title, 1)
        self.kpi_title = QLabel(self)
        self.kpi_title.setWordWrap(True)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.target = QLabel(self)
        self.others = QLabel(self)
        self.others.setWordWrap(True)
        self.alerts = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(head)
        for label in (self.kpi_title, self.value, self.target, self.others, self.alerts):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        layout.addStretch(1)
        self.title.setText(tr(domain.title))

    def show_figures(self, headline: Figure, others: Sequence[Figure], open_alerts: int) -> None:
        self.title.setText(tr(self.domain.title))
        definition, value, target = headline
        figure = value.value if value is not None else None
        self.state = value.state if value is not None else KpiState.NONE
        if definition is None:
            self.kpi_title.setText(tr(texts.NO_HEADLINE))
            self.value.setText("–")
            self.target.setText("")
        else:
            self.kpi_title.setText(tr(definition.title))
            self.value.setText(format_kpi(figure, definition.unit, definition.decimals))
            line = ""
            if target is not None:
                line = tr(texts.TARGET).replace(
                    "%1", format_kpi(target.target, definition.unit, definition.decimals))
                word = state_word(self.state)
                line += f" · {word}" if word else ""
            self.target.setText(line)
        self.target.setVisible(bool(self.target.text()))
        lines = []
        for other, other_value, _target in list(others)[:MORE_KPIS]:
            if other is None:
                continue
            number = other_value.value if other_value is not None else None
            lines.append(f"{tr(other.title)}: {format_kpi(number, other.unit, other.decimals)}")
        self.others.setText("\n".join(lines))
        self.others.setVisible(bool(lines))
        self.alerts.setText(tr(texts.OPEN_ALERTS).replace("%1", str(open_alerts))
                            if open_alerts else "")
        self.alerts.setVisible(bool(open_alerts))
        self.alerts.setStyleSheet(f"color: {state_colour('warning').name()};")
        colour = band_colour(self.state)
        self.setStyleSheet(f"DomainTile {{ border-left: 6px solid {colour}; }}")
        self.value.setStyleSheet(f"color: {colour};" if self.state is not KpiState.NONE else "")
        self.setAccessibleName(f"{self.title.text()}: {self.value.text()}")
        hints = [tr(texts.KPI_ERROR).replace("%1", value.error)] if value and value.error else []
        if not self.domain.dashboard:
            hints.append(tr(texts.NO_DASHBOARD))
        self.setToolTip("\n".join(hints))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.activated.emit(self.domain.id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.domain.id)
            return
        super().keyPressEvent(event)
