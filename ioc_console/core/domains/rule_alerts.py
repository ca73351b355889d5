"""The alert records the alert rules raise: rows of the cached ``alerts`` dataset that the
console makes itself (``origin: "rule"``), shaped like the backend's so the queue, the map and
the operator's actions treat them alike (the actions are applied to the cached record,
:mod:`ioc_console.core.alerts.local`).

One record per (rule, subject) under a stable id: the rule's KPI, or the record of its dataset.
While the condition holds the record is ``rule_active`` (its description follows the KPI's
figure, the record's text); when it no longer holds the record
stays for the operator to close and records that it cleared (``cleared_at`` and a ``clear``
entry in its history); when it holds again that is a repeat (``duplicate_count`` and
``last_repeat_at`` grow, as the backend counts the repeats of its own alerts) and a record the
operator had resolved or closed opens again. Pure functions over rows: a new dict, the given
one untouched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ioc_console.core.alerts.vocabulary import State
from ioc_console.core.clock import read_time

ORIGIN = "rule"
# data written into the record, in the city's language (as the backend words its own)
CLEARED_TEXT = "Điều kiện cảnh báo đã hết; cảnh báo chờ người trực đóng."
REPEAT_TEXT = "Điều kiện cảnh báo xuất hiện lại."
PLACE_FIELDS = ("place", "address", "name")


@dataclass(frozen=True)
class Finding:
    """A rule's condition holds for ``subject``: what its alert says."""

    rule: str
    plugin: str
    subject: str  # the KPI id, or the record's id
    alert_type: str
    priority: int
    title: str
    description: str = ""
    source: str = ""  # who raised it: the KPI id, or "<dataset>/<record id>"
    ward: str | None = None
    place: str = ""
    lat: float | None = None
    lon: float | None = None
    kpi: str = ""
    dataset: str = ""
    at_start: bool = False  # found by the rule's first look since the console (or plugin) started

    @property
    def alert_id(self) -> str:
        return alert_id(self.rule, self.subject)


def alert_id(rule_id: str, subject: str) -> str:
    """The stable id of rule ``rule_id``'s alert about ``subject``."""
    digest = hashlib.sha1(f"{rule_id}\n{subject}".encode()).hexdigest()[:20]
    return f"rule-{digest}"


def placed(record: Mapping[str, Any], ward_field: str = "ward") -> dict[str, Any]:
    """Where a record is: its ward, place text and coordinates (what it has of them)."""
    ward = record.get(ward_field) if ward_field else None
    place = next((v for k in PLACE_FIELDS if isinstance(v := record.get(k), str) and v), "")
    return {
        "ward": str(ward) if ward not in (None, "") else None,
        "place": place[:200],
        "lat": _coordinate(record.get("lat")),
        "lon": _coordinate(record.get("lon")),
    }


def raised(row: dict[str, Any] | None, finding: Finding, now: datetime) -> dict[str, Any] | None:
    """The alert record after ``finding`` at ``now`` (None: nothing to write, it is raised
    already): a new record, or the repeat of one whose condition had cleared."""
    at = now.isoformat(timespec="milliseconds")
    if row is None:
        return _new(finding, at)
    if row.get("rule_active") is True:  # raised already: only its figure or text may change
        if not finding.description or finding.description == row.get("description"):
            return None
        return {**row, "description": finding.description,
                "updated_at": _later(at, row.get("updated_at"))}
    out: dict[str, Any] = {
        **row,
        "rule_active": True,
        "cleared_at": None,
        "duplicate_count": int(row.get("duplicate_count") or 0) + 1,
        "last_repeat_at": at,
        "description": finding.description or row.get("description") or "",
        "priority": finding.priority,
        "updated_at": _later(at, row.get("updated_at")),
    }
    if row.get("state") in (State.RESOLVED.value, State.CLOSED.value):
        entry = {"action": "reopen", "by": finding.source, "at": at, "text": REPEAT_TEXT}
        out.update(
            state=State.NEW.value,
            acknowledged_at=None,
            outcome=None,
            steps=[],
            history=[*(row.get("history") or []), entry],
        )
    return out


def cleared(row: dict[str, Any] | None, now: datetime) -> dict[str, Any] | None:
    """The alert record once its condition no longer holds (None: nothing to write)."""
    if row is None or row.get("rule_active") is not True:
        return None
    at = now.isoformat(timespec="milliseconds")
    entry = {"action": "clear", "by": row.get("source") or ORIGIN, "at": at, "text": CLEARED_TEXT}
    return {
        **row,
        "rule_active": False,
        "cleared_at": at,
        "history": [*(row.get("history") or []), entry],
        "updated_at": _later(at, row.get("updated_at")),
    }


def _new(finding: Finding, at: str) -> dict[str, Any]:
    return {
        "id": finding.alert_id,
        "priority": finding.priority,
        "type": finding.alert_type,
        "type_name": finding.title,  # the queue names a plugin's alert type by its rule
        "title": finding.title,
        "description": finding.description,
        "source": finding.source,
        "place": finding.place,
        "ward": finding.ward,
        "lat": finding.lat,
        "lon": finding.lon,
        "state": State.NEW.value,
        "assignee": None,
        "sla_deadline": None,
        "procedure": None,
        "created_at": at,
        "updated_at": at,
        "comments": [],
        "history": [{"action": "create", "by": finding.source, "at": at}],
        "related": {},
        "deleted": False,
        "duplicate_count": 0,
        "last_repeat_at": None,
        "origin": ORIGIN,  # made in this console by a plugin's rule, not by the backend
        "rule": finding.rule,
        "plugin": finding.plugin,
        # a condition standing when the rule first looked (the console started, the plugin was
        # switched on) is not a new activation: the alarm load does not count it as one
        "standing_at_start": finding.at_start,
        "rule_subject": finding.subject,
        "rule_kpi": finding.kpi or None,
        "rule_dataset": finding.dataset or None,
        "rule_active": True,
        "cleared_at": None,
    }


def _coordinate(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _later(at: str, before: object) -> str:
    """``at``, or the record's ``updated_at`` when that is later: the cache never takes a
    write older than what it holds."""
    then, now = read_time(before), read_time(at)
    if then is not None and now is not None and then > now:
        return then.isoformat(timespec="microseconds")
    return at
