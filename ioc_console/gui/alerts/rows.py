"""One alert as the queue shows it: its column texts, folded search text and sort keys, computed
once when the alert arrives or changes (the view's ``data()`` only looks them up)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ioc_console.core.clock import CITY_TZ, city_today
from ioc_console.core.domain.admin_units import find_unit
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.text import fold

COLUMNS = (
    "priority",
    "time",
    "source",
    "type",
    "ward",
    "place",
    "state",
    "owner",
    "duplicates",
    "sla",
)
COL = {name: i for i, name in enumerate(COLUMNS)}
TITLES = (
    QT_TRANSLATE_NOOP("AlertQueue", "Priority"),
    QT_TRANSLATE_NOOP("AlertQueue", "Time"),
    QT_TRANSLATE_NOOP("AlertQueue", "Source"),
    QT_TRANSLATE_NOOP("AlertQueue", "Type"),
    QT_TRANSLATE_NOOP("AlertQueue", "Ward"),
    QT_TRANSLATE_NOOP("AlertQueue", "Place"),
    QT_TRANSLATE_NOOP("AlertQueue", "State"),
    QT_TRANSLATE_NOOP("AlertQueue", "Owner"),
    QT_TRANSLATE_NOOP("AlertQueue", "Duplicates"),
    QT_TRANSLATE_NOOP("AlertQueue", "SLA left"),
)
STATES = ("new", "escalated", "acknowledged", "assigned", "shelved", "resolved", "closed")
STATE_NAMES = {
    "new": QT_TRANSLATE_NOOP("AlertQueue", "New"),
    "acknowledged": QT_TRANSLATE_NOOP("AlertQueue", "Acknowledged"),
    "assigned": QT_TRANSLATE_NOOP("AlertQueue", "In progress"),
    "escalated": QT_TRANSLATE_NOOP("AlertQueue", "Escalated"),
    "shelved": QT_TRANSLATE_NOOP("AlertQueue", "Shelved"),
    "resolved": QT_TRANSLATE_NOOP("AlertQueue", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("AlertQueue", "Closed"),
}
TYPE_NAMES = {
    "ai_detection": QT_TRANSLATE_NOOP("AlertQueue", "AI detection"),
    "cap_warning": QT_TRANSLATE_NOOP("AlertQueue", "CAP warning"),
    "kpi_breach": QT_TRANSLATE_NOOP("AlertQueue", "KPI breach"),
    "complaint_overdue": QT_TRANSLATE_NOOP("AlertQueue", "Overdue complaint"),
    "manual": QT_TRANSLATE_NOOP("AlertQueue", "Manual"),
}
_STATE_ORDER = {s: i for i, s in enumerate(STATES)}
_FAR = 1e18  # the sort key of "no deadline": after every real one


def state_name(state: str) -> str:
    source = STATE_NAMES.get(str(state))
    return QCoreApplication.translate("AlertQueue", source) if source else str(state)


def type_name(kind: str) -> str:
    source = TYPE_NAMES.get(str(kind))
    return QCoreApplication.translate("AlertQueue", source) if source else str(kind)


class Names:
    """Ward names by code and the day's date, looked up once per code (100,000 rows share
    about twenty wards)."""

    def __init__(self) -> None:
        self._wards: dict[str, str] = {}
        self.today: date = city_today()

    def ward(self, code: str | None) -> str:
        if not code:
            return QCoreApplication.translate("AlertQueue", "Whole city")
        name = self._wards.get(code)
        if name is None:
            unit = find_unit(code, self.today)
            name = self._wards[code] = unit.name if unit else code
        return name


def _ts(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None else _FAR


def _time_text(moment: datetime | None, today: date) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(CITY_TZ) if moment.tzinfo else moment
    return local.strftime("%H:%M:%S" if local.date() == today else "%d/%m %H:%M")


class AlertRow:
    """An alert with what the queue shows of it. ``texts`` follow :data:`COLUMNS` (the SLA
    column is drawn live, its text here is empty); ``keys`` are the sort keys by column."""

    __slots__ = ("alert", "hay", "id", "keys", "priority", "source", "state", "texts", "ward")

    def __init__(self, alert: Any, names: Names) -> None:
        self.alert = alert
        self.id: str = str(alert.id)
        self.priority: int = int(alert.priority or 4)
        self.state: str = str(alert.state)
        self.ward: str = alert.ward or ""
        self.source: str = alert.source or ""
        count = int(alert.duplicate_count or 0)
        self.texts: tuple[str, ...] = (
            f"P{self.priority}",
            _time_text(alert.raised_at, names.today),
            self.source,
            type_name(alert.type),
            names.ward(alert.ward),
            alert.place or "",
            state_name(self.state),
            alert.owner or "",
            f"×{count + 1}" if count else "",
            "",
        )
        self.hay: str = fold(" ".join((*self.texts[:9], alert.title or "", self.id)))
        raised = _ts(alert.raised_at)
        self.keys: tuple[Any, ...] = (
            (self.priority, -raised),
            (raised,),
            (fold(self.texts[2]),),
            (fold(self.texts[3]),),
            (fold(self.texts[4]),),
            (fold(self.texts[5]),),
            (_STATE_ORDER.get(self.state, 99), self.priority),
            (fold(self.texts[7]),),
            (count,),
            (_ts(alert.sla_deadline) if alert.is_open else _FAR, self.priority),
        )
