"""Complaint panel tests: the console's services over a cache filled with the demo world."""

from __future__ import annotations

import pytest
from complaints_gui_moment import NOW
from PySide6.QtCore import QCoreApplication, QEvent


@pytest.fixture(scope="session")
def world():
    from ioc_console.demo.data import build_world

    return build_world(seed=7, now=NOW)


@pytest.fixture
def services(ioc_home, world):
    from ioc_console.core.logbook import LogRing
    from ioc_console.core.services import build_services

    services = build_services(None, LogRing())
    for name in ("units", "cameras", "complaints"):
        services.cache.apply_items(name, world.dataset(name)).result()
    yield services
    services.cache.close()


@pytest.fixture
def panel(qtbot, services):
    from ioc_console.gui.complaints.list_panel import ComplaintListPanel

    panel = ComplaintListPanel(services)
    panel.resize(1400, 800)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.loaded, timeout=20_000)
    yield panel
    panel.close()
    panel.deleteLater()
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
