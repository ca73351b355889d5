"""What the sync engine reports: the link's state and what happened to queued actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ioc_console.core.status import ConnectionState
from ioc_console.core.store.outbox import OutboxAction


@dataclass(frozen=True)
class SyncStatus:
    state: ConnectionState
    detail: str = ""  # English, for the log and the status panel's detail line
    error_kind: str | None = None  # ApiError.kind of the last failure
    last_contact: datetime | None = None
    live: bool = False  # the event stream is up (else changes arrive by polling)


@dataclass(frozen=True)
class Refusal:
    """The backend refused a queued action for good: a conflict (someone else acted first) or
    an invalid request. The item as the server has it now is in ``current`` when known."""

    action: OutboxAction
    kind: str  # "conflict", "invalid_request", "not_found", "forbidden"
    detail: str
    current: dict | None = None


@dataclass(frozen=True)
class DatasetResult:
    name: str
    rows: int
    received: int  # items received in this read
    refreshed_at: datetime | None
    error: str | None = None
