"""Open311 GeoReport v2 records, normalised from whatever a server sent.

Numbers may come as strings and ids as numbers; dates may be missing or unreadable; booleans
may be ``"true"``. Every field here has one type; what cannot be read becomes None (with a
logged warning for a date) and fields we do not know are kept in ``extensions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from ioc_console.core.api.open311_values import (
    DEFAULT_TZ,
    coordinate,
    entries,
    flag,
    identifier,
    integer,
    moment,
    number,
    text,
    written_moment,
)
from ioc_console.core.clock import zone_name

__all__ = [  # the records, their builders, and the value readers they are built with
    "DEFAULT_TZ",
    "REQUEST_FIELDS",
    "TIME_FIELDS",
    "Discovery",
    "Endpoint",
    "Service",
    "ServiceAttribute",
    "ServiceDefinition",
    "ServiceRequest",
    "coordinate",
    "discovery",
    "entries",
    "flag",
    "identifier",
    "integer",
    "moment",
    "number",
    "service",
    "service_definition",
    "service_request",
    "text",
]

TIME_FIELDS = ("requested_datetime", "updated_datetime", "expected_datetime")
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
    # the zone given to times the server wrote without an offset (``Asia/Ho_Chi_Minh``);
    # None when every time carried its offset
    assumed_tz: str | None = None


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


def service_request(record: Any, tz: tzinfo = DEFAULT_TZ) -> ServiceRequest | None:
    """A :class:`ServiceRequest` from a decoded record; None when it has no id."""
    if not isinstance(record, dict):
        return None
    request_id = identifier(record.get("service_request_id"))
    if request_id is None:
        return None
    status = text(record.get("status"))
    written = {name: written_moment(record.get(name), name) for name in TIME_FIELDS}
    naive = [name for name, when in written.items() if when is not None and when.tzinfo is None]
    times = {
        name: when.replace(tzinfo=tz) if name in naive and when is not None else when
        for name, when in written.items()
    }
    return ServiceRequest(
        service_request_id=request_id,
        status=status.lower() if status else None,
        status_notes=text(record.get("status_notes")),
        service_code=identifier(record.get("service_code")),
        service_name=text(record.get("service_name")),
        description=text(record.get("description")),
        agency_responsible=text(record.get("agency_responsible")),
        requested_datetime=times["requested_datetime"],
        updated_datetime=times["updated_datetime"],
        expected_datetime=times["expected_datetime"],
        address=text(record.get("address")),
        lat=coordinate(record.get("lat"), 90.0),
        long=coordinate(record.get("long"), 180.0),
        media_url=text(record.get("media_url")),
        extensions={k: v for k, v in record.items() if k not in REQUEST_FIELDS},
        assumed_tz=zone_name(tz) if naive else None,
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


def service_definition(record: Any) -> ServiceDefinition | None:
    if not isinstance(record, dict):
        return None
    # the specification nests <attributes><attribute>; some servers put <attribute> directly
    raw = record.get("attributes", record.get("attribute"))
    attributes = []
    for entry in entries(raw):
        if isinstance(entry, dict) and set(entry) == {"attribute"}:
            entry = entry["attribute"]
        code = identifier(entry.get("code")) if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or code is None:
            continue
        values: list[tuple[str, str | None]] = []
        for item in entries(entry.get("values")):
            if isinstance(item, dict) and set(item) == {"value"}:
                item = item["value"]
            for one in entries(item):
                key = identifier(one.get("key")) if isinstance(one, dict) else None
                if isinstance(one, dict) and key is not None:
                    values.append((key, text(one.get("name"))))
        attributes.append(
            ServiceAttribute(
                code=code,
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
