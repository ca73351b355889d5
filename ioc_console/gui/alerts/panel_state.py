"""The queue's view state, mixed into :class:`~.panel.AlertQueuePanel`: the filter asked for
in the filter row, a drill-down from another panel (:class:`ShowRecords` for alerts: exactly
those alerts, closed ones too, said in a banner with a way back), and the state saved with a
layout (sort, filters, the splitter, the columns shown)."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from ioc_console.core.intents import ShowRecords
from ioc_console.gui.alerts.panel_navigation import QueueNavigation
from ioc_console.gui.alerts.rows import COLUMNS

if TYPE_CHECKING:
    from ioc_console.gui.alerts.drill_banner import DrillBanner

log = logging.getLogger(__name__)
STATE_VERSION = 1


class QueueViewState(QueueNavigation):
    """What the queue shows and keeps (the filter, a drill-down, the saved state)."""

    drill: DrillBanner

    # -- filters and drill-downs -------------------------------------------------------------

    def _filter_changed(self, queue_filter: Any) -> None:
        kept = self.model.filter  # a drill-down stays until cleared
        self.model.set_filter(
            replace(queue_filter, ids=kept.ids, ids_description=kept.ids_description)
        )
        self._flushed()

    def show_records(self, intent: ShowRecords) -> bool:
        """A drill-down: exactly ``intent.ids`` (closed ones too), the description shown with a
        way back to the whole queue."""
        if intent.dataset != "alerts":
            return False
        self.model.set_filter(
            replace(
                self.filter_bar.current(),
                ids=frozenset(intent.ids),
                ids_description=intent.description,
            )
        )
        self.drill.show_filter(len(intent.ids), intent.description)
        log.info("alert queue: showing %d alert(s) asked by %s", len(intent.ids), intent.source)
        self.table.setCurrentIndex(self.model.index(0, 0))
        self._flushed()
        return True

    def clear_drill_down(self) -> None:
        self.model.set_filter(self.model.filter.without_ids())
        self.drill.hide()
        self._flushed()

    # -- state ------------------------------------------------------------------------------

    def save_state(self) -> dict[str, Any]:
        queue_filter = self.model.filter
        return {
            "version": STATE_VERSION,
            "sort": [self.model.index_.column, self.model.index_.descending],
            "states": sorted(self.filter_bar.states),
            "wards": sorted(self.filter_bar.wards),
            "text": queue_filter.text,
            "splitter": [int(s) for s in self.splitter.sizes()],
            "hidden": [COLUMNS[c] for c in range(len(COLUMNS)) if self.table.isColumnHidden(c)],
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        try:
            column, descending = state.get("sort", [0, False])
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.sortByColumn(int(column), order)
            if isinstance(state.get("states"), list) and state["states"]:
                self.filter_bar.states = {str(s) for s in state["states"]}
            if isinstance(state.get("wards"), list):
                self.filter_bar.wards = {str(w) for w in state["wards"]}
            if isinstance(state.get("text"), str):
                self.filter_bar.text.setText(state["text"])
            if isinstance(state.get("hidden"), list):  # by name: columns may be added
                hidden = {str(name) for name in state["hidden"]}
                for column, name in enumerate(COLUMNS):
                    self.table.show_column(column, name not in hidden)
            if isinstance(state.get("splitter"), list):
                self.splitter.setSizes([int(s) for s in state["splitter"]])
        except (TypeError, ValueError) as exc:
            log.warning("alert queue: saved state not used (%s)", exc)
        self.filter_bar.emit_filter()
