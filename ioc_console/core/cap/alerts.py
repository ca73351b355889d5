"""CAP messages turned into the console's alert records (type ``cap_warning``), the way the
backend's alerts look in the cache, so the queue and the map show them alike.

A message ``Alert`` raises a record; an ``Update`` changes the record of the message it names
in ``<references>`` (its text, priority and areas; the operator's state stays), a ``Cancel``
closes it. Messages that are expired, not ``Actual``, or whose every area lies outside the
city are not raised. A record remembers every message key (``sender,identifier``) that has
spoken for it in ``cap_keys``, so a chain of updates finds it. Records made here carry
``origin: "cap_feed"``: the backend does not know them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ioc_console.core.cap import geometry
from ioc_console.core.cap.areas import CityUnits, PlacedArea
from ioc_console.core.cap.model import Info, Message
from ioc_console.core.cap.priority import PriorityTable
from ioc_console.core.clock import read_time

ALERT_TYPE = "cap_warning"
LANGUAGES = ("vi", "en")
ALREADY_TAKEN = "already taken"  # the reason of a message an earlier poll applied


@dataclass(frozen=True)
class Outcome:
    """What one message did: ``action`` is "raise", "update", "cancel" or "skip"; ``row`` the
    record to write (None for "skip"); ``reason`` says why a message was skipped."""

    message: Message
    action: str
    row: dict[str, Any] | None = None
    reason: str = ""


def record_id(key: str) -> str:
    return "cap-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def source_of(message: Message) -> str:
    return f"cap:{message.sender}"


def known_records(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Message key -> the CAP record it spoke for, from cached alert records."""
    known: dict[str, dict[str, Any]] = {}
    for row in rows:
        if isinstance(row, dict) and row.get("type") == ALERT_TYPE:
            for key in row.get("cap_keys") or ():
                if isinstance(key, str):
                    known[key] = row
    return known


def placed_areas(
    message: Message, city: CityUnits, languages: tuple[str, ...] = LANGUAGES
) -> list[PlacedArea]:
    return [city.place(a) for info in message.infos_for(languages) for a in info.areas]


