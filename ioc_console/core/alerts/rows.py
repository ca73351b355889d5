"""Reading the fields of an alert row (the backend's wire shape) one by one, tolerantly: a
field that cannot be read is logged and left empty."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from ioc_console.core.alerts.vocabulary import (
    OLD_STATE_NAMES,
    PRIORITIES,
    HistoryEntry,
    Priority,
    State,
    StepMark,
)
from ioc_console.core.clock import read_time

log = logging.getLogger(__name__)


class RowReader:
    """Reads the fields of one alert row, logging each one it cannot read."""

    def __init__(self, row: dict) -> None:
        self.row = row
        self.id: str = row["id"]

    def bad(self, field: str, value: Any) -> None:
        log.warning("alert %s: unreadable %s %.60r ignored", self.id, field, value)

    def text(self, field: str, *fallbacks: str) -> str | None:
        value = self.row.get(field)
        if type(value) is str:  # the usual case, first
            return value
        for name in (field, *fallbacks):
            value = self.row.get(name)
            if value is None:
                continue
            if isinstance(value, str):
                return value
            if isinstance(value, int | float) and not isinstance(value, bool):
                return str(value)
            self.bad(name, value)
        return None

    def time(self, field: str, *fallbacks: str) -> datetime | None:
        value = self.row.get(field)
        if type(value) is str and value:  # the usual case, first: ISO 8601 with its offset
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                parsed = None
            if parsed is not None and parsed.tzinfo is not None:
                return parsed
        for name in (field, *fallbacks):
            value = self.row.get(name)
            if value is None or value == "":
                continue
            parsed = read_time(value)
            if parsed is None:
                self.bad(name, value)
            else:
                return parsed
        return None

    def number(self, field: str) -> float | None:
        value = self.row.get(field)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        self.bad(field, value)
        return None

    def integer(self, field: str, default: int) -> int:
        value = self.row.get(field)
        if value is None:
            return default
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self.bad(field, value)
        return default

    def state(self, field: str) -> State | None:
        value = self.row.get(field)
        if value is None:
            return None
        if isinstance(value, str):
            if value in OLD_STATE_NAMES:
                return OLD_STATE_NAMES[value]
            try:
                return State(value)
            except ValueError:
                pass
        self.bad(field, value)
        return None

    def priority(self) -> Priority:
        value = self.integer("priority", 3)
        if value not in PRIORITIES:
            self.bad("priority", value)
            return min(max(value, 1), 4)
        return value

    def related(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        related = self.row.get("related") or {}
        if not isinstance(related, dict):
            self.bad("related", related)
            return (), ()

        if not related:
            return (), ()

        def ids(*keys: str) -> tuple[str, ...]:
            found: list[str] = []
            for key in keys:
                value = related.get(key)
                if value is None:
                    continue
                values = value if isinstance(value, list) else [value]
                found.extend(str(v) for v in values if isinstance(v, str | int) and v != "")
            return tuple(found)

        return ids("camera", "cameras"), ids("complaint", "complaints")

    def history(self) -> tuple[HistoryEntry, ...]:
        entries = []
        for entry in self._list("history"):
            at = read_time(entry.get("at")) if isinstance(entry, dict) else None
            if not isinstance(entry, dict) or not isinstance(entry.get("action"), str) or not at:
                self.bad("history entry", entry)
                continue
            entries.append(HistoryEntry(entry["action"], str(entry.get("by") or ""), at,
                                        opt_str(entry.get("console")),
                                        opt_str(entry.get("text"))))
        return tuple(entries)

    def steps(self) -> tuple[StepMark, ...]:
        marks = []
        for entry in self._list("steps"):
            step = entry.get("step") if isinstance(entry, dict) else None
            if not isinstance(step, int) or isinstance(step, bool) or step < 0:
                self.bad("step", entry)
                continue
            marks.append(StepMark(step, bool(entry.get("done")),
                                  opt_str(entry.get("skipped_reason")),
                                  str(entry.get("by") or ""), read_time(entry.get("at"))))
        return tuple(marks)

    def snapshot(self) -> tuple[str | None, tuple[float, float, float, float] | None]:
        snap = self.row.get("snapshot")
        if snap is None:
            return None, None
        if not isinstance(snap, dict):
            self.bad("snapshot", snap)
            return None, None
        url = opt_str(snap.get("url"))
        box = snap.get("box")
        if box is None:
            return url, None
        if (isinstance(box, list) and len(box) == 4
                and all(isinstance(v, int | float) and not isinstance(v, bool) for v in box)):
            x, y, w, h = (float(v) for v in box)
            return url, (x, y, w, h)
        self.bad("snapshot box", box)
        return url, None

    def breached(self) -> frozenset[str]:
        value = self.row.get("sla_breached")
        if value is None:
            return frozenset()
        if isinstance(value, dict):
            return frozenset(k for k, v in value.items() if v)
        if isinstance(value, list):
            return frozenset(str(v) for v in value)
        self.bad("sla_breached", value)
        return frozenset()

    def _list(self, field: str) -> list:
        value = self.row.get(field)
        if value is None:
            return []
        if not isinstance(value, list):
            self.bad(field, value)
            return []
        return value


def opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
