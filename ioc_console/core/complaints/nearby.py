"""The cameras near a complaint's place, nearest first (from the cache)."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass

from ioc_console.core.complaints.duplicates import EARTH_M, distance_m

CAMERA_RADIUS_M = 500.0


@dataclass(frozen=True)
class NearbyCamera:
    id: str
    name: str
    status: str
    distance_m: float


def cameras_near(
    conn: sqlite3.Connection, lat: float, lon: float, radius_m: float = CAMERA_RADIUS_M
) -> list[NearbyCamera]:
    dlat = math.degrees(radius_m / EARTH_M)
    dlon = dlat / max(0.01, math.cos(math.radians(lat)))
    sql = (
        "SELECT id, json_extract(body, '$.name'), json_extract(body, '$.status'), "
        "json_extract(body, '$.lat'), json_extract(body, '$.lon') FROM cameras "
        "WHERE json_extract(body, '$.lat') BETWEEN ? AND ? "
        "AND json_extract(body, '$.lon') BETWEEN ? AND ? "
        "AND json_extract(body, '$.deleted') IS NOT 1"
    )
    found = []
    for cid, name, status, clat, clon in conn.execute(
        sql, (lat - dlat, lat + dlat, lon - dlon, lon + dlon)
    ):
        if not isinstance(clat, int | float) or not isinstance(clon, int | float):
            continue
        metres = distance_m(lat, lon, float(clat), float(clon))
        if metres <= radius_m:
            found.append(NearbyCamera(str(cid), str(name or cid), str(status or ""), metres))
    return sorted(found, key=lambda c: c.distance_m)
