"""Open311 GeoReport v2 documents, JSON or XML, decoded to plain Python values — or refused.

Real servers send more than the specification shows: numbers with leading zeros in JSON (the
specification's own examples have ``"service_code":001``), HTML error pages, XML with another
root, XML with namespaces, error lists instead of data. :func:`decode` turns a body into lists
and dicts of strings, numbers and None, and raises :class:`Open311Error` with a message naming
the server, the URL and what was wrong for everything it cannot read.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ioc_console.core.api import open311_model as model

log = logging.getLogger(__name__)

EXCERPT_CHARS = 80

# XML elements whose children are the entries of a list, and the usual entry name
LIST_ELEMENTS = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "endpoints": "endpoint",
    "formats": "format",
    "attributes": "attribute",
    "values": "value",
    "status_history": "entry",
}

# a JSON number with a leading zero (001, -07), outside strings: invalid JSON, read as a string
_LEADING_ZERO = re.compile(r'("(?:[^"\\]|\\.)*")|(?<![\w.])(-?0[0-9]+(?:\.[0-9]+)?)(?![\w.])')


class Open311Error(Exception):
    """An Open311 server could not be read. ``str()`` names the server, the URL and the fault.

    ``status`` is the HTTP status when there was an answer; ``errors`` the server's own
    ``(code, description)`` pairs when it sent a GeoReport error list.
    """

    def __init__(
        self,
        server: str,
        url: str,
        problem: str,
        *,
        status: int | None = None,
        errors: list[tuple[int | None, str]] | None = None,
    ) -> None:
        super().__init__(f"Open311 server {server}: {problem} ({url})")
        self.server = server
        self.url = url
        self.problem = problem
        self.status = status
        self.errors = errors or []


def excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[:EXCERPT_CHARS] + "…"


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head


def decode(body: bytes, fmt: str, server: str, url: str, status: int | None = None) -> Any:
    """The JSON or XML ``body`` as Python values; error lists raise :class:`Open311Error`."""
    text = body.decode("utf-8-sig", errors="replace")
    if not text.strip():
        raise Open311Error(server, url, "empty answer", status=status)
    if looks_like_html(text):
        raise Open311Error(
            server, url, f"answered with an HTML page, not {fmt.upper()}: {excerpt(text)}",
            status=status,
        )
    value = _decode_json(text, server, url, status) if fmt == "json" else _decode_xml(
        body, server, url, status
    )
    errors = error_list(value)
    if errors is not None:
        described = "; ".join(
            f"{code} {description}" if code is not None else description
            for code, description in errors
        )
        raise Open311Error(server, url, f"error: {described}", status=status, errors=errors)
    return value


def _decode_json(text: str, server: str, url: str, status: int | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    try:  # the common fault: numbers with leading zeros; read them as strings
        return json.loads(_LEADING_ZERO.sub(_quote_leading_zero, text))
    except json.JSONDecodeError as exc:
        raise Open311Error(
            server, url,
            f"invalid JSON at line {exc.lineno} column {exc.colno} ({exc.msg}): {excerpt(text)}",
            status=status,
        ) from None


def _quote_leading_zero(match: re.Match[str]) -> str:
    return match.group(1) or f'"{match.group(2)}"'


def _decode_xml(body: bytes, server: str, url: str, status: int | None) -> Any:
    try:
        root = SafeET.fromstring(body)
    except DefusedXmlException as exc:
        raise Open311Error(
            server, url, f"XML refused ({type(exc).__name__}: entities or DTDs)", status=status
        ) from None
    except ParseError as exc:
        text = body.decode("utf-8", errors="replace")
        problem = f"invalid XML ({exc}): {excerpt(text)}"
        raise Open311Error(server, url, problem, status=status) from None
    tag = local_name(root.tag)
    if tag == "error" and len(root) == 0:  # <error>text</error>
        return {"errors": [{"code": status, "description": (root.text or "").strip()}]}
    return {tag: element_value(root)}


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def element_value(element: Element) -> Any:
    """An element as a value: text (None when empty), a list of entries, or a dict of fields."""
    children = list(element)
    tag = local_name(element.tag)
    if not children:
        if tag in LIST_ELEMENTS:
            text = (element.text or "").strip()
            return [text] if text else []
        text = (element.text or "").strip()
        return text or None
    if tag in LIST_ELEMENTS:
        return [element_value(child) for child in children]
    fields: dict[str, Any] = {}
    repeated: set[str] = set()
    for child in children:
        name = local_name(child.tag)
        value = element_value(child)
        if name in repeated:
            fields[name].append(value)
        elif name in fields:  # a repeated element: collect the entries
            fields[name] = [fields[name], value]
            repeated.add(name)
        else:
            fields[name] = value
    return fields


def error_list(value: Any) -> list[tuple[int | None, str]] | None:
    """The (code, description) pairs when ``value`` is a GeoReport error list, else None."""
    entries = value
    if isinstance(value, dict) and len(value) == 1 and "errors" in value:
        entries = value["errors"]
        if isinstance(entries, dict):
            entries = [entries.get("error", entries)]
    if not isinstance(entries, list) or not entries:
        return None
    pairs: list[tuple[int | None, str]] = []
    for entry in entries:
        if not isinstance(entry, dict) or "description" not in entry:
            return None
        if set(entry) - {"code", "description"}:
            return None
        pairs.append((_int_or_none(entry.get("code")), str(entry.get("description") or "")))
    return pairs


def _int_or_none(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


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


def parse_requests(
    body: bytes, fmt: str, server: str, url: str, status: int | None = None, tz=model.DEFAULT_TZ
) -> list[model.ServiceRequest]:
    """The service requests of a ``requests`` (or ``requests/<id>``) answer."""
    value = decode(body, fmt, server, url, status)
    records = unwrap_list(value, "service_requests", "request")
    if records is None and isinstance(value, dict) and isinstance(value.get("requests"), list):
        records = value["requests"]
    if records is None:
        expected = "<service_requests>" if fmt == "xml" else "a list of service requests"
        raise Open311Error(server, url, f"expected {expected}, got {describe(value, fmt)}")
    parsed = [model.service_request(record, tz) for record in records]
    kept = [request for request in parsed if request is not None]
    if records and not kept:
        raise Open311Error(server, url, f"none of the {len(records)} entries is a service request")
    if len(kept) < len(records):
        log.warning(
            "Open311 server %s: %d of %d entries without a service_request_id skipped (%s)",
            server, len(records) - len(kept), len(records), url,
        )
    return kept


def parse_services(
    body: bytes, fmt: str, server: str, url: str, status: int | None = None
) -> list[model.Service]:
    value = decode(body, fmt, server, url, status)
    records = unwrap_list(value, "services", "service")
    if records is None:
        expected = "<services>" if fmt == "xml" else "a list of services"
        raise Open311Error(server, url, f"expected {expected}, got {describe(value, fmt)}")
    kept = [s for s in map(model.service, records) if s is not None]
    if len(kept) < len(records):
        log.warning("Open311 server %s: %d services without a service_code skipped (%s)",
                    server, len(records) - len(kept), url)
    return kept


def parse_service_definition(
    body: bytes, fmt: str, server: str, url: str, status: int | None = None
) -> model.ServiceDefinition:
    return _parse_object(body, fmt, server, url, status, "service_definition",
                         model.service_definition, ("service_code", "attributes", "attribute"))


def parse_discovery(
    body: bytes, fmt: str, server: str, url: str, status: int | None = None
) -> model.Discovery:
    return _parse_object(body, fmt, server, url, status, "discovery", model.discovery,
                         ("endpoints",))


def _parse_object(body, fmt, server, url, status, root, build, keys):
    """A document holding one object: XML ``<root>`` or a JSON object with one of ``keys``."""
    value = decode(body, fmt, server, url, status)
    wrapped = isinstance(value, dict) and set(value) == {root}
    record = value[root] if wrapped else (value if fmt == "json" else None)
    if not isinstance(record, dict) or not set(keys) & set(record):
        record = None
    result = build(record) if record is not None else None
    if result is None:
        expected = f"<{root}>" if fmt == "xml" else f"a {root.replace('_', ' ')} object"
        raise Open311Error(server, url, f"expected {expected}, got {describe(value, fmt)}")
    return result
