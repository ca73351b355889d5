"""The rule engine: a plugin's alert rules raise alerts into the cache, once per subject."""

from __future__ import annotations

import textwrap
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.domains.kpi_board import KpiBoard
from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.domains.rule_alerts import CLEARED_TEXT, alert_id
from ioc_console.core.domains.rule_engine import RuleEngine
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins import PluginManager
from ioc_console.core.store.cache import Cache

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=CITY_TZ)
WAIT_S = 10
PLUGIN = textwrap.dedent("""
    from datetime import timedelta

    from ioc_console.plugin_api import Aggregate


    def due_tomorrow(task, now):
        tomorrow = (now.date() + timedelta(days=1)).isoformat()
        return task.get("deadline") == tomorrow and task.get("status") != "done"


    def broken(task, now):
        return task["no such field"] > 0


    def register(api):
        api.register_kpi("beds_free", "Giường bệnh còn trống", dataset="facilities",
                         formula=Aggregate("sum", "beds_free", match={"kind": "hospital"}),
                         unit="giường", decimals=0, target=100, amber=60, red=30)
        api.register_alert_rule("beds_low", "Thiếu giường bệnh", alert_type="health_beds",
                                priority=1, kpi="rulecheck.beds_free", when="red")
        api.register_alert_rule("task_due", "Nhiệm vụ đến hạn ngày mai",
                                alert_type="directive_due", priority=3, dataset="tasks",
                                match={"kind": "directive"}, condition=due_tomorrow,
                                text=lambda task: task["title"])
        api.register_alert_rule("broken", "Quy tắc hỏng", alert_type="broken", dataset="tasks",
                                condition=broken)
        api.register_kpi("broken_kpi", "Chỉ số hỏng", dataset="facilities",
                         formula=lambda rows: rows[0]["beds_free"] / 0, target=1)
        api.register_alert_rule("broken_kpi_red", "Chỉ số hỏng đỏ", alert_type="broken",
                                kpi="rulecheck.broken_kpi")
""")
MANIFEST = """id = "rulecheck"
name = "Rule check"
version = "1.0.0"
api_version = 4
entry = "plugin:register"
"""


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


class Domains:
    """A cache, a plugin loaded by a real plugin manager, its KPI board and rule engine."""

    def __init__(self, tmp_path) -> None:
        folder = tmp_path / "plugins" / "rulecheck"
        folder.mkdir(parents=True)
        (folder / "plugin.toml").write_text(MANIFEST, encoding="utf-8")
        (folder / "plugin.py").write_text(PLUGIN, encoding="utf-8")
        self.cache = Cache.open(tmp_path / "cache.db")
        self.registry = DomainRegistry()
        self.plugins = PluginManager([tmp_path / "plugins"], PanelRegistry(), domains=self.registry)
        self.plugins.load_all()
        self.clock = Clock()
        self.board = KpiBoard(
            self.cache,
            self.registry,
            report_error=self.plugins.report_error,
            clock=self.clock,
            debounce_s=0.05,
        )
        self.engine = RuleEngine(
            self.cache,
            self.registry,
            self.board,
            self.plugins.report_error,
            clock=self.clock,
            debounce_s=0.05,
        )
        self._evaluated = threading.Event()
        self.engine.evaluated.connect(lambda _ids: self._evaluated.set())

    def alerts(self, rule: str) -> list[dict]:
        return [a for a in self.cache.items("alerts") if a.get("rule") == rule]

    def evaluate(self) -> None:
        """Evaluate every rule now and wait until it is done."""
        self._evaluated.clear()
        self.engine.refresh()
        assert self._evaluated.wait(WAIT_S)

    def wait(self, condition) -> None:
        for _ in range(100):
            if condition():
                return
            self._evaluated.wait(WAIT_S / 100)
            self._evaluated.clear()
        assert condition()

    def beds(self, *free: int) -> None:
        stamp = self.clock.now.isoformat()
        self.cache.apply_items(
            "facilities",
            [
                {"id": f"BV-{n}", "kind": "hospital", "beds_free": count, "updated_at": stamp}
                for n, count in enumerate(free)
            ],
        ).result()


@pytest.fixture
def domains(tmp_path) -> Iterator[Domains]:
    domains = Domains(tmp_path)
    domains.board.start()
    domains.engine.start()
    yield domains
    domains.engine.stop()
    domains.board.stop()
    domains.cache.close()


