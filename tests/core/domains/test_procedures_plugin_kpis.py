"""The procedures plugin's tiles on the overview show the procedures dashboard's figures for the
same 30 days: the on-time rate counts an early file once (``resolved_on_time`` includes the
early ones), and "overdue" is every file overdue now, whenever it was received."""

from __future__ import annotations

import pytest

from ioc_console.core.clock import city_now
from ioc_console.core.domains.kpi_engine import evaluate
from ioc_console.core.periods import PeriodKind, make_period
from ioc_console.core.procedures import indicators as ind
from ioc_console.demo.data import build_world


def test_overview_tiles_equal_the_dashboard_of_the_last_30_days(builtin_domains, cache):
    now = city_now()  # the plugin counts back from the wall clock's today
    rows = build_world(seed=7, now=now).procedure_results
    cache.apply_items("procedure_results", rows).result()
    board = ind.figures(cache.conn, make_period(PeriodKind.DAYS_30, now))

    def value(name: str) -> float | None:
        return evaluate(builtin_domains.kpis.get(f"procedures.{name}"), rows, now).value

    assert board.counts.early > 0 and board.overdue_now > 0  # the demo city has both
    assert value("on_time_rate") == pytest.approx(board.counts.on_time_rate)
    assert value("online_share") == pytest.approx(board.counts.online_share)
    assert value("overdue_now") == board.overdue_now
