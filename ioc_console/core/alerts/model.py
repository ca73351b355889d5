"""An alert as the console handles it: priority, state, owner, place, times and history.

Read from the cache's rows (the backend's wire shape, ``resources/api/ioc-backend.openapi.yaml``)
with :meth:`Alert.from_row`, which is tolerant: a field it cannot read is logged and left empty,
so one bad field never hides an alert from the operator.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ioc_console.core.alerts.vocabulary import (
    EPOCH,
    OLD_STATE_NAMES,
    OPEN_STATES,
    PRIORITIES,
    STATE_NAMES,
    HistoryEntry,
    Priority,
    State,
    StepMark,
)
from ioc_console.core.clock import read_time

__all__ = [  # the vocabulary is defined in vocabulary.py and used from here
    "EPOCH", "OPEN_STATES", "PRIORITIES", "STATE_NAMES", "Alert", "HistoryEntry", "Priority",
    "State", "StepMark",
]
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Alert:
    id: str
    priority: Priority = 3
    state: State = State.NEW
    type: str = ""
    title: str = ""
    description: str = ""
    source: str = ""
    ward: str | None = None  # None: the whole city
    place: str = ""
    lon: float | None = None
    lat: float | None = None
    owner: str | None = None
    related_cameras: tuple[str, ...] = ()
    related_complaints: tuple[str, ...] = ()
    raised_at: datetime = EPOCH
    acknowledged_at: datetime | None = None
    sla_deadline: datetime | None = None
    shelved_until: datetime | None = None
    shelved_from: State | None = None
    shelve_reason: str | None = None
    duplicate_count: int = 0
    last_repeat_at: datetime | None = None
    procedure: str | None = None
    steps: tuple[StepMark, ...] = ()
    outcome: str | None = None
    history: tuple[HistoryEntry, ...] = ()
    cap: str | None = None
    snapshot_url: str | None = None
    snapshot_box: tuple[float, float, float, float] | None = None
    sla_breached: frozenset[str] = frozenset()
    updated_at: datetime | None = None
    # filled by the book (core/alerts/book.py), not by the wire:
    chattering: bool = False  # went active 3+ times within a minute
    incident_id: str | None = None  # the related alerts it is grouped with
    rearmed: bool = False  # acknowledged on the server, made new again by a worse priority

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_unacknowledged(self) -> bool:
        """Nobody has acknowledged it yet (or it was re-armed by a worse priority)."""
        return self.state in (State.NEW, State.ESCALATED) and (
            self.acknowledged_at is None or self.rearmed
        )

    @property
    def wire_state(self) -> State:
        """The state the server holds (what an action's ``expected_state`` names)."""
        return State.ACKNOWLEDGED if self.rearmed else self.state

    def step_mark(self, step: int) -> StepMark | None:
        """The latest mark of procedure step ``step`` (0-based), if any."""
        for mark in reversed(self.steps):
            if mark.step == step:
                return mark
        return None

    @classmethod
    def from_row(cls, row: dict) -> Alert:
        """The alert of a cache row. Raises ValueError only when the row has no id (nothing
        to show or act on); any other unreadable field is logged and left empty."""
        if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not row["id"]:
            raise ValueError(f"an alert row without an id: {row!r:.80}")
        return _Reader(row).alert()


class _Reader:
    """Reads the fields of one row, logging each one it cannot read."""

    def __init__(self, row: dict) -> None:
        self.row = row
        self.id: str = row["id"]

    def bad(self, field: str, value: Any) -> None:
        log.warning("alert %s: unreadable %s %.60r ignored", self.id, field, value)

    def text(self, field: str, *fallbacks: str) -> str | None:
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

        def ids(key: str) -> tuple[str, ...]:
            value = related.get(key)
            if value is None:
                return ()
            values = value if isinstance(value, list) else [value]
            return tuple(str(v) for v in values if isinstance(v, str | int) and v != "")

        return ids("camera") + ids("cameras"), ids("complaint") + ids("complaints")

    def history(self) -> tuple[HistoryEntry, ...]:
        entries = []
        for entry in self._list("history"):
            at = read_time(entry.get("at")) if isinstance(entry, dict) else None
            if not isinstance(entry, dict) or not isinstance(entry.get("action"), str) or not at:
                self.bad("history entry", entry)
                continue
            entries.append(HistoryEntry(entry["action"], str(entry.get("by") or ""), at,
                                        _opt_str(entry.get("console")),
                                        _opt_str(entry.get("text"))))
        return tuple(entries)

    def steps(self) -> tuple[StepMark, ...]:
        marks = []
        for entry in self._list("steps"):
            step = entry.get("step") if isinstance(entry, dict) else None
            if not isinstance(step, int) or isinstance(step, bool) or step < 0:
                self.bad("step", entry)
                continue
            marks.append(StepMark(step, bool(entry.get("done")),
                                  _opt_str(entry.get("skipped_reason")),
                                  str(entry.get("by") or ""), read_time(entry.get("at"))))
        return tuple(marks)

    def snapshot(self) -> tuple[str | None, tuple[float, float, float, float] | None]:
        snap = self.row.get("snapshot")
        if snap is None:
            return None, None
        if not isinstance(snap, dict):
            self.bad("snapshot", snap)
            return None, None
        url = _opt_str(snap.get("url"))
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

    def alert(self) -> Alert:
        cameras, complaints = self.related()
        url, box = self.snapshot()
        state = self.state("state")
        if state is None:
            state = State.NEW
        raised = self.time("created_at", "raised_at", "updated_at")
        if raised is None:
            self.bad("created_at", self.row.get("created_at"))
        return Alert(
            id=self.id,
            priority=self.priority(),
            state=state,
            type=self.text("type") or "",
            title=self.text("title") or "",
            description=self.text("description") or "",
            source=self.text("source") or "",
            ward=self.text("ward"),
            place=self.text("place") or "",
            lon=self.number("lon"),
            lat=self.number("lat"),
            owner=self.text("assignee", "owner"),
            related_cameras=cameras,
            related_complaints=complaints,
            raised_at=raised or EPOCH,
            acknowledged_at=self.time("acknowledged_at"),
            sla_deadline=self.time("sla_deadline"),
            shelved_until=self.time("shelved_until", "snoozed_until"),
            shelved_from=self.state("shelved_from"),
            shelve_reason=self.text("shelve_reason"),
            duplicate_count=max(0, self.integer("duplicate_count", 0)),
            last_repeat_at=self.time("last_repeat_at"),
            procedure=self.text("procedure"),
            steps=self.steps(),
            outcome=self.text("outcome"),
            history=self.history(),
            cap=self.text("cap"),
            snapshot_url=url,
            snapshot_box=box,
            sla_breached=self.breached(),
            updated_at=self.time("updated_at"),
        )


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
