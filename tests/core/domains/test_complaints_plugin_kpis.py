"""The complaints plugin's tiles on the overview show the complaint dashboard's figures for the
same period (all records: the period the dashboard opens on) and scope (the city), computed by
the same definitions: "on time" among the complaints handled or past their deadline, "open"
those received and not handled at the moment, "satisfied" among those who rated."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from ioc_console.core.clock import city_now, read_time
from ioc_console.core.complaints import kpis, workflow
from ioc_console.core.config.targets import DEFAULT_TARGETS
from ioc_console.core.domains.kpi_board import KpiBoard
from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.periods import PeriodKind, make_period
from ioc_console.core.store.cache import Cache
from ioc_console.demo.data import build_world

TILES = ("handled_rate", "on_time_rate", "open_now", "satisfaction_rate")
WAIT_S = 10.0


def board_values(cache: Cache, registry: DomainRegistry, now: datetime,
                 wanted: int = 0) -> dict[str, float | None]:
    """The overview's figures: the KPI board's values of the complaints tiles at ``now``
    (after ``wanted`` recomputations beyond the first, each triggered by a cache change)."""
    board = KpiBoard(cache, registry, DEFAULT_TARGETS, clock=lambda: now, debounce_s=0.05)
    ready = threading.Event()
    board.changed.connect(lambda _ids: ready.set())
    board.start()
    try:
        assert ready.wait(WAIT_S)
        deadline = threading.Event()
        while not all(board.value(f"complaints.{n}") is not None for n in TILES):
            assert not deadline.wait(0.05) and ready.wait(WAIT_S)
        return {n: board.value(f"complaints.{n}").value for n in TILES}
    finally:
        board.stop()


def dashboard_figures(cache: Cache, now: datetime) -> kpis.Figures:
    """What the complaint dashboard shows for the city over all records (its opening period)."""
    period = make_period(PeriodKind.ALL, now)
    return kpis.dashboard(cache.conn, period, kpis.CITY, now).figures


def test_overview_tiles_equal_the_dashboard_of_all_records(builtin_domains, cache):
    """The demo city's records as they stood a month ago, seen today: the complaints still open
    are past their deadline, late for the dashboard though nobody resolved them late."""
    now = city_now().replace(microsecond=0)
    world = build_world(seed=7, now=now - timedelta(days=30))
    cache.apply_items("complaints", world.complaints).result()
    board = dashboard_figures(cache, now)
    assert board.open_now > 0 and board.overdue_now > 0 and board.counts.late > 0
    assert board.counts.rated > 0

    overview = board_values(cache, builtin_domains, now)

    for name in TILES:
        assert overview[name] == pytest.approx(board.value(f"complaints.{name}")), name


def test_overview_tiles_count_a_reopened_complaint_as_the_dashboard_does(builtin_domains, cache):
    """A complaint resolved on time, reopened by the citizen and resolved again after its
    deadline is late from its last resolution, on the overview as on the dashboard."""
    now = city_now().replace(microsecond=0)
    complaints = build_world(seed=7, now=now).complaints
    cache.apply_items("complaints", complaints).result()
    before = dashboard_figures(cache, now)
    done = next(c for c in reversed(complaints) if c["state"] == "closed"
                and read_time(c["legal_deadline"]) < now - timedelta(days=2))
    steps = (("reopen", now - timedelta(days=2), None),
             ("resolve", now - timedelta(days=1), None), ("close", now, 2))
    for name, at, rating in steps:
        text = None if name == "close" else "Người dân phản ánh chưa xử lý dứt điểm"
        done = workflow.apply(done, workflow.Action(name, text=text, rating=rating), "1022", at)
    cache.apply_items("complaints", [{**done, "updated_at": now.isoformat()}]).result()
    after = dashboard_figures(cache, now)
    assert after.counts.late == before.counts.late + 1
    assert after.counts.satisfied == before.counts.satisfied - 1

    overview = board_values(cache, builtin_domains, now)

    for name in TILES:
        assert overview[name] == pytest.approx(after.value(f"complaints.{name}")), name
