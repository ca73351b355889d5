"""The alert queue's tests: a console's services with a cache of alerts, a clock the test moves."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ioc_console.core.clock import CITY_TZ

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=CITY_TZ)


def alert_row(n: int, **fields) -> dict:
    """An alert as the backend sends it (``n`` numbers it and spreads it over the fields)."""
    row = {
        "id": f"AL-{n:06d}",
        "priority": fields.pop("priority", n % 4 + 1),
        "type": "ai_detection" if n % 3 == 0 else "kpi_breach",
        "title": f"Cảnh báo số {n} tại Phường {n % 6 + 1}",
        "description": "",
        "source": fields.pop("source", f"CAM-{n % 50:03d}"),
        "place": fields.pop("place", f"Đường Nguyễn Huệ {n}"),
        "ward": fields.pop("ward", "29869" if n % 2 else "29884"),
        "lat": 10.46 + (n % 100) / 10_000,
        "lon": 105.63 + (n % 100) / 10_000,
        "state": "new",
        "assignee": None,
        "created_at": (NOW - timedelta(seconds=n)).isoformat(),
        "updated_at": (NOW - timedelta(seconds=n)).isoformat(),
        "history": [],
        "related": {},
        "deleted": False,
    }
    row.update(fields)
    return row


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def services(ioc_home):
    from ioc_console.core.logbook import LogRing
    from ioc_console.core.services import build_services

    services = build_services(None, LogRing())
    yield services
    if services.cache is not None:
        services.cache.close()


@pytest.fixture
def fill(services):
    """``fill(rows)``: write alert rows into the cache, as the sync engine would."""

    def _fill(rows: list[dict], scope: str | None = None) -> None:
        cache = services.cache
        if scope is not None:
            cache.set_meta("scope", scope).result()
        cache.apply_items("alerts", rows).result()

    return _fill


@pytest.fixture
def make_panel(qtbot, services, clock):
    from ioc_console.gui.alerts.panel import AlertQueuePanel
    from ioc_console.gui.alerts.runtime import AlertsRuntime

    def _make(ask=None):
        runtime = AlertsRuntime(services, clock)
        kwargs = {"runtime": runtime}
        if ask is not None:
            kwargs["ask"] = ask
        panel = AlertQueuePanel(services, **kwargs)
        qtbot.addWidget(panel)
        panel.resize(1200, 600)
        return panel

    return _make
