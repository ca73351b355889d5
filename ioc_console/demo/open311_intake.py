"""A GeoReport v2 POST becomes a new complaint: placed in today's ward whose area holds the
point (a point outside the city is refused), numbered after the year's last complaint, received
on the 1022 website channel, due by its category's legal deadline (working days, 17:00) as the
complaints of the demo world are."""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from werkzeug.datastructures import MultiDict

from .store import Store
from .timeutil import fmt

MAX_DESCRIPTION = 4000
DEFAULT_DEADLINE_DAYS = 10  # working days
_NUMBER = re.compile(r"^PA-(\d{4})-(\d+)$")


def _coordinates(form: MultiDict) -> tuple[float, float] | None:
    lat, lon = form.get("lat"), form.get("long")
    if not lat and not lon:
        return None
    try:
        point = float(lat or ""), float(lon or "")
    except ValueError as exc:
        raise ValueError("lat and long must both be given as decimal degrees.") from exc
    if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
        raise ValueError("lat or long is out of range.")
    return point


def _media_url(form: MultiDict) -> str | None:
    """The request's ``media_url``: an absolute http or https URL, or none (ValueError for any
    other scheme, ``javascript:`` and ``file:`` included)."""
    text = (form.get("media_url") or "").strip()
    if not text:
        return None
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - a port that is no number raises ValueError
    except ValueError as exc:
        raise ValueError("media_url is not a URL.") from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("media_url must be an http or https URL with a host.")
    return text


def _next_id(store: Store, year: int) -> str:
    numbers = [
        int(match.group(2))
        for complaint in store.items("complaints")
        if (match := _NUMBER.match(complaint["id"])) and int(match.group(1)) == year
    ]
    return f"PA-{year}-{max(numbers, default=0) + 1:06d}"


def _inside(ring: list, lon: float, lat: float) -> bool:
    """Whether (lon, lat) lies inside the closed ``ring`` of GeoJSON positions (even-odd rule;
    a point on an edge counts as inside)."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (x1, y1) == (lon, lat):
            return True
        if (y1 > lat) != (y2 > lat):
            x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if x == lon:
                return True
            if x > lon:
                inside = not inside
    return inside


def _covers(unit: dict, lon: float, lat: float) -> bool:
    geometry = unit.get("geometry") or {}
    rings = geometry.get("coordinates") or []
    if geometry.get("type") == "MultiPolygon":
        polygons = rings
    elif geometry.get("type") == "Polygon":
        polygons = [rings]
    else:
        return False
    for polygon in polygons:
        outer = [tuple(p[:2]) for p in polygon[0]] if polygon else []
        holes = [[tuple(p[:2]) for p in ring] for ring in polygon[1:]]
        if outer and _inside(outer, lon, lat) and not any(_inside(h, lon, lat) for h in holes):
            return True
    return False


def _unit_at(store: Store, point: tuple[float, float] | None) -> dict | None:
    """Today's unit whose area holds ``point`` (the first of today's units when no point is
    given; the one with the nearest centre when no unit has a geometry). ValueError for a point
    outside every unit of the city."""
    units = [u for u in store.items("units") if not u.get("valid_to")]
    if not units:
        return None
    if point is None:
        return units[0]
    lat, lon = point
    if not any(u.get("geometry") for u in units):
        return min(units, key=lambda u: (u["lat"] - lat) ** 2 + (u["lon"] - lon) ** 2)
    for unit in units:
        if _covers(unit, lon, lat):
            return unit
    raise ValueError(f"The point lat {lat}, long {lon} lies outside the city; this server takes "
                     f"service requests of its own wards only.")


def _agency(store: Store, service_code: str, ward: str | None, unit: dict | None) -> str | None:
    for complaint in reversed(store.items("complaints")):
        if complaint.get("service_code") == service_code and complaint.get("current_ward") == ward:
            return complaint.get("agency_responsible")
    return f"UBND {unit['name']}" if unit else None


def _deadline(now: datetime, service: dict) -> datetime:
    """The legal deadline of a request received ``now``: 17:00 on the category's number of
    working days later (the service's ``deadline_days`` for a service of no known category)."""
    from .data.services import BY_CODE
    from .data.times import deadline_after

    category = BY_CODE.get(service["service_code"])
    days = category.deadline_days if category else service.get("deadline_days")
    return deadline_after(now, int(days or DEFAULT_DEADLINE_DAYS))


def create_request(store: Store, form: MultiDict) -> dict:
    """Store the complaint; the GeoReport answer ``{service_request_id, service_notice,
    account_id}``. ValueError for a bad form, LookupError for an unknown service."""
    code = (form.get("service_code") or "").strip()
    if not code:
        raise ValueError("service_code is required.")
    service = next((s for s in store.services if s["service_code"] == code), None)
    if service is None:
        raise LookupError(f"No service with service_code {code!r}.")
    point = _coordinates(form)
    address = (form.get("address_string") or "").strip() or None
    if point is None and address is None and not form.get("address_id"):
        raise ValueError("A location is required: lat and long, address_string or address_id.")
    description = form.get("description") or ""
    media_url = _media_url(form)
    if len(description) > MAX_DESCRIPTION:
        raise ValueError(f"description is longer than {MAX_DESCRIPTION} characters.")
    with store.lock:
        now = store.clock.now()
        unit = _unit_at(store, point)
        ward = unit["current_ward"] if unit else None
        lat, lon = point if point else ((unit["lat"], unit["lon"]) if unit else (None, None))
        sid = _next_id(store, now.year)
        deadline = fmt(_deadline(now, service))
        at = fmt(now)
        complaint = {
            "id": sid,
            "service_request_id": sid,
            "service_code": code,
            "service_name": service.get("service_name"),
            "description": description or None,
            "status": "open",
            "status_notes": None,
            "agency_responsible": _agency(store, code, ward, unit),
            "requested_datetime": at,
            "updated_datetime": at,
            "expected_datetime": deadline,
            "address": address or (unit["name"] if unit else None),
            "lat": lat,
            "long": lon,
            "media_url": media_url,
            "channel": "website",
            "ward": unit["code"] if unit else None,
            "unit_id": unit["id"] if unit else None,
            "current_ward": ward,
            "category": code,
            "legal_deadline": deadline,
            "state": "received",
            "status_history": [
                {"state": "received", "at": at, "by": "open311", "note": "Tiếp nhận qua Open311"}
            ],
            "resolution": None,
            "satisfaction": None,
            "satisfied": None,
        }
        store.put("complaints", complaint)
    notice = f"Đã tiếp nhận phản ánh {sid}; hạn xử lý {deadline[:10]}."
    return {"service_request_id": sid, "service_notice": notice,
            "account_id": form.get("account_id") or None}