def task(n: int, deadline: str, **fields) -> dict:
    return {
        "id": f"NV-{n:03d}",
        "kind": "directive",
        "title": f"Nhiệm vụ số {n}",
        "deadline": deadline,
        "status": "in_progress",
        "ward": "29869",
        "updated_at": NOW.isoformat(),
        **fields,
    }


def test_a_kpi_rule_raises_one_alert_while_red_records_the_clearing_and_counts_a_repeat(domains):
    domains.beds(10, 12)  # 22 beds free: red (under 30)
    domains.wait(lambda: domains.alerts("rulecheck.beds_low"))
    [alert] = domains.alerts("rulecheck.beds_low")
    assert alert["id"] == alert_id("rulecheck.beds_low", "rulecheck.beds_free")
    assert (alert["origin"], alert["plugin"], alert["type"], alert["priority"]) == (
        "rule",
        "rulecheck",
        "health_beds",
        1,
    )
    assert alert["title"] == "Thiếu giường bệnh"
    assert "22 giường" in alert["description"] and "ngưỡng đỏ 30 giường" in alert["description"]
    assert alert["state"] == "new" and alert["ward"] is None and alert["rule_active"] is True

    domains.beds(10, 5)  # worse, still red: the same alert tells the figure of now
    domains.wait(lambda: "15 giường" in domains.alerts("rulecheck.beds_low")[0]["description"])
    [alert] = domains.alerts("rulecheck.beds_low")
    assert alert["duplicate_count"] == 0 and len(alert["history"]) == 1

    domains.clock.now += timedelta(minutes=5)
    domains.beds(40, 30)  # 70: below the target, not red any more
    domains.wait(lambda: domains.alerts("rulecheck.beds_low")[0]["rule_active"] is False)
    [alert] = domains.alerts("rulecheck.beds_low")
    assert alert["state"] == "new"  # it stays for the operator to close
    assert alert["cleared_at"] == domains.clock.now.isoformat(timespec="milliseconds")
    assert alert["history"][-1]["action"] == "clear"
    assert alert["history"][-1]["text"] == CLEARED_TEXT

    domains.clock.now += timedelta(minutes=5)
    domains.beds(5, 5)  # red again: a repeat of the same alert
    domains.wait(lambda: domains.alerts("rulecheck.beds_low")[0]["rule_active"] is True)
    [alert] = domains.alerts("rulecheck.beds_low")
    assert alert["duplicate_count"] == 1
    assert alert["last_repeat_at"] == domains.clock.now.isoformat(timespec="milliseconds")


def test_a_record_rule_raises_one_alert_per_record_that_falls_due(domains):
    tomorrow, later = "2026-12-07", "2026-12-20"
    domains.cache.apply_items(
        "tasks",
        [
            task(1, tomorrow, lat=10.46, lon=105.63, place="UBND phường Cao Lãnh"),
            task(2, tomorrow, ward="29884"),
            task(3, later),
            task(4, tomorrow, status="done"),
            task(5, tomorrow, kind="plan"),
        ],
    ).result()
    domains.wait(lambda: len(domains.alerts("rulecheck.task_due")) == 2)
    alerts = {a["rule_subject"]: a for a in domains.alerts("rulecheck.task_due")}
    assert set(alerts) == {"NV-001", "NV-002"}
    first = alerts["NV-001"]
    assert first["id"] == alert_id("rulecheck.task_due", "NV-001")
    assert (first["ward"], first["lat"], first["lon"], first["place"]) == (
        "29869",
        10.46,
        105.63,
        "UBND phường Cao Lãnh",
    )
    assert first["description"] == "Nhiệm vụ số 1"
    assert (first["type"], first["priority"], first["source"]) == (
        "directive_due",
        3,
        "tasks/NV-001",
    )
    assert alerts["NV-002"]["ward"] == "29884"

    # the same records again (a sync that brings nothing new) add nothing
    domains.cache.apply_items("tasks", [task(1, tomorrow, lat=10.46, lon=105.63)]).result()
    domains.evaluate()
    assert len(domains.alerts("rulecheck.task_due")) == 2
    assert all(a["duplicate_count"] == 0 for a in domains.alerts("rulecheck.task_due"))

    # two days on the condition holds no more (the due date is past): both clear, both stay
    domains.clock.now += timedelta(days=2)
    domains.evaluate()
    assert [a["rule_active"] for a in domains.alerts("rulecheck.task_due")] == [False, False]
    assert {a["state"] for a in domains.alerts("rulecheck.task_due")} == {"new"}


