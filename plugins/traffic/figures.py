"""The traffic-safety domain's arithmetic: the year's plan (fewer accidents, deaths and injuries
than in the same period of last year), this month's figures, the conditions of its record
rules and its map features. Plain functions of records, testable without the console."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from ioc_console.plugin_api import CITY_TZ, FeatureContext, city_today, point_feature, read_time

ACCIDENTS, VIOLATIONS, CONGESTION = "traffic_accidents", "traffic_violations", "traffic_congestion"
Records = Sequence[Mapping[str, Any]]
FATAL_WITHIN = timedelta(hours=48)  # a fatal accident is alerted while this recent
RECENT_VIOLATIONS = timedelta(hours=24)  # violations the map shows
RATE_DAYS = 7  # violations per day: the mean of the last so many whole days


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _total(records: Records, field: str, first: date, last: date) -> float:
    """``field`` summed over the records dated from ``first`` to ``last`` ("": count them)."""
    lo, hi = first.isoformat(), last.isoformat()
    taken = [r for r in records if isinstance(r.get("date"), str) and lo <= r["date"] <= hi]
    return float(len(taken)) if not field else sum(_number(r.get(field)) for r in taken)


def same_day_last_year(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def change_on_last_year(field: str) -> Callable[[Records], float | None]:
    """The KPI: this year's ``field`` total (""; the number of accidents) so far against the
    same period of last year, in per cent (-10: ten per cent fewer); None when last year had
    none."""

    def change(records: Records) -> float | None:
        today = city_today()
        now = _total(records, field, date(today.year, 1, 1), today)
        before = _total(records, field, date(today.year - 1, 1, 1), same_day_last_year(today))
        return None if before == 0 else (now - before) / before * 100

    return change


def this_month(field: str) -> Callable[[Records], float]:
    """The KPI: ``field`` summed ("": accidents counted) since the 1st of this month."""

    def total(records: Records) -> float:
        today = city_today()
        return _total(records, field, today.replace(day=1), today)

    return total


def violations_per_day(records: Records) -> float | None:
    """Violations a day over the last ``RATE_DAYS`` whole days (today is not over yet)."""
    yesterday = city_today() - timedelta(days=1)
    return _total(records, "", yesterday - timedelta(days=RATE_DAYS - 1), yesterday) / RATE_DAYS


def recent_fatal(record: Mapping[str, Any], now: datetime) -> bool:
    """An accident with deaths in the last ``FATAL_WITHIN``."""
    occurred = read_time(record.get("occurred_at"))
    return (
        _number(record.get("deaths")) > 0
        and occurred is not None
        and timedelta(0) <= now - occurred <= FATAL_WITHIN
    )


def accident_text(record: Mapping[str, Any]) -> str:
    occurred = read_time(record.get("occurred_at"))
    when = occurred.astimezone(CITY_TZ).strftime("%H:%M %d/%m") if occurred else "?"
    return (
        f"{record.get('place', '')} · {when} · {record.get('vehicles', '')} · "
        f"{record.get('cause', '')} · ✝ {record.get('deaths', 0)} · + {record.get('injuries', 0)}"
    )


def congestion_text(record: Mapping[str, Any]) -> str:
    parts = (record.get("name"), record.get("road"), record.get("note"))
    speed = record.get("speed_kmh")
    tail = f" · {speed} km/h" if speed is not None else ""
    return " · ".join(str(p) for p in parts if p) + tail


def _ward(row: Mapping[str, Any], ctx: FeatureContext) -> dict[str, str]:
    code = str(row.get("ward", ""))
    return {"ward": code, "ward_name": ctx.ward_names.get(code, "")}


def accident_feature(row: dict, ctx: FeatureContext) -> dict | None:
    """An accident of the last 365 days."""
    occurred = read_time(row.get("occurred_at")) if isinstance(row, dict) else None
    if occurred is None or ctx.now - occurred > timedelta(days=365):
        return None
    return point_feature(
        "traffic_accident",
        row,
        lambda: {
            "name": str(row.get("road", "")),
            "text": accident_text(row),
            "deaths": _number(row.get("deaths")),
            **_ward(row, ctx),
        },
    )


def violation_feature(row: dict, ctx: FeatureContext) -> dict | None:
    """A violation of the last 24 hours, at its camera."""
    detected = read_time(row.get("detected_at")) if isinstance(row, dict) else None
    if detected is None or ctx.now - detected > RECENT_VIOLATIONS:
        return None
    return point_feature(
        "traffic_violation",
        row,
        lambda: {
            "name": str(row.get("type", "")),
            "text": f"{row.get('plate', '')} · {row.get('camera_name', '')} · "
            + detected.astimezone(CITY_TZ).strftime("%H:%M %d/%m"),
            "camera_id": str(row.get("camera_id", "")),
            **_ward(row, ctx),
        },
    )


def congestion_feature(row: dict, ctx: FeatureContext) -> dict | None:
    return point_feature(
        "traffic_congestion",
        row,
        lambda: {
            "name": f"{row.get('name', '')} — {row.get('level_text', '')}",
            "text": congestion_text(row),
            "level": _number(row.get("level")),
            "camera_id": str(row.get("camera_id") or ""),
            **_ward(row, ctx),
        },
    )
