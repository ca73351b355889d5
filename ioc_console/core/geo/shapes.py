"""GeoJSON polygons from outside, checked and copied as plain lists of numbers."""

from __future__ import annotations

import math
from typing import Any


def _position(value: Any) -> list[float] | None:
    if not isinstance(value, (list, tuple)) or len(value) < 2:
        return None
    lon, lat = value[0], value[1]
    for v in (lon, lat):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            return None
    if abs(lon) > 180 or abs(lat) > 90:
        return None
    return [float(lon), float(lat)]


def _ring(value: Any) -> list[list[float]] | None:
    if not isinstance(value, (list, tuple)) or len(value) < 4:
        return None
    positions = [_position(p) for p in value]
    if any(p is None for p in positions):
        return None
    return positions  # type: ignore[return-value]


def _polygon(value: Any) -> list[list[list[float]]] | None:
    if not isinstance(value, (list, tuple)) or not value:
        return None
    rings = [_ring(r) for r in value]
    if any(r is None for r in rings):
        return None
    return rings  # type: ignore[return-value]


def clean_geometry(geometry: Any) -> dict | None:
    """A copy of a GeoJSON Polygon or MultiPolygon whose every position is a finite
    [lon, lat] in range and every ring has at least four positions; None otherwise."""
    if not isinstance(geometry, dict):
        return None
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        polygon = _polygon(coordinates)
        return None if polygon is None else {"type": "Polygon", "coordinates": polygon}
    if kind == "MultiPolygon" and isinstance(coordinates, (list, tuple)) and coordinates:
        polygons = [_polygon(p) for p in coordinates]
        if any(p is None for p in polygons):
            return None
        return {"type": "MultiPolygon", "coordinates": polygons}
    return None