def test_a_rule_or_kpi_that_raises_is_contained_and_reported_to_the_plugin_manager(domains):
    domains.cache.apply_items("tasks", [task(1, "2026-12-07")]).result()
    domains.beds(10)
    domains.wait(lambda: domains.alerts("rulecheck.task_due"))  # the other rules go on
    domains.wait(lambda: domains.alerts("rulecheck.beds_low"))
    record = domains.plugins.record("rulecheck")
    domains.wait(lambda: len(record.runtime_errors) == 2)
    errors = {e.where: e.error for e in record.runtime_errors}
    assert "KeyError" in errors["rule rulecheck.broken"]
    assert "ZeroDivisionError" in errors["KPI rulecheck.broken_kpi"]
    assert domains.alerts("rulecheck.broken") == []
    assert domains.alerts("rulecheck.broken_kpi_red") == []  # a failed KPI raises nothing
    # evaluated again, failing the same way: reported once
    domains.cache.apply_items("tasks", [task(2, "2026-12-07")]).result()
    domains.beds(11)
    domains.wait(lambda: len(domains.alerts("rulecheck.task_due")) == 2)
    domains.evaluate()
    assert len(record.runtime_errors) == 2


def test_an_alert_the_operator_closed_opens_again_when_its_condition_returns(domains):
    domains.beds(10)
    domains.wait(lambda: domains.alerts("rulecheck.beds_low"))
    [alert] = domains.alerts("rulecheck.beds_low")
    domains.cache.update_item(
        "alerts",
        alert["id"],
        lambda row: {**row, "state": "closed", "updated_at": domains.clock.now.isoformat()},
    ).result()
    domains.evaluate()  # still red: the operator's closing stands
    assert domains.alerts("rulecheck.beds_low")[0]["state"] == "closed"
    domains.beds(90)
    domains.wait(lambda: domains.alerts("rulecheck.beds_low")[0]["rule_active"] is False)
    domains.clock.now += timedelta(hours=1)
    domains.beds(1)
    domains.wait(lambda: domains.alerts("rulecheck.beds_low")[0]["state"] == "new")
    [alert] = domains.alerts("rulecheck.beds_low")
    assert alert["duplicate_count"] == 1
    assert [h["action"] for h in alert["history"]] == ["create", "clear", "reopen"]


def test_a_plugin_switched_off_leaves_no_rule_and_its_alerts_say_so(domains):
    domains.beds(10, 12)  # red: the rule raises its alert
    domains.wait(lambda: domains.alerts("rulecheck.beds_low"))
    domains.plugins.disable("rulecheck")
    assert "rulecheck.beds_low" not in domains.registry.rules
    domains.wait(lambda: domains.alerts("rulecheck.beds_low")[0]["rule_active"] is False)
    [alert] = domains.alerts("rulecheck.beds_low")
    assert alert["state"] == "new"  # the operator still closes it
    assert alert["history"][-1]["action"] == "clear"

    domains.plugins.enable("rulecheck")  # back on, still red: the same alert again
    domains.wait(lambda: domains.alerts("rulecheck.beds_low")[0]["rule_active"] is True)
    assert len(domains.alerts("rulecheck.beds_low")) == 1


def test_conditions_standing_when_a_rule_first_looks_are_marked_so(tmp_path):
    """Found by the rule's first look (the console started): marked standing, so the alarm
    load does not count a burst of them as a flood; raised later: not marked."""
    domains = Domains(tmp_path)
    tomorrow = "2026-12-07"
    domains.cache.apply_items("tasks", [task(1, tomorrow), task(2, tomorrow)]).result()
    domains.board.start()
    domains.engine.start()
    try:
        domains.wait(lambda: len(domains.alerts("rulecheck.task_due")) == 2)
        assert all(a["standing_at_start"] for a in domains.alerts("rulecheck.task_due"))
        domains.cache.apply_items("tasks", [task(3, tomorrow)]).result()
        domains.wait(lambda: len(domains.alerts("rulecheck.task_due")) == 3)
        third = next(
            a for a in domains.alerts("rulecheck.task_due") if a["rule_subject"] == "NV-003"
        )
        assert third["standing_at_start"] is False
    finally:
        domains.engine.stop()
        domains.board.stop()
        domains.cache.close()
