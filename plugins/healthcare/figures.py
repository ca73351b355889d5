"""The healthcare figures that data alone cannot say: over the latest reported day or month of
a daily or monthly dataset, whatever day the console looks at them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

Records = Sequence[Mapping[str, Any]]


def number(value: Any) -> float | None:
    """``value`` when it is a number (not a boolean), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def latest(records: Records, field: str = "date") -> list[Mapping[str, Any]]:
    """The records of the greatest ``field`` (the last reported day or month)."""
    stamps = [str(r[field]) for r in records if isinstance(r.get(field), str)]
    if not stamps:
        return []
    last = max(stamps)
    return [r for r in records if r.get(field) == last]


def last_days(records: Records, days: int) -> list[Mapping[str, Any]]:
    """The records of the last ``days`` days up to the last reported one."""
    rows = [r for r in records if isinstance(r.get("date"), str)]
    if not rows:
        return []
    try:
        last = date.fromisoformat(max(str(r["date"]) for r in rows))
    except ValueError:
        return []
    first = (last - timedelta(days=days - 1)).isoformat()
    return [r for r in rows if str(r["date"]) >= first]


def total(records: Records, field: str) -> float:
    return sum(number(r.get(field)) or 0.0 for r in records)


def share(records: Records, part: str, whole: str, scale: float = 100.0) -> float | None:
    """``sum(part) / sum(whole) * scale`` over the records whose ``whole`` is positive."""
    rows = [r for r in records if (number(r.get(whole)) or 0) > 0]
    den = total(rows, whole)
    return scale * total(rows, part) / den if den else None


def visits_last_day(records: Records) -> float | None:
    rows = latest(records)
    return total(rows, "outpatient") if rows else None


def visits_last_7_days(records: Records) -> float | None:
    rows = last_days(records, 7)
    return total(rows, "outpatient") if rows else None


def bed_occupancy(records: Records) -> float | None:
    """Occupied beds of the last census over the planned beds, in percent."""
    return share(latest(records), "occupied", "beds")


def er_median_wait(records: Records) -> float | None:
    """The emergency departments' median waits of the last reported day, weighted by their
    visits, in minutes."""
    rows = [
        r
        for r in latest(records)
        if number(r.get("er_median_min")) is not None and (number(r.get("emergency")) or 0)
    ]
    visits = total(rows, "emergency")
    if not visits:
        return None
    return (
        sum((number(r["er_median_min"]) or 0) * (number(r["emergency"]) or 0) for r in rows)
        / visits
    )


def er_seen_within_30(records: Records) -> float | None:
    """The share of emergency patients seen by a doctor within 30 minutes on the last
    reported day, weighted by each department's visits, in percent."""
    rows = [
        r
        for r in latest(records)
        if number(r.get("er_within_30_pct")) is not None and (number(r.get("emergency")) or 0)
    ]
    visits = total(rows, "emergency")
    if not visits:
        return None
    return (
        sum((number(r["er_within_30_pct"]) or 0) * (number(r["emergency"]) or 0) for r in rows)
        / visits
    )


def vaccination_coverage(records: Records) -> float | None:
    """Children fully vaccinated over those due, in the last reported month, in percent."""
    return share(latest(records, "month"), "fully_vaccinated", "children_due")


def reported_lately(record: Mapping[str, Any], now: datetime, days: int = 2) -> bool:
    """The record's day is one of the last ``days`` days before ``now``'s (a day is reported
    the next morning)."""
    day = record.get("date")
    return isinstance(day, str) and day >= (now.date() - timedelta(days=days)).isoformat()


def thousands(value: float, decimals: int = 0) -> str:
    """``value`` written the Vietnamese way: 1.234,5."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")
