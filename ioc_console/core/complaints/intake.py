"""Taking a complaint: the form's content checked, the request body for the backend, and an
address typed by the operator resolved against the city's streets and units as the cache
knows them (unit names and centres; streets from the places of the complaints it holds)."""

from __future__ import annotations

import re
import sqlite3
import statistics
from dataclasses import dataclass

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message, TrText
from ioc_console.core.text import fold

CHANNELS = ("phone", "email", "facebook", "website", "zalo", "edongthap")
CHANNEL_TITLES: dict[str, TrText] = {
    "phone": QT_TRANSLATE_NOOP("Complaints", "Telephone"),
    "email": QT_TRANSLATE_NOOP("Complaints", "Email"),
    "facebook": QT_TRANSLATE_NOOP("Complaints", "Facebook"),
    "website": QT_TRANSLATE_NOOP("Complaints", "1022 website"),
    "zalo": QT_TRANSLATE_NOOP("Complaints", "Zalo"),
    "edongthap": QT_TRANSLATE_NOOP("Complaints", "eDongThap app"),
}
MAX_TEXT = 4000
PATH = "/complaints"  # below /api/v1: the outbox's path for a new complaint


@dataclass(frozen=True)
class IntakeForm:
    channel: str
    category: str
    text: str
    lat: float | None = None
    lon: float | None = None
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_consent: bool = False  # the citizen agreed that the contact be kept
    attach_to: str | None = None  # an existing complaint the call is about instead


def problems(form: IntakeForm) -> list[Message]:
    """What keeps the form from being filed, in the order of its fields (empty: it can be)."""
    out: list[Message] = []
    if form.channel not in CHANNELS:
        out.append(Message(QT_TRANSLATE_NOOP("Complaints", "Choose the channel")))
    if not form.category:
        out.append(Message(QT_TRANSLATE_NOOP("Complaints", "Choose the category")))
    if not form.text.strip():
        out.append(Message(QT_TRANSLATE_NOOP("Complaints", "Write what the citizen reports")))
    elif len(form.text) > MAX_TEXT:
        out.append(
            Message(
                QT_TRANSLATE_NOOP("Complaints", "The text is longer than %1 characters"), MAX_TEXT
            )
        )
    if form.lat is None or form.lon is None:
        out.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Complaints", "Pick the place on the map or type an address that can be found"
                )
            )
        )
    if (form.contact_name.strip() or form.contact_phone.strip()) and not form.contact_consent:
        out.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Complaints",
                    "The citizen's contact is kept only with their consent: tick it or "
                    "clear the contact",
                )
            )
        )
    return out


def known_categories(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The complaint categories (code, name) of the complaints the cache holds, by name: the
    categories an intake can be filed under when no list of complaints is at hand."""
    rows = conn.execute(
        "SELECT json_extract(body, '$.category') AS code, "
        "MAX(json_extract(body, '$.service_name')) FROM complaints "
        "WHERE code IS NOT NULL GROUP BY code"
    ).fetchall()
    return sorted(((str(code), str(name or code)) for code, name in rows), key=lambda c: c[1])


def with_reference(text: str, reference: str, label: str) -> str:
    """The complaint's text with the origin it was filed from (``label``: "Nguồn: %1")."""
    text = text.strip()
    if not text or not reference or reference in text:
        return text
    return f"{text}\n\n{label.replace('%1', reference)}"


def intake_body(form: IntakeForm) -> dict:
    """The body of ``POST /complaints``. The contact goes only with the citizen's consent;
    the backend keeps it apart from the complaint, as its privacy rules say."""
    body: dict = {
        "channel": form.channel,
        "category": form.category,
        "description": form.text.strip(),
        "lat": form.lat,
        "long": form.lon,
    }
    if form.address.strip():
        body["address"] = form.address.strip()
    if form.contact_consent and (form.contact_name.strip() or form.contact_phone.strip()):
        body["contact"] = {
            "name": form.contact_name.strip() or None,
            "phone": form.contact_phone.strip() or None,
            "consent": True,
        }
    return body


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float
    label: str  # what was found: "đường Nguyễn Huệ, Phường Mỹ Phú"


_STREET = re.compile(
    r"^(?:số \d+\w*|hẻm \d+\w*|gần [^,]*,)?\s*(?P<street>[^,]+),\s*(?P<unit>[^,]+)", re.I
)


class AddressBook:
    """Unit names and streets, each with a point, read once from the cache."""

    def __init__(
        self,
        units: dict[str, tuple[float, float]],
        streets: dict[tuple[str, str], tuple[float, float]],
    ) -> None:
        self.units = units  # unit name -> centre
        self.streets = streets  # (street phrase, unit name) -> middle of its known places

    @classmethod
    def from_cache(cls, conn: sqlite3.Connection) -> AddressBook:
        units: dict[str, tuple[float, float]] = {}
        for name, lat, lon in conn.execute(
            "SELECT json_extract(body, '$.name'), json_extract(body, '$.lat'), "
            "json_extract(body, '$.lon') FROM units ORDER BY json_extract(body, '$.valid_from')"
        ):
            if name and isinstance(lat, int | float) and isinstance(lon, int | float):
                units[str(name)] = (float(lat), float(lon))
        points: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for address, lat, lon in conn.execute(
            "SELECT json_extract(body, '$.address'), json_extract(body, '$.lat'), "
            "json_extract(body, '$.long') FROM complaints"
        ):
            if not isinstance(address, str) or not isinstance(lat, int | float):
                continue
            found = _STREET.match(address.strip())
            if found and isinstance(lon, int | float):
                key = (found["street"].strip(), found["unit"].strip())
                points.setdefault(key, []).append((float(lat), float(lon)))
        streets = {
            key: (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
            for key, pts in points.items()
        }
        return cls(units, streets)

    def resolve(self, text: str) -> Place | None:
        """The best place for ``text``: a street in the unit named (or alone), else the unit;
        None when neither a street nor a unit of the city is named."""
        query = " " + fold(text.replace(",", " ")) + " "
        unit = self._best(query, list(self.units))
        candidates = [(street, u) for (street, u) in self.streets if f" {_core(street)} " in query]
        if candidates:
            in_unit = [c for c in candidates if unit is None or c[1] == unit]
            street, u = max(in_unit or candidates, key=lambda c: len(_core(c[0])))
            lat, lon = self.streets[(street, u)]
            return Place(lat, lon, f"{street}, {u}")
        if unit is not None:
            lat, lon = self.units[unit]
            return Place(lat, lon, unit)
        return None

    @staticmethod
    def _best(query: str, names: list[str]) -> str | None:
        found = [n for n in names if f" {fold(n)} " in query]
        return max(found, key=len) if found else None


def _core(street: str) -> str:
    """A street's name without its kind, folded: "đường Nguyễn Huệ" -> "nguyen hue"."""
    folded = fold(street)
    for word in ("duong ",):
        if folded.startswith(word):
            return folded[len(word) :]
    return folded
