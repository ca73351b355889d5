"""Open311 GeoReport v2 records, normalised from whatever a server sent.

Numbers may come as strings and ids as numbers; dates may be missing or unreadable; booleans
may be ``"true"``. Every field here has one type; what cannot be read becomes None (with a
logged warning for a date) and fields we do not know are kept in ``extensions``.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from ioc_console.core.clock import CITY_TZ

log = logging.getLogger(__name__)

# times without an offset are read in the city's zone
DEFAULT_TZ = CITY_TZ

REQUEST_FIELDS = (
    "service_request_id",
    "status",
    "status_notes",
    "service_code",
    "service_name",
    "description",
    "agency_responsible",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "lat",
    "long",
    "media_url",
)


@dataclass(frozen=True)
class ServiceRequest:
    """One service request (for us: one citizen complaint)."""

    service_request_id: str
    status: str | None = None
    status_notes: str | None = None
    service_code: str | None = None
    service_name: str | None = None
    description: str | None = None
    agency_responsible: str | None = None
    requested_datetime: datetime | None = None
    updated_datetime: datetime | None = None
    expected_datetime: datetime | None = None
    address: str | None = None
    lat: float | None = None
    long: float | None = None
    media_url: str | None = None
    extensions: dict[str, Any] = field(default_factory=dict, compare=True)


@dataclass(frozen=True)
class Service:
    service_code: str
    service_name: str | None = None
    description: str | None = None
    metadata: bool = False
    type: str | None = None
    keywords: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class ServiceAttribute:
    code: str
    datatype: str | None = None
    required: bool = False
    variable: bool = True
    order: int | None = None
    description: str | None = None
    datatype_description: str | None = None
    values: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class ServiceDefinition:
    service_code: str | None
    attributes: tuple[ServiceAttribute, ...] = ()


@dataclass(frozen=True)
class Endpoint:
    url: str | None
    specification: str | None = None
    type: str | None = None
    changeset: str | None = None
    formats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Discovery:
    changeset: str | None = None
    contact: str | None = None
    key_service: str | None = None
    endpoints: tuple[Endpoint, ...] = ()


def text(value: Any) -> str | None:
    """A string field: stripped, None when empty; numbers as their text; other types None."""
    if value is None or isinstance(value, bool):
        return None if value is None else ("true" if value else "false")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str | int | float):
        stripped = str(value).strip()
        return stripped or None
    return None


def identifier(value: Any) -> str | None:
    """An id or code: always a string (``638344`` and ``"638344"`` are the same id)."""
    if isinstance(value, list | dict):
        return None
    return text(value)


def number(value: Any) -> float | None:
    """A finite float from a number or a numeric string, else None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        result = float(str(value).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return result if math.isfinite(result) else None


def coordinate(value: Any, limit: float) -> float | None:
    result = number(value)
    if result is None or abs(result) > limit:
        return None
    return result


def flag(value: Any) -> bool:
    """``true``, ``"true"``, ``"1"``, ``1``, ``"yes"`` are true; everything else false."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return isinstance(value, str) and value.strip().lower() in {"true", "1", "yes", "y"}


def integer(value: Any) -> int | None:
    result = number(value)
    return int(result) if result is not None and result.is_integer() else None


def moment(value: Any, name: str = "time", tz: tzinfo = DEFAULT_TZ) -> datetime | None:
    """An ISO 8601 date-time read leniently; None (with a warning) when it cannot be read."""
    raw = text(value)
    if raw is None:
        return None
    candidate = raw.replace(" ", "T", 1) if "T" not in raw else raw
    if candidate.endswith(("z", "Z")):
        candidate = candidate[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        log.warning("Open311: unreadable %s %r, left empty", name, raw[:60])
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=tz)


def service_request(record: Any, tz: tzinfo = DEFAULT_TZ) -> ServiceRequest | None:
    """A :class:`ServiceRequest` from a decoded record; None when it has no id."""
    if not isinstance(record, dict):
        return None
    request_id = identifier(record.get("service_request_id"))
    if request_id is None:
        return None
    status = text(record.get("status"))
    return ServiceRequest(
        service_request_id=request_id,
        status=status.lower() if status else None,
        status_notes=text(record.get("status_notes")),
        service_code=identifier(record.get("service_code")),
        service_name=text(record.get("service_name")),
        description=text(record.get("description")),
        agency_responsible=text(record.get("agency_responsible")),
        requested_datetime=moment(record.get("requested_datetime"), "requested_datetime", tz),
        updated_datetime=moment(record.get("updated_datetime"), "updated_datetime", tz),
        expected_datetime=moment(record.get("expected_datetime"), "expected_datetime", tz),
        address=text(record.get("address")),
        lat=coordinate(record.get("lat"), 90.0),
        long=coordinate(record.get("long"), 180.0),
        media_url=text(record.get("media_url")),
        extensions={k: v for k, v in record.items() if k not in REQUEST_FIELDS},
    )


def service(record: Any) -> Service | None:
    if not isinstance(record, dict):
        return None
    code = identifier(record.get("service_code"))
    if code is None:
        return None
    return Service(
        service_code=code,
        service_name=text(record.get("service_name")),
        description=text(record.get("description")),
        metadata=flag(record.get("metadata")),
        type=text(record.get("type")),
        keywords=text(record.get("keywords")),
        group=text(record.get("group")),
    )


def entries(value: Any) -> list:
    """A list field that XML may give as one entry, None or a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def service_definition(record: Any) -> ServiceDefinition | None:
    if not isinstance(record, dict):
        return None
    # the specification nests <attributes><attribute>; some servers put <attribute> directly
    raw = record.get("attributes", record.get("attribute"))
    attributes = []
    for entry in entries(raw):
        if isinstance(entry, dict) and set(entry) == {"attribute"}:
            entry = entry["attribute"]
        if not isinstance(entry, dict) or identifier(entry.get("code")) is None:
            continue
        values = []
        for item in entries(entry.get("values")):
            if isinstance(item, dict) and set(item) == {"value"}:
                item = item["value"]
            for one in entries(item):
                if isinstance(one, dict) and identifier(one.get("key")) is not None:
                    values.append((identifier(one.get("key")), text(one.get("name"))))
        attributes.append(
            ServiceAttribute(
                code=identifier(entry.get("code")),
                datatype=text(entry.get("datatype")),
                required=flag(entry.get("required")),
                variable=flag(entry.get("variable", True)),
                order=integer(entry.get("order")),
                description=text(entry.get("description")),
                datatype_description=text(entry.get("datatype_description")),
                values=tuple(values),
            )
        )
    return ServiceDefinition(identifier(record.get("service_code")), tuple(attributes))


def discovery(record: Any) -> Discovery | None:
    if not isinstance(record, dict):
        return None
    endpoints = []
    for entry in entries(record.get("endpoints")):
        if isinstance(entry, dict) and set(entry) == {"endpoint"}:
            entry = entry["endpoint"]
        for one in entries(entry):
            if not isinstance(one, dict):
                continue
            formats = entries(one.get("formats"))
            if len(formats) == 1 and isinstance(formats[0], dict):
                formats = entries(formats[0].get("format"))
            endpoints.append(
                Endpoint(
                    url=text(one.get("url")),
                    specification=text(one.get("specification")),
                    type=text(one.get("type")),
                    changeset=text(one.get("changeset")),
                    formats=tuple(f for f in map(text, formats) if f),
                )
            )
    return Discovery(
        changeset=text(record.get("changeset")),
        contact=text(record.get("contact")),
        key_service=text(record.get("key_service")),
        endpoints=tuple(endpoints),
    )
