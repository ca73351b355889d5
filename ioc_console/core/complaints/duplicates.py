"""Possible duplicates of a complaint being taken: the same category, near the same place,
received in the last days. Read from the cache: a box around the point in SQL, then the
distance on the sphere for what the box let through."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from ioc_console.core.clock import CITY_TZ, city_now
from ioc_console.core.complaints.records import _SQL, ComplaintRow, row_from

RADIUS_M = 300.0
DAYS = 7
EARTH_M = 6_371_000.0


@dataclass(frozen=True)
class Duplicate:
    row: ComplaintRow
    distance_m: float


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_M * math.asin(min(1.0, math.sqrt(a)))


def find_duplicates(
    conn: sqlite3.Connection,
    category: str,
    lat: float,
    lon: float,
    *,
    radius_m: float = RADIUS_M,
    days: int = DAYS,
    now: datetime | None = None,
) -> list[Duplicate]:
    """Complaints of ``category`` within ``radius_m`` of (lat, lon) received in the last
    ``days`` days, nearest first."""
    now = now or city_now()
    since = (now - timedelta(days=days)).astimezone(CITY_TZ).isoformat(timespec="seconds")
    dlat = math.degrees(radius_m / EARTH_M)
    dlon = dlat / max(0.01, math.cos(math.radians(lat)))
    sql = (
        _SQL + " WHERE json_extract(body, '$.category') = ?"
        " AND json_extract(body, '$.requested_datetime') >= ?"
        " AND json_extract(body, '$.lat') BETWEEN ? AND ?"
        " AND json_extract(body, '$.long') BETWEEN ? AND ?"
        " AND json_extract(body, '$.deleted') IS NOT 1"
    )
    params = (category, since, lat - dlat, lat + dlat, lon - dlon, lon + dlon)
    found: list[Duplicate] = []
    for values in conn.execute(sql, params):
        row = row_from(values)
        if row.lat is None or row.lon is None:
            continue
        metres = distance_m(lat, lon, row.lat, row.lon)
        if metres <= radius_m:
            found.append(Duplicate(row, metres))
    return sorted(found, key=lambda d: d.distance_m)
