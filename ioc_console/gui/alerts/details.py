"""The details of the current alert beside the queue: what and where, its procedure checklist
(tick steps, skip an optional one with a reason), its history, the complaints nearby and, for
an AI detection, the backend's snapshot with the detection's box."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.procedures import Procedure
from ioc_console.gui.alerts.rows import state_name, type_name
from ioc_console.gui.alerts.snapshot import SnapshotSource, SnapshotView
from ioc_console.gui.i18n import tr
from ioc_console.gui.tasks import run_in_background
from ioc_console.gui.timefmt import format_datetime

NEARBY_M = 500  # complaints within this distance are listed
NEARBY_MAX = 20


def nearby_complaints(cache: Any, lat: float, lon: float) -> list[tuple[float, dict]]:
    """(metres, complaint) within :data:`NEARBY_M` of a point, nearest first (off the GUI
    thread: a box query on the cache, then the exact distance)."""
    dlat = NEARBY_M / 111_000
    dlon = dlat / max(0.1, math.cos(math.radians(lat)))
    rows = cache.items(
        "complaints",
        "json_extract(body, '$.lat') BETWEEN ? AND ? AND json_extract(body, '$.long') "
        "BETWEEN ? AND ? OR json_extract(body, '$.lat') BETWEEN ? AND ? AND "
        "json_extract(body, '$.lon') BETWEEN ? AND ?",
        (lat - dlat, lat + dlat, lon - dlon, lon + dlon) * 2,
    )
    found = []
    for row in rows:
        rlat, rlon = row.get("lat"), row.get("long", row.get("lon"))
        if not isinstance(rlat, int | float) or not isinstance(rlon, int | float):
            continue
        metres = math.hypot(
            (rlat - lat) * 111_000, (rlon - lon) * 111_000 * math.cos(math.radians(lat))
        )
        if metres <= NEARBY_M:
            found.append((metres, row))
    found.sort(key=lambda pair: pair[0])
    return found[:NEARBY_MAX]


class DetailsPane(QWidget):
    stepTicked = Signal(int)
    """The operator ticked procedure step (0-based) of the shown alert."""
    stepSkipped = Signal(int)
    """The operator asked to skip the optional step (0-based) of the shown alert."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert: Alert | None = None
        self.procedure: Procedure | None = None
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cameras_button = QPushButton()
        self.map_button = QPushButton()
        self.snapshot_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.cameras_button, self.map_button, self.snapshot_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.tabs = QTabWidget()
        self.steps = QListWidget()
        self.steps.itemChanged.connect(self._step_changed)
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self._skip_current)
        steps_page = QWidget()
        steps_layout = QVBoxLayout(steps_page)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(self.steps)
        steps_layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.history = QListWidget()
        self.nearby = QListWidget()
        self.snapshot = SnapshotView()
        self.tabs.addTab(steps_page, "")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.nearby, "")
        self.tabs.addTab(self.snapshot, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self._filling = False
        self.retranslate()
        self.show_alert(None, None)

    def retranslate(self) -> None:
        self.cameras_button.setText(self.tr("Play cameras (W)"))
        self.map_button.setText(self.tr("Show on map (L)"))
        self.snapshot_button.setText(self.tr("Snapshot (V)"))
        self.skip_button.setText(self.tr("Skip the chosen step…"))
        for index, text in enumerate(
            (
                self.tr("Procedure"),
                self.tr("History"),
                self.tr("Nearby complaints"),
                self.tr("Snapshot"),
            )
        ):
            self.tabs.setTabText(index, text)

    # -- showing an alert ------------------------------------------------------------------

    def show_alert(
        self,
        alert: Alert | None,
        procedure: Procedure | None,
        *,
        ward_name: str = "",
        sla_text: str = "",
        cache: Any = None,
        incident: int = 0,
        source: SnapshotSource | None = None,
    ) -> None:
        same = alert is not None and self.alert is not None and alert.id == self.alert.id
        self.alert, self.procedure = alert, procedure
        if alert is None:
            self.title.setText(self.tr("No alert chosen"))
            self.facts.setText(self.tr("Choose an alert in the queue (J and K move)."))
            for button in (self.cameras_button, self.map_button, self.snapshot_button):
                button.setEnabled(False)
            self.steps.clear()
            self.history.clear()
            self.nearby.clear()
            self.skip_button.setEnabled(False)
            return
        self.title.setText(f"P{alert.priority} · {alert.title or alert.id}")
        facts = [
            f"{type_name(alert.type, alert.type_name)} · {state_name(alert.state)}"
            + (f" · {alert.owner}" if alert.owner else ""),
            " · ".join(t for t in (alert.source, alert.place, ward_name) if t),
            self.tr("Raised %1").replace("%1", format_datetime(alert.raised_at)),
        ]
        if sla_text:
            facts.append(self.tr("SLA left: %1").replace("%1", sla_text))
        if alert.duplicate_count:
            facts.append(self.tr("Repeated %1 times").replace("%1", str(alert.duplicate_count)))
        if incident > 1:
            facts.append(
                self.tr("One of an incident of %1 related alerts (I chooses them all)").replace(
                    "%1", str(incident)
                )
            )
        if alert.chattering:
            facts.append(self.tr("Chattering: raised and cleared 3+ times within a minute"))
        if alert.description:
            facts.append(alert.description)
        self.facts.setText("\n".join(facts))
        self.cameras_button.setEnabled(bool(cameras_of(alert)))
        self.map_button.setEnabled(alert.lat is not None and alert.lon is not None)
        self.snapshot_button.setEnabled(bool(alert.snapshot_url or alert.snapshot_box))
        self._fill_steps()
        self._fill_history()
        if not same:
            self._fill_nearby(cache)
        self.snapshot.show_alert(alert, source)

    def _fill_steps(self) -> None:
        self._filling = True
        self.steps.clear()
        alert, procedure = self.alert, self.procedure
        if alert is None or procedure is None:
            self.steps.addItem(self.tr("This alert has no procedure."))
            self.skip_button.setEnabled(False)
            self._filling = False
            return
        self.steps.addItem(tr(procedure.title))  # a plugin's is marked for translation
        for index, step in enumerate(procedure.steps):
            mark = alert.step_mark(index)
            done = mark is not None and mark.done
            text = ("✓ " if done else "") + f"{index + 1}. {step.text}"
            text += " *" if step.mandatory else ""
            if mark is not None and not mark.done and mark.skipped_reason:
                text += " — " + self.tr("skipped: %1").replace("%1", mark.skipped_reason)
            elif mark is not None and mark.done:
                text += f" — {mark.by}" + (f", {format_datetime(mark.at)}" if mark.at else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            if done or (mark is not None and mark.skipped_reason):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            if step.mandatory:
                bold = QFont(item.font())
                bold.setBold(True)
                item.setFont(bold)
            item.setToolTip(
                self.tr("Mandatory: the alert cannot be resolved before it is done")
                if step.mandatory
                else self.tr("Optional: it may be skipped with a reason")
            )
            self.steps.addItem(item)
        self.skip_button.setEnabled(alert.is_open)
        self._filling = False

    def _fill_history(self) -> None:
        self.history.clear()
        if self.alert is None:
            return
        for entry in reversed(self.alert.history):
            who = entry.by + (f" ({entry.console})" if entry.console else "")
            line = f"{format_datetime(entry.at)}  {entry.action}  {who}"
            if entry.text:
                line += f" — {entry.text}"
            self.history.addItem(line)

    def _fill_nearby(self, cache: Any) -> None:
        self.nearby.clear()
        alert = self.alert
        if alert is None or alert.lat is None or alert.lon is None or cache is None:
            return
        wanted = alert.id
        lat, lon = alert.lat, alert.lon
        run_in_background(
            lambda: nearby_complaints(cache, lat, lon),
            lambda found: self._show_nearby(wanted, found),
            lambda _error: None,
        )

    def _show_nearby(self, alert_id: str, found: list[tuple[float, dict]]) -> None:
        # the answer may come after the panel was closed
        if not shiboken6.isValid(self.nearby) or self.alert is None or self.alert.id != alert_id:
            return
        self.nearby.clear()
        if not found:
            self.nearby.addItem(self.tr("No complaint within %1 m").replace("%1", str(NEARBY_M)))
        for metres, row in found:
            title = row.get("service_name") or row.get("description") or ""
            self.nearby.addItem(
                f"{metres:.0f} m · {row.get('id', '')} · {title} · {row.get('status', '')}"
            )

    # -- the checklist -----------------------------------------------------------------------

    def _step_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and item.checkState() == Qt.CheckState.Checked:
            self.stepTicked.emit(index)

    def _skip_current(self) -> None:
        item = self.steps.currentItem()
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(index, int):
            self.stepSkipped.emit(index)


def cameras_of(alert: Alert) -> tuple[str, ...]:
    """The cameras of an alert: its related ones, else a detection's source camera."""
    if alert.related_cameras:
        return alert.related_cameras
    if alert.type == "ai_detection" and alert.source:
        return (alert.source,)
    return ()


StepHandler = Callable[[int], None]
