"""Built-in plugin: administrative procedures (thủ tục hành chính) as a domain.

It brings the console's procedures dashboard (its own panel, offered to this plugin), the
administrative offices on the map, and the domain's tile on the leaders' overview with the
indicators of Decision 766/QĐ-TTg computed here from the cached daily results of the last 30
days: files resolved on time (early or on time, among those resolved), files submitted online,
and the files overdue now, whenever received: the procedures dashboard's figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    PluginAPI,
    Ratio,
    city_today,
    facility_feature,
)

DAYS = 30


def _recent(records: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    first = (city_today() - timedelta(days=DAYS - 1)).isoformat()
    return [r for r in records if str(r.get("date", "")) >= first]


def _number(record: Mapping[str, Any], key: str) -> float:
    value = record.get(key)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def on_time_rate(records: Sequence[Mapping[str, Any]]) -> float | None:
    """Early + on time among the files resolved in the last 30 days (``resolved_on_time``
    includes the early ones)."""
    recent = _recent(records)
    good = sum(_number(r, "resolved_on_time") for r in recent)
    resolved = good + sum(_number(r, "resolved_late") for r in recent)
    return 100 * good / resolved if resolved else None


def overdue_now(records: Sequence[Mapping[str, Any]]) -> float | None:
    """Files overdue now, whenever received (a result's ``overdue`` is how many of that day's
    files are past their deadline as it stands), across fields, agencies and wards."""
    if not records:
        return None
    return sum(_number(r, "overdue") for r in records)


def register(api: PluginAPI) -> None:
    api.register_console_panel("procedures_dashboard")
    on_time = api.register_kpi(
        "on_time_rate",
        QT_TRANSLATE_NOOP("ProceduresDomain", "Files resolved on time (30 days)"),
        dataset="procedure_results",
        formula=on_time_rate,
        unit="%",
        target=98,
        amber=95,
        red=90,
    )
    online = api.register_kpi(
        "online_share",
        QT_TRANSLATE_NOOP("ProceduresDomain", "Files submitted online (30 days)"),
        dataset="procedure_results",
        formula=Ratio(
            Aggregate("sum", "online", within_days=DAYS),
            Aggregate("sum", "received", within_days=DAYS),
        ),
        unit="%",
        target=50,
        amber=40,
        red=30,
    )
    overdue = api.register_kpi(
        "overdue_now",
        QT_TRANSLATE_NOOP("ProceduresDomain", "Files overdue"),
        dataset="procedure_results",
        formula=overdue_now,
        target=0,
        amber=10,
        red=50,
        higher_is_better=False,
        decimals=0,
    )
    api.register_map_layer(
        "offices",
        QT_TRANSLATE_NOOP("ProceduresDomain", "Administrative offices"),
        dataset="facilities",
        feature=facility_feature,
        match={"domain": "administration"},
        style={"color": "#8250df", "radius": 6, "symbol": "■"},
        visible=False,
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("ProceduresDomain", "Administrative procedures"),
        headline_kpi=on_time,
        dashboard="procedures_dashboard",
        kpis=(online, overdue),
        icon="icon.svg",
        order=10,
    )
