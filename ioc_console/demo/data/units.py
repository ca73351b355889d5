"""The administrative units of every period, with centres, approximate shapes and lookups.

2019 units have no published centre: a unit that continued unchanged in 2025 takes its
successor's centre; the two pairs that merged (Phường 1 + Phường 2, Phường 11 + xã Mỹ Ngãi) are
offset by fixed amounts from their successor's centre (halved until inside its cell). A 2025-07
ward is centred on the member whose code it reuses (its seat).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ioc_console.core.domain.admin_units import (
    REFORM_2025_07,
    AdminUnit,
    all_units,
    current_ward,
    successor,
)

from . import geometry as geo
from .times import iso

# Fixed (lon, lat) offsets of the 2019 units that merged, from their 2025-01 successor's centre.
_MERGED_OFFSETS = {
    "29866": (-0.004, 0.003),  # Phường 1 (2019)
    "29869": (0.004, -0.003),  # Phường 2
    "29863": (0.008, 0.002),  # Phường 11, towards the city centre
    "29881": (-0.005, 0.005),  # Xã Mỹ Ngãi
}


_MID_PERIOD = date(2025, 3, 1)


def unit_id(unit: AdminUnit) -> str:
    return f"{unit.code}@{unit.valid_from.isoformat() if unit.valid_from else 'origin'}"


@dataclass
class Atlas:
    """Every unit with its centre and polygon, and the questions the generators ask of them."""

    units: list[AdminUnit]
    centres: dict[str, geo.Point] = field(default_factory=dict)  # by unit id
    rings: dict[str, geo.Ring] = field(default_factory=dict)

    def in_force(self, day: date) -> list[AdminUnit]:
        return [u for u in self.units if u.valid_on(day)]

    def unit_at(self, point: geo.Point, day: date) -> AdminUnit:
        """The unit in force on ``day`` that holds ``point`` (the nearest centre if none does)."""
        candidates = self.in_force(day)
        for u in candidates:
            if geo.contains(self.rings[unit_id(u)], point):
                return u
        return min(candidates, key=lambda u: _dist2(self.centres[unit_id(u)], point))

    def ward_at(self, point: geo.Point) -> AdminUnit:
        """Today's ward (in force from 1 Jul 2025) that holds ``point``."""
        return self.unit_at(point, REFORM_2025_07)

    def ring(self, unit: AdminUnit) -> geo.Ring:
        return self.rings[unit_id(unit)]

    def by_name(self, name: str, day: date) -> AdminUnit:
        return next(u for u in self.in_force(day) if u.name == name)

    def near(self, unit_name: str, offset: tuple[float, float]) -> geo.Point:
        """A point ``offset`` (lon, lat degrees) from the centre of a 2025-01 unit."""
        cx, cy = self.centres[unit_id(self.by_name(unit_name, _MID_PERIOD))]
        return round(cx + offset[0], 6), round(cy + offset[1], 6)


def _dist2(a: geo.Point, b: geo.Point) -> float:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def build_atlas() -> Atlas:
    units = list(all_units())
    atlas = Atlas(units)
    mid = [u for u in units if u.valid_from is not None and u.valid_to is not None]
    for u in mid:
        atlas.centres[unit_id(u)] = (u.lon, u.lat)
    cells = geo.voronoi({unit_id(u): (u.lon, u.lat) for u in mid})
    atlas.rings.update(cells)
    old = [u for u in units if u.valid_from is None]
    for u in old:
        nxt = successor(u)
        dx, dy = _MERGED_OFFSETS.get(u.code, (0.0, 0.0))
        # halve the offset until the centre lies inside the successor's cell
        while not geo.contains(cells[unit_id(nxt)], (nxt.lon + dx, nxt.lat + dy)):
            dx, dy = dx / 2, dy / 2
        atlas.centres[unit_id(u)] = (round(nxt.lon + dx, 6), round(nxt.lat + dy, 6))
    for u in old:
        nxt = successor(u)
        ring = cells[unit_id(nxt)]
        for other in old:
            if other is not u and successor(other) is nxt:
                ring = geo.clip(ring, atlas.centres[unit_id(u)], atlas.centres[unit_id(other)])
        atlas.rings[unit_id(u)] = ring
    for w in (u for u in units if u.valid_to is None):
        members = [m for m in mid if current_ward(m) is w]
        seat = next(m for m in members if m.code == w.code)
        atlas.centres[unit_id(w)] = (seat.lon, seat.lat)
        atlas.rings[unit_id(w)] = geo.union([cells[unit_id(m)] for m in members])
    return atlas


def unit_items(atlas: Atlas, now: datetime) -> list[dict]:
    """The ``units`` dataset."""
    items = []
    stamp = iso(min(now, datetime.fromisoformat("2025-07-01T00:00:00+07:00")))
    for u in atlas.units:
        lon, lat = atlas.centres[unit_id(u)]
        items.append({
            "id": unit_id(u),
            "code": u.code,
            "name": u.name,
            "kind": u.kind,
            "valid_from": u.valid_from.isoformat() if u.valid_from else None,
            "valid_to": u.valid_to.isoformat() if u.valid_to else None,
            "current_ward": current_ward(u).code,
            "lat": lat,
            "lon": lon,
            "geometry": geo.geojson(atlas.ring(u)),
            "geometry_quality": "approximate",
            "updated_at": stamp,
            "deleted": False,
        })
    return items
