"""Cached records as GeoJSON features for the map.

A feature is a plain dict: ``{"type": "Feature", "id": <record id>, "geometry": ...,
"properties": {...}}``. Properties hold only strings, numbers, booleans and None: the map page
inserts every string as text, never as HTML. A record without usable coordinates (missing, not
numbers, out of range, or the (0, 0) placeholder) or marked deleted gives no feature; it is
logged once at debug level and never raises.

Conventions taken from the data: alert ``priority`` 1 is the highest (30 min SLA) and 4 the
lowest; complaints carry Open311 ``lat``/``long`` and their ``status`` is "open" or "closed"
(a complaint whose ``state`` is "resolved" or "closed" counts as closed); a complaint's ward on
the map is its ``current_ward`` (today's ward), like the dataset's ward field.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ioc_console.core.clock import CITY_TZ, city_now
from ioc_console.core.geo.rows import read_rows
from ioc_console.core.geo.shapes import clean_geometry
from ioc_console.core.geo.values import (
    city_time,
    iso_or_none,
    moment,
    number,
    optional_text,
    point_feature,
    skipped,
    text,
)
from ioc_console.core.store.datasets import BY_NAME

if TYPE_CHECKING:
    from ioc_console.core.cap.areas import CityUnits
    from ioc_console.core.geo.layers import MapLayerSpec
    from ioc_console.core.store.cache import Cache

log = logging.getLogger(__name__)

DUE_SOON = timedelta(hours=24)
CLOSED_STATES = frozenset({"closed", "resolved"})
STATE_CLASSES = ("open", "due_soon", "overdue", "closed")


@dataclass(frozen=True)
class FeatureContext:
    """What a feature builder needs besides the record: the city's ``now`` (aware), the current
    name of each ward code, the day the units layer shows, and where the city's units are read
    (when a CAP alert's areas need them)."""

    now: datetime
    ward_names: dict[str, str] = field(default_factory=dict)
    as_of: date | None = None
    units_source: Callable[[], CityUnits] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            object.__setattr__(self, "now", self.now.replace(tzinfo=CITY_TZ))
        if self.as_of is None:
            object.__setattr__(self, "as_of", self.now.astimezone(CITY_TZ).date())

    @classmethod
    def from_cache(
        cls, cache: Cache | None, now: datetime | None = None, as_of: date | None = None
    ) -> FeatureContext:
        now = now or city_now()
        if now.tzinfo is None:  # a time without zone is the city's
            now = now.replace(tzinfo=CITY_TZ)
        today = now.astimezone(CITY_TZ).date()
        from ioc_console.core.cap.areas import CityUnits

        return cls(now, ward_names(cache, today), as_of, lambda: CityUnits.from_cache(cache, today))


def ward_names(cache: Cache | None, today: date) -> dict[str, str]:
    """Ward code -> its name in force on ``today`` (a code no longer in force keeps its last
    name), from the cached units, else from the bundled list."""
    units: list[dict[str, Any]] = []
    try:
        units = read_rows(cache, "units", ("code", "name", "valid_from")) if cache else []
    except Exception as exc:  # a cache that cannot be read still gives names from the list
        log.debug("units could not be read for ward names: %s", exc)
    names: dict[str, tuple[str, str]] = {}
    for unit in units:
        code, name = unit.get("code"), unit.get("name")
        start = unit.get("valid_from") or ""
        if not (isinstance(code, str) and isinstance(name, str) and isinstance(start, str)):
            continue
        if start > today.isoformat():
            continue
        if code not in names or start >= names[code][0]:
            names[code] = (start, name)
    if names:
        return {code: name for code, (_, name) in names.items()}
    from ioc_console.core.domain.admin_units import all_units

    out: dict[str, str] = {}
    for admin_unit in sorted(all_units(), key=lambda u: u.valid_from or date.min):
        if admin_unit.valid_from is None or admin_unit.valid_from <= today:
            out[admin_unit.code] = admin_unit.name
    return out


def _ward(row: dict, ctx: FeatureContext, field_name: str = "ward") -> dict:
    code = text(row.get(field_name)) or text(row.get("ward"))
    return {"ward": code, "ward_name": ctx.ward_names.get(code, "")}


# -- the layers' features -------------------------------------------------------------------


def camera_feature(row: dict, ctx: FeatureContext) -> dict | None:
    return point_feature(
        "camera",
        row,
        lambda: {
            "name": text(row.get("name")),
            **_ward(row, ctx),
            "status": text(row.get("status")),
            "direction_deg": number(row.get("direction_deg")),
            "fov_deg": number(row.get("fov_deg")),
            "domain": text(row.get("domain")),
        },
    )


def complaint_deadline(row: dict) -> str | None:
    return iso_or_none(row.get("legal_deadline")) or iso_or_none(row.get("expected_datetime"))


def state_class(row: dict, now: datetime) -> str:
    """ "closed" (closed or resolved), "overdue" (deadline passed), "due_soon" (deadline within
    24 h) or "open" (no deadline, or more than 24 h away)."""
    if row.get("status") == "closed" or row.get("state") in CLOSED_STATES:
        return "closed"
    deadline = moment(complaint_deadline(row))
    if deadline is None:
        return "open"
    if deadline <= now:
        return "overdue"
    return "due_soon" if deadline - now <= DUE_SOON else "open"


def complaint_feature(row: dict, ctx: FeatureContext) -> dict | None:
    return point_feature(
        "complaint",
        row,
        lambda: {
            "title": text(row.get("service_name")),
            "text": text(row.get("description")),
            "status": text(row.get("status")),
            "state_class": state_class(row, ctx.now),
            "deadline": city_time(complaint_deadline(row)),
            "received": city_time(row.get("requested_datetime"))
            or text(row.get("requested_datetime")),
            **_ward(row, ctx, BY_NAME["complaints"].ward_field),
            "channel": text(row.get("channel")),
            "address": text(row.get("address")),
        },
    )


def complaint_refresh_at(feature: dict) -> datetime | None:
    """When a complaint's ``state_class`` changes with time alone (open -> due soon ->
    overdue), so the map rebuilds it although its record did not change."""
    props = feature["properties"]
    deadline = moment(props.get("deadline"))
    if deadline is None:
        return None
    return {"open": deadline - DUE_SOON, "due_soon": deadline}.get(props.get("state_class"))


def _related(row: dict, key: str) -> str | None:
    related = row.get("related")
    return optional_text(related.get(key)) if isinstance(related, dict) else None


def alert_feature(row: dict, ctx: FeatureContext) -> dict | None:
    """An alert's marker, with a CAP alert's in-city areas (see core/cap/map_areas.py)."""
    if isinstance(row, dict) and isinstance(row.get("cap"), str) and row.get("deleted") is not True:
        from ioc_console.core.cap.map_areas import with_areas

        return with_areas(row, ctx.units_source, lambda r: _alert_marker(r, ctx))
    return _alert_marker(row, ctx)


def _alert_marker(row: dict, ctx: FeatureContext) -> dict | None:
    priority = row.get("priority")
    camera = _related(row, "camera")
    if camera is None and row.get("type") == "ai_detection":
        camera = optional_text(row.get("source"))  # a detection's source is its camera
    return point_feature(
        "alert",
        row,
        lambda: {
            "title": text(row.get("title")),
            "text": text(row.get("description")),
            "priority": priority if isinstance(priority, int) and priority is not True else None,
            "state": text(row.get("state")),
            "is_new": row.get("state") == "new",
            "type": text(row.get("type")),
            **_ward(row, ctx),
            "created": city_time(row.get("created_at")) or text(row.get("created_at")),
            "camera_id": camera,
            "complaint_id": _related(row, "complaint"),
        },
    )


def facility_feature(row: dict, ctx: FeatureContext) -> dict | None:
    return point_feature(
        "facility",
        row,
        lambda: {
            "name": text(row.get("name")),
            "category": text(row.get("kind")),
            "domain": text(row.get("domain")),
            "address": text(row.get("address")),
            **_ward(row, ctx),
        },
    )


def unit_valid_on(row: dict, day: date) -> bool:
    start, end = row.get("valid_from"), row.get("valid_to")
    stamp = day.isoformat()
    return (not isinstance(start, str) or start <= stamp) and (
        not isinstance(end, str) or stamp < end
    )


def unit_feature(row: dict, ctx: FeatureContext) -> dict | None:
    """A unit's shape (a Point at its centre when it has none); None unless valid on
    ``ctx.as_of``."""
    if not isinstance(row, dict) or row.get("deleted") is True:
        return None
    assert ctx.as_of is not None  # __post_init__ gives every context its day
    if not unit_valid_on(row, ctx.as_of):
        return None
    properties = {
        "name": text(row.get("name")),
        "code": text(row.get("code")),
        "unit_kind": text(row.get("kind")),
        "valid_from": optional_text(row.get("valid_from")),
        "valid_to": optional_text(row.get("valid_to")),
        "quality": text(row.get("geometry_quality")),
    }
    geometry = clean_geometry(row.get("geometry"))
    if geometry is None:
        return point_feature("unit", row, lambda: properties)
    if not isinstance(row.get("id"), str) or not row["id"]:
        skipped("unit", row, "no id")
        return None
    return {
        "type": "Feature",
        "id": row["id"],
        "geometry": geometry,
        "properties": {"kind": "unit", **properties},
    }


# The record keys each builder reads: a layer that names them reads only those from the cache
# (a complaint's body is ten times larger than what its marker needs).
POINT_KEYS = ("id", "deleted", "lat", "lon", "long")
CAMERA_KEYS = (*POINT_KEYS, "name", "ward", "status", "direction_deg", "fov_deg", "domain")
COMPLAINT_KEYS = (
    *POINT_KEYS,
    "service_name",
    "description",
    "status",
    "state",
    "legal_deadline",
    "expected_datetime",
    "requested_datetime",
    "current_ward",
    "ward",
    "channel",
    "address",
)
ALERT_KEYS = (
    *POINT_KEYS,
    "title",
    "description",
    "priority",
    "state",
    "type",
    "ward",
    "created_at",
    "related",
    "source",
    "cap",
)
FACILITY_KEYS = (*POINT_KEYS, "name", "kind", "domain", "address", "ward")


def layer_features(spec: MapLayerSpec, cache: Cache | None, ctx: FeatureContext) -> list[dict]:
    """Every feature of one layer from the cache (for ``units``, those valid on
    ``ctx.as_of``)."""
    if spec.feature is None:
        return []
    build = spec.feature
    features = []
    for row in read_rows(cache, spec.dataset, spec.keys, spec.where, tuple(spec.params)):
        try:
            feature = build(row, ctx)
        except Exception as exc:  # a plugin's builder must not break the map
            skipped(spec.id, row, f"its feature builder failed: {exc!r}")
            continue
        if feature is not None:
            features.append(feature)
    return features
