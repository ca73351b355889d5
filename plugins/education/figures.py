"""The education figures over the last reported school day or exam year, whatever day the
console looks at them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

Records = Sequence[Mapping[str, Any]]
GRADUATION, ENTRANCE = "tot_nghiep_thpt", "tuyen_sinh_10"


def number(value: Any) -> float | None:
    """``value`` when it is a number (not a boolean), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def total(records: Records, field: str) -> float:
    return sum(number(r.get(field)) or 0.0 for r in records)


def share(records: Records, part: str, whole: str) -> float | None:
    """``sum(part) / sum(whole)`` in percent over the records whose ``whole`` is positive."""
    rows = [r for r in records if (number(r.get(whole)) or 0) > 0]
    den = total(rows, whole)
    return 100 * total(rows, part) / den if den else None


def latest(records: Records, field: str) -> list[Mapping[str, Any]]:
    """The records of the greatest ``field`` (the last school day, the last exam year)."""
    stamps = [
        r.get(field)
        for r in records
        if isinstance(r.get(field), str | int) and not isinstance(r.get(field), bool)
    ]
    if not stamps:
        return []
    last = max(stamps, key=str)
    return [r for r in records if r.get(field) == last]


def attendance_last_day(records: Records) -> float | None:
    """Pupils present over pupils enrolled on the last school day reported, in percent."""
    return share(latest(records, "date"), "present", "enrolled")


def attendance_7_days(records: Records) -> float | None:
    """The same over the school days of the last 7 days up to the last one reported."""
    rows = [r for r in records if isinstance(r.get("date"), str)]
    if not rows:
        return None
    try:
        last = date.fromisoformat(max(str(r["date"]) for r in rows))
    except ValueError:
        return None
    first = (last - timedelta(days=6)).isoformat()
    return share([r for r in rows if str(r["date"]) >= first], "present", "enrolled")


def _exam_rate(records: Records, exam: str) -> float | None:
    return share(
        latest([r for r in records if r.get("exam") == exam], "year"), "passed", "candidates"
    )


def graduation_rate(records: Records) -> float | None:
    """Candidates who graduated from upper secondary school in the last exam year, percent."""
    return _exam_rate(records, GRADUATION)


def entrance_rate(records: Records) -> float | None:
    """Grade-10 candidates admitted to a public upper secondary school in the last exam year,
    percent."""
    return _exam_rate(records, ENTRANCE)


def reported_lately(record: Mapping[str, Any], now: datetime, days: int = 1) -> bool:
    """The record's day is ``now``'s day or one of the ``days`` days before it."""
    day = record.get("date")
    return isinstance(day, str) and day >= (now.date() - timedelta(days=days)).isoformat()
