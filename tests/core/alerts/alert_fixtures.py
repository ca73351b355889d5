"""Alerts in the backend's wire shape, and a clock the tests move by hand."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import count
from typing import Any

from ioc_console.core.clock import CITY_TZ

T0 = datetime(2026, 12, 6, 8, 0, tzinfo=CITY_TZ)  # a shift starts at 08:00 in the city
_numbers = count(1)


def iso(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


def wire_alert(at: datetime = T0, **fields: Any) -> dict[str, Any]:
    """An alert row as the backend sends it (the alerts plan's wire vocabulary)."""
    number = next(_numbers)
    row: dict[str, Any] = {
        "id": f"AL-{number:06d}",
        "priority": 2,
        "type": "ai_detection",
        "title": "Phát hiện đỗ xe sai quy định",
        "description": "Camera phát hiện xe đỗ sai quy định",
        "source": "CAM-001",
        "place": "Ngã tư Nguyễn Huệ - Lý Thường Kiệt",
        "lat": 10.4600,
        "lon": 105.6330,
        "ward": "29869",
        "state": "new",
        "assignee": None,
        "sla_deadline": None,
        "procedure": "QT-GT-01 Xử lý vi phạm giao thông",
        "created_at": iso(at),
        "updated_at": iso(at),
        "comments": [],
        "history": [{"action": "create", "by": "system", "at": iso(at)}],
        "cap": None,
        "related": {"camera": "CAM-001"},
        "acknowledged_at": None,
        "shelved_until": None,
        "shelved_from": None,
        "shelve_reason": None,
        "duplicate_count": 0,
        "last_repeat_at": None,
        "steps": [],
        "outcome": None,
        "sla_breached": {},
        "deleted": False,
    }
    row.update(fields)
    return row


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now
