"""The alerts' vocabulary, as the backend's contract names it: priorities, states, history
entries and procedure step marks."""

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
