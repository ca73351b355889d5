"""Plane geometry for CAP areas near the city: does an area touch a unit's shape at all?

Shapes are GeoJSON-like dicts in [lon, lat] (Polygon, MultiPolygon, Point, and the CAP circle
``{"type": "Circle", "center": [lon, lat], "radius_m": r}``). Tests first compare bounding boxes
in degrees (a flood warning a thousand kilometres away ends there), then work in metres on a
plane tangent at the shapes' latitude, which is exact enough at a city's scale. Holes are
ignored: an area that only touches a hole of a unit still counts as touching it.
"""

from __future__ import annotations

import math
from typing import Any

M_PER_DEG = 111_320.0
Box = tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
XY = tuple[float, float]


def rings(shape: dict[str, Any]) -> list[list[list[float]]]:
    """The outer rings of a polygonal shape ([] for a point or circle)."""
    kind, coords = shape.get("type"), shape.get("coordinates")
    if kind == "Polygon" and coords:
        return [coords[0]]
    if kind == "MultiPolygon" and coords:
        return [polygon[0] for polygon in coords if polygon]
    return []


def disc(shape: dict[str, Any]) -> tuple[list[float], float] | None:
    """A point or circle as (centre [lon, lat], radius in metres); None for a polygon."""
    if shape.get("type") == "Point":
        return list(shape["coordinates"]), 0.0
    if shape.get("type") == "Circle":
        return list(shape["center"]), float(shape.get("radius_m") or 0.0)
    return None


def box(shape: dict[str, Any]) -> Box | None:
    round_ = disc(shape)
    if round_ is not None:
        (lon, lat), radius = round_
        dlat = radius / M_PER_DEG
        dlon = radius / (M_PER_DEG * max(math.cos(math.radians(lat)), 0.01))
        return lon - dlon, lat - dlat, lon + dlon, lat + dlat
    points = [p for ring in rings(shape) for p in ring]
    if not points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


def centre(shape: dict[str, Any]) -> tuple[float, float] | None:
    """(lon, lat) of a shape's middle: a circle's centre, a polygon's box centre."""
    round_ = disc(shape)
    if round_ is not None:
        return round_[0][0], round_[0][1]
    b = box(shape)
    return None if b is None else ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)


def _boxes_meet(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def intersects(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two shapes share at least one point."""
    box_a, box_b = box(a), box(b)
    if box_a is None or box_b is None or not _boxes_meet(box_a, box_b):
        return False
    lat0 = math.radians((box_a[1] + box_a[3] + box_b[1] + box_b[3]) / 4)
    kx = M_PER_DEG * math.cos(lat0)

    def xy(p: list[float]) -> XY:
        return p[0] * kx, p[1] * M_PER_DEG

    disc_a, disc_b = disc(a), disc(b)
    rings_a = [[xy(p) for p in r] for r in rings(a)]
    rings_b = [[xy(p) for p in r] for r in rings(b)]
    if disc_a and disc_b:
        (ca, ra), (cb, rb) = disc_a, disc_b
        return math.dist(xy(ca), xy(cb)) <= ra + rb
    if disc_a or disc_b:
        (c, r), polys = (disc_a, rings_b) if disc_a else (disc_b, rings_a)  # type: ignore[misc]
        point = xy(c)
        return any(_inside(point, ring) or _distance(point, ring) <= r for ring in polys)
    return any(_rings_meet(ra_, rb_) for ra_ in rings_a for rb_ in rings_b)


def _inside(point: XY, ring: list[XY]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def _segment_distance(p: XY, a: XY, b: XY) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _distance(point: XY, ring: list[XY]) -> float:
    pairs = zip(ring, ring[1:] + ring[:1], strict=True)
    return min((_segment_distance(point, a, b) for a, b in pairs), default=math.inf)


def _cross(o: XY, a: XY, b: XY) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _segments_cross(p1: XY, p2: XY, q1: XY, q2: XY) -> bool:
    d1, d2 = _cross(q1, q2, p1), _cross(q1, q2, p2)
    d3, d4 = _cross(p1, p2, q1), _cross(p1, p2, q2)
    if ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)):
        return True
    return _segment_distance(p1, q1, q2) == 0 or _segment_distance(q1, p1, p2) == 0


def _rings_meet(a: list[XY], b: list[XY]) -> bool:
    if not a or not b:
        return False
    if _inside(a[0], b) or _inside(b[0], a):
        return True
    edges_b = list(zip(b, b[1:] + b[:1], strict=True))
    return any(
        _segments_cross(p, q, r, s)
        for p, q in zip(a, a[1:] + a[:1], strict=True)
        for r, s in edges_b
    )
