"""The KPI board: values recomputed off the calling thread when the cache or the KPIs change."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.kpi_board import KpiBoard
from ioc_console.core.domains.kpis import Aggregate, KpiDefinition
from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.store.cache import Cache

WAIT_S = 10


class Seen:
    """The ids the board announced, with the thread it announced them on."""

    def __init__(self, board: KpiBoard) -> None:
        self.ids: list[frozenset[str]] = []
        self.threads: set[int] = set()
        self._event = threading.Event()
        board.changed.connect(self._changed)

    def _changed(self, ids: frozenset[str]) -> None:
        self.ids.append(ids)
        self.threads.add(threading.get_ident())
        self._event.set()

    def wait(self, condition) -> None:
        for _ in range(50):
            if condition():
                return
            self._event.wait(WAIT_S / 50)
            self._event.clear()
        assert condition()


def beds(n: int, ward: str = "29869") -> dict:
    return {"id": f"F-{n}", "kind": "hospital", "domain": "healthcare", "beds": 100 + n,
            "ward": ward, "updated_at": f"2026-12-06T08:{n:02d}:00+07:00"}


@pytest.fixture
def cache(tmp_path) -> Iterator[Cache]:
    cache = Cache.open(tmp_path / "cache.db")
    yield cache
    cache.close()


@pytest.fixture
def registry() -> DomainRegistry:
    registry = DomainRegistry()
    registry.kpis.add("healthcare.beds", KpiDefinition(
        "healthcare.beds", "Giường bệnh", "facilities",
        Aggregate("sum", "beds", match={"kind": "hospital"}),
        target=Target(400, 300, 250), plugin_id="healthcare"), "healthcare")
    return registry


def test_the_board_recomputes_when_the_cache_changes(cache, registry):
    board = KpiBoard(cache, registry, debounce_s=0.05)
    seen = Seen(board)
    board.start()
    try:
        seen.wait(lambda: board.value("healthcare.beds") is not None)
        assert board.value("healthcare.beds").value is None  # nothing cached yet
        cache.apply_items("facilities", [beds(1), beds(2)]).result()
        seen.wait(lambda: board.value("healthcare.beds").value == 203)
        assert board.value("healthcare.beds").state is KpiState.RED
        for n in range(3, 6):  # a burst: one sync page after another
            cache.apply_items("facilities", [beds(n)]).result()
        seen.wait(lambda: board.value("healthcare.beds").value == 203 + 103 + 104 + 105)
        assert board.value("healthcare.beds").state is KpiState.MET
        assert threading.get_ident() not in seen.threads  # off the calling thread
        assert all(ids == {"healthcare.beds"} for ids in seen.ids)
    finally:
        board.stop()


def test_the_board_follows_the_kpis_registered_and_removed(cache, registry):
    cache.apply_items("facilities", [beds(1), beds(2)]).result()
    board = KpiBoard(cache, registry, debounce_s=0.05)
    seen = Seen(board)
    board.start()
    try:
        registry.kpis.add("healthcare.hospitals", KpiDefinition(
            "healthcare.hospitals", "Bệnh viện", "facilities", Aggregate("count"),
            plugin_id="healthcare"), "healthcare")
        seen.wait(lambda: board.value("healthcare.hospitals") is not None)
        assert board.value("healthcare.hospitals").value == 2
        registry.kpis.remove("healthcare.hospitals")
        seen.wait(lambda: board.value("healthcare.hospitals") is None)
        assert "healthcare.hospitals" not in board.values()
        assert board.value("healthcare.beds").value == 203
    finally:
        board.stop()


def test_the_profile_sets_the_target_of_a_plugin_kpi(cache, registry, caplog):
    cache.apply_items("facilities", [beds(1), beds(2)]).result()
    overrides = {"healthcare.beds": {"target": 200, "amber": 150, "red": 100},
                 "tourism.visitors": {"target": 1000}}
    board = KpiBoard(cache, registry, overrides=overrides, debounce_s=0.05)
    seen = Seen(board)
    board.start()
    try:
        seen.wait(lambda: board.value("healthcare.beds") is not None)
        assert board.target("healthcare.beds") == Target(200, 150, 100)
        assert board.value("healthcare.beds").state is KpiState.MET  # 203 against the profile's
        assert "tourism.visitors: no plugin registers this KPI" in caplog.text
    finally:
        board.stop()


def test_a_failing_formula_is_reported_once_and_the_other_kpis_go_on(cache, registry):
    cache.apply_items("facilities", [beds(1)]).result()
    registry.kpis.add("security.broken", KpiDefinition(
        "security.broken", "Hỏng", "facilities", lambda rows: rows[0]["missing"],
        plugin_id="security"), "security")
    reports: list[tuple[str, str, object]] = []
    board = KpiBoard(cache, registry, report_error=lambda *a: reports.append(a), debounce_s=0.05)
    seen = Seen(board)
    board.start()
    try:
        seen.wait(lambda: len(board.values()) == 2)
        assert board.value("healthcare.beds").value == 101
        broken = board.value("security.broken")
        assert broken.value is None and "KeyError" in broken.error
        cache.apply_items("facilities", [beds(2)]).result()
        seen.wait(lambda: board.value("healthcare.beds").value == 203)
        assert reports == [("security", "KPI security.broken", broken.error)]
    finally:
        board.stop()


def test_a_feed_not_synced_yet_gives_no_value_and_no_error(cache, registry):
    from ioc_console.core.store import datasets

    feed = datasets.register_feed(datasets.Dataset("boardtest_daily", "/boardtest-daily", "x",
                                                   plugin_id="boardtest"))
    try:
        registry.kpis.add("boardtest.visits", KpiDefinition(
            "boardtest.visits", "Lượt khám", "boardtest_daily", Aggregate("sum", "visits"),
            plugin_id="boardtest"), "boardtest")
        reports: list[tuple] = []
        board = KpiBoard(cache, registry, report_error=lambda *a: reports.append(a),
                         debounce_s=0.05)
        seen = Seen(board)
        board.start()
        try:
            seen.wait(lambda: board.value("boardtest.visits") is not None)
            value = board.value("boardtest.visits")
            assert (value.value, value.error, value.state) == (None, "", KpiState.NONE)
            assert reports == []
        finally:
            board.stop()
    finally:
        datasets.unregister_feed(feed.name)


def test_a_kpi_over_the_last_days_moves_on_with_the_city_day_without_a_change(cache):
    from datetime import datetime, timedelta

    from ioc_console.core.clock import CITY_TZ

    now = [datetime(2026, 12, 6, 23, 59, tzinfo=CITY_TZ)]
    registry = DomainRegistry()
    registry.kpis.add("healthcare.today", KpiDefinition(
        "healthcare.today", "Lượt khám hôm nay", "facilities",
        Aggregate("sum", "visits", within_days=1)), "healthcare")
    cache.apply_items("facilities", [{"id": "TYT-1", "date": "2026-12-06", "visits": 42,
                                      "updated_at": "2026-12-06T23:00:00+07:00"}]).result()
    board = KpiBoard(cache, registry, clock=lambda: now[0], debounce_s=0.05, every_s=0.2)
    seen = Seen(board)
    board.start()
    try:
        seen.wait(lambda: board.value("healthcare.today") is not None)
        assert board.value("healthcare.today").value == 42
        now[0] += timedelta(minutes=2)  # midnight passed: nothing counted today yet
        seen.wait(lambda: board.value("healthcare.today").value is None)
    finally:
        board.stop()


def test_a_console_figure_inside_a_ratio_is_computed_over_the_cache(cache, registry):
    """A plugin's KPI may divide one of the console's own figures by its records' count: the
    board hands the cache's connection to the whole formula, not only to a figure alone."""
    from ioc_console.core.domains.kpis import CacheFigure, Ratio

    cache.apply_items("facilities", [beds(1), beds(2)]).result()

    def tables(conn, _now) -> float:
        return float(conn.execute("SELECT count(*) FROM facilities").fetchone()[0] * 10)

    registry.kpis.add("healthcare.share", KpiDefinition(
        "healthcare.share", "Tỷ lệ", "facilities", Ratio(CacheFigure(tables, "t"),
                                                         Aggregate("count")),
        plugin_id="healthcare"), "healthcare")
    board = KpiBoard(cache, registry, debounce_s=0.05)
    seen = Seen(board)
    board.start()
    try:
        seen.wait(lambda: board.value("healthcare.share") is not None)
        value = board.value("healthcare.share")
        assert value.value == pytest.approx(1000.0), value  # 20 / 2, as a percentage
    finally:
        board.stop()
