"""The social-media and directive-documents dashboards in a console synced from the demo
backend: their tiles show the figures computed here, independently, from the backend's own
records; the hot-topics chart ranks the topics of the last 7 days; the directives' list holds
the tasks not done, the nearest deadline first."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from ioc_console.core.clock import city_now
from ioc_console.core.status import ConnectionState

NEGATIVE = "tiêu cực"


def at(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@pytest.fixture
def console(start_console, qtbot):
    console = start_console("--lang", "en", link=True)
    services = console.services
    qtbot.waitUntil(
        lambda: services.status.backend.state is ConnectionState.ONLINE, timeout=30_000
    )
    return console


def open_dashboard(console, qtbot, panel_id: str, dataset: str):
    cache = console.services.cache
    store = console.link.demo.store
    qtbot.waitUntil(lambda: cache.count(dataset) == len(store.items(dataset)), timeout=30_000)
    panel = console.wm.open_panel(panel_id).widget()
    qtbot.waitUntil(lambda: panel.data is not None, timeout=20_000)
    return panel, store.items(dataset)


def shows(panel, kpi_id: str, value: float, unit: str, decimals: int) -> bool:
    from ioc_console.gui.domains.formats import format_kpi

    return panel.tiles[kpi_id].value.text() == format_kpi(value, unit, decimals)


def test_the_social_media_dashboard_shows_the_figures_of_the_posts(console, qtbot):
    panel, posts = open_dashboard(console, qtbot, "social_media.dashboard", "social_posts")

    def last(hours: int) -> list[dict]:
        now = city_now()
        return [p for p in posts if now - timedelta(hours=hours) < at(p["posted_at"]) <= now]

    def share_negative() -> float:
        week = last(24 * 7)
        return 100 * sum(p["sentiment"] == NEGATIVE for p in week) / len(week)

    def burst() -> int:
        counts = Counter(p["topic"] for p in last(24) if p["sentiment"] == NEGATIVE)
        return max(counts.values(), default=0)

    qtbot.waitUntil(
        lambda: shows(panel, "social_media.mentions_24h", len(last(24)), "bài", 0)
        and shows(panel, "social_media.mentions_7d", len(last(24 * 7)), "bài", 0)
        and shows(panel, "social_media.negative_share", share_negative(), "%", 1)
        and shows(panel, "social_media.negative_burst", burst(), "bài", 0),
        timeout=30_000,
    )
    first = (city_now().date() - timedelta(days=6)).isoformat()
    topics = Counter(p["topic"] for p in posts if p["posted_at"][:10] >= first)
    hot = panel.data.charts[1]
    assert hot.series[0] == [topics[t] for t in hot.keys]  # the counts of these topics
    assert hot.series[0] == sorted(hot.series[0], reverse=True)  # the hottest first
    left_out = [n for t, n in topics.items() if t not in hot.keys]
    assert len(hot.keys) == 8 and all(n <= hot.series[0][-1] for n in left_out)
    assert len(panel.records.model.rows) == min(500, len(posts))


def test_the_directives_dashboard_shows_the_tasks_figures_and_lists_the_tasks_not_done(
    console, qtbot
):
    panel, tasks = open_dashboard(console, qtbot, "directives.dashboard", "tasks")
    open_tasks = [t for t in tasks if t["state"] != "done"]

    def overdue() -> int:
        return sum(at(t["deadline"]) < city_now() for t in open_tasks)

    def due_in_7_days() -> int:
        now = city_now()
        return sum(now <= at(t["deadline"]) <= now + timedelta(days=7) for t in open_tasks)

    def on_time() -> float:
        now = city_now()
        settled = [t for t in tasks if t["state"] == "done" or at(t["deadline"]) <= now]
        kept = [t for t in settled if t["state"] == "done" and t["completed_at"] <= t["deadline"]]
        return 100 * len(kept) / len(settled)

    qtbot.waitUntil(
        lambda: shows(panel, "directives.overdue", overdue(), "nhiệm vụ", 0)
        and shows(panel, "directives.due_7d", due_in_7_days(), "nhiệm vụ", 0)
        and shows(panel, "directives.on_time_rate", on_time(), "%", 1),
        timeout=30_000,
    )
    rows = panel.records.model.rows
    ordered = sorted(open_tasks, key=lambda t: t["deadline"])
    assert [r.id for r in rows] == [t["id"] for t in ordered]
    assert 0 < on_time() < 100  # some tasks were late: the figure is not a flat 100 %
    # the overdue list and the soon-due list: a click on their tiles
    now = city_now()
    qtbot.mouseClick(panel.tiles["directives.overdue"], Qt.MouseButton.LeftButton)
    assert set(panel.records.shown_ids()) == {
        t["id"] for t in open_tasks if at(t["deadline"]) < now
    }
    panel.records.clear_drill()
    qtbot.mouseClick(panel.tiles["directives.due_7d"], Qt.MouseButton.LeftButton)
    assert set(panel.records.shown_ids()) == {
        t["id"] for t in open_tasks if now <= at(t["deadline"]) <= now + timedelta(days=7)
    }
