"""An alert as the console handles it: priority, state, owner, place, times and history.

Read from the cache's rows (the backend's wire shape, ``resources/api/ioc-backend.openapi.yaml``)
with :meth:`Alert.from_row`, which is tolerant: a field it cannot read is logged and left empty,
so one bad field never hides an alert from the operator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ioc_console.core.alerts.rows import RowReader
from ioc_console.core.alerts.vocabulary import (
    EPOCH,
    OPEN_STATES,
    PRIORITIES,
    STATE_NAMES,
    HistoryEntry,
    Priority,
    State,
    StepMark,
)

__all__ = [  # the vocabulary is defined in vocabulary.py and used from here
    "EPOCH", "LOCAL_ORIGINS", "OPEN_STATES", "PRIORITIES", "STATE_NAMES", "Alert", "HistoryEntry",
    "Priority", "State", "StepMark",
]

# ``origin`` of the records the console makes itself (the backend has no such alert): raised
# from the site's CAP feed (core/cap/alerts.py), by a plugin's alert rule
# (core/domains/rule_engine.py)
LOCAL_ORIGINS = frozenset({"cap_feed", "rule"})


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
    origin: str | None = None  # "cap_feed", "rule": raised in this console (LOCAL_ORIGINS)
    type_name: str | None = None  # the type in words, for a type the console does not know
    standing_at_start: bool = False  # a rule's condition found standing when it first looked
    # filled by the book (core/alerts/book.py), not by the wire:
    chattering: bool = False  # went active 3+ times within a minute
    incident_id: str | None = None  # the related alerts it is grouped with
    rearmed: bool = False  # acknowledged on the server, made new again by a worse priority

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_local(self) -> bool:
        """Raised in this console (from the site's CAP feed, by a plugin's alert rule),
        unknown to the backend: its actions are applied to the cached record
        (core/alerts/local.py), not sent."""
        return self.origin in LOCAL_ORIGINS

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


class _Reader(RowReader):
    """Reads one alert row."""

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
            origin=self.text("origin"),
            type_name=self.text("type_name"),
            standing_at_start=self.row.get("standing_at_start") is True,
        )
