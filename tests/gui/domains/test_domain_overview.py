"""The leaders' overview: one tile per registered domain in the domains' order, with its
headline KPI from the KPI board; tiles follow domains registered and unregistered and KPI
values as they change; a click or Enter opens the domain's dashboard in the console."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.dashboards import DashboardSpec, DomainSpec
from ioc_console.core.domains.kpis import Aggregate, KpiDefinition
from ioc_console.core.domains.registry import Dashboard
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.panels import PanelSpec
from ioc_console.gui.domains.factory import dashboard_factory


def add_domain(services, plugin: str, title: str, order: int, headline: str = "rate") -> None:
    kpi = f"{plugin}.{headline}"
    mine = {"domain": plugin}
    services.domains.kpis.add(kpi, KpiDefinition(
        kpi, "Coverage", "facilities", Aggregate("latest", "rate", mine), unit="%",
        target=Target(95, 90, 80), plugin_id=plugin))
    services.domains.kpis.add(f"{plugin}.visits", KpiDefinition(
        f"{plugin}.visits", "Visits today", "facilities", Aggregate("sum", "visits", mine),
        unit="lượt", decimals=0, plugin_id=plugin))
    services.domains.domains.add(plugin, DomainSpec(
        plugin, QT_TRANSLATE_NOOP("Domains", title), headline_kpi=kpi,
        dashboard=f"{plugin}.dashboard", order=order, kpis=(f"{plugin}.visits",),
        plugin_id=plugin), plugin)


def record(plugin: str, n: int, rate: float, visits: int, minute: int = 0) -> dict:
    return {"id": f"{plugin}-{n}", "domain": plugin, "rate": rate, "visits": visits,
            "updated_at": f"2026-12-06T08:{minute:02d}:00+07:00"}


@pytest.fixture
def board(console):
    board = console.services.kpi_board
    yield board
    board.stop()


@pytest.fixture
def overview(console, board, qtbot):
    plugins = console.services.plugins
    for loaded in list(plugins.records):  # the built-in domains: these tests make their own
        if loaded.api is not None and loaded.api.registered.get("domain"):
            plugins.disable(loaded.id)
    services = console.services
    for domain_id in services.domains.domains.ids():  # the built-in plugins' (complaints, ...)
        services.domains.domains.remove(domain_id)
    add_domain(services, "healthcare", "Healthcare", 10)
    add_domain(services, "tourism", "Tourism", 50)
    add_domain(services, "education", "Education", 10)
    services.cache.apply_items("facilities", [
        record("healthcare", 1, 97.0, 400), record("healthcare", 2, 87.25, 834, minute=5),
        record("tourism", 1, 99.0, 50)]).result()
    board.start()
    dock = console.wm.open_panel("overview")
    panel = dock.widget()
    qtbot.waitUntil(lambda: len(panel.tiles) == 3)
    return panel


def titles(panel) -> list[str]:
    return [panel.tiles[d.id].title.text() for d in panel.domains()]


def test_one_tile_per_domain_by_order_then_title(overview):
    assert titles(overview) == ["Education", "Healthcare", "Tourism"]
    tile = overview.tiles["education"]  # no records: no figure
    assert tile.kpi_title.text() == "Coverage" and tile.value.text() == "–"
    assert tile.others.text().startswith("Visits today: ")


def test_tiles_show_the_headline_kpi_and_follow_its_changes(overview, console, qtbot):
    tile = overview.tiles["healthcare"]
    qtbot.waitUntil(lambda: tile.value.text() == "87.3 %", timeout=5000)  # the latest record
    assert tile.state is KpiState.AMBER
    assert tile.target.text() == "target 95.0 % · warning"
    qtbot.waitUntil(lambda: tile.others.text() == "Visits today: 1,234 lượt")
    assert overview.tiles["tourism"].state is KpiState.MET
    console.services.cache.apply_items(
        "facilities", [record("healthcare", 3, 70.0, 6, minute=9)]).result()
    qtbot.waitUntil(lambda: tile.value.text() == "70.0 %", timeout=5000)
    assert tile.state is KpiState.RED and tile.others.text() == "Visits today: 1,240 lượt"


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


def test_the_consoles_own_domains_have_their_tiles_like_any_other(console, board, qtbot):
    registered = set(console.services.domains.domains.ids())
    assert registered  # the complaints and procedures plugins register theirs
    panel = console.wm.open_panel("overview").widget()
    assert set(panel.tiles) == registered


def test_a_tile_counts_the_open_alerts_its_domains_rules_raised(overview, console, qtbot):
    from ioc_console.core.domains.rules import AlertRule

    services = console.services
    services.domains.rules.add("healthcare.low", AlertRule(
        "healthcare.low", "Coverage low", "health_low", kpi="healthcare.rate",
        plugin_id="healthcare"), "healthcare")
    stamp = "2026-12-06T08:00:00+07:00"
    services.cache.apply_items("alerts", [
        {"id": "A1", "type": "health_low", "state": "new", "updated_at": stamp},
        {"id": "A2", "type": "health_low", "state": "acknowledged", "updated_at": stamp},
        {"id": "A3", "type": "health_low", "state": "resolved", "updated_at": stamp},
        {"id": "A4", "type": "other", "state": "new", "updated_at": stamp}]).result()
    tile = overview.tiles["healthcare"]
    qtbot.waitUntil(lambda: tile.alerts.text() == "2 open alerts", timeout=5000)
    assert not overview.tiles["tourism"].alerts.isVisible()
