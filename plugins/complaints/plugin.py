"""Built-in plugin: citizen complaints of the 1022 hotline as a domain.

It brings the console's complaint list and complaint dashboard (their own panels, which the
console offers to this plugin) and puts the domain on the leaders' overview with figures
computed here from the cached complaints: the share of complaints past their legal deadline
that were handled, the share handled on time, the open ones and the citizens' satisfaction.
The backend raises its own alerts for overdue complaints, so this plugin adds no rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    FieldFilter,
    PluginAPI,
    Ratio,
    city_now,
    read_time,
)

DONE = ("resolved", "closed")


def _handled_at(record: Mapping[str, Any]) -> datetime | None:
    """When the agency resolved the complaint (the first "resolved" in its history)."""
    for step in record.get("status_history") or ():
        if isinstance(step, Mapping) and step.get("state") == "resolved":
            return read_time(step.get("at"))
    return None


def handled_rate(records: Sequence[Mapping[str, Any]]) -> float | None:
    """Among the complaints whose legal deadline has passed, the share resolved or closed."""
    now = city_now()
    due = [r for r in records if (d := read_time(r.get("legal_deadline"))) is not None and d < now]
    if not due:
        return None
    return 100 * sum(r.get("state") in DONE for r in due) / len(due)


def on_time_rate(records: Sequence[Mapping[str, Any]]) -> float | None:
    """Among the complaints resolved, the share resolved by their legal deadline."""
    resolved = on_time = 0
    for record in records:
        at, deadline = _handled_at(record), read_time(record.get("legal_deadline"))
        if at is None or deadline is None:
            continue
        resolved += 1
        on_time += at <= deadline
    return 100 * on_time / resolved if resolved else None


def register(api: PluginAPI) -> None:
    api.register_console_panel("complaint_list")
    api.register_console_panel("complaint_dashboard")
    handled = api.register_kpi(
        "handled_rate",
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Due complaints handled"),
        dataset="complaints",
        formula=handled_rate,
        unit="%",
        target=100,
        amber=95,
        red=90,
    )
    on_time = api.register_kpi(
        "on_time_rate",
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Handled on time"),
        dataset="complaints",
        formula=on_time_rate,
        unit="%",
        target=95,
        amber=90,
        red=80,
    )
    open_now = api.register_kpi(
        "open_now",
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Open complaints"),
        dataset="complaints",
        formula=Aggregate("count", match={"status": "open"}),
        decimals=0,
    )
    satisfied = api.register_kpi(
        "satisfaction_rate",
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Citizens satisfied"),
        dataset="complaints",
        formula=Ratio(
            Aggregate("count", match={"satisfied": True}),
            Aggregate("count", match=[FieldFilter("satisfaction", "!=", None)]),
        ),
        unit="%",
        target=90,
        amber=85,
        red=75,
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Citizen complaints (1022)"),
        headline_kpi=handled,
        dashboard="complaint_dashboard",
        kpis=(on_time, satisfied, open_now),
        icon="icon.svg",
        order=20,
    )
