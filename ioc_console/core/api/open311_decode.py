"""Open311 GeoReport v2 bodies, JSON or XML, decoded to plain Python values — or refused.

Real servers send more than the specification shows: numbers with leading zeros in JSON (the
specification's own examples have ``"service_code":001``), HTML error pages, XML with another
root, XML with namespaces, error lists instead of data, and now and then a document nested
thousands of levels deep. :func:`decode` turns a body into lists and dicts of strings, numbers
and None, and raises :class:`Open311Error` with a message naming the server, the URL and what
was wrong for everything it cannot read.
"""

from __future__ import annotations

import io
import json
import re
from itertools import accumulate
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

EXCERPT_CHARS = 80

# no GeoReport document comes near this (a service definition is 6 levels deep); deeper ones
# are refused before Python's recursion limit can be reached, by us or by whoever reads the
# values after us
MAX_DEPTH = 100

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
# (strings, unclosed ones to the end of the text, match from every quote: linear in the text)
_LEADING_ZERO = re.compile(
    r'("[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z))|(?<![\w.])(-?0[0-9]+(?:\.[0-9]+)?)(?![\w.])',
    re.DOTALL,
)
# how deep a document nests: its brackets outside strings, each one level in or out
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


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


def _too_deep(server: str, url: str, status: int | None, fmt: str) -> Open311Error:
    return Open311Error(
        server, url, f"{fmt} nested deeper than {MAX_DEPTH} levels: not a GeoReport document",
        status=status,
    )


def json_too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the JSON ``text`` opens more than ``limit`` arrays or objects inside each other."""
    if text.count("[") + text.count("{") <= limit:
        return False
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0) > limit


def _decode_json(text: str, server: str, url: str, status: int | None) -> Any:
    if json_too_deep(text):
        raise _too_deep(server, url, status, "JSON")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    except RecursionError:
        raise _too_deep(server, url, status, "JSON") from None
    try:  # the common fault: numbers with leading zeros; read them as strings
        return json.loads(_LEADING_ZERO.sub(_quote_leading_zero, text))
    except json.JSONDecodeError as exc:
        raise Open311Error(
            server, url,
            f"invalid JSON at line {exc.lineno} column {exc.colno} ({exc.msg}): {excerpt(text)}",
            status=status,
        ) from None
    except RecursionError:
        raise _too_deep(server, url, status, "JSON") from None


def _quote_leading_zero(match: re.Match[str]) -> str:
    return match.group(1) or f'"{match.group(2)}"'


def _parse_xml(body: bytes, server: str, url: str, status: int | None) -> Element:
    """The root element; refused as soon as the document nests deeper than :data:`MAX_DEPTH`."""
    depth, root = 0, None
    for event, element in SafeET.iterparse(io.BytesIO(body), events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(server, url, status, "XML")
            root = element if root is None else root
        else:
            depth -= 1
    if root is None:
        raise ParseError("no element found")
    return root


def _decode_xml(body: bytes, server: str, url: str, status: int | None) -> Any:
    try:
        root = _parse_xml(body, server, url, status)
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
