"""Deduplication (Alerta's rule): open alerts with the same source + type + place are one row.

The earliest (by raised time, then id) names the row; its duplicate count is the sum over the
group of each member's own count + 1, less one; its last repeat the latest time among them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ioc_console.core.alerts.model import Alert

DedupKey = tuple[str, str, str]


def dedup_key(alert: Alert) -> DedupKey | None:
    if not alert.is_open or not alert.place:
        return None
    return (alert.source, alert.type, alert.place)


def order_key(alert: Alert) -> tuple[float, str]:
    return (alert.raised_at.timestamp(), alert.id)


@dataclass
class Group:
    members: list[tuple[float, str]] = field(default_factory=list)  # sorted by (raised, id)
    total: int = 0  # sum of (duplicate_count + 1) over members
    latest: datetime | None = None  # the latest raised or repeat time of the members

    def note(self, alert: Alert) -> None:
        for at in (alert.raised_at, alert.last_repeat_at):
            if at is not None and (self.latest is None or at > self.latest):
                self.latest = at
