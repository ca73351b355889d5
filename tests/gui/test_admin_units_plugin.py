"""The built-in Administrative units plugin, loaded like any third-party plugin."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QTableView

from ioc_console.core.panels import DockArea, PanelContext, PanelRegistry
from ioc_console.core.plugins.manager import NAMESPACE, PluginManager, PluginState

PLUGINS = Path(__file__).resolve().parents[2] / "plugins"
PANEL_ID = "admin_units.units"
PACKAGE = f"{NAMESPACE}.admin_units"


@pytest.fixture
def registry():
    # Load the plugin afresh in every test, as a console start-up does.
    for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
        del sys.modules[name]
    panels = PanelRegistry()
    manager = PluginManager([PLUGINS], panels)
    manager.load_all()
    record = next(r for r in manager.records if r.id == "admin_units")
    assert record.state == PluginState.LOADED, record.error + record.details
    return panels


@pytest.fixture
def panel(registry, qtbot):
    widget = registry.get(PANEL_ID).factory(PanelContext(PANEL_ID, services=None))
    qtbot.addWidget(widget)
    return widget


def set_date(panel, year: int, month: int, day: int) -> None:
    panel.findChild(QDateEdit, "asOf").setDate(QDate(year, month, day))


def rows(panel) -> list[list[str]]:
    model = panel.findChild(QTableView, "units").model()
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def names(panel) -> list[str]:
    return sorted(row[1] for row in rows(panel))


def count_text(panel) -> str:
    return panel.findChild(QLabel, "count").text()


def test_registered_through_the_plugin_manager(registry):
    spec = registry.get(PANEL_ID)
    assert spec is not None
    assert spec.plugin_id == "admin_units"
    assert str(spec.title) == "Administrative units"
    assert spec.title.context == "AdminUnitsPanel"
    assert spec.area == DockArea.LEFT
    assert Path(spec.icon) == PLUGINS / "admin_units" / "icon.svg"
    # registering is cheap: the Qt panel module is only imported when the panel is built
    assert f"{PACKAGE}.panel" not in sys.modules


def test_defaults_to_today_with_the_three_current_wards(panel):
    from ioc_console.core.clock import city_today

    day = city_today()  # the city's date, whatever the machine's time zone
    today = QDate(day.year, day.month, day.day)
    assert panel.findChild(QDateEdit, "asOf").date() == today
    assert panel.findChild(QDateEdit, "asOf").displayFormat() == "dd/MM/yyyy"
    assert names(panel) == ["Phường Cao Lãnh", "Phường Mỹ Ngãi", "Phường Mỹ Trà"]
    assert count_text(panel) == f"3 units in force on {today.toString('dd/MM/yyyy')}"
    assert all(row[3] == "01/07/2025" and row[4] == "—" for row in rows(panel))


def test_units_follow_the_chosen_date(panel):
    set_date(panel, 2019, 6, 1)
    assert len(rows(panel)) == 15
    assert "Xã Mỹ Tân" in names(panel)
    assert count_text(panel) == "15 units in force on 01/06/2019"

    set_date(panel, 2025, 3, 1)
    assert len(rows(panel)) == 13
    assert "Phường 2" not in names(panel)
    assert count_text(panel) == "13 units in force on 01/03/2025"
    ward_4 = next(row for row in rows(panel) if row[1] == "Phường 4")
    assert ward_4 == ["29872", "Phường 4", "Phường", "01/01/2025", "30/06/2025"]


def test_search_ignores_diacritics(panel, qtbot):
    set_date(panel, 2025, 3, 1)
    search = panel.findChild(QLineEdit, "search")
    qtbot.keyClicks(search, "phuong 4")
    assert names(panel) == ["Phường 4"]
    assert count_text(panel) == "1 of 13 units in force on 01/03/2025"

    search.clear()
    assert len(rows(panel)) == 13
    qtbot.keyClicks(search, "hoa an")
    assert "Xã Hòa An" in names(panel)
    assert "Phường 4" not in names(panel)

    # the search stays when the date changes
    search.clear()
    qtbot.keyClicks(search, "TAN THUAN dong")
    set_date(panel, 2019, 6, 1)
    assert names(panel) == ["Xã Tân Thuận Đông"]
    assert count_text(panel) == "1 of 15 units in force on 01/06/2019"


def test_save_and_restore_the_search(panel, registry, qtbot):
    qtbot.keyClicks(panel.findChild(QLineEdit, "search"), "my ngai")
    state = panel.save_state()

    other = registry.get(PANEL_ID).factory(PanelContext(PANEL_ID, services=None, state=state))
    qtbot.addWidget(other)
    other.restore_state(state)
    assert other.findChild(QLineEdit, "search").text() == "my ngai"
    assert names(other) == ["Phường Mỹ Ngãi"]
    other.restore_state({"search": 42})  # a damaged layout file changes nothing
    assert other.findChild(QLineEdit, "search").text() == "my ngai"


class Shouting(QTranslator):
    """Translates the panel's texts to upper case."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context == "AdminUnitsPanel" else None


def language_changed(widget) -> None:
    # What QApplication sends every widget after installTranslator() while its event loop
    # runs (outside exec(), as here, Qt sends nothing).
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def test_retranslates_live(panel):
    model = panel.findChild(QTableView, "units").model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    translator = Shouting()
    assert QCoreApplication.installTranslator(translator)
    try:
        language_changed(panel)
        assert model.headerData(4, Qt.Orientation.Horizontal) == "VALID UNTIL"
        assert count_text(panel).startswith("3 UNITS IN FORCE ON ")
        assert panel.findChild(QLabel, "note").text().startswith("CODES ARE REUSED")
    finally:
        QCoreApplication.removeTranslator(translator)
    language_changed(panel)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Valid until"
    assert count_text(panel).startswith("3 units in force on ")
