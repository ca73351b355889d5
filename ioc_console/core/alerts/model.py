"""An alert as the console handles it: priority, state, owner, place, times and history.

Read from the cache's rows (the backend's wire shape, ``resources/api/ioc-backend.openapi.yaml``)
with :meth:`Alert.from_row`, which is tolerant: a field it cannot read is logged and left empty,
so one bad field never hides an alert from the operator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText

Priority = int
PRIORITIES: tuple[Priority, ...] = (1, 2, 3, 4)  # 1 is the highest
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # a raised time that could not be read


class State(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    ASSIGNED = "assigned"  # shown to the operator as "In progress"
    ESCALATED = "escalated"
    SHELVED = "shelved"
    RESOLVED = "resolved"
    CLOSED = "closed"


OPEN_STATES: frozenset[State] = frozenset(State) - {State.RESOLVED, State.CLOSED}
# what the operator reads for each state
STATE_NAMES: dict[State, TrText] = {
    State.NEW: QT_TRANSLATE_NOOP("Alerts", "New"),
    State.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Alerts", "Acknowledged"),
    State.ASSIGNED: QT_TRANSLATE_NOOP("Alerts", "In progress"),
    State.ESCALATED: QT_TRANSLATE_NOOP("Alerts", "Escalated"),
    State.SHELVED: QT_TRANSLATE_NOOP("Alerts", "Shelved"),
    State.RESOLVED: QT_TRANSLATE_NOOP("Alerts", "Resolved"),
    State.CLOSED: QT_TRANSLATE_NOOP("Alerts", "Closed"),
}
# names an older backend used for the same things
OLD_STATE_NAMES = {"snoozed": State.SHELVED}


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    action: str
    by: str
    at: datetime
    console: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class StepMark:
    """A procedure step ticked (``done``) or skipped (with ``skipped_reason``)."""

    step: int
    done: bool
    skipped_reason: str | None
    by: str
    at: datetime | None


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
        from ioc_console.core.alerts.wire import read_alert  # it builds on this module

        return read_alert(row)
