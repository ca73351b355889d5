"""Values from outside made plain for the map page: text, numbers, times and coordinates.

Records come from the backend and may hold anything; these helpers turn a field into a plain
string, number or None, and a record into a GeoJSON point only when its coordinates are usable.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ioc_console.core.clock import CITY_TZ, read_time

log = logging.getLogger(__name__)
_LOGGED: set[tuple[str, str]] = set()
_LOGGED_MAX = 10_000


def text(value: Any) -> str:
    """A string property: text as given, numbers as text, anything else ''."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    return ""


def number(value: Any) -> float | int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value if math.isfinite(value) else None


def optional_text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def moment(value: Any) -> datetime | None:
    """An ISO 8601 time as an aware datetime (a time without offset is the city's); None when
    unreadable. See :func:`~ioc_console.core.clock.read_time`."""
    return read_time(value)


def city_time(value: Any) -> str | None:
    """An ISO 8601 time as the city's clock reads it (the map shows a time as written)."""
    when = moment(value)
    return when.astimezone(CITY_TZ).isoformat() if when is not None else None


def iso_or_none(value: Any) -> str | None:
    return value if moment(value) is not None else None


def _coordinate(value: Any, limit: float) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if not isinstance(value, (int, float)) or not math.isfinite(value) or abs(value) > limit:
        return None
    return float(value)


def lon_lat(row: dict) -> tuple[float, float] | None:
    """The record's (lon, lat), from ``lat`` and ``lon`` (or Open311's ``long``)."""
    lon = row.get("lon")
    lat = _coordinate(row.get("lat"), 90.0)
    lon = _coordinate(row.get("long") if lon is None else lon, 180.0)
    if lat is None or lon is None or (lat == 0.0 and lon == 0.0):
        return None
    return lon, lat


def skipped(kind: str, row: Any, why: str) -> None:
    """Log once (debug) that a record gives no feature."""
    key = (kind, str(row.get("id") if isinstance(row, dict) else row))
    if key not in _LOGGED:
        if len(_LOGGED) >= _LOGGED_MAX:
            _LOGGED.clear()
        _LOGGED.add(key)
        log.debug("%s %s is not on the map: %s", kind, key[1], why)


def point_feature(kind: str, row: Any, properties: Callable[[], dict]) -> dict | None:
    """A Point feature of ``row`` with ``properties()``, or None (logged once)."""
    if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not row["id"]:
        skipped(kind, row, "no id")
        return None
    if row.get("deleted") is True:
        return None
    point = lon_lat(row)
    if point is None:
        skipped(kind, row, "no usable coordinates")
        return None
    return {
        "type": "Feature",
        "id": row["id"],
        "geometry": {"type": "Point", "coordinates": [point[0], point[1]]},
        "properties": {"kind": kind, **properties()},
    }
