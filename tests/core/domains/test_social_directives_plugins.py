"""The social_media and directives plugins, loaded from the repository's plugins folder like
any plugin: what they register, their KPIs over the demo world's records (computed here
independently), and their rules in the alert queue: one reminder per directive task falling
due, and an alert when negative posts on one topic come in a burst."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ioc_console.core.clock import CITY_TZ, city_now
from ioc_console.core.domains.kpi_board import KpiBoard
from ioc_console.core.domains.kpi_engine import evaluate
from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.domains.rule_alerts import alert_id
from ioc_console.core.domains.rule_engine import RuleEngine
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins import PluginManager, PluginState
from ioc_console.core.store.cache import Cache
from ioc_console.demo.data import build_world

PLUGINS = Path(__file__).resolve().parents[3] / "plugins"
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)  # a Friday
NEGATIVE = "tiêu cực"
WAIT_S = 15


@pytest.fixture
def loaded() -> Iterator[tuple[PluginManager, DomainRegistry, PanelRegistry]]:
    registry, panels = DomainRegistry(), PanelRegistry()
    manager = PluginManager([PLUGINS], panels, domains=registry)
    manager.load_all()
    yield manager, registry, panels
    for record in manager.records:
        if record.api is not None:
            record.api.unregister_all()


@pytest.fixture(scope="module")
def world_now():
    return build_world(seed=7)  # the wall clock's now: the KPIs count back from it


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_both_plugins_load_and_register_what_they_promise(loaded):
    manager, registry, panels = loaded
    records = {r.id: r for r in manager.records}
    assert records["social_media"].state is PluginState.LOADED, records["social_media"].error
    assert records["directives"].state is PluginState.LOADED, records["directives"].error
    social = records["social_media"].api.registered
    assert social["feed"] == ["social_posts"]
    assert social["map_layer"] == ["social_media.posts"]
    assert set(social["kpi"]) >= {"social_media.mentions_24h", "social_media.negative_share"}
    assert social["rule"] == ["social_media.negative_burst"]
    directives = records["directives"].api.registered
    assert directives["feed"] == []  # the console's own tasks dataset
    assert set(directives["kpi"]) == {
        "directives.on_time_rate", "directives.overdue", "directives.due_7d"}
    for plugin in ("social_media", "directives"):
        dashboard = registry.dashboards.get(f"{plugin}.dashboard")
        assert len(dashboard.spec.tiles) >= 3 and dashboard.spec.charts
        assert dashboard.spec.table is not None
        assert f"{plugin}.dashboard" in panels
        domain = registry.domains.get(plugin)
        assert domain.dashboard == f"{plugin}.dashboard" and domain.headline_kpi
        assert registry.procedure_for(registry.rules.get(
            social["rule"][0] if plugin == "social_media" else directives["rule"][0]
        ).alert_type) is not None


def test_social_media_kpis_over_the_demo_posts(loaded, world_now):
    _, registry, _ = loaded
    posts = world_now.dataset("social_posts")
    now = city_now()

    def value(name: str) -> float | None:
        return evaluate(registry.kpis.get(f"social_media.{name}"), posts, now).value

    week = [p for p in posts if now - timedelta(days=7) < at(p["posted_at"]) <= now]
    day = [p for p in week if now - timedelta(hours=24) < at(p["posted_at"])]
    share = 100 * sum(p["sentiment"] == NEGATIVE for p in week) / len(week)
    old_negative = [p for p in posts if p["sentiment"] == NEGATIVE
                    and at(p["posted_at"]) <= now - timedelta(hours=48)
                    and at(p["posted_at"]) > now - timedelta(days=30)]
    handled = 100 * sum(p["state"] in ("đã xử lý", "đã chuyển phản ánh")
                        for p in old_negative) / len(old_negative)
    burst = max(Counter(p["topic"] for p in day if p["sentiment"] == NEGATIVE).values(),
                default=0)
    assert value("mentions_24h") == len(day)
    assert value("mentions_7d") == len(week)
    assert value("negative_share") == pytest.approx(share)
    assert value("negative_handled") == pytest.approx(handled)
    assert value("negative_burst") == burst
    assert 100 < len(week) < 400 and 15 < share < 50 and 80 < handled < 100


def test_directive_kpis_over_the_demo_tasks(loaded, world_now):
    _, registry, _ = loaded
    tasks = world_now.tasks
    now = city_now()

    def value(name: str) -> float | None:
        return evaluate(registry.kpis.get(f"directives.{name}"), tasks, now).value

    not_done = [t for t in tasks if t["state"] != "done"]
    settled = [t for t in tasks if t["state"] == "done" or at(t["deadline"]) <= now]
    on_time = [t for t in settled if t["completed_at"] and t["completed_at"] <= t["deadline"]]
    assert value("overdue") == sum(at(t["deadline"]) < now for t in not_done)
    assert value("due_7d") == sum(now <= at(t["deadline"]) <= now + timedelta(days=7)
                                  for t in not_done)
    assert value("on_time_rate") == pytest.approx(100 * len(on_time) / len(settled))
    assert all(t["document"] and 0 <= t["progress"] <= 100 for t in tasks)
    assert all(t["progress"] == 100 for t in tasks if t["state"] == "done")


class Engine:
    """A cache, the KPI board and the rule engine over the plugins' registrations."""

    def __init__(self, tmp_path: Path, registry: DomainRegistry, now: datetime | None) -> None:
        self.cache = Cache.open(tmp_path / "cache.db")
        clock = (lambda: now) if now is not None else city_now
        self.board = KpiBoard(self.cache, registry, clock=clock, debounce_s=0.05)
        self.engine = RuleEngine(self.cache, registry, self.board, clock=clock, debounce_s=0.05)
        self.evaluated = threading.Event()
        self.engine.evaluated.connect(lambda _ids: self.evaluated.set())

    def start(self) -> None:
        self.board.start()
        self.engine.start()

    def alerts(self, rule: str) -> list[dict]:
        return [a for a in self.cache.items("alerts") if a.get("rule") == rule]

    def wait(self, condition) -> None:
        for _ in range(100):
            if condition():
                return
            self.evaluated.wait(WAIT_S / 100)
            self.evaluated.clear()
        assert condition()

    def close(self) -> None:
        self.engine.stop()
        self.board.stop()
        self.cache.close()


