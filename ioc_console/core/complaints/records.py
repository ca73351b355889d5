"""The complaint list's rows, read from the cache in one SQL pass (the fields the list shows,
not the whole record), with what sorting and searching need computed once per row."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from ioc_console.core.clock import read_time
from ioc_console.core.complaints.workflow import HANDLED
from ioc_console.core.text import fold, one_tone_placement

# an agency's name as the dashboard names it ("… Hoà Thuận" and "… Hòa Thuận" are one agency);
# a city has a few hundred agencies, the list 100,000 rows
agency_name = lru_cache(maxsize=4096)(one_tone_placement)
SOON_S = 48 * 3600  # due within this many seconds: "due soon"
FIELDS = (
    "id",
    "requested_datetime",
    "channel",
    "category",
    "service_name",
    "ward",
    "unit_id",
    "current_ward",
    "agency_responsible",
    "state",
    "legal_deadline",
    "address",
    "description",
    "lat",
    "long",
)
_SQL = (
    "SELECT "
    + ", ".join("id" if name == "id" else f"json_extract(body, '$.{name}')" for name in FIELDS)
    + " FROM complaints"
)


@dataclass(slots=True)
class ComplaintRow:
    """What the list shows of one complaint."""

    id: str
    received: str  # ISO text, as the record has it (sorts as time within one offset)
    channel: str
    category: str
    category_name: str
    ward: str  # the ward of the day it was received (code)
    unit_id: str
    current_ward: str  # today's ward (code)
    agency: str
    state: str
    deadline: str
    address: str
    description: str
    lat: float | None
    lon: float | None
    received_ts: float = 0.0
    deadline_ts: float = 0.0  # 0: no deadline
    folded: str = field(default="", repr=False)  # every searchable field, folded

    @property
    def handled(self) -> bool:
        return self.state in HANDLED

    def seconds_left(self, now_ts: float) -> float | None:
        """Seconds until the deadline (negative: overdue); None when handled or no deadline."""
        if self.handled or not self.deadline_ts:
            return None
        return self.deadline_ts - now_ts

    def overdue(self, now_ts: float) -> bool:
        left = self.seconds_left(now_ts)
        return left is not None and left < 0

    def due_soon(self, now_ts: float) -> bool:
        left = self.seconds_left(now_ts)
        return left is not None and 0 <= left < SOON_S

    def urgency(self, now_ts: float) -> tuple[int, float]:
        """Sort key: overdue first (most overdue first), then due soon, open, handled."""
        left = self.seconds_left(now_ts)
        if left is None:
            return (3, -self.received_ts)
        if left < 0:
            return (0, left)
        return (1 if left < SOON_S else 2, left)


def _ts(text: str) -> float:
    moment = read_time(text)
    return moment.timestamp() if moment else 0.0


def row_from(values: Iterable[object]) -> ComplaintRow:
    """A row from the values of :data:`FIELDS`, in that order (None becomes "")."""
    (
        cid,
        received,
        channel,
        category,
        name,
        ward,
        unit,
        current,
        agency,
        state,
        deadline,
        address,
        text,
        lat,
        lon,
    ) = values
    row = ComplaintRow(
        str(cid),
        str(received or ""),
        str(channel or ""),
        str(category or ""),
        str(name or category or ""),
        str(ward or ""),
        str(unit or ""),
        str(current or ""),
        agency_name(str(agency or "")),
        str(state or "received"),
        str(deadline or ""),
        str(address or ""),
        str(text or ""),
        float(lat) if isinstance(lat, int | float) else None,
        float(lon) if isinstance(lon, int | float) else None,
    )
    row.received_ts = _ts(row.received)
    row.deadline_ts = _ts(row.deadline)
    # a leading space before every word: a query word matches the start of a word
    row.folded = " " + fold(
        " ".join(
            (
                row.id,
                row.id.replace("-", " "),
                row.category_name,
                row.agency,
                row.address,
                row.description,
            )
        )
    )
    return row


def row_of(item: dict) -> ComplaintRow:
    """A row from a whole complaint record."""
    values = [item.get(name) for name in FIELDS]
    return row_from(values)


def load_rows(conn: sqlite3.Connection, ids: Iterable[str] | None = None) -> list[ComplaintRow]:
    """Every cached complaint (or those of ``ids``) as rows, in the cache's id order."""
    if ids is None:
        cursor = conn.execute(_SQL + " WHERE json_extract(body, '$.deleted') IS NOT 1")
        return [row_from(values) for values in cursor]
    wanted = list(ids)
    rows: list[ComplaintRow] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        sql = _SQL + f" WHERE id IN ({marks}) AND json_extract(body, '$.deleted') IS NOT 1"
        rows.extend(row_from(values) for values in conn.execute(sql, chunk))
    return rows


def unit_names(conn: sqlite3.Connection) -> tuple[dict[str, str], dict[str, str]]:
    """Names of today's units by ward code, and of every unit version by unit id."""
    by_code: dict[str, str] = {}
    by_id: dict[str, str] = {}
    sql = (
        "SELECT id, json_extract(body, '$.code'), json_extract(body, '$.name'), "
        "json_extract(body, '$.valid_to') FROM units ORDER BY "
        "json_extract(body, '$.valid_from')"
    )
    for uid, code, name, valid_to in conn.execute(sql):
        if not name:
            continue
        by_id[str(uid)] = str(name)
        if code and (valid_to is None or str(code) not in by_code):
            by_code[str(code)] = str(name)
    return by_code, by_id


def now_ts(now: datetime | None = None) -> float:
    return (now or datetime.now().astimezone()).timestamp()
