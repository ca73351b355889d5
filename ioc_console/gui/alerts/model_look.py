"""How a queue row looks: priority colours, the mark of a row not yet seen, the SLA countdown
(amber from 80 % of the target, red when breached) and the flood view's group rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.gui.alerts.flood_rows import GroupRow
from ioc_console.gui.alerts.rows import COL, AlertRow
from ioc_console.gui.theme import state_colour
from ioc_console.gui.widgets.plain_text import plain_tooltip

# a tint behind the row by priority (see-through: reads on the dark and the light theme)
PRIORITY_TINTS = {
    1: QColor(230, 50, 50, 110),
    2: QColor(240, 140, 30, 90),
    3: QColor(220, 200, 40, 55),
    4: QColor(0, 0, 0, 0),
}
_D = Qt.ItemDataRole
BREACH_MARK = "⚠"  # in the SLA column of an alert whose SLA was breached
# the kinds of target an alert can miss, as the tooltip names them
MISSED = {
    "acknowledge": QT_TRANSLATE_NOOP("AlertQueue", "SLA missed: not acknowledged in time"),
    "resolve": QT_TRANSLATE_NOOP("AlertQueue", "SLA missed: not resolved in time"),
}


def format_left(seconds: float) -> str:
    """A countdown: "4:05", "1:02:03", "−0:12" once past, "−3 d 04 h" beyond a day."""
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds))
    if whole >= 86400:
        days, rest = divmod(whole, 86400)
        days_hours = QCoreApplication.translate("AlertQueue", "%1 d %2 h")
        return sign + days_hours.replace("%1", str(days)).replace("%2", f"{rest // 3600:02d}")
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


class SlaView:
    """``(text, level)`` of an alert's SLA now: level "ok", "amber" or "red"."""

    def __init__(self, countdown: Callable[[Any, datetime], Any] | None) -> None:
        self.countdown = countdown

    def __call__(self, alert: Any, now: datetime) -> tuple[str, str]:
        """An open alert whose SLA was breached (recorded by the backend) keeps a mark and
        the red colour after the clock moved on to its next target."""
        if not alert.is_open:
            return "", "ok"
        text, level = self._running(alert, now)
        if alert.sla_breached:
            return (BREACH_MARK + " " + text).strip(), "red"
        return text, level

    def _running(self, alert: Any, now: datetime) -> tuple[str, str]:
        if self.countdown is not None:
            clock = self.countdown(alert, now)
            if clock is None or clock.left_s is None:
                return "", "ok"
            return format_left(clock.left_s), clock.level
        if alert.sla_deadline is None:
            return "", "ok"
        left = (alert.sla_deadline - now).total_seconds()
        return format_left(left), "red" if left < 0 else "ok"


class RowLook:
    def __init__(self, countdown: Callable[[Any, datetime], Any] | None) -> None:
        self.sla = SlaView(countdown)
        self._bold = QFont()
        self._bold.setBold(True)

    def level_colour(self, level: str) -> QColor | None:
        if level == "red":
            return state_colour("error")
        if level == "amber":
            return state_colour("warning")
        return None

    def cell(
        self, row: AlertRow, column: int, clock: Callable[[], datetime], unseen: bool
    ) -> tuple[str, QColor | None, QColor | None, bool]:
        """Text, background, text colour and bold of one cell (what the delegate draws)."""
        background = PRIORITY_TINTS.get(row.priority)
        if column == COL["sla"]:
            text, level = self.sla(row.alert, clock())
            return text, background, self.level_colour(level), unseen
        if column == COL["priority"] and unseen:
            return "● " + row.texts[0], background, None, True
        return row.texts[column], background, None, unseen

    def data(
        self,
        row: AlertRow,
        column: int,
        role: int,
        clock: Callable[[], datetime],
        unseen: bool,
    ) -> Any:
        if role == _D.DisplayRole:
            if column == COL["sla"]:
                return self.sla(row.alert, clock())[0]
            if column == COL["priority"] and unseen:
                return "● " + row.texts[0]
            return row.texts[column]
        if role == _D.BackgroundRole:
            return PRIORITY_TINTS.get(row.priority)
        if role == _D.FontRole:
            return self._bold if unseen else None
        if role == _D.ForegroundRole and column == COL["sla"]:
            return self.level_colour(self.sla(row.alert, clock())[1])
        if role == _D.ToolTipRole:
            alert = row.alert
            text = alert.title or ""
            if alert.description:
                text += "\n" + alert.description
            for kind in sorted(alert.sla_breached):
                if kind in MISSED:
                    text += "\n" + BREACH_MARK + " " + QCoreApplication.translate(
                        "AlertQueue", str(MISSED[kind])
                    )
            if alert.chattering:
                text += "\n" + QCoreApplication.translate(
                    "AlertQueue", "↻ Chattering: raised and cleared again and again"
                )
            if alert.incident_id and alert.incident_id != alert.id:
                text += "\n" + QCoreApplication.translate(
                    "AlertQueue", "Part of the incident of %1"
                ).replace("%1", alert.incident_id)
            if unseen:
                text += "\n" + QCoreApplication.translate("AlertQueue", "New: not seen yet")
            return plain_tooltip(text)
        if role == _D.AccessibleTextRole:
            return row.texts[column] or self.sla(row.alert, clock())[0]
        return None

    def group_data(
        self,
        group: GroupRow,
        column: int,
        role: int,
        clock: Callable[[], datetime],
        expanded: bool,
    ) -> Any:
        if group.summary:
            return self._summary_data(group, column, role, expanded)
        lead = group.lead
        if lead is None:
            return None
        if role == _D.DisplayRole and column == COL["duplicates"]:
            repeats = sum(1 for _ in group.ids) - 1 + int(lead.alert.duplicate_count or 0)
            return f"×{repeats + 1}" if repeats else ""
        if role == _D.DisplayRole and column == COL["source"] and group.low:
            return "    " + lead.texts[column]
        if role == _D.ToolTipRole:
            return plain_tooltip(
                QCoreApplication.translate("AlertQueue", "%1 alerts from %2; the first: %3")
                .replace("%1", str(len(group.ids)))
                .replace("%2", lead.source)
                .replace("%3", lead.alert.title or lead.id)
            )
        return self.data(lead, column, role, clock, False)

    def _summary_data(self, group: GroupRow, column: int, role: int, expanded: bool) -> Any:
        if role == _D.DisplayRole:
            if column == COL["priority"]:
                return ("▾ " if expanded else "▸ ") + "P3–P4"
            if column == COL["source"]:
                text = (
                    QCoreApplication.translate(
                        "AlertQueue", "%1 lower-priority alerts (priorities 3 and 4):"
                    )
                    if expanded
                    else QCoreApplication.translate(
                        "AlertQueue", "%1 lower-priority alerts (priorities 3 and 4), folded"
                    )
                )
                return text.replace("%1", str(len(group.ids)))
            if column == COL["duplicates"]:
                return f"×{len(group.ids)}"
            return ""
        if role == _D.FontRole:
            return self._bold
        if role == _D.ToolTipRole:
            return (
                QCoreApplication.translate("AlertQueue", "Press Enter or double-click to fold")
                if expanded
                else QCoreApplication.translate(
                    "AlertQueue", "Press Enter or double-click to show them"
                )
            )
        return None
