"""A plugin's KPI crossing its threshold raises an alert in the alert queue, which the operator
handles like any other (applied in this console: the backend does not know it)."""

from __future__ import annotations

import textwrap

import pytest
from PySide6.QtCore import QItemSelectionModel

from ioc_console.core.domains.rule_alerts import alert_id

WAIT_MS = 15_000
PLUGIN = textwrap.dedent('''
    from ioc_console.plugin_api import Aggregate


    def register(api):
        api.register_kpi("beds_free", "Giường bệnh còn trống", dataset="facilities",
                         formula=Aggregate("sum", "beds_free", match={"kind": "hospital"}),
                         unit="giường", decimals=0, target=100, amber=60, red=30)
        api.register_alert_rule("beds_low", "Thiếu giường bệnh cấp cứu", alert_type="health_beds",
                                priority=1, kpi="rulequeue.beds_free", when="red")
        api.register_procedure("beds_sop", "Quy trình thiếu giường bệnh",
                               alert_types=["health_beds"],
                               steps=[("Gọi trực ban Bệnh viện Đa khoa Đồng Tháp", True),
                                      "Báo cáo lãnh đạo Sở Y tế"])
''')
MANIFEST = '''id = "rulequeue"
name = "Rule queue"
version = "1.0.0"
api_version = 4
entry = "plugin:register"
'''
ALERT = alert_id("rulequeue.beds_low", "rulequeue.beds_free")


@pytest.fixture
def services(ioc_home, tmp_path):
    """The console's services with the plugin in a folder of its own (``--plugins-dir``),
    loaded with the others as the console loads them, the KPIs and rules running."""
    from ioc_console.core.logbook import LogRing
    from ioc_console.core.services import build_services
    from ioc_console.gui.panels import register_builtin_panels

    folder = tmp_path / "plugins" / "rulequeue"
    folder.mkdir(parents=True)
    (folder / "plugin.toml").write_text(MANIFEST, encoding="utf-8")
    (folder / "plugin.py").write_text(PLUGIN, encoding="utf-8")
    services = build_services(None, LogRing(), [tmp_path / "plugins"])
    register_builtin_panels(services.panels)
    services.plugins.load_all()
    assert "rulequeue.beds_low" in services.domains.rules
    services.start_domains()
    yield services
    services.stop_domains()
    for record in list(services.plugins.records):  # their feeds are the console's, shared
        services.plugins.unload(record.id)
    services.cache.close()


def beds(services, *free: int) -> None:
    from ioc_console.core.clock import city_now

    stamp = city_now().isoformat()
    services.cache.apply_items("facilities", [
        {"id": f"BV-{n}", "kind": "hospital", "beds_free": count, "updated_at": stamp}
        for n, count in enumerate(free)]).result()


def choose(panel, alert_id: str) -> None:
    index = panel.model.index(panel.model.row_of(alert_id), 0)
    panel.table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_a_kpi_crossing_its_threshold_raises_an_alert_in_the_queue_handled_locally(
    qtbot, services, make_panel
):
    panel = make_panel()
    beds(services, 80, 45)  # 125 free: the target is met, no alert
    qtbot.waitUntil(lambda: services.kpi_board.value("rulequeue.beds_free") is not None
                    and services.kpi_board.value("rulequeue.beds_free").value == 125,
                    timeout=WAIT_MS)
    assert services.cache.get("alerts", ALERT) is None

    beds(services, 12, 8)  # 20 free: past the red threshold of 30
    qtbot.waitUntil(lambda: panel.model.row_of(ALERT) is not None, timeout=WAIT_MS)
    rows = panel.model.rowCount()
    choose(panel, ALERT)
    alert = panel.current_alert()
    assert alert.id == ALERT and alert.is_local and alert.priority == 1
    assert alert.title == "Thiếu giường bệnh cấp cứu"
    assert "20 giường" in alert.description
    # its type, unknown to the console, is named by the rule in the queue's Type column
    row = panel.model.row_of(ALERT)
    texts = [panel.model.index(row, c).data() for c in range(panel.model.columnCount())]
    assert "Thiếu giường bệnh cấp cứu" in texts and "health_beds" not in texts
    # its procedure is the plugin's, the backend having none for the type
    qtbot.waitUntil(lambda: panel.details.alert is not None, timeout=WAIT_MS)
    assert panel.details.steps.item(0).text() == "Quy trình thiếu giường bệnh"
    assert "Gọi trực ban" in panel.details.steps.item(1).text()

    # the operator acknowledges it: applied to the cached record, nothing for the backend
    assert panel.commands["acknowledge"].isEnabled()
    panel.run_command("acknowledge")
    qtbot.waitUntil(lambda: str(panel.runtime.book.get(ALERT).state) == "acknowledged",
                    timeout=WAIT_MS)
    assert services.cache.get("alerts", ALERT)["state"] == "acknowledged"
    assert services.cache.outbox() == []

    # the condition clears, then comes back: the same row, one repeat more
    beds(services, 50, 30)
    qtbot.waitUntil(lambda: services.cache.get("alerts", ALERT)["rule_active"] is False,
                    timeout=WAIT_MS)
    beds(services, 3, 2)
    qtbot.waitUntil(lambda: panel.runtime.book.get(ALERT).duplicate_count == 1, timeout=WAIT_MS)
    assert panel.model.rowCount() == rows
    assert str(panel.runtime.book.get(ALERT).state) == "acknowledged"  # the operator's stays
