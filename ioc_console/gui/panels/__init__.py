"""The console's own panels, registered in the panel registry like any other."""

from __future__ import annotations

from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.panels import DockArea, PanelContext, PanelRegistry, PanelSpec


def _system_status(context: PanelContext):
    from ioc_console.gui.panels.system_status import SystemStatusPanel

    return SystemStatusPanel(context.services)


def _event_log(context: PanelContext):
    from ioc_console.gui.panels.event_log import EventLogPanel

    return EventLogPanel(context.services)


def register_builtin_panels(registry: PanelRegistry) -> None:
    registry.register(
        PanelSpec(
            "system_status",
            QT_TRANSLATE_NOOP("Panels", "System status"),
            _system_status,
            icon="status",
            area=DockArea.RIGHT,
        )
    )
    registry.register(
        PanelSpec(
            "event_log",
            QT_TRANSLATE_NOOP("Panels", "Event log"),
            _event_log,
            icon="log",
            area=DockArea.BOTTOM,
        )
    )
