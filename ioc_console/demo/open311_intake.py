"""A GeoReport v2 POST becomes a new complaint: placed in today's ward nearest to the point,
numbered after the year's last complaint, received on the 1022 website channel."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from werkzeug.datastructures import MultiDict

from .store import Store
from .timeutil import fmt

MAX_DESCRIPTION = 4000
DEFAULT_DEADLINE_DAYS = 10
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


def _next_id(store: Store, year: int) -> str:
    numbers = [
        int(match.group(2))
        for complaint in store.items("complaints")
        if (match := _NUMBER.match(complaint["id"])) and int(match.group(1)) == year
    ]
    return f"PA-{year}-{max(numbers, default=0) + 1:06d}"


def _nearest_unit(store: Store, point: tuple[float, float] | None) -> dict | None:
    units = [u for u in store.items("units") if not u.get("valid_to")]
    if not units:
        return None
    if point is None:
        return units[0]
    return min(units, key=lambda u: (u["lat"] - point[0]) ** 2 + (u["lon"] - point[1]) ** 2)


def _agency(store: Store, service_code: str, ward: str | None, unit: dict | None) -> str | None:
    for complaint in reversed(store.items("complaints")):
        if complaint.get("service_code") == service_code and complaint.get("current_ward") == ward:
            return complaint.get("agency_responsible")
    return f"UBND {unit['name']}" if unit else None


def _deadline(now: datetime, service: dict) -> datetime:
    days = service.get("deadline_days") or DEFAULT_DEADLINE_DAYS
    return now + timedelta(days=int(days))


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
    if len(description) > MAX_DESCRIPTION:
        raise ValueError(f"description is longer than {MAX_DESCRIPTION} characters.")
    with store.lock:
        now = store.clock.now()
        unit = _nearest_unit(store, point)
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
            "media_url": form.get("media_url") or None,
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
