"""System status panel: backend, connection, cache per dataset, plugins, platform, version."""

from __future__ import annotations

import platform
import sys
from datetime import datetime

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ioc_console.core.clock import city_today
from ioc_console.core.domain.admin_units import find_unit
from ioc_console.core.plugins import PluginState
from ioc_console.core.services import Services
from ioc_console.core.status import ConnectionState
from ioc_console.core.store.datasets import BY_NAME
from ioc_console.gui.bridge import follow
from ioc_console.gui.i18n import tr
from ioc_console.gui.link_texts import action_title, reason_text
from ioc_console.gui.panels.system_status_video import video_section
from ioc_console.gui.theme import state_colour
from ioc_console.gui.timefmt import format_age, format_datetime
from ioc_console.gui.widgets.plain_text import plain_tooltip

REFRESH_MS = 30_000
LAG_REFRESH_MS = 5_000  # the event-loop lag figures, updated in place
LAG_WARNING_MS, LAG_ERROR_MS = 50.0, 250.0  # p99 above these: noticeable, then disturbing


class SystemStatusPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        follow(self, services.status.changed, self._status_changed)
        follow(self, services.plugins.changed, lambda _record: self.refresh())  # on, off
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self._lag_items: tuple[QTreeWidgetItem, QTreeWidgetItem] | None = None
        self.lag_timer = QTimer(self)
        self.lag_timer.timeout.connect(self._show_lag)
        self.lag_timer.start(LAG_REFRESH_MS)
        self.refresh()

    def _status_changed(self, _part: str) -> None:
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    # -- drawing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.tree.clear()
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("State")])
        self._console_section()
        self._backend_section()
        self._cache_section()
        self._plugins_section()
        self._platform_section()
        video_section(self._section(self.tr("Video workers")), self.services.status, self._row)
        self.tree.expandAll()

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        return item

    def _row(
        self, parent: QTreeWidgetItem, name: str, value: str, state: str = ""
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [name, value])
        item.setToolTip(1, plain_tooltip(value))
        if state:
            item.setForeground(1, state_colour(state))
        return item

    def _console_section(self) -> None:
        s = self.services
        section = self._section(self.tr("Console"))
        self._row(section, self.tr("Version"), s.status.version)
        self._row(
            section,
            self.tr("Libraries"),
            f"Qt {QLibraryInfo.version().toString()}, PySide6 {pyside_version}, "
            f"Python {platform.python_version()} ({sys.platform})",
        )
        self._row(section, self.tr("Settings"), str(s.paths.settings_file))
        self._row(section, self.tr("Log file"), str(s.paths.log_file))
        self._lag_rows(section)
        for problem in s.settings.problems:
            self._row(section, self.tr("Settings problem"), tr(problem), "warning")

    def _lag_rows(self, section: QTreeWidgetItem) -> None:
        self._lag_items = (
            self._row(section, self.tr("Event-loop lag (last minute)"), ""),
            self._row(section, self.tr("Longest wait"), ""),
        )
        self._show_lag()

    def _show_lag(self) -> None:
        """The GUI thread's lag: p50/p99/max over the last minute and what ran the longest."""
        if self._lag_items is None:
            return
        figures, longest = self._lag_items
        lag = self.services.status.lag.summary()
        if not lag.samples:
            figures.setText(1, self.tr("Measuring…"))
            figures.setForeground(1, state_colour("muted"))
            longest.setText(1, "")
            return
        text = (
            self.tr("p50 %1 ms · p99 %2 ms · max %3 ms")
            .replace("%1", f"{lag.p50_ms:.1f}")
            .replace("%2", f"{lag.p99_ms:.1f}")
            .replace("%3", f"{lag.max_ms:.0f}")
        )
        state = (
            "error"
            if lag.p99_ms > LAG_ERROR_MS
            else "warning"
            if lag.p99_ms > LAG_WARNING_MS
            else "ok"
        )
        figures.setText(1, text)
        figures.setToolTip(1, plain_tooltip(text))
        figures.setForeground(1, state_colour(state))
        wait = self.tr("%1 ms").replace("%1", f"{lag.max_ms:.0f}")
        if lag.slowest:
            wait = (
                self.tr("%1 ms, while running: %2")
                .replace("%1", f"{lag.max_ms:.0f}")
                .replace("%2", lag.slowest)
            )
        longest.setText(1, wait)
        longest.setToolTip(1, plain_tooltip(wait))

    def _backend_section(self) -> None:
        b = self.services.status.backend
        section = self._section(self.tr("Backend"))
        if b.mode == "demo":
            self._row(section, self.tr("Mode"), self.tr("Demo (embedded demo backend)"))
            if b.url:
                self._row(section, self.tr("Address"), b.url)
        else:
            self._row(
                section, self.tr("Mode"), self.tr("Site: %1").replace("%1", b.site_name or b.url)
            )
            self._row(section, self.tr("Address"), b.url)
            unit = find_unit(b.ward, city_today()) if b.ward else None
            ward = f"{b.ward} ({unit.name})" if unit else (b.ward or self.tr("Whole city"))
            self._row(section, self.tr("Ward scope"), ward)
        texts = {
            ConnectionState.UNKNOWN: (self.tr("Not checked yet"), "muted"),
            ConnectionState.CONNECTING: (self.tr("Connecting…"), "warning"),
            ConnectionState.ONLINE: (self.tr("Online"), "ok"),
            ConnectionState.OFFLINE: (self.tr("Offline: working from the cache"), "error"),
            ConnectionState.LOGIN_NEEDED: (
                self.tr("Sign-in needed: working from the cache"),
                "error",
            ),
        }
        text, state = texts[b.state]
        self._row(section, self.tr("Connection"), text, state)
        if b.state is ConnectionState.ONLINE:
            self._row(
                section,
                self.tr("Changes"),
                self.tr("Live (event stream)") if b.live else self.tr("By polling"),
                "ok" if b.live else "warning",
            )
        queued = self._row(
            section,
            self.tr("Queued actions"),
            str(self.services.status.outbox),
            "warning" if self.services.status.outbox else "ok",
        )
        self._queued_actions(queued)
        if b.last_contact:
            self._row(
                section,
                self.tr("Last contact"),
                f"{format_datetime(b.last_contact)} ({format_age(b.last_contact)})",
            )
        if b.last_error:
            self._row(section, self.tr("Reason"), reason_text(b.error_kind), "error")
            self._row(section, self.tr("Last error"), b.last_error, "error")

    def _queued_actions(self, parent: QTreeWidgetItem, shown: int = 20) -> None:
        """The oldest queued actions under their count: what, on what, since when, why not yet."""
        cache = self.services.cache
        if cache is None or not self.services.status.outbox:
            return
        for action in cache.outbox(limit=shown):
            when = format_datetime(datetime.fromisoformat(action.created_at))
            text = (
                self.tr("“%1” on %2, queued %3")
                .replace("%1", action_title(action.body))
                .replace("%2", action.item_id or action.path)
                .replace("%3", when)
            )
            if action.attempts:
                text += " — " + self.tr("%1 attempt(s): %2").replace(
                    "%1", str(action.attempts)
                ).replace("%2", action.last_error or "")
            self._row(parent, "", text, "warning")

    def _cache_section(self) -> None:
        status = self.services.status
        section = self._section(self.tr("Data cache"))
        self._row(section, self.tr("File"), status.cache_path)
        for problem in status.cache_problems:
            self._row(section, self.tr("Problem"), tr(problem), "error")
        if not status.datasets:
            self._row(
                section,
                self.tr("Datasets"),
                self.tr("The cache is empty: no data has been received yet"),
                "warning",
            )
        for ds in status.datasets:
            if ds.refreshed_at is None:
                text, state = (
                    self.tr("%1 rows, never refreshed").replace("%1", str(ds.rows)),
                    "warning",
                )
            else:
                text = (
                    self.tr("%1 rows, as of %2 (%3)")
                    .replace("%1", str(ds.rows))
                    .replace("%2", format_datetime(ds.refreshed_at))
                    .replace("%3", format_age(ds.refreshed_at))
                )
                state = "ok"
            if ds.last_error:
                text += " — " + ds.last_error
                state = "error"
            spec = BY_NAME.get(ds.name)
            self._row(section, tr(spec.title) if spec else ds.name, text, state)

    def _plugins_section(self) -> None:
        records = self.services.plugins.records
        section = self._section(self.tr("Plugins"))
        if not records:
            self._row(section, self.tr("Plugins"), self.tr("None installed"), "muted")
        names = {
            PluginState.LOADED: (self.tr("Loaded"), "ok"),
            PluginState.DISABLED: (self.tr("Disabled in the settings"), "muted"),
            PluginState.FAILED: (self.tr("Failed: %1"), "error"),
            PluginState.INCOMPATIBLE: (self.tr("Not compatible: %1"), "error"),
        }
        for record in records:
            template, state = names[record.state]
            version = f" {record.manifest.version}" if record.manifest else ""
            name = record.display_name(QLocale().name().split("_")[0])
            item = self._row(
                section, f"{name}{version}", template.replace("%1", record.error), state
            )
            item.setToolTip(1, plain_tooltip(record.details or record.error or str(record.folder)))

    def _platform_section(self) -> None:
        section = self._section(self.tr("Platform"))
        labels = {
            "libvlc": self.tr("Video (libVLC)"),
            "rtsp": self.tr("RTSP cameras"),
            "webengine": self.tr("Map engine (QtWebEngine)"),
            "audio": self.tr("Alert sounds"),
        }
        if "cap_feed" in self.services.status.capabilities:  # a site profile names a feed
            labels["cap_feed"] = self.tr("CAP warning feed")
        for key, label in labels.items():
            cap = self.services.status.capabilities.get(key)
            if cap is None or cap.ok is None:
                self._row(section, label, self.tr("Checking…"), "muted")
            else:
                self._row(section, label, cap.detail, "ok" if cap.ok else "error")
        screens = QGuiApplication.screens()
        self._row(
            section,
            self.tr("Screens"),
            ", ".join(
                f"{i + 1}: {s.name()} {s.geometry().width()}×{s.geometry().height()}"
                for i, s in enumerate(screens)
            ),
        )
        self.tree.resizeColumnToContents(0)
