"""The city's time: Asia/Ho_Chi_Minh (UTC+7, no daylight saving), whatever the machine's zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

CITY_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def city_now() -> datetime:
    return datetime.now(CITY_TZ)


def city_today() -> date:
    """Today's date in the city (near midnight it may differ from the machine's)."""
    return city_now().date()


def stamp() -> str:
    """Now in the city's zone, to the second, as ISO 8601 text (for what the cache records)."""
    return city_now().isoformat(timespec="seconds")
