"""The security domain's arithmetic: its KPIs that data alone cannot say, the conditions of its
record rules and its map features. Plain functions of records, testable without the console."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from ioc_console.plugin_api import CITY_TZ, FeatureContext, city_today, point_feature, read_time

INCIDENTS, PATROLS = "security_incidents", "security_patrol_points"
POPULATION = 160_000  # Cao Lãnh's residents, for incidents per 10,000 people
PATROL_GAP_HOURS = 4  # a patrol point not visited for longer is reported
RECENT_DAYS = 7  # incidents the map shows
HANDLED = "đã xử lý"

Records = Sequence[Mapping[str, Any]]


def _within(record: Mapping[str, Any], days: int) -> bool:
    first = (city_today() - timedelta(days=days - 1)).isoformat()
    day = record.get("date")
    return isinstance(day, str) and first <= day <= city_today().isoformat()


def busiest_ward_today(records: Records) -> float:
    """The incidents of today in the ward that has most of them (0: none today)."""
    today = city_today().isoformat()
    wards = Counter(r.get("ward") for r in records if r.get("date") == today)
    return float(max(wards.values(), default=0))


def per_10k_people(records: Records) -> float | None:
    """Incidents of the last 30 days per 10,000 residents."""
    return sum(1 for r in records if _within(r, 30)) / (POPULATION / 10_000)


def patrol_gap(record: Mapping[str, Any], now: datetime) -> bool:
    """Whether the point's last patrol visit is more than ``PATROL_GAP_HOURS`` ago."""
    last = read_time(record.get("last_visit_at"))
    return last is not None and now - last > timedelta(hours=PATROL_GAP_HOURS)


def patrol_text(record: Mapping[str, Any]) -> str:
    last = read_time(record.get("last_visit_at"))
    when = last.astimezone(CITY_TZ).strftime("%H:%M %d/%m") if last else "?"
    return f"{record.get('name', '')} · {record.get('team', '')} · {when}"


def incident_feature(row: dict, ctx: FeatureContext) -> dict | None:
    """An incident of the last ``RECENT_DAYS`` days (older ones stay off the map)."""
    occurred = read_time(row.get("occurred_at")) if isinstance(row, dict) else None
    if occurred is None or ctx.now - occurred > timedelta(days=RECENT_DAYS):
        return None
    return point_feature(
        "security_incident",
        row,
        lambda: {
            "name": str(row.get("type", "")),
            "text": " · ".join(
                str(row.get(k, "")) for k in ("summary", "place", "state") if row.get(k)
            )
            + occurred.astimezone(CITY_TZ).strftime(" · %H:%M %d/%m"),
            "state": str(row.get("state", "")),
            "severity": str(row.get("severity", "")),
            "ward": str(row.get("ward", "")),
            "ward_name": ctx.ward_names.get(str(row.get("ward", "")), ""),
        },
    )


def patrol_feature(row: dict, ctx: FeatureContext) -> dict | None:
    return point_feature(
        "patrol_point",
        row,
        lambda: {
            "name": str(row.get("name", "")),
            "text": f"{row.get('team', '')} · {row.get('done_today', 0)}/"
            f"{row.get('due_now', 0)} ({row.get('planned_today', 0)})",
            "late": patrol_gap(row, ctx.now),
            "ward": str(row.get("ward", "")),
            "ward_name": ctx.ward_names.get(str(row.get("ward", "")), ""),
        },
    )
