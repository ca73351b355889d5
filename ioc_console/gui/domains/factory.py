"""The panel factory of the plugins' declarative dashboards, given to the plugin manager before
the plugins load (``services.plugins.dashboard_factory``). The dashboard's module (charts,
pyqtgraph) is imported when a dashboard is first opened, not at start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ioc_console.core.domains.registry import Dashboard
from ioc_console.core.panels import PanelContext


def dashboard_factory(dashboard: Dashboard) -> Callable[[PanelContext], QWidget]:
    """The factory of the panel drawing ``dashboard``."""

    def build(context: PanelContext) -> QWidget:
        from ioc_console.gui.domains.dashboard import DashboardPanel

        return DashboardPanel(context.services, dashboard, context.instance_id)

    return build
