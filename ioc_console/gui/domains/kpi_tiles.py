"""The KPI tiles of a domain dashboard, fed by the KPI board (``services.kpi_board``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.kpi_board import KpiBoard
from ioc_console.core.domains.kpis import KpiDefinition, KpiValue
from ioc_console.gui.charts.kpi_tile import STATE_COLOURS, KpiTile, state_word
from ioc_console.gui.domains import texts
from ioc_console.gui.domains.formats import format_kpi
from ioc_console.gui.i18n import tr
from ioc_console.gui.theme import state_colour
from ioc_console.gui.timefmt import format_datetime


def kpi_target(board: KpiBoard | None, definition: KpiDefinition) -> Target | None:
    """The KPI's target: the board's (the site profile's over the plugin's), else the
    definition's."""
    if board is not None:
        return board.target(definition.id)
    return definition.target


def band_colour(state: KpiState) -> str:
    return state_colour(STATE_COLOURS[state]).name()


class DomainKpiTile(KpiTile):
    """One KPI of a plugin: its value with the definition's unit and decimals, its target and
    band (the board's), the time it was computed in the tooltip."""

    def __init__(self, kpi_id: str, parent: QWidget | None = None) -> None:
        super().__init__(kpi_id, parent)
        self.change.hide()

    def show_kpi(
        self, definition: KpiDefinition | None, value: KpiValue | None, target: Target | None,
        board: bool = True,
    ) -> None:
        if definition is None:
            self.title.setText(self.kpi_id)
            self._show("–", "", KpiState.NONE, tr(texts.UNKNOWN_KPI).replace("%1", self.kpi_id))
            return
        self.title.setText(tr(definition.title))
        figure = value.value if value is not None else None
        state = value.state if value is not None else KpiState.NONE
        line = ""
        if target is not None:
            line = tr(texts.TARGET).replace(
                "%1", format_kpi(target.target, definition.unit, definition.decimals))
            word = state_word(state)
            line += f" · {word}" if word else ""
        hint = tr(definition.description) if definition.description else ""
        if value is None:
            hint = "\n".join(h for h in (hint, tr(texts.NO_KPI_BOARD) if not board else "") if h)
        elif value.error:
            hint = "\n".join(h for h in (hint, tr(texts.KPI_ERROR).replace("%1", value.error))
                             if h)
        else:
            hint = "\n".join(h for h in (hint, tr(texts.AS_OF).replace(
                "%1", format_datetime(value.at))) if h)
        self._show(format_kpi(figure, definition.unit, definition.decimals), line, state, hint)

    def _show(self, figure: str, line: str, state: KpiState, hint: str) -> None:
        self.value.setText(figure)
        self.target.setText(line)
        self.state = state
        self.setToolTip(hint)
        colour = band_colour(state)
        self.setStyleSheet(f"KpiTile {{ border-left: 5px solid {colour}; }}")
        self.value.setStyleSheet(f"color: {colour};" if state is not KpiState.NONE else "")
        self.setAccessibleName(f"{self.title.text()}: {figure}")
