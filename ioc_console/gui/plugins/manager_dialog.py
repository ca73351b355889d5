"""The plugin manager: every plugin with its version, origin, state, what it adds and its
errors; a plugin is switched on or off at once (Space on its row, or the button).

It follows :attr:`PluginManager.changed`, so an error a plugin makes while the dialog is open
(a panel, a feed, a rule) shows up in it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.plugins import PluginRecord, PluginState
from ioc_console.core.services import Services
from ioc_console.gui.bridge import follow
from ioc_console.gui.plugins.switch import PluginSwitch
from ioc_console.gui.plugins.texts import adds_text, origin_of, origin_text, state_text
from ioc_console.gui.theme import state_colour
from ioc_console.gui.timefmt import format_datetime

NAME, VERSION, API, ORIGIN, STATE, ADDS = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMN_PADDING = 16
DARK = 100  # a window colour's lightness below which the theme is dark


class PluginManagerDialog(QDialog):
    def __init__(
        self,
        services: Services,
        switch: PluginSwitch,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plugin_manager")
        self.services = services
        self.switch = switch
        self.language = language
        self._filling = False
        self.setWindowTitle(self.tr("Plugins"))
        intro = QLabel(
            self.tr(
                "Plugins bring the console's domains: panels, map layers, data feeds, KPIs "
                "and alert rules. Switching a plugin off removes everything it added at once; "
                "switching it on brings it back. The choice is kept for the next start."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("plugins")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                self.tr("Plugin"),
                self.tr("Version"),
                self.tr("API"),
                self.tr("Origin"),
                self.tr("State"),
                self.tr("Adds"),
            ]
        )
        _visible_check_boxes(self.table)
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentItemChanged.connect(lambda *_: self._show_selected())
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        errors_title = QLabel(self.tr("&Errors (the latest first):"))
        self.errors = QPlainTextEdit()
        errors_title.setBuddy(self.errors)
        self.errors.setObjectName("errors")
        self.errors.setReadOnly(True)
        self.errors.setPlaceholderText(self.tr("No errors."))
        self.toggle = QPushButton()
        self.toggle.setObjectName("toggle")
        self.toggle.clicked.connect(self._toggle_selected)
        self.details = QPushButton(self.tr("Show &details"))
        self.details.setObjectName("details")
        self.details.setCheckable(True)
        self.details.toggled.connect(lambda _on: self._show_selected())
        self.retry = QPushButton(self.tr("Try &again"))
        self.retry.setObjectName("retry")
        self.retry.clicked.connect(self._retry_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addWidget(self.retry)
        row.addWidget(self.details)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addWidget(errors_title)
        layout.addWidget(self.errors, 2)
        layout.addLayout(row)
        follow(self, services.plugins.changed, lambda _record: self.refresh())
        self.refresh()
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.table.setFocus()
        self.resize(980, 560)

    # -- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show every plugin as it is now (rows updated in place: the selection stays)."""
        self._filling = True
        try:
            for index, record in enumerate(self.services.plugins.records):
                item = self.table.topLevelItem(index)
                if item is None or item.data(NAME, ID_ROLE) != record.id:
                    item = QTreeWidgetItem()
                    self.table.insertTopLevelItem(index, item)
                self._fill(item, record)
        finally:
            self._filling = False
        for column in range(ADDS):  # room for the check box and the longest text
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_PADDING)
        self._show_selected()

    def _fill(self, item: QTreeWidgetItem, record: PluginRecord) -> None:
        manifest = record.manifest
        texts = [
            record.display_name(self.language),
            manifest.version if manifest else "",
            str(manifest.api_version) if manifest else "",
            origin_text(origin_of(record, self.services)),
            state_text(record),
            adds_text(record),
        ]
        for column, text in enumerate(texts):
            item.setText(column, text)
        item.setData(NAME, ID_ROLE, record.id)
        item.setToolTip(NAME, record.id)
        item.setToolTip(STATE, record.error)
        if manifest is not None:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = record.state is not PluginState.DISABLED
            item.setCheckState(NAME, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        item.setForeground(STATE, QBrush(state_colour(_colour(record))))

    def item(self, plugin_id: str) -> QTreeWidgetItem | None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item is not None and item.data(NAME, ID_ROLE) == plugin_id:
                return item
        return None

    def selected_id(self) -> str | None:
        item = self.table.currentItem()
        return str(item.data(NAME, ID_ROLE)) if item is not None else None

    # -- switching ---------------------------------------------------------------------------
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != NAME:
            return
        on = item.checkState(NAME) == Qt.CheckState.Checked
        self.set_enabled(str(item.data(NAME, ID_ROLE)), on)

    def _toggle_selected(self) -> None:
        plugin_id = self.selected_id()
        if plugin_id is not None:
            record = self.services.plugins.record(plugin_id)
            self.set_enabled(plugin_id, record.state is PluginState.DISABLED)

    def _retry_selected(self) -> None:
        """Load a plugin that failed again (its files may have been fixed meanwhile)."""
        plugin_id = self.selected_id()
        if plugin_id is not None:
            self.set_enabled(plugin_id, True)

    def set_enabled(self, plugin_id: str, on: bool) -> None:
        item = self.item(plugin_id)
        if item is not None:
            self.table.setCurrentItem(item)
        self.switch.set_enabled(plugin_id, on)  # the manager tells: refresh() follows
        self.refresh()

    # -- the selected plugin -----------------------------------------------------------------
    def _show_selected(self) -> None:
        plugin_id = self.selected_id()
        if plugin_id is None:
            self.summary.clear()
            self.errors.clear()
            self.toggle.setEnabled(False)
            self.toggle.setText(self.tr("Switch &off"))
            self.retry.hide()
            return
        record = self.services.plugins.record(plugin_id)
        self.toggle.setEnabled(record.manifest is not None)
        self.retry.setVisible(
            record.manifest is not None
            and record.state in (PluginState.FAILED, PluginState.INCOMPATIBLE)
        )
        self.details.setText(
            self.tr("Hide &details") if self.details.isChecked() else self.tr("Show &details")
        )
        self.errors.setFont(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            if self.details.isChecked()
            else self.font()
        )
        self.toggle.setText(
            self.tr("Switch &on")
            if record.state is PluginState.DISABLED
            else self.tr("Switch &off")
        )
        self.summary.setText(self._summary(record))
        self.errors.setPlainText(self._errors(record, self.details.isChecked()))

    def _summary(self, record: PluginRecord) -> str:
        lines = [f"{record.display_name(self.language)} ({record.id}) — {state_text(record)}"]
        if record.manifest is not None and record.manifest.description:
            lines.append(record.manifest.description)
        adds = adds_text(record)
        if adds:
            lines.append(self.tr("Adds: %1").replace("%1", adds))
        lines.append(self.tr("Folder: %1").replace("%1", str(record.folder)))
        return "\n".join(lines)

    def _errors(self, record: PluginRecord, details: bool) -> str:
        parts = []
        if record.error:
            parts.append(self.tr("Could not be loaded: %1").replace("%1", record.error))
            if details and record.details:
                parts.append(record.details.rstrip())
        for error in reversed(record.runtime_errors):  # the latest first
            parts.append(f"{format_datetime(error.at)} — {error.where}: {error.error}")
            if details and error.details:
                parts.append(error.details.rstrip())
        return "\n".join(parts)


def _colour(record: PluginRecord) -> str:
    """The theme's colour of the plugin's state: green on, grey off, red when in trouble."""
    if record.state in (PluginState.FAILED, PluginState.INCOMPATIBLE) or record.runtime_errors:
        return "error"
    return "ok" if record.state is PluginState.LOADED else "muted"


def _visible_check_boxes(view: QTreeWidget) -> None:
    """Fusion draws an item's check box border a shade darker than the window: on the dark
    theme it vanishes. The view's own window colour is lightened so that it shows."""
    palette = view.palette()
    window = palette.color(QPalette.ColorRole.Window)
    if window.lightness() < DARK:
        palette.setColor(QPalette.ColorRole.Window, state_colour("muted"))
        view.setPalette(palette)