def next_working_day(moment: datetime) -> datetime:
    step = {4: 3, 5: 2}.get(moment.weekday(), 1)  # Friday and Saturday: to Monday
    return moment + timedelta(days=step)


def test_each_directive_task_falling_due_gets_one_reminder_in_the_alert_queue(loaded, tmp_path):
    _, registry, _ = loaded
    tasks = build_world(seed=7, now=NOW).tasks
    due = [t for t in tasks
           if t["state"] != "done" and at(t["deadline"]) <= next_working_day(NOW)]
    assert due, "the demo world has tasks falling due at this moment"
    engine = Engine(tmp_path, registry, NOW)
    try:
        engine.cache.apply_items("tasks", tasks).result()
        engine.start()
        engine.wait(lambda: len(engine.alerts("directives.falls_due")) == len(due))
        alerts = {a["id"]: a for a in engine.alerts("directives.falls_due")}
        for task in due:
            alert = alerts[alert_id("directives.falls_due", task["id"])]
            assert alert["type"] == "directive_task_due" and alert["priority"] == 3
            assert alert["title"] == "Directive task falling due"  # (the Qt layer translates)
            assert task["document"] in alert["description"]
            assert task["assignee_agency"] in alert["description"]
            assert alert["ward"] == task["ward"]
    finally:
        engine.close()


def test_a_burst_of_negative_posts_on_one_topic_raises_an_alert(loaded, tmp_path, world_now):
    _, registry, _ = loaded
    engine = Engine(tmp_path, registry, None)
    try:
        now = city_now()
        quiet = [p for p in world_now.dataset("social_posts")
                 if at(p["posted_at"]) <= now - timedelta(hours=24)]
        engine.cache.apply_items("social_posts", quiet).result()
        engine.start()
        engine.wait(lambda: engine.board.value("social_media.negative_burst") is not None)
        assert not engine.alerts("social_media.negative_burst")  # nothing in the last day
        burst = [dict(quiet[-1], id=f"SM-BURST-{n}", topic="Ngập úng", sentiment=NEGATIVE,
                      posted_at=(now - timedelta(minutes=10 + n)).isoformat(),
                      updated_at=now.isoformat()) for n in range(9)]
        engine.cache.apply_items("social_posts", burst).result()
        engine.wait(lambda: engine.alerts("social_media.negative_burst"))
        [alert] = engine.alerts("social_media.negative_burst")
        assert alert["type"] == "social_negative_burst"
        assert alert["title"] == "Many negative posts on one topic"  # (translated in the console)
    finally:
        engine.close()
