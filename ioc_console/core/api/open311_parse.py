"""Open311 GeoReport v2 documents read into records — or refused with an :class:`Open311Error`.

:mod:`open311_decode` turns a body into plain values; here those values become services,
service requests, a service definition or a discovery document. Whatever goes wrong while
reading a server's answer is an :class:`Open311Error` naming the server and the URL, never
another exception.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import tzinfo
from typing import Any, TypeVar

from ioc_console.core.api import open311_model as model
from ioc_console.core.api.open311_decode import (
    LIST_ELEMENTS,
    MAX_DEPTH,
    Open311Error,
    decode,
    element_value,
    error_list,
    excerpt,
    local_name,
    looks_like_html,
)

__all__ = [
    "LIST_ELEMENTS", "MAX_DEPTH", "Open311Error", "decode", "describe", "element_value",
    "error_list", "excerpt", "local_name", "looks_like_html", "parse_discovery",
    "parse_requests", "parse_service_definition", "parse_services", "records_of",
    "unwrap_list",
]

log = logging.getLogger(__name__)

T = TypeVar("T")


def reported(parse: Callable[..., T]) -> Callable[..., T]:
    """``parse(body, fmt, server, url, status, …)`` whose every failure is an Open311Error."""

    @functools.wraps(parse)
    def guarded(body: bytes, fmt: str, server: str, url: str, *args: Any, **kw: Any) -> T:
        try:
            return parse(body, fmt, server, url, *args, **kw)
        except Open311Error:
            raise
        except (RecursionError, ValueError, TypeError, LookupError, AttributeError) as exc:
            log.exception("Open311 server %s: answer not read (%s)", server, url)
            status = kw.get("status", args[0] if args else None)
            raise Open311Error(server, url, f"answer not readable ({type(exc).__name__})",
                               status=status) from None

    return guarded


def unwrap_list(value: Any, root: str, entry: str) -> list | None:
    """The entries of a list document: a JSON list, XML ``<root><entry>``, or a wrapped list."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and len(value) == 1:
        (key, inner), = value.items()
        if key == root:
            if inner is None:
                return []
            if isinstance(inner, list):
                return inner
            if isinstance(inner, dict) and set(inner) == {entry}:  # one entry, unnamed list
                single = inner[entry]
                return single if isinstance(single, list) else [single]
    return None


def records_of(value: Any, keys: tuple[str, ...]) -> list | None:
    """The request records of a decoded answer: the spec's list (JSON list, XML
    ``<service_requests>``), a ``{"requests": [...]}`` wrapper, or — as some servers answer
    ``requests/<id>`` and POST — one object (JSON) or one XML ``<request>``."""
    records = unwrap_list(value, "service_requests", "request")
    if records is None and isinstance(value, dict) and isinstance(value.get("requests"), list):
        records = value["requests"]
    if records is None and isinstance(value, dict):
        single = value.get("request") if set(value) == {"request"} else value
        if isinstance(single, dict) and set(keys) & set(single):
            records = [single]
    return records


def describe(value: Any, fmt: str = "json") -> str:
    """What a decoded document is, for a message: ``an object with keys a, b``, ``<root>``."""
    if fmt == "xml" and isinstance(value, dict) and len(value) == 1:
        return f"<{next(iter(value))}>"
    if isinstance(value, dict):
        keys = ", ".join(sorted(map(str, value))[:6])
        return f"an object with keys {keys}" if keys else "an empty object"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    return f"a {type(value).__name__}"


@reported
def parse_requests(
    body: bytes,
    fmt: str,
    server: str,
    url: str,
    status: int | None = None,
    tz: tzinfo = model.DEFAULT_TZ,
) -> list[model.ServiceRequest]:
    """The service requests of a ``requests`` (or ``requests/<id>``) answer."""
    value = decode(body, fmt, server, url, status)
    records = records_of(value, ("service_request_id",))
    if records is None:
        expected = "<service_requests>" if fmt == "xml" else "a list of service requests"
        raise Open311Error(server, url, f"expected {expected}, got {describe(value, fmt)}",
                           status=status)
    parsed = [model.service_request(record, tz) for record in records]
    kept = [request for request in parsed if request is not None]
    if records and not kept:
        raise Open311Error(server, url, f"none of the {len(records)} entries is a service request",
                           status=status)
    if len(kept) < len(records):
        log.warning(
            "Open311 server %s: %d of %d entries without a service_request_id skipped (%s)",
            server, len(records) - len(kept), len(records), url,
        )
    return kept


@reported
def parse_services(
    body: bytes, fmt: str, server: str, url: str, status: int | None = None
) -> list[model.Service]:
    value = decode(body, fmt, server, url, status)
    records = unwrap_list(value, "services", "service")
    if records is None:
        expected = "<services>" if fmt == "xml" else "a list of services"
        raise Open311Error(server, url, f"expected {expected}, got {describe(value, fmt)}",
                           status=status)
    kept = [s for s in map(model.service, records) if s is not None]
    if len(kept) < len(records):
        log.warning("Open311 server %s: %d services without a service_code skipped (%s)",
                    server, len(records) - len(kept), url)
    return kept


@reported
def parse_service_definition(
    body: bytes, fmt: str, server: str, url: str, status: int | None = None
) -> model.ServiceDefinition:
    return _parse_object(body, fmt, server, url, status, "service_definition",
                         model.service_definition, ("service_code", "attributes", "attribute"))


@reported
def parse_discovery(
    body: bytes, fmt: str, server: str, url: str, status: int | None = None
) -> model.Discovery:
    return _parse_object(body, fmt, server, url, status, "discovery", model.discovery,
                         ("endpoints",))


def _parse_object(
    body: bytes,
    fmt: str,
    server: str,
    url: str,
    status: int | None,
    root: str,
    build: Callable[[Any], T | None],
    keys: tuple[str, ...],
) -> T:
    """A document holding one object: XML ``<root>`` or a JSON object with one of ``keys``."""
    value = decode(body, fmt, server, url, status)
    wrapped = isinstance(value, dict) and set(value) == {root}
    record = value[root] if wrapped else (value if fmt == "json" else None)
    if not isinstance(record, dict) or not set(keys) & set(record):
        record = None
    result = build(record) if record is not None else None
    if result is None:
        expected = f"<{root}>" if fmt == "xml" else f"a {root.replace('_', ' ')} object"
        raise Open311Error(server, url, f"expected {expected}, got {describe(value, fmt)}",
                           status=status)
    return result
