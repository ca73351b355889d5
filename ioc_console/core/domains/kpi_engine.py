"""The KPI engine: a :class:`~ioc_console.core.domains.kpis.KpiDefinition` evaluated over the
records of its dataset into a :class:`~ioc_console.core.domains.kpis.KpiValue`.

Pure and Qt-free: the records are given (the KPI board reads them from the cache), ``now``
fixes "today" in the city's calendar. A formula that fails (a plugin's function raising or
returning something that is not a number) gives a value with its ``error`` and no band; it
never raises.

- :class:`~ioc_console.core.domains.kpis.Aggregate`: ``count`` counts the matching records
  (those with the field, when one is named); ``sum``, ``mean``, ``min`` and ``max`` take the
  field's numbers (other values are skipped; no number: no value); ``latest`` is the field of
  the record with the greatest ``order_by`` (times compared as times, numbers as numbers).
  ``within_days`` keeps the records whose ``date_field`` is one of the last so many days of
  the city's calendar, today included (a date or a date-time; none: left out).
- :class:`~ioc_console.core.domains.kpis.Ratio`: numerator over denominator times
  ``scale``; no value when either is unknown or the denominator is 0.
- :class:`~ioc_console.core.domains.kpis.CacheFigure`: the console's own figure, computed over
  the cache's connection (``conn``; without one it fails); the records are not read for it.
- A function of the records: its number, or None.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from ioc_console.core.clock import CITY_TZ, read_time
from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.kpis import (
    Aggregate,
    CacheFigure,
    Formula,
    KpiDefinition,
    KpiValue,
    Ratio,
)
from ioc_console.core.store.match import as_filters, field_value, record_matches

log = logging.getLogger(__name__)
Records = Sequence[Mapping[str, Any]]


class FormulaError(Exception):
    """A formula gave something that is not a figure."""


def evaluate(
    definition: KpiDefinition,
    records: Records,
    now: datetime,
    target: Target | None = None,
    conn: sqlite3.Connection | None = None,
) -> KpiValue:
    """``definition`` over ``records`` (or the cache's ``conn``, for a
    :class:`~ioc_console.core.domains.kpis.CacheFigure`) at ``now``; its band against ``target``
    (default: the definition's own target). A failing formula gives ``error`` and state NONE."""
    try:
        value, count = compute(definition.formula, records, now, conn)
    except Exception as exc:  # a plugin's formula: contained, told in the value
        log.warning("KPI %s: the formula failed: %s", definition.id, exc)
        return KpiValue(definition.id, None, KpiState.NONE, len(records), now, _describe(exc))
    return KpiValue(definition.id, value, definition.state_of(value, target), count, now)


def compute(
    formula: Formula, records: Records, now: datetime, conn: sqlite3.Connection | None = None
) -> tuple[float | None, int]:
    """The value of ``formula`` over ``records`` (``conn``: the cache, for a
    :class:`~ioc_console.core.domains.kpis.CacheFigure`) and how many records it stands on.
    Raises what a plugin's function raises, or :class:`FormulaError`."""
    if isinstance(formula, Aggregate):
        return aggregate(formula, records, now)
    if isinstance(formula, CacheFigure):
        if conn is None:
            raise FormulaError(f"{formula.name or 'the figure'} needs the cache, which is not open")
        return _number(formula.compute(conn, now)), len(records)
    if isinstance(formula, Ratio):
        numerator, _ = compute(formula.numerator, records, now, conn)
        denominator, count = compute(formula.denominator, records, now, conn)
        if numerator is None or denominator is None or denominator == 0:
            return None, count
        return numerator / denominator * formula.scale, count
    if callable(formula):
        return _number(formula(records)), len(records)
    raise FormulaError(f"{formula!r} is not an Aggregate, a Ratio or a function of the records")


def aggregate(formula: Aggregate, records: Records, now: datetime) -> tuple[float | None, int]:
    """One :class:`Aggregate` over ``records`` (see the module's description)."""
    filters = as_filters(formula.match)  # a tuple of FieldFilters already, typed as given
    taken = [r for r in records if record_matches(r, filters)]
    if formula.condition is not None:
        taken = [r for r in taken if formula.condition(r, now)]
    if formula.within_days > 0:
        today = now.astimezone(CITY_TZ).date()
        first = today - timedelta(days=formula.within_days - 1)
        taken = [r for r in taken if _within(field_value(r, formula.date_field), first, today)]
    if formula.op == "count":
        if formula.field:
            taken = [r for r in taken if field_value(r, formula.field) is not None]
        return float(len(taken)), len(taken)
    if formula.op == "latest":
        ordered = [(key, r) for r in taken if (key := _order_key(field_value(r, formula.order_by)))]
        if not ordered:
            return None, len(taken)
        best = max(ordered, key=lambda pair: pair[0])[1]
        return _optional_number(field_value(best, formula.field)), len(taken)
    values = (_optional_number(field_value(r, formula.field)) for r in taken)
    numbers = [n for n in values if n is not None]
    if not numbers:
        return None, len(taken)
    if formula.op == "sum":
        return float(math.fsum(numbers)), len(taken)
    if formula.op == "mean":
        return math.fsum(numbers) / len(numbers), len(taken)
    if formula.op == "min":
        return float(min(numbers)), len(taken)
    return float(max(numbers)), len(taken)


def day_of(value: Any) -> date | None:
    """The city's calendar day of a date (``2026-12-06``) or date-time text; None if none."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    moment = read_time(value)
    return moment.astimezone(CITY_TZ).date() if moment is not None else None


def _within(value: Any, first: date, last: date) -> bool:
    day = day_of(value)
    return day is not None and first <= day <= last


def _order_key(value: Any) -> tuple[int, float | str] | None:
    """How ``latest`` orders records: numbers, then date-times, then other text."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (1, float(value))
    moment = read_time(value)
    if moment is not None:
        return (2, moment.timestamp())
    return (3, str(value))


def _optional_number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return None if math.isnan(number) or math.isinf(number) else number


def _number(value: Any) -> float | None:
    """A plugin function's result as a figure: a number or None; anything else is an error."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FormulaError(f"the formula gave {value!r:.60}, not a number")
    return _optional_number(value)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
