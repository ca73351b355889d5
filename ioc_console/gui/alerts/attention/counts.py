"""Unacknowledged alerts counted per priority, and the badge texts made of the counts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

PRIORITIES = (1, 2, 3, 4)


def is_unacknowledged(alert: Any) -> bool:
    """Waiting for an acknowledgement (the core's rule: new or escalated and nobody
    acknowledged it, or re-armed by a worse priority)."""
    return bool(alert.is_unacknowledged)


def unacknowledged(alerts: Iterable[Any]) -> dict[str, int]:
    """Priority by id of the alerts waiting for an acknowledgement."""
    return {a.id: int(a.priority) for a in alerts if is_unacknowledged(a)}


def counts_by_priority(priorities: Iterable[int]) -> dict[int, int]:
    """How many of each priority 1..4 (every priority present, zero included)."""
    counts = dict.fromkeys(PRIORITIES, 0)
    for priority in priorities:
        if priority in counts:
            counts[priority] += 1
    return counts


def badge_text(counts: Mapping[int, int]) -> str:
    """``P1 2 · P2 5`` (priorities without unacknowledged alerts left out); "" when none."""
    parts = [
        QCoreApplication.translate("Alerts", "P%1 %2")
        .replace("%1", str(priority))
        .replace("%2", str(counts[priority]))
        for priority in PRIORITIES
        if counts.get(priority)
    ]
    return " · ".join(parts)


def tab_title(base: str, counts: Mapping[int, int]) -> str:
    """The alert queue's tab title with the badge: ``Alerts (P1 2 · P2 5)``; ``base`` alone
    when nothing waits. The queue panel (or the shell, for its dock) calls this."""
    badge = badge_text(counts)
    return f"{base} ({badge})" if badge else base


def badge_tooltip(counts: Mapping[int, int]) -> str:
    total = sum(counts.values())
    if not total:
        return QCoreApplication.translate("Alerts", "No alert waits for an acknowledgement")
    lines = [
        QCoreApplication.translate("Alerts", "%1 alert(s) wait for an acknowledgement").replace(
            "%1", str(total)
        )
    ]
    lines += [
        QCoreApplication.translate("Alerts", "Priority %1: %2")
        .replace("%1", str(priority))
        .replace("%2", str(counts[priority]))
        for priority in PRIORITIES
    ]
    return "\n".join(lines)
