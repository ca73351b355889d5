"""The figures of a declarative dashboard (:mod:`ioc_console.core.domains.dashboards`) computed
from records, Qt-free: a chart's series (:func:`chart_series`) and the rows of its list
(:mod:`ioc_console.core.domains.table_data`), each knowing the records behind it (for
drill-downs); :mod:`ioc_console.core.domains.dashboard_data` computes a whole dashboard.

The Qt layer reads the records off the GUI thread (:func:`read_records`) and only draws what
comes back.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ioc_console.core.clock import CITY_TZ, read_time
from ioc_console.core.domains.dashboards import (
    ChartKind,
    ChartSpec,
    Reduce,
)
from ioc_console.core.store.datasets import dataset
from ioc_console.core.store.match import Match, as_filters, filter_sql

log = logging.getLogger(__name__)
Record = Mapping[str, Any]


# -- reading -------------------------------------------------------------------------------


def read_records(
    conn: sqlite3.Connection, name: str, match: Match | None = None
) -> list[dict[str, Any]]:
    """The cached records of dataset ``name`` matching ``match``, in id order; none when the
    dataset is unknown or has no table yet (a feed registered before its first sync)."""
    try:
        table = dataset(name).name
    except KeyError:
        log.warning("dashboard: unknown dataset %r", name)
        return []
    where, params = filter_sql(as_filters(match))
    sql = f"SELECT body FROM {table}" + (f" WHERE {where}" if where else "") + " ORDER BY id"
    try:
        return [json.loads(body) for (body,) in conn.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        log.info("dashboard: dataset %s not readable yet (%s)", name, exc)
        return []


# -- field values --------------------------------------------------------------------------


def field_value(record: Record, name: str) -> Any:
    """``record[name]``; a dotted name reads a nested object (``address.ward``)."""
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def as_number(value: Any) -> float | None:
    """A number from a record (numbers, numeric text); None for anything else."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def as_day(value: Any) -> date | None:
    """The city's calendar day of a date (``2026-12-04``) or a date-time text; None otherwise."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    if len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    moment = read_time(value)
    return moment.astimezone(CITY_TZ).date() if moment is not None else None


def within_days(records: Iterable[Record], days: int, date_field: str, today: date) -> list[Record]:
    """The records whose ``date_field`` lies in the last ``days`` days of the city's calendar
    (today and the ``days - 1`` before it); all of them when ``days`` is 0."""
    records = list(records)
    if days <= 0:
        return records
    first = today - timedelta(days=days - 1)
    kept = []
    for record in records:
        day = as_day(field_value(record, date_field))
        if day is not None and first <= day <= today:
            kept.append(record)
    return kept


def record_id(record: Record) -> str:
    value = record.get("id")
    return "" if value is None else str(value)


# -- charts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartData:
    """A chart's series: ``keys`` (the x values, as text: a category or an ISO day), their
    ``labels`` for the axis, one list of values per y (``series``, None where a group has no
    value) titled ``titles``; ``ids`` the records behind each x. ``dates``: x are days."""

    spec: ChartSpec
    keys: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    series: list[list[float | None]] = field(default_factory=list)
    ids: list[list[str]] = field(default_factory=list)
    dates: bool = False
    records: int = 0  # the records the chart was computed from

    @property
    def empty(self) -> bool:
        return not self.keys


def group_key(value: Any) -> str | None:
    """The x group of a value as text; a date-time falls in its city day (``2026-12-04``)."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and len(value) > 10 and value[4:5] == "-":
        day = as_day(value)
        if day is not None:
            return day.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _reduce(reduce: Reduce, group: list[Record], y: str, order_by: str) -> float | None:
    if reduce is Reduce.COUNT:
        return float(len(group))
    if reduce is Reduce.LAST:
        dated = [r for r in group if as_number(field_value(r, y)) is not None]
        if not dated:
            return None
        last = max(dated, key=lambda r: str(field_value(r, order_by) or ""))
        return as_number(field_value(last, y))
    numbers = [n for r in group if (n := as_number(field_value(r, y))) is not None]
    if not numbers:
        return None
    return sum(numbers) if reduce is Reduce.SUM else sum(numbers) / len(numbers)


def day_label(day: date) -> str:
    return day.strftime("%d/%m")


def chart_series(
    spec: ChartSpec,
    records: Sequence[Record],
    today: date,
    names: Mapping[str, str] | None = None,
) -> ChartData:
    """``spec`` over ``records`` (already of its dataset and match): those within
    ``within_days`` are grouped by ``x`` (a date-time by its city day), every y reduced per
    group. When x are days they are in date order, and with ``within_days`` every day of the
    window is there (a day without records: 0 counted; no sum, mean or last value, and the
    days after the last one reported are left out, so a report not yet in is not a false 0);
    RANKED charts are largest first (the first ``limit``); other categories in their order
    (``limit``: the last so many days, the first so many categories). ``names`` label ward
    codes (and any other code) by their names."""
    names = names or {}
    kept = within_days(records, spec.within_days, spec.date_field, today)
    groups: dict[str, list[Record]] = {}
    for record in kept:
        key = group_key(field_value(record, spec.x))
        if key is not None:
            groups.setdefault(key, []).append(record)
    days = {key: as_day(key) for key in groups}
    dates = bool(groups) and all(d is not None for d in days.values())
    ys = spec.y or ("",)
    order_by = spec.date_field if spec.date_field else "updated_at"

    def values(key: str) -> list[float | None]:
        return [_reduce(spec.reduce, groups[key], y, order_by) for y in ys]

    keys = list(groups)
    if dates and spec.within_days > 0 and spec.kind is not ChartKind.RANKED:
        # every day of the window, a day without records too (counted 0; summed: no value)
        first = today - timedelta(days=spec.within_days - 1)
        last = today if spec.reduce is Reduce.COUNT else max(d for d in days.values() if d)
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            key = day.isoformat()
            if key not in groups:
                groups[key], days[key] = [], day
                keys.append(key)
    if spec.kind is ChartKind.RANKED:
        keys.sort(key=lambda k: (-(values(k)[0] or 0.0), names.get(k, k)))
        if spec.limit:
            keys = keys[: spec.limit]
    else:
        if dates:
            keys.sort(key=lambda k: days[k])  # type: ignore[arg-type, return-value]
        else:
            keys.sort(key=lambda k: (as_number(k) is None, as_number(k) or 0.0, k))
        if spec.limit:
            keys = keys[-spec.limit :] if dates else keys[: spec.limit]
    series: list[list[float | None]] = [[] for _ in ys]
    for key in keys:
        for index, value in enumerate(values(key)):
            series[index].append(value)
    labels = [day_label(days[k]) if dates else names.get(k, k) for k in keys]  # type: ignore[arg-type]
    ids = [[record_id(r) for r in groups[k]] for k in keys]
    return ChartData(spec, keys, labels, series, ids, dates, len(kept))
