"""GeoReport v2 documents in JSON or XML. XML is built with ElementTree, which escapes text;
a CR is written as ``&#13;`` so that it reaches an XML reader as it reaches a JSON one.
Characters XML 1.0 cannot carry at all are dropped (the backend refuses them in what it
receives, so only data it made itself could hold them)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from werkzeug.wrappers import Response

from ioc_console.core.api.open311_parse import LIST_ELEMENTS

XML_TYPE = "text/xml; charset=utf-8"
# list elements and the name of their entries, as GeoReport v2 documents write them (and as
# the console's Open311 reader expects them)
ENTRY_NAMES = LIST_ELEMENTS
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    return _NOT_XML.sub("", str(value))


def _fill(element: ET.Element, value: object) -> None:
    if isinstance(value, dict):
        for name, inner in value.items():
            _fill(ET.SubElement(element, name), inner)
    elif isinstance(value, list) and element.tag in ENTRY_NAMES:
        for inner in value:
            _fill(ET.SubElement(element, ENTRY_NAMES[element.tag]), inner)
    else:
        element.text = _text(value)


def to_xml(root: str, value: object) -> bytes:
    """``value`` (a dict of fields, or a list of entries for a list root) as an XML document."""
    element = ET.Element(root)
    _fill(element, value)
    # a raw CR would reach an XML reader as LF (XML normalises line ends): keep it as &#13;
    body = ET.tostring(element, encoding="unicode").replace("\r", "&#13;")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body).encode("utf-8")


def render(fmt: str, root: str, value: object, status: int = 200) -> Response:
    if fmt == "xml":
        return Response(to_xml(root, value), status=status, content_type=XML_TYPE)
    body = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return Response(body, status=status, mimetype="application/json")


def error_response(fmt: str, status: int, description: str) -> Response:
    """The GeoReport error list: ``[{"code": status, "description": ...}]`` or ``<errors>``."""
    return render(fmt, "errors", [{"code": status, "description": description}], status)
