"""The areas of an alert's CAP message as shapes the map draws (only those touching the city).

The demo backend's alerts and the feed poller's carry their CAP message in ``cap``; the map
reads it again here. Results are kept per message text (alerts repeat, the map rebuilds its
features often) in a small bounded cache; a message that cannot be read gives no areas and
is logged once by the parser."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ioc_console.core.cap.alerts import LANGUAGES, placed_areas
from ioc_console.core.cap.areas import CityUnits
from ioc_console.core.cap.geometry import centre
from ioc_console.core.cap.parser import parse_document

MAX_AREAS = 50  # shapes drawn per alert: a warning for every commune of a province is enough


def alert_areas(
    cap: Any, city: CityUnits | None = None, languages: tuple[str, ...] = LANGUAGES
) -> list[dict[str, Any]]:
    """The shapes (GeoJSON-like, [lon, lat]) of the in-city areas of the CAP message ``cap``."""
    if not isinstance(cap, str) or not cap.strip():
        return []
    return [dict(s) for s in _areas(cap, city or _bundled(), languages)]


def with_areas(
    row: dict[str, Any],
    units: Callable[[], CityUnits] | None,
    marker: Callable[[dict[str, Any]], dict[str, Any] | None],
) -> dict[str, Any] | None:
    """The alert's ``marker`` feature with the shapes of its CAP areas that touch the city in
    ``areas`` (GeoJSON-like; a ``Circle`` has ``center`` and ``radius_m``); placed at the first
    area's centre when the record has no position of its own. ``units`` reads the city's
    units (once per map context: the map builds many features with one)."""
    from ioc_console.core.geo.values import lon_lat

    areas = alert_areas(row.get("cap"), _city(units) if units else None)
    if areas and lon_lat(row) is None and (middle := centre(areas[0])) is not None:
        row = {**row, "lon": middle[0], "lat": middle[1]}
    feature = marker(row)
    if feature is not None and areas:
        feature["areas"] = areas
    return feature


@lru_cache(maxsize=4)
def _city(units: Callable[[], CityUnits]) -> CityUnits:
    return units()


@lru_cache(maxsize=1)
def _bundled() -> CityUnits:
    return CityUnits.bundled()


@lru_cache(maxsize=4096)
def _areas(cap: str, city: CityUnits, languages: tuple[str, ...]) -> tuple[dict[str, Any], ...]:
    document = parse_document(cap)
    shapes: list[dict[str, Any]] = []
    for message in document.messages[:1]:
        for place in placed_areas(message, city, languages):
            if place.in_city:
                shapes.extend(place.shapes)
    return tuple(shapes[:MAX_AREAS])
