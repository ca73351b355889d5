"""The alert queue panel: the flood banner, the commands, the filter row, the table and the
details of the current alert, with the status line saying what is shown and why a command is
not available. Commands are in :mod:`~.panel_commands`."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.events import Event
from ioc_console.core.intents import ShowRecords
from ioc_console.core.services import Services
from ioc_console.gui.alerts.action_specs import COMMANDS
from ioc_console.gui.alerts.commands import WorkflowRunner
from ioc_console.gui.alerts.details import DetailsPane
from ioc_console.gui.alerts.dialogs import Ask, ask_form
from ioc_console.gui.alerts.drill_banner import DrillBanner
from ioc_console.gui.alerts.filter_bar import FilterBar
from ioc_console.gui.alerts.flood_banner import FloodBanner
from ioc_console.gui.alerts.model import AlertTableModel
from ioc_console.gui.alerts.panel_commands import QueueCommands
from ioc_console.gui.alerts.panel_state import QueueViewState
from ioc_console.gui.alerts.rows import COL, HIDDEN_COLUMNS
from ioc_console.gui.alerts.runtime import AlertsRuntime, alerts_runtime
from ioc_console.gui.alerts.table import QueueTable
from ioc_console.gui.bridge import follow
from ioc_console.gui.i18n import tr

log = logging.getLogger(__name__)
MINIMUM_SIZE = QSize(320, 240)
MENU_GROUPS = (
    ("acknowledge", "assign", "escalate", "shelve", "unshelve", "comment", "resolve", "close"),
    ("merge", "incident"),
    ("details", "cameras", "map", "snapshot"),
    ("next", "previous", "next_p1", "seen", "filter"),
)
TOOLBAR = (
    "acknowledge",
    "assign",
    "escalate",
    "shelve",
    "comment",
    "resolve",
    "close",
    "next_p1",
    "seen",
)


SIDE_BY_SIDE_WIDTH = 1000  # px: narrower, the details go under the table


class AlertQueuePanel(QueueViewState, QueueCommands, QWidget):
    def __init__(
        self,
        services: Services,
        instance_id: str = "alert_queue",
        parent: QWidget | None = None,
        *,
        runtime: AlertsRuntime | None = None,
        ask: Ask = ask_form,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("alertQueuePanel")
        self.services = services
        self.instance_id = instance_id
        self.runtime = runtime or alerts_runtime(services)
        self.runner = WorkflowRunner(self.runtime, ask, self)
        self.refused_here: Event[[str, Any]] = Event("alert_queue.refused_here")
        """(action title, reason): an action applied here was refused (from any thread)."""
        follow(self, self.refused_here, self._refused_here)
        runtime = self.runtime
        self.model = AlertTableModel(
            runtime.book, runtime.clock, lambda a, now: runtime.sla.countdown(a, now), self
        )
        self.table = QueueTable()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.apply_widths()
        for column in HIDDEN_COLUMNS:
            self.table.setColumnHidden(column, True)
        self.filter_bar = FilterBar()
        self.banner = FloodBanner()
        self.drill = DrillBanner()  # a drill-down from another panel, with a way out
        self.details = DetailsPane()
        self.status = QLabel()
        self.status.setObjectName("alertQueueStatus")
        self.status.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("alertQueueReason")
        self.reason.setWordWrap(True)
        self.toolbar = QToolBar()
        self.commands: dict[str, QAction] = {}
        self._make_commands()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.drill)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.reason)
        self.filter_bar.changed.connect(self._filter_changed)
        self.drill.cleared.connect(self.clear_drill_down)
        remove_handler = services.intents.handle(ShowRecords, self.show_records)
        self.destroyed.connect(lambda *_: remove_handler())
        self.table.columnFilterAsked.connect(self.ask_column_filter)
        self.table.doubleClicked.connect(lambda _i: self.run_command("details"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.flushed.connect(self._flushed)
        self.model.rowsInserted.connect(self._first_row)
        self.model.modelReset.connect(self._first_row)
        self.banner.toggleLow.connect(lambda: self.model.set_expanded(not self.model.expanded))
        self.details.cameras_button.clicked.connect(lambda: self.run_command("cameras"))
        self.details.map_button.clicked.connect(lambda: self.run_command("map"))
        self.details.snapshot_button.clicked.connect(lambda: self.run_command("snapshot"))
        self.details.stepTicked.connect(self.tick_step)
        self.details.stepSkipped.connect(self.skip_step)
        self._flood_relay = follow(self, self.runtime.load.flood_changed, self._flood_changed)
        if self.runtime.feed is not None:  # SLA targets or procedures read anew (a sync)
            follow(self, self.runtime.feed.rules_changed, self._rules_changed)
        self._banner_timer = QTimer(self, interval=2000)
        self._banner_timer.timeout.connect(self._refresh_banner)
        self._banner_timer.start()
        self._wards_due = 0
        self.model.set_filter(self.filter_bar.current())
        self._flood_changed(self.runtime.load.in_flood)
        self.setFocusProxy(self.table)
        # a narrow dock (tabbed beside System status) may squeeze the queue: its filter row
        # and details must not widen the dock area (and with it every layout saved)
        self.setMinimumSize(MINIMUM_SIZE)
        self._flushed()
        self._first_row()

    # -- building --------------------------------------------------------------------------

    def _make_commands(self) -> None:
        for spec in COMMANDS:
            action = QAction(self)
            action.setObjectName(f"alertCommand_{spec.name}")
            action.setShortcut(QKeySequence(spec.key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, n=spec.name: self.run_command(n))
            self.addAction(action)
            self.commands[spec.name] = action
            if spec.name in TOOLBAR:
                self.toolbar.addAction(action)
        # the table's menu lists every command with its key
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for group in MENU_GROUPS:
            for name in group:
                self.table.addAction(self.commands[name])
            separator = QAction(self)
            separator.setSeparator(True)
            self.table.addAction(separator)
        self.retranslate()

    def retranslate(self) -> None:
        for spec in COMMANDS:
            action = self.commands[spec.name]
            action.setText(tr(spec.text, "AlertQueue"))
        self.update_commands()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.filter_bar.retranslate()
            self.details.retranslate()
            self.model.reload()
        super().changeEvent(event)

    # -- following the model and the selection ---------------------------------------------

    def _rules_changed(self) -> None:
        self.details.alert = None  # shown again with the procedure as now known
        self.show_details()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Details beside the table when the panel is wide, under it when it is narrow (a
        dock tabbed in a side column)."""
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)

    def _first_row(self, *_args: Any) -> None:
        if (
            not self.table.currentIndex().isValid()
            and self.model.rowCount()
            and (self.table.isVisible() or not self.table.selectionModel().hasSelection())
        ):
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.update_commands()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.model.mark_seen(self.model.ids_at(current.row())[:1])
            self.show_counts()
        self.show_details()
        self.update_commands()

    def _flushed(self) -> None:
        index = self.model.index_
        self.show_counts()
        self._span_summary()
        self._wards_due -= 1
        if self._wards_due <= 0:  # the ward menu: at most every twenty ticks
            self._wards_due = 20
            names = {r.ward: r.texts[4] for r in index.rows.values() if r.ward}
            self.filter_bar.know_wards(names)
        self.show_details(refresh=True)
        self.update_commands()

    def _span_summary(self) -> None:
        """In flood mode the summary row's text runs across the columns."""
        self.table.clearSpans()
        if self.model.flood:
            for row in range(self.model.rowCount()):
                group = self.model.group_at(row)
                if group is not None and group.summary:
                    self.table.setSpan(row, COL["source"], 1, COL["duplicates"] - COL["source"])
                    break

    def show_counts(self) -> None:
        """The status line: how many alerts are shown of how many, how many not seen yet."""
        index = self.model.index_
        total, shown = len(index.rows), len(index)
        text = (
            self.tr("%1 of %2 alerts shown").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )
        unseen = len(self.model.unseen)
        if unseen:
            text += " · " + self.tr("%1 not seen yet").replace("%1", f"{unseen:,}")
        if self.model.flood:
            text += " · " + self.tr("%1 rows in flood view").replace(
                "%1", f"{self.model.rowCount():,}"
            )
        self.status.setText(text)

    def _refused_here(self, title: str, reason: Any) -> None:
        """An action on an alert of this console's own (a CAP feed warning) that did not fit
        the alert as it was when it was applied (the feed changed it meanwhile)."""
        self.tell(
            self.tr("“%1” was not applied: %2").replace("%1", title).replace("%2", tr(reason)),
            "warning",
        )

    # -- flood mode --------------------------------------------------------------------------

    def _flood_changed(self, on: bool) -> None:
        if on != self.model.flood:
            log.info(
                "alert queue: flood mode %s (%s alerts in 10 minutes)",
                "on" if on else "off",
                self.runtime.load.rate_10min,
            )
        self.model.set_flood(on)
        self._refresh_banner()
        self._flushed()

    def _refresh_banner(self) -> None:
        self.banner.show_load(self.model.flood, self.runtime.load.rate_10min, self.model.expanded)

    def tell(self, text: str, level: str = "info") -> None:
        """A line for the operator under the table (and in the log)."""
        self.reason.setText(text)
        self.reason.setProperty("level", level)
        self.reason.setProperty("kind", "")
        if text:
            (log.warning if level == "warning" else log.info)("alert queue: %s", text)
