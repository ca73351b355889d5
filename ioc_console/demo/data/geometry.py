"""Approximate unit polygons: Voronoi cells of the unit centres, clipped to a box round the city.

The real boundaries are not bundled; these shapes only place things on the map plausibly and
are labelled ``geometry_quality: "approximate"``. Cells of units that merged are split along the
bisector of their centres, and a 2025-07 ward is the union of its members' cells, so the three
periods nest exactly.
"""

from __future__ import annotations

import random
from collections import defaultdict

Point = tuple[float, float]  # (lon, lat)
Ring = list[Point]

# A box round Cao Lãnh city (about 13 km x 10.5 km).
BOX: Ring = [(105.565, 10.41), (105.685, 10.41), (105.685, 10.505), (105.565, 10.505)]


def clip(ring: Ring, a: Point, b: Point) -> Ring:
    """The part of convex ``ring`` that is nearer to ``a`` than to ``b`` (Sutherland-Hodgman)."""
    nx, ny = b[0] - a[0], b[1] - a[1]
    c = (b[0] ** 2 + b[1] ** 2 - a[0] ** 2 - a[1] ** 2) / 2

    def side(p: Point) -> float:
        return c - (p[0] * nx + p[1] * ny)  # > 0: nearer to a

    out: Ring = []
    for i, p in enumerate(ring):
        q = ring[(i + 1) % len(ring)]
        sp, sq = side(p), side(q)
        if sp >= 0:
            out.append(p)
        if (sp >= 0) != (sq >= 0):
            t = sp / (sp - sq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def voronoi(sites: dict[str, Point], box: Ring = BOX) -> dict[str, Ring]:
    """The cell of each site inside ``box``."""
    cells = {}
    for key, site in sites.items():
        ring = list(box)
        for other_key, other in sites.items():
            if other_key != key:
                ring = clip(ring, site, other)
        cells[key] = ring
    return cells


def _key(p: Point) -> tuple[int, int]:
    return round(p[0] * 1e6), round(p[1] * 1e6)


def union(rings: list[Ring]) -> Ring:
    """The outline of adjacent cells of one partition: edges they share cancel out."""
    edges: dict[tuple, int] = defaultdict(int)
    for ring in rings:
        keys = [_key(p) for p in ring]
        keys = [k for i, k in enumerate(keys) if k != keys[i - 1]]
        for i, k in enumerate(keys):
            edges[(k, keys[(i + 1) % len(keys)])] += 1
    directed = {e for e in edges if (e[1], e[0]) not in edges}
    nxt = dict(directed)
    if len(nxt) != len(directed):
        return hull([p for r in rings for p in r])
    start = min(nxt)
    out, cur = [start], nxt[start]
    while cur != start and len(out) <= len(nxt):
        out.append(cur)
        cur = nxt.get(cur, start)
    if len(out) != len(nxt):  # not one simple outline: fall back to the hull
        return hull([p for r in rings for p in r])
    return [(x / 1e6, y / 1e6) for x, y in out]


def hull(points: list[Point]) -> Ring:
    """Convex hull, counter-clockwise (monotone chain)."""
    pts = sorted(set(points))

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: Ring = []
    upper: Ring = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def area(ring: Ring) -> float:
    """Signed area (> 0 when counter-clockwise)."""
    return sum(
        p[0] * q[1] - q[0] * p[1] for p, q in zip(ring, ring[1:] + ring[:1], strict=True)
    ) / 2


def contains(ring: Ring, p: Point) -> bool:
    """Point in polygon (even-odd rule)."""
    inside = False
    x, y = p
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def point_in(rng: random.Random, ring: Ring, margin: float = 0.0) -> Point:
    """A random point inside ``ring``, at least roughly ``margin`` degrees from its bounding box."""
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    for _ in range(1000):
        p = (rng.uniform(min(xs) + margin, max(xs) - margin),
             rng.uniform(min(ys) + margin, max(ys) - margin))
        if contains(ring, p):
            return round(p[0], 6), round(p[1], 6)
    return centroid(ring)


def centroid(ring: Ring) -> Point:
    a = area(ring)
    cx = sum((p[0] + q[0]) * (p[0] * q[1] - q[0] * p[1])
             for p, q in zip(ring, ring[1:] + ring[:1], strict=True))
    cy = sum((p[1] + q[1]) * (p[0] * q[1] - q[0] * p[1])
             for p, q in zip(ring, ring[1:] + ring[:1], strict=True))
    return round(cx / (6 * a), 6), round(cy / (6 * a), 6)


def geojson(ring: Ring) -> dict:
    """A GeoJSON Polygon, exterior ring counter-clockwise and closed, 6 decimals."""
    pts = list(ring) if area(ring) > 0 else list(reversed(ring))
    coords = [[round(x, 6), round(y, 6)] for x, y in pts]
    return {"type": "Polygon", "coordinates": [[*coords, coords[0]]]}
