"""Tourism's figures: the KPIs' arithmetic and the alert rules' conditions and texts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from ioc_console.plugin_api import city_today

Records = Sequence[Mapping[str, Any]]
CROWD_ALERT = "tourism_crowd"
ROOMS_ALERT = "tourism_rooms_full"
FULL_ROOMS = 95.0  # % of a lodging's rooms occupied: (nearly) full
COUNT_VALID = timedelta(hours=36)  # a morning count of the rooms stands for so long


def _days(records: Records) -> list[str]:
    return sorted({str(r["date"]) for r in records if r.get("date")})


def last_day_visitors(records: Records) -> float | None:
    """Visitors at all sites on the last reported day (normally yesterday)."""
    days = _days(records)
    if not days:
        return None
    return float(sum(int(r.get("visitors") or 0) for r in records if r.get("date") == days[-1]))


def visitors_vs_plan(records: Records, days: int = 30) -> float | None:
    """Visitors of the last ``days`` reported days as a % of the plan for them."""
    kept = set(_days(records)[-days:])
    plan = sum(float(r.get("plan") or 0) for r in records if r.get("date") in kept)
    if not plan:
        return None
    return 100 * sum(float(r.get("visitors") or 0) for r in records if r.get("date") in kept) / plan


def revenue_month_to_date(records: Records) -> float | None:
    """Revenue of the sites (billion đồng) in the month of the last reported day."""
    days = _days(records)
    if not days:
        return None
    month = days[-1][:7]
    total = sum(
        float(r.get("revenue") or 0) for r in records if str(r.get("date", "")).startswith(month)
    )
    return total / 1000  # the records give million đồng


def events_this_week(records: Records, today: date | None = None) -> float:
    """Events not cancelled that run on some day of the current week (Monday to Sunday)."""
    today = today or city_today()
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    count = 0
    for event in records:
        try:
            start = datetime.fromisoformat(str(event["start"])).date()
            end = datetime.fromisoformat(str(event["end"])).date()
        except (KeyError, ValueError):
            continue
        if start <= sunday and end >= monday:
            count += 1
    return float(count)


def overcrowded(event: Mapping[str, Any], now: datetime) -> bool:
    crowd, capacity = event.get("visitors_now"), event.get("capacity")
    return (
        event.get("state") == "ongoing"
        and isinstance(crowd, int | float)
        and isinstance(capacity, int | float)
        and crowd > capacity > 0
    )


def crowd_text(event: Mapping[str, Any]) -> str:
    return (
        f"{event.get('name')} tại {event.get('place')}: khoảng {event.get('visitors_now'):,} "
        f"người, vượt sức chứa {event.get('capacity'):,} người."
    ).replace(",", ".")


def rooms_full(lodging: Mapping[str, Any], now: datetime) -> bool:
    """The lodging's last count found it (nearly) full, and that count is this morning's or
    yesterday's: an old count says nothing of tonight."""
    occupancy = lodging.get("occupancy")
    if not isinstance(occupancy, int | float) or occupancy < FULL_ROOMS:
        return False
    try:
        counted = datetime.fromisoformat(str(lodging.get("counted_at")))
    except ValueError:
        return False
    return counted.tzinfo is not None and now - counted <= COUNT_VALID


def rooms_text(lodging: Mapping[str, Any]) -> str:
    return (
        f"{lodging.get('name')} ({lodging.get('address')}): {lodging.get('occupied')}/"
        f"{lodging.get('rooms')} phòng có khách ({lodging.get('occupancy')} %)."
    )
