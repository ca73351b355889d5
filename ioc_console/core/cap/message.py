"""One ``<alert>`` element read as a CAP 1.2 :class:`~.model.Message`, checked against the
standard's rules (required elements, value lists, times, references, shapes) — or refused with
the first rule it breaks. CAP 1.0 and 1.1 messages are refused: the console speaks 1.2."""

from __future__ import annotations

import re
from datetime import datetime
from xml.etree.ElementTree import Element

from ioc_console.core.cap import model
from ioc_console.core.cap.model import Area, Info, Message, Reference

NS = "urn:oasis:names:tc:emergency:cap:1.2"
OLDER = {
    "urn:oasis:names:tc:emergency:cap:1.1": "1.1",
    "http://www.incident.com/cap/1.0": "1.0",
    "urn:oasis:names:tc:emergency:cap:1.0": "1.0",
}
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")
_NAME_FORBIDDEN = re.compile(r"[\s,<&]")
_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)"
_PAIR = re.compile(rf"^({_NUMBER}),({_NUMBER})$")
_CIRCLE = re.compile(rf"^({_NUMBER}),({_NUMBER})\s+({_NUMBER})$")


class InvalidMessageError(Exception):
    """The message breaks a rule of CAP 1.2; ``str()`` says which."""


def namespace(element: Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag[1:].split("}")[0] if tag.startswith("{") else ""


def local_name(element: Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def is_alert(element: Element) -> bool:
    return local_name(element) == "alert"


def version_refusal(element: Element) -> str | None:
    """Why an ``<alert>`` is not CAP 1.2 (None when it is)."""
    ns = namespace(element)
    if ns == NS:
        return None
    if ns in OLDER:
        return f"CAP {OLDER[ns]} is not accepted; only CAP 1.2 ({NS})"
    return f"an <alert> in namespace '{ns or 'none'}' is not CAP 1.2"


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _text(parent: Element, name: str) -> str:
    child = parent.find(_q(name))
    return (child.text or "").strip() if child is not None else ""


def _required(parent: Element, name: str, where: str) -> str:
    value = _text(parent, name)
    if not value:
        raise InvalidMessageError(f"<{name}> is missing or empty in {where}")
    return value


def _one_of(parent: Element, name: str, allowed: tuple[str, ...], where: str) -> str:
    value = _required(parent, name, where)
    if value not in allowed:
        choices = ', '.join(allowed)
        raise InvalidMessageError(f"<{name}> '{value}' in {where} is not one of {choices}")
    return value


def _time(value: str, name: str) -> datetime:
    if not _TIME.match(value):
        raise InvalidMessageError(f"<{name}> '{value}' is not a date-time with a UTC offset")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidMessageError(f"<{name}> '{value}' is not a valid date-time") from None


def _optional_time(parent: Element, name: str) -> datetime | None:
    value = _text(parent, name)
    return _time(value, name) if value else None


def _name(value: str, name: str) -> str:
    if _NAME_FORBIDDEN.search(value):
        raise InvalidMessageError(f"<{name}> '{value}' contains a space, comma, '<' or '&'")
    return value


def _references(alert: Element) -> tuple[Reference, ...]:
    element = alert.find(_q("references"))
    if element is None:
        return ()
    entries = (element.text or "").split()
    if not entries:
        raise InvalidMessageError("<references> is present but empty")
    out = []
    for entry in entries:
        parts = entry.split(",")
        if len(parts) != 3 or not all(parts):
            raise InvalidMessageError(f"reference '{entry}' is not 'sender,identifier,sent'")
        _time(parts[2], "references")
        out.append(Reference(*parts))
    return tuple(out)


def _point(pair: str, where: str) -> list[float]:
    match = _PAIR.match(pair)
    if not match:
        raise InvalidMessageError(f"'{pair}' in {where} is not 'latitude,longitude'")
    lat, lon = float(match[1]), float(match[2])
    if abs(lat) > 90 or abs(lon) > 180:
        raise InvalidMessageError(f"'{pair}' in {where} is out of range")
    return [lon, lat]


def _polygon(text: str) -> dict:
    ring = [_point(pair, "<polygon>") for pair in text.split()]
    if len(ring) < 4:
        raise InvalidMessageError(f"<polygon> has {len(ring)} points; at least 4 are needed")
    if ring[0] != ring[-1]:
        raise InvalidMessageError("<polygon> is not closed (its first and last points differ)")
    return {"type": "Polygon", "coordinates": [ring]}


def _circle(text: str) -> dict:
    match = _CIRCLE.match(" ".join(text.split()))
    if not match:
        raise InvalidMessageError(f"<circle> '{text}' is not 'latitude,longitude radius'")
    centre = _point(f"{match[1]},{match[2]}", "<circle>")
    radius_km = float(match[3])
    if radius_km < 0:
        raise InvalidMessageError(f"<circle> '{text}' has a negative radius")
    if radius_km == 0:
        return {"type": "Point", "coordinates": centre}
    return {"type": "Circle", "center": centre, "radius_m": radius_km * 1000.0}


def _area(element: Element, where: str) -> Area:
    desc = _required(element, "areaDesc", where)
    shapes = [_polygon(p.text or "") for p in element.findall(_q("polygon"))]
    shapes += [_circle(c.text or "") for c in element.findall(_q("circle"))]
    geocodes = tuple(
        (_text(g, "valueName"), _text(g, "value")) for g in element.findall(_q("geocode"))
    )
    if any(not name or not value for name, value in geocodes):
        raise InvalidMessageError(f"a <geocode> in {where} lacks its valueName or value")
    return Area(desc, tuple(shapes), geocodes)


def _info(element: Element, number: int) -> Info:
    where = f"<info> {number}"
    categories = tuple((c.text or "").strip() for c in element.findall(_q("category")))
    if not categories:
        raise InvalidMessageError(f"<category> is missing in {where}")
    for category in categories:
        if category not in model.CATEGORIES:
            raise InvalidMessageError(f"<category> '{category}' in {where} is not a CAP category")
    areas = tuple(
        _area(a, f"<area> {i + 1} of {where}") for i, a in enumerate(element.findall(_q("area")))
    )
    return Info(
        language=_text(element, "language") or model.DEFAULT_LANGUAGE,
        categories=categories,
        event=_required(element, "event", where),
        urgency=_one_of(element, "urgency", model.URGENCIES, where),
        severity=_one_of(element, "severity", model.SEVERITIES, where),
        certainty=_one_of(element, "certainty", model.CERTAINTIES, where),
        headline=_text(element, "headline"),
        description=_text(element, "description"),
        instruction=_text(element, "instruction"),
        sender_name=_text(element, "senderName"),
        web=_text(element, "web"),
        effective=_optional_time(element, "effective"),
        onset=_optional_time(element, "onset"),
        expires=_optional_time(element, "expires"),
        areas=areas,
    )


def read_message(alert: Element, xml: str) -> Message:
    """The CAP 1.2 message of ``alert``; :class:`InvalidMessageError` naming the rule it breaks."""
    refusal = version_refusal(alert)
    if refusal:
        raise InvalidMessageError(refusal)
    where = "<alert>"
    msg_type = _one_of(alert, "msgType", model.MSG_TYPES, where)
    references = _references(alert)
    if msg_type in ("Update", "Cancel") and not references:
        raise InvalidMessageError(
            f"an {msg_type} message must name the message it changes in <references>"
        )
    return Message(
        identifier=_name(_required(alert, "identifier", where), "identifier"),
        sender=_name(_required(alert, "sender", where), "sender"),
        sent=_time(_required(alert, "sent", where), "sent"),
        status=_one_of(alert, "status", model.STATUSES, where),
        msg_type=msg_type,
        scope=_one_of(alert, "scope", model.SCOPES, where),
        infos=tuple(_info(e, i + 1) for i, e in enumerate(alert.findall(_q("info")))),
        references=references,
        note=_text(alert, "note"),
        incidents=_text(alert, "incidents"),
        xml=xml,
    )
