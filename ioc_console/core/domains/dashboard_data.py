"""A whole declarative dashboard computed from the cache (off the GUI thread): its charts and
its list, and what a KPI tile's drill-down takes."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.domains.chart_data import (
    ChartData,
    as_day,
    chart_series,
    field_value,
    read_records,
)
from ioc_console.core.domains.dashboards import (
    DashboardSpec,
)
from ioc_console.core.domains.kpis import Aggregate, Formula, Ratio
from ioc_console.core.domains.table_data import NumberStyle, Row, table_rows
from ioc_console.core.store.match import as_filters, record_matches


@dataclass(frozen=True)
class DashboardData:
    charts: list[ChartData]
    rows: list[Row]
    total: int  # records of the list before its limit
    at: datetime


def compute(
    conn: sqlite3.Connection,
    spec: DashboardSpec,
    now: datetime,
    names: Mapping[str, str] | None = None,
    style: NumberStyle | None = None,
) -> DashboardData:
    """Every chart and the list of ``spec`` from the cache (any thread, its own ``conn``)."""
    charts = [
        chart_series(c, read_records(conn, c.dataset, c.match), now.date(), names)
        for c in spec.charts
    ]
    rows: list[Row] = []
    total = 0
    if spec.table is not None:
        records = read_records(conn, spec.table.dataset, spec.table.match)
        total = len(records)
        rows = table_rows(spec.table, records, names, style)
    return DashboardData(charts, rows, total, now)



def formula_ids(formula: Formula, rows: Sequence[Row], now: datetime) -> frozenset[str] | None:
    """The rows behind a KPI's formula at ``now``: those its aggregate (a ratio's numerator)
    takes; None for a plugin's own function, whose records cannot be told."""
    while isinstance(formula, Ratio):
        formula = formula.numerator
    if not isinstance(formula, Aggregate):
        return None
    filters = as_filters(formula.match)
    taken = [r for r in rows if record_matches(r.record, filters)]
    if formula.condition is not None:
        condition = formula.condition
        taken = [r for r in taken if condition(r.record, now)]
    today = now.astimezone(CITY_TZ).date()
    if formula.within_days > 0:
        first = today - timedelta(days=formula.within_days - 1)
        taken = [r for r in taken
                 if (day := as_day(field_value(r.record, formula.date_field))) is not None
                 and first <= day <= today]
    return frozenset(r.id for r in taken)


def datasets_of(spec: DashboardSpec) -> frozenset[str]:
    """The datasets a dashboard reads (it is recomputed when one of them changes)."""
    names = {c.dataset for c in spec.charts}
    if spec.table is not None:
        names.add(spec.table.dataset)
    return frozenset(names)
