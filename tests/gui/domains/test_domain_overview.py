"""The leaders' overview: one tile per registered domain in the domains' order, with its
headline KPI from the KPI board; tiles follow domains registered and unregistered and KPI
values as they change; a click or Enter opens the domain's dashboard in the console."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.dashboards import DashboardSpec, DomainSpec
from ioc_console.core.domains.kpis import Aggregate, KpiDefinition, KpiValue
from ioc_console.core.domains.registry import Dashboard
from ioc_console.core.events import Event
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.panels import PanelSpec
from ioc_console.gui.domains.factory import dashboard_factory

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=CITY_TZ)


class Board:
    def __init__(self) -> None:
        self.changed: Event[[frozenset[str]]] = Event("kpi_board.changed")
        self._values: dict[str, KpiValue] = {}

    def set(self, kpi_id: str, value: float | None, state: KpiState) -> None:
        self._values[kpi_id] = KpiValue(kpi_id, value, state, 1, NOW)
        self.changed.emit(frozenset({kpi_id}))

    def value(self, kpi_id: str) -> KpiValue | None:
        return self._values.get(kpi_id)

    def values(self) -> dict[str, KpiValue]:
        return dict(self._values)


def add_domain(services, plugin: str, title: str, order: int, headline: str = "rate") -> None:
    kpi = f"{plugin}.{headline}"
    services.domains.kpis.add(kpi, KpiDefinition(
        kpi, "Coverage", "facilities", Aggregate("count"), unit="%",
        target=Target(95, 90, 80), plugin_id=plugin))
    services.domains.kpis.add(f"{plugin}.visits", KpiDefinition(
        f"{plugin}.visits", "Visits today", "facilities", Aggregate("count"), unit="lượt",
        decimals=0, plugin_id=plugin))
    services.domains.domains.add(plugin, DomainSpec(
        plugin, QT_TRANSLATE_NOOP("Domains", title), headline_kpi=kpi,
        dashboard=f"{plugin}.dashboard", order=order, kpis=(f"{plugin}.visits",),
        plugin_id=plugin), plugin)


@pytest.fixture
def board(console):
    plugins = console.services.plugins
    for record in list(plugins.records):  # the built-in domains: these tests make their own
        if record.api is not None and record.api.registered.get("domain"):
            plugins.disable(record.id)
    board = Board()
    console.services.kpi_board = board
    return board


@pytest.fixture
def overview(console, board, qtbot):
    services = console.services
    add_domain(services, "healthcare", "Healthcare", 10)
    add_domain(services, "tourism", "Tourism", 50)
    add_domain(services, "education", "Education", 10)
    dock = console.wm.open_panel("overview")
    panel = dock.widget()
    qtbot.waitUntil(lambda: len(panel.tiles) == 3)
    return panel


def titles(panel) -> list[str]:
    return [panel.tiles[d.id].title.text() for d in panel.domains()]


def test_one_tile_per_domain_by_order_then_title(overview):
    assert titles(overview) == ["Education", "Healthcare", "Tourism"]
    tile = overview.tiles["healthcare"]
    assert tile.kpi_title.text() == "Coverage" and tile.value.text() == "–"
    assert tile.others.text() == "Visits today: –"


def test_tiles_follow_kpi_values(overview, board, qtbot):
    board.set("healthcare.rate", 87.25, KpiState.AMBER)
    tile = overview.tiles["healthcare"]
    qtbot.waitUntil(lambda: tile.value.text() == "87.3 %")
    assert tile.state is KpiState.AMBER
    assert tile.target.text() == "target 95.0 % · warning"
    board.set("healthcare.visits", 1234, KpiState.NONE)
    qtbot.waitUntil(lambda: tile.others.text() == "Visits today: 1,234 lượt")
    if os.environ.get("IOC_SCREENSHOTS"):
        overview.window().grab().save(os.path.join(os.environ["IOC_SCREENSHOTS"],
                                                   "overview.png"))


def test_tiles_follow_domains_coming_and_going(overview, console):
    registry = console.services.domains
    registry.domains.remove("tourism")
    assert titles(overview) == ["Education", "Healthcare"]
    add_domain_only = DomainSpec("security", QT_TRANSLATE_NOOP("Domains", "Security"), order=1)
    registry.domains.add("security", add_domain_only, "security")
    assert titles(overview) == ["Security", "Education", "Healthcare"]
    assert overview.tiles["security"].kpi_title.text() == "No headline figure"
    for domain_id in list(registry.domains.ids()):
        registry.domains.remove(domain_id)
    assert not overview.tiles and overview.empty.isVisible()


def test_a_click_opens_the_domains_dashboard_and_enter_brings_it_back(overview, console, qtbot):
    services = console.services
    dashboard = Dashboard("healthcare.dashboard", DashboardSpec(tiles=("healthcare.rate",)),
                          "healthcare")
    services.panels.register(PanelSpec("healthcare.dashboard", QT_TRANSLATE_NOOP(
        "Panels", "Healthcare"), dashboard_factory(dashboard), plugin_id="healthcare"))
    assert not console.wm.is_open("healthcare.dashboard")
    tile = overview.tiles["healthcare"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.wm.is_open("healthcare.dashboard"))
    dock = console.wm.docks["healthcare.dashboard"]
    assert type(dock.widget()).__name__ == "DashboardPanel"
    console.wm.open_panel("overview")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert console.wm.docks["healthcare.dashboard"] is dock and dock.isCurrentTab()
