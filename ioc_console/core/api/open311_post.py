"""Filing a service request into an Open311 GeoReport v2 server: the form and the answer.

The POST body is form-encoded: ``service_code``, a location (``lat`` and ``long``,
``address_string`` or ``address_id``), ``attribute[code]=value`` (``attribute[code][]`` for
each value of a multi-value list), ``media_url``, the contact fields and ``api_key``. The answer
is a list holding ``service_request_id`` — or a ``token`` to trade later at ``tokens/<token>``
— with ``service_notice`` and ``account_id``; some servers send the one object alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ioc_console.core.api.open311_decode import Open311Error, decode
from ioc_console.core.api.open311_parse import describe, records_of, reported
from ioc_console.core.api.open311_values import coordinate, identifier, text

CONTACT_FIELDS = ("email", "device_id", "account_id", "first_name", "last_name", "phone")
MEDIA_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class PostedRequest:
    """A server's answer to a POST or to ``tokens/<token>``: the new request's id, or the
    token to ask for it later (or both), with what the server tells the citizen."""

    service_request_id: str | None
    token: str | None = None
    service_notice: str | None = None
    account_id: str | None = None


AttributeValue = str | int | float | Sequence[str | int | float]


def request_form(
    service_code: str,
    *,
    lat: float | None = None,
    long: float | None = None,
    address_string: str | None = None,
    address_id: str | None = None,
    description: str | None = None,
    attributes: Mapping[str, AttributeValue] | None = None,
    media_url: str | None = None,
    contact: Mapping[str, str | None] | None = None,
) -> list[tuple[str, str]]:
    """The POST form of a new request; ValueError naming the field for what no server takes."""
    if not str(service_code).strip():
        raise ValueError("service_code is required")
    form: list[tuple[str, str]] = [("service_code", str(service_code).strip())]
    if (lat is None) != (long is None):
        raise ValueError("lat and long go together: give both or neither")
    if lat is not None and long is not None:
        if coordinate(lat, 90.0) is None or coordinate(long, 180.0) is None:
            raise ValueError(f"lat {lat}, long {long} is not a WGS-84 position")
        form += [("lat", repr(float(lat))), ("long", repr(float(long)))]
    for name, value in (("address_string", address_string), ("address_id", address_id)):
        if value is not None and str(value).strip():
            form.append((name, str(value).strip()))
    if len(form) == 1:
        raise ValueError("a location is required: lat and long, address_string or address_id")
    if description:
        form.append(("description", description))
    for code, answer in (attributes or {}).items():
        if not str(code).strip():
            raise ValueError("an attribute has no code")
        if isinstance(answer, Sequence) and not isinstance(answer, str):
            form += [(f"attribute[{code}][]", _field_text(v)) for v in answer]
        else:
            form.append((f"attribute[{code}]", _field_text(answer)))
    if media_url:
        parts = urlsplit(media_url)
        if parts.scheme.lower() not in MEDIA_SCHEMES or not parts.netloc:
            raise ValueError(f"media_url must be an http:// or https:// address, not {media_url!r}")
        form.append(("media_url", media_url))
    for name, value in (contact or {}).items():
        if name not in CONTACT_FIELDS:
            known = ", ".join(CONTACT_FIELDS)
            raise ValueError(f"{name} is no GeoReport v2 contact field; fields: {known}")
        if value is not None and str(value) != "":
            form.append((name, str(value)))
    for name, value in form:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"{name} holds text that cannot be sent (a lone surrogate)") from None
    return form


def _field_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@reported
def parse_posted(
    body: bytes, fmt: str, server: str, url: str, status: int | None = None
) -> list[PostedRequest]:
    """The entries of a POST or ``tokens/<token>`` answer, each with an id or a token."""
    value = decode(body, fmt, server, url, status)
    records = records_of(value, ("service_request_id", "token"))
    if records is None:
        expected = "<service_requests>" if fmt == "xml" else "a list"
        raise Open311Error(server, url, f"expected {expected}, got {describe(value, fmt)}",
                           status=status)
    posted = [
        PostedRequest(
            service_request_id=identifier(record.get("service_request_id")),
            token=identifier(record.get("token")),
            service_notice=text(record.get("service_notice")),
            account_id=identifier(record.get("account_id")),
        )
        for record in records
        if isinstance(record, dict)
    ]
    return [p for p in posted if p.service_request_id is not None or p.token is not None]
