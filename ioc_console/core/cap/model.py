"""A CAP 1.2 message as plain values: what the parser gives and the rest of the console reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

STATUSES = ("Actual", "Exercise", "System", "Test", "Draft")
MSG_TYPES = ("Alert", "Update", "Cancel", "Ack", "Error")
SCOPES = ("Public", "Restricted", "Private")
CATEGORIES = (
    "Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport",
    "Infra", "CBRNE", "Other",
)
URGENCIES = ("Immediate", "Expected", "Future", "Past", "Unknown")
SEVERITIES = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")
CERTAINTIES = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")
DEFAULT_LANGUAGE = "en-US"  # CAP 1.2: an <info> without <language> is en-US


@dataclass(frozen=True)
class Reference:
    """One entry of ``<references>``: the message it names."""

    sender: str
    identifier: str
    sent: str

    @property
    def key(self) -> str:
        return message_key(self.sender, self.identifier)


def message_key(sender: str, identifier: str) -> str:
    """What names a message across updates: its sender and identifier."""
    return f"{sender},{identifier}"


@dataclass(frozen=True)
class Area:
    """An ``<area>``: its description, its shapes as GeoJSON-like dicts ([lon, lat] order;
    ``{"type": "Circle", "center": [lon, lat], "radius_m": r}`` for a circle; a circle of
    radius 0 is a ``Point``) and its geocodes as ``(valueName, value)`` pairs."""

    desc: str
    shapes: tuple[dict[str, Any], ...] = ()
    geocodes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Info:
    language: str
    categories: tuple[str, ...]
    event: str
    urgency: str
    severity: str
    certainty: str
    headline: str = ""
    description: str = ""
    instruction: str = ""
    sender_name: str = ""
    web: str = ""
    effective: datetime | None = None
    onset: datetime | None = None
    expires: datetime | None = None
    areas: tuple[Area, ...] = ()

    @property
    def base_language(self) -> str:
        return self.language.split("-")[0].strip().lower()


@dataclass(frozen=True)
class Message:
    """A valid CAP 1.2 alert message; ``xml`` is its own document as text (taken out of the
    feed or envelope that carried it)."""

    identifier: str
    sender: str
    sent: datetime
    status: str
    msg_type: str
    scope: str
    infos: tuple[Info, ...] = ()
    references: tuple[Reference, ...] = ()
    note: str = ""
    incidents: str = ""
    xml: str = ""

    @property
    def key(self) -> str:
        return message_key(self.sender, self.identifier)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.language for i in self.infos))

    def infos_for(self, preferred: tuple[str, ...] = ("vi", "en")) -> tuple[Info, ...]:
        """The ``<info>`` blocks in the first language of ``preferred`` the message has (by
        base language: "vi" takes "vi-VN"), else those in the language of the first block."""
        if not self.infos:
            return ()
        for lang in preferred:
            base = lang.split("-")[0].lower()
            chosen = tuple(i for i in self.infos if i.base_language == base)
            if chosen:
                return chosen
        first = self.infos[0].language
        return tuple(i for i in self.infos if i.language == first)

    def expires(self) -> datetime | None:
        """When the message stops being in force: the latest ``expires`` of its blocks (None
        when one of them has none: in force until cancelled)."""
        times = [i.expires for i in self.infos]
        if not times or any(t is None for t in times):
            return None
        return max(t for t in times if t is not None)


@dataclass(frozen=True)
class Refused:
    """A message or document that was not taken, and why (English, for the log)."""

    where: str  # "document", "entry 2", "content object 3" ...
    reason: str
    identifier: str = ""


@dataclass(frozen=True)
class Document:
    """What one document held: ``kind`` is "cap", "atom", "rss" or "edxl"; ``links`` the
    addresses of CAP messages a feed only points to (an index feed)."""

    kind: str
    messages: tuple[Message, ...] = ()
    refused: tuple[Refused, ...] = ()
    links: tuple[str, ...] = field(default_factory=tuple)
