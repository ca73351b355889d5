"""One alert as the queue shows it: its column texts, folded search text and sort keys, computed
once when the alert arrives or changes (the view's ``data()`` only looks them up)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ioc_console.core.clock import CITY_TZ, city_today
from ioc_console.core.domain.admin_units import find_unit
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.gui.alerts.folding import fold_repeated, quick_fold

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
    "incident",  # hidden until the operator shows it (the header's menu)
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
    QT_TRANSLATE_NOOP("AlertQueue", "Incident"),
)
HIDDEN_COLUMNS = (COL["incident"],)  # until the operator shows them
CHATTERING_MARK = "↻ "  # before the type of an alert that goes active and clears repeatedly
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


def type_name(kind: str, named: str | None = None) -> str:
    """The alert type in words: the console's name for it, else the name the record gives
    (a plugin rule's alert), else the type itself."""
    source = TYPE_NAMES.get(str(kind))
    return QCoreApplication.translate("AlertQueue", source) if source else named or str(kind)


class _Translated(dict):
    """Names translated once per language (a :class:`Names` is made anew on a change)."""

    def __init__(self, translate: Callable[[str], str]) -> None:
        super().__init__()
        self.translate = translate

    def __missing__(self, key: str) -> str:
        value = self[key] = self.translate(key)
        return value


class Names:
    """Ward names by code and the day's date, looked up once per code (100,000 rows share
    about twenty wards)."""

    def __init__(self) -> None:
        self._wards: dict[str, str] = {}
        self.today: date = city_today()
        self.states = _Translated(state_name)
        self.types = _Translated(type_name)

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
    # formatted by hand: strftime imports a module on each call (slow under PySide's hook)
    t = moment.astimezone(CITY_TZ) if moment.tzinfo else moment
    if t.date() == today:
        return f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    return f"{t.day:02d}/{t.month:02d} {t.hour:02d}:{t.minute:02d}"


class AlertRow:
    """An alert with what the queue shows of it. ``texts`` follow :data:`COLUMNS` (the SLA
    column is drawn live, its text here is empty; a chattering alert's type is marked with
    :data:`CHATTERING_MARK`; the incident column names the incident an open alert belongs to,
    its own id when alone); ``keys`` are the sort keys by column."""

    __slots__ = ("alert", "hay", "id", "keys", "priority", "source", "state", "texts", "ward")

    def __init__(self, alert: Any, names: Names) -> None:
        self.alert = alert
        self.id: str = str(alert.id)
        self.priority: int = int(alert.priority or 4)
        self.state: str = str(alert.state)
        self.ward: str = alert.ward or ""
        self.source: str = alert.source or ""
        count = int(alert.duplicate_count or 0)
        kind = names.types[alert.type] if alert.type in TYPE_NAMES else type_name(
            alert.type, alert.type_name
        )
        self.texts: tuple[str, ...] = (
            f"P{self.priority}",
            _time_text(alert.raised_at, names.today),
            self.source,
            CHATTERING_MARK + kind if alert.chattering else kind,
            names.ward(alert.ward),
            alert.place or "",
            names.states[self.state],
            alert.owner or "",
            f"×{count + 1}" if count else "",
            "",
            alert.incident_id or "",
        )
        self.hay: str = quick_fold(" ".join((*self.texts[:9], alert.title or "", self.id)))
        raised = _ts(alert.raised_at)
        self.keys: tuple[Any, ...] = (
            (self.priority, -raised),
            (raised,),
            (fold_repeated(self.texts[2]),),
            (fold_repeated(self.texts[3]),),
            (fold_repeated(self.texts[4]),),
            (quick_fold(self.texts[5]),),
            (_STATE_ORDER.get(self.state, 99), self.priority),
            (fold_repeated(self.texts[7]),),
            (count,),
            (_ts(alert.sla_deadline) if alert.is_open else _FAR, self.priority),
            (self.texts[10] or "\uffff", raised),  # an incident's alerts together, earliest first
        )
