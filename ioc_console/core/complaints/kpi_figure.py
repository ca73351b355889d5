"""One complaint KPI of the dashboard as a figure elsewhere (the leaders' overview): computed by
the dashboard's own arithmetic (:func:`kpis.figures`) for the city over a period of the
dashboard's (all records by default: the period the dashboard opens on), so that a figure
shown under a KPI's name is the same wherever it is shown."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ioc_console.core.complaints import kpis
from ioc_console.core.complaints.kpi_defs import BY_ID
from ioc_console.core.domains.kpis import CacheFigure
from ioc_console.core.periods import PeriodKind, make_period


def figure(conn: sqlite3.Connection, kpi_id: str, now: datetime,
           period: PeriodKind = PeriodKind.ALL, scope: kpis.Scope = kpis.CITY) -> float | None:
    """The value the dashboard's tile ``kpi_id`` shows for ``period`` (as it stands at ``now``)
    and ``scope``."""
    return kpis.figures(conn, make_period(period, now), scope, now).value(kpi_id)


def console_figure(kpi_id: str, period: str = PeriodKind.ALL.value) -> CacheFigure:
    """The complaint dashboard's KPI ``kpi_id`` (``complaints.on_time_rate``) of the whole city
    over ``period`` (``today``, ``7d``, ``30d``, ``month``, ``quarter``, ``year`` or ``all``), as
    a KPI formula. KeyError naming the known KPIs for another id; ValueError for another
    period."""
    if kpi_id not in BY_ID:
        raise KeyError(f"no console KPI {kpi_id!r}; known: {', '.join(BY_ID)}")
    kind = PeriodKind(period)
    if kind is PeriodKind.CUSTOM:
        raise ValueError("a figure of the overview needs a period that moves on with the days")

    def compute(conn: sqlite3.Connection, now: datetime) -> float | None:
        return figure(conn, kpi_id, now, kind)

    return CacheFigure(compute, kpi_id)
