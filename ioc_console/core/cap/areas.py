"""CAP areas placed on the city: their shapes (geocodes resolved against the city's units) and
whether they touch the city at all.

The city is its administrative units: the shapes the cache holds (the ``units`` dataset), else
the bundled unit centres, each taken as a disc of :data:`CENTRE_RADIUS_M`. A geocode names a
unit when its ``valueName`` is a Vietnamese unit-code scheme (GSO, "mã ĐVHC") and its value a
unit's code; it then stands for that unit's shape. An area with no shape and no geocode of ours
touches the city only when its description names the city, the province or one of the units.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ioc_console.core.cap import geometry
from ioc_console.core.cap.model import Area
from ioc_console.core.text import fold

if TYPE_CHECKING:
    from ioc_console.core.store.cache import Cache

log = logging.getLogger(__name__)

CENTRE_RADIUS_M = 2500.0  # a unit known only by its centre
UNIT_CODE_SCHEMES = ("gso", "dvhc", "ma dvhc", "vn-gso", "admin_unit")
CITY_NAMES = ("cao lanh", "dong thap")


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    shape: dict[str, Any]
    ward: str | None = None  # the code of today's ward the unit lies in


@dataclass(frozen=True)
class PlacedArea:
    area: Area
    shapes: tuple[dict[str, Any], ...]  # the area's own shapes and its geocodes' unit shapes
    units: tuple[Unit, ...]  # the units its geocodes name
    in_city: bool


class CityUnits:
    """The city's units as shapes, to place CAP areas against."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self.units = tuple(units)
        self._by_code: dict[str, Unit] = {}
        for unit in self.units:
            self._by_code.setdefault(unit.code, unit)
        self._names = tuple(dict.fromkeys(fold(u.name) for u in self.units if u.name))
        # equal units compare equal (the map's cache of areas keys on them)
        self._key = tuple((u.code, u.ward, repr(u.shape)) for u in self.units)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CityUnits) and other._key == self._key

    def __hash__(self) -> int:
        return hash(self._key)

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]], today: date | None = None) -> CityUnits:
        """From ``units`` dataset records with a Polygon/MultiPolygon ``geometry`` (or a
        centre in ``lat``/``lon``); those in force ``today`` first, so a code reused across
        periods resolves to today's unit."""
        stamp = (today or date.today()).isoformat()
        units: list[tuple[bool, Unit]] = []
        for row in rows:
            if not isinstance(row, dict) or row.get("deleted") is True:
                continue
            code, name = row.get("code"), row.get("name")
            shape = _row_shape(row)
            if not isinstance(code, str) or shape is None:
                continue
            start, end = row.get("valid_from") or "", row.get("valid_to") or "9999"
            in_force = str(start) <= stamp < str(end)
            ward = row.get("current_ward")
            units.append((in_force, Unit(code, str(name or ""), shape,
                                         ward if isinstance(ward, str) else None)))
        units.sort(key=lambda pair: not pair[0])
        return cls(u for _, u in units)

    @classmethod
    def bundled(cls) -> CityUnits:
        """From the bundled list: every unit with a known centre."""
        from ioc_console.core.domain.admin_units import all_units, current_ward

        units = []
        for unit in all_units():
            if unit.lat is not None and unit.lon is not None:
                shape = {"type": "Circle", "center": [unit.lon, unit.lat],
                         "radius_m": CENTRE_RADIUS_M}
                units.append(Unit(unit.code, unit.name, shape, current_ward(unit).code))
        return cls(units)

    @classmethod
    def from_cache(cls, cache: Cache | None, today: date | None = None) -> CityUnits:
        """The cached unit shapes, or the bundled centres when the cache has none."""
        if cache is not None:
            try:
                placed = cls.from_rows(cache.items("units"), today)
                if placed.units:
                    return placed
            except Exception as exc:  # an unreadable cache still leaves the bundled list
                log.warning("CAP: the cached units could not be read: %s", exc)
        return cls.bundled()

    def unit_for(self, name: str, value: str) -> Unit | None:
        """The unit a geocode names, if it is one of ours."""
        scheme = fold(name).replace("_", " ").strip()
        if not any(s in scheme for s in UNIT_CODE_SCHEMES):
            return None
        return self._by_code.get(value.strip())

    def place(self, area: Area) -> PlacedArea:
        named = tuple(u for u in (self.unit_for(n, v) for n, v in area.geocodes) if u)
        shapes = (*area.shapes, *(u.shape for u in named))
        if not self.units:  # nothing to compare with: nothing is known to be elsewhere
            return PlacedArea(area, shapes, named, True)
        if named:
            return PlacedArea(area, shapes, named, True)
        if area.shapes:
            touches = any(
                geometry.intersects(s, u.shape) for s in area.shapes for u in self.units
            )
            return PlacedArea(area, shapes, named, touches)
        desc = fold(area.desc)
        mentioned = any(n in desc for n in CITY_NAMES) or any(
            n in desc for n in self._names if len(n) > 4
        )
        return PlacedArea(area, shapes, named, mentioned)


def _row_shape(row: dict[str, Any]) -> dict[str, Any] | None:
    from ioc_console.core.geo.shapes import clean_geometry

    shape = clean_geometry(row.get("geometry"))
    if shape is not None:
        return shape
    lat, lon = row.get("lat"), row.get("lon")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
        return {"type": "Circle", "center": [float(lon), float(lat)],
                "radius_m": CENTRE_RADIUS_M}
    return None