class CapAlerts:
    """Applies messages in order of sending to what is known, giving the records to write."""

    def __init__(
        self,
        city: CityUnits,
        table: PriorityTable | None = None,
        languages: tuple[str, ...] = LANGUAGES,
        known: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.city = city
        self.table = table or PriorityTable()
        self.languages = languages
        self.known = dict(known or {})

    def apply(self, messages: Iterable[Message], now: datetime) -> list[Outcome]:
        return [self._one(m, now) for m in sorted(messages, key=lambda m: m.sent)]

    def _one(self, message: Message, now: datetime) -> Outcome:
        if message.key in self.known:
            return Outcome(message, "skip", reason=ALREADY_TAKEN)
        if message.status != "Actual":
            return Outcome(message, "skip", reason=f"status {message.status} is not raised")
        if message.msg_type in ("Ack", "Error"):
            return Outcome(message, "skip", reason=f"msgType {message.msg_type} is not raised")
        target = next((self.known[r.key] for r in message.references if r.key in self.known), None)
        if message.msg_type == "Cancel":
            if target is None:
                return Outcome(message, "skip", reason="it cancels a message not seen here")
            return self._remember(message, "cancel", _cancelled(target, message))
        expires = message.expires()
        if expires is not None and expires <= now:
            return Outcome(message, "skip", reason=f"expired at {expires.isoformat()}")
        infos = message.infos_for(self.languages)
        if not infos:
            return Outcome(message, "skip", reason="it has no <info>")
        places = placed_areas(message, self.city, self.languages)
        inside = [p for p in places if p.in_city]
        if places and not inside:
            return Outcome(message, "skip", reason="its areas are all outside the city")
        row = self._row(message, infos, inside)
        if message.msg_type == "Update" and target is not None:
            return self._remember(message, "update", _updated(target, row, message))
        return self._remember(message, "raise", row)

    def _remember(self, message: Message, action: str, row: dict[str, Any]) -> Outcome:
        for key in row["cap_keys"]:
            self.known[key] = row
        return Outcome(message, action, row)

    def _row(self, message: Message, infos: tuple[Info, ...], inside: list[PlacedArea]) -> dict:
        info = infos[0]
        sent = message.sent.isoformat()
        shapes = [s for p in inside for s in p.shapes]
        point = next((geometry.centre(s) for s in shapes), None) or self._city_centre()
        wards = {u.ward or u.code for p in inside for u in p.units}
        source = source_of(message)
        expires = message.expires()
        return {
            "id": record_id(message.key),
            "priority": self.table.of_message(message, self.languages),
            "type": ALERT_TYPE,
            "title": info.headline or info.event,
            "description": "\n\n".join(t for t in (info.description, info.instruction) if t),
            "source": source,
            "place": "; ".join(p.area.desc for p in inside)[:200],
            "lat": point[1] if point else None,
            "lon": point[0] if point else None,
            # a ward only when the areas are that ward's units by geocode alone (a shape drawn
            # over the city is city-wide, whatever codes it also names)
            "ward": wards.pop()
            if len(wards) == 1 and all(p.units and not p.area.shapes for p in inside)
            else None,
            "state": "new",
            "assignee": None,
            "sla_deadline": None,
            "procedure": None,
            "created_at": sent,
            "updated_at": sent,
            "comments": [],
            "history": [{"action": "create", "by": source, "at": sent}],
            "cap": message.xml,
            "related": {"cap": message.identifier},
            "deleted": False,
            "cap_keys": [message.key],
            "origin": "cap_feed",  # made in this console from the feed, not by the backend
            "cap_language": info.language,
            "cap_expires": expires.isoformat() if expires else None,
        }

    def _city_centre(self) -> tuple[float, float] | None:
        centres = [c for c in (geometry.centre(u.shape) for u in self.city.units) if c]
        if not centres:
            return None
        count = len(centres)
        return sum(c[0] for c in centres) / count, sum(c[1] for c in centres) / count


def _newer(target: dict[str, Any], message: Message) -> str:
    """The update time of a changed record: the message's, never before the record's."""
    before = read_time(target.get("updated_at"))
    if before is not None and before > message.sent:
        return before.isoformat()
    return message.sent.isoformat()


# what the operator (and the console) made of a record: an Update of the message keeps it
OPERATORS_FIELDS = (
    "id", "state", "assignee", "sla_deadline", "procedure", "created_at", "comments",
    "acknowledged_at", "shelved_until", "shelved_from", "shelve_reason", "steps", "outcome",
    "duplicate_count", "last_repeat_at", "sla_breached",
)


def _updated(target: dict[str, Any], row: dict[str, Any], message: Message) -> dict[str, Any]:
    out = {**row, **{k: target.get(k) for k in OPERATORS_FIELDS if k in target}}
    out["updated_at"] = _newer(target, message)
    out["history"] = [*(target.get("history") or []), {
        "action": "update", "by": row["source"], "at": message.sent.isoformat(),
        "text": row["title"]}]
    out["cap_keys"] = [*(target.get("cap_keys") or []), message.key]
    return out


def _cancelled(target: dict[str, Any], message: Message) -> dict[str, Any]:
    note = next((i.headline or i.description for i in message.infos if i.headline or
                 i.description), "") or message.note
    entry = {"action": "cancel", "by": source_of(message), "at": message.sent.isoformat()}
    if note:
        entry["text"] = note
    return {
        **target,
        "state": "closed",
        "shelved_until": None, "shelved_from": None, "shelve_reason": None,
        "updated_at": _newer(target, message),
        "history": [*(target.get("history") or []), entry],
        "cap_keys": [*(target.get("cap_keys") or []), message.key],
    }
