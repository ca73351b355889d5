"""The figures of a shift handover: what happened between a shift's start and end.

Given every alert (the book's :meth:`~ioc_console.core.alerts.book.AlertBook.all_alerts`: each
row once, hidden duplicates too, with the backend's own duplicate counts):

- raised: alerts raised in the shift; repeats: the repeats counted on them;
- handled: alerts an operator (anyone but ``system``) acknowledged, assigned, escalated, shelved,
  ticked a step of, resolved, closed or merged during the shift;
- open: alerts raised before the end and open now, listed highest priority and oldest first
  (what the incoming operator sees first);
- standing (unacknowledged past the acknowledge target) and stale (open > 24 h) at the end;
- SLA breaches: each alert and kind (acknowledge, resolve) whose deadline fell in the shift and
  was missed, plus any the backend recorded in the shift (``sla_breach`` history entries);
- time in flood (from the alarm load), the ten noisiest sources (an alert and its repeats each
  count) and the priority mix of the alerts raised.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ioc_console.core.alerts.load import (
    AlarmLoad,
    PriorityMix,
    SourceShare,
    mix_of,
    noisiest_of,
    stale,
    standing,
)
from ioc_console.core.alerts.model import Alert, Priority
from ioc_console.core.alerts.sla import Phase, SlaPolicy

HANDLING = frozenset(
    {"acknowledge", "assign", "escalate", "shelve", "step", "resolve", "close", "merge"})
# an operator who shelved an alert has looked at it: it meets the acknowledge target
ACKNOWLEDGING = frozenset({"acknowledge", "assign", "shelve", "resolve", "close", "merge"})
RESOLVING = frozenset({"resolve", "close", "merge"})
SYSTEM = "system"


@dataclass(frozen=True)
class ShiftReport:
    start: datetime
    end: datetime
    raised: int
    repeats: int
    handled: int
    open: int
    standing: int
    stale: int
    sla_breaches: int
    flood_seconds: float
    noisiest: list[SourceShare]
    priority_mix: PriorityMix
    open_items: tuple[str, ...]  # ids, highest priority and oldest first
    breaches: tuple[tuple[str, str], ...]  # (alert id, kind), sorted
    note: str = ""


def _first(alert: Alert, actions: frozenset[str]) -> datetime | None:
    times = [h.at for h in alert.history if h.action in actions and h.by != SYSTEM]
    return min(times) if times else None


def missed(alert: Alert, policy: SlaPolicy, start: datetime, end: datetime) -> list[Phase]:
    """The targets of ``alert`` whose deadline fell in [start, end) and was missed."""
    found: list[Phase] = []
    acknowledged = alert.acknowledged_at or _first(alert, ACKNOWLEDGING)
    resolved = _first(alert, RESOLVING)
    phases: tuple[tuple[Phase, datetime | None], ...] = (
        ("acknowledge", acknowledged), ("resolve", resolved))
    for phase, done in phases:
        deadline = policy.deadline(alert, phase)
        if start <= deadline < end and (done is None or done > deadline):
            found.append(phase)
    return found


def shift_report(
    alerts: Iterable[Alert],
    start: datetime,
    end: datetime,
    policy: SlaPolicy,
    load: AlarmLoad | None = None,
    note: str = "",
) -> ShiftReport:
    """The figures of the shift [start, end) (see the module's text)."""
    every = list(alerts)
    raised = [a for a in every if start <= a.raised_at < end]
    handled = [a for a in every if any(
        h.action in HANDLING and h.by != SYSTEM and start <= h.at < end for h in a.history)]
    still_open = [a for a in every if a.is_open and a.raised_at < end]
    open_items = tuple(a.id for a in sorted(still_open, key=lambda a: (a.priority, a.raised_at)))
    breaches: set[tuple[str, str]] = set()
    for alert in every:
        breaches.update((alert.id, kind) for kind in missed(alert, policy, start, end))
        for entry in alert.history:
            if entry.action == "sla_breach" and start <= entry.at < end:
                breaches.add((alert.id, _kind_of(entry.text)))
    sources: Counter[str] = Counter()
    priorities: Counter[Priority] = Counter()
    for alert in raised:
        sources[alert.source or "?"] += 1 + alert.duplicate_count
        priorities[alert.priority] += 1 + alert.duplicate_count
    return ShiftReport(
        start=start,
        end=end,
        raised=len(raised),
        repeats=sum(a.duplicate_count for a in raised),
        handled=len(handled),
        open=len(still_open),
        standing=len(standing(still_open, policy, end)),
        stale=len(stale(still_open, end)),
        sla_breaches=len(breaches),
        flood_seconds=load.flood_seconds_between(start, end) if load is not None else 0.0,
        noisiest=noisiest_of(sources, 10),
        priority_mix=mix_of(priorities),
        open_items=open_items,
        breaches=tuple(sorted(breaches)),
        note=note,
    )


def _kind_of(text: str | None) -> str:
    """The kind a backend's ``sla_breach`` entry names in its text (resolve, else acknowledge)."""
    return "resolve" if text and "resol" in text.lower() else "acknowledge"
