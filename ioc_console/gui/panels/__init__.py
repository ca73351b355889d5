"""The console's own panels, registered in the panel registry like any other."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.panels import DockArea, PanelContext, PanelRegistry, PanelSpec


def _system_status(context: PanelContext) -> QWidget:
    from ioc_console.gui.panels.system_status import SystemStatusPanel

    return SystemStatusPanel(context.services)


def _event_log(context: PanelContext) -> QWidget:
    from ioc_console.gui.panels.event_log import EventLogPanel

    return EventLogPanel(context.services)


def _camera_list(context: PanelContext) -> QWidget:
    from ioc_console.gui.video.camera_list import CameraListPanel

    return CameraListPanel(context.services, context.instance_id)


def _video_wall(context: PanelContext) -> QWidget:
    from ioc_console.gui.video.wall import VideoWallPanel

    # a wall with nothing saved fills itself with online demo cameras once they are cached
    autofill = not context.state and context.services.demo
    return VideoWallPanel(context.services, context.instance_id, autofill=autofill)


def _map(context: PanelContext) -> QWidget:
    from ioc_console.gui.map.panel import MapPanel

    return MapPanel(context.services, context.instance_id)


def _complaint_list(context: PanelContext) -> QWidget:
    from ioc_console.gui.complaints.list_panel import ComplaintListPanel

    return ComplaintListPanel(context.services, context.instance_id)


def _alert_queue(context: PanelContext) -> QWidget:
    from ioc_console.gui.alerts.panel import AlertQueuePanel

    return AlertQueuePanel(context.services, context.instance_id)


def _complaint_dashboard(context: PanelContext) -> QWidget:
    from ioc_console.gui.complaints.dashboard import ComplaintDashboardPanel

    return ComplaintDashboardPanel(context.services, context.instance_id, context.state)


def _procedures_dashboard(context: PanelContext) -> QWidget:
    from ioc_console.gui.procedures.dashboard import ProceduresDashboardPanel

    return ProceduresDashboardPanel(context.services, context.instance_id, context.state)


def _alarm_load(context: PanelContext) -> QWidget:
    from ioc_console.gui.alerts.attention.load_panel import alarm_load_panel

    return alarm_load_panel(context.services)


def _overview(context: PanelContext) -> QWidget:
    from ioc_console.gui.domains.overview import OverviewPanel

    return OverviewPanel(context.services, context.instance_id)


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
    registry.register(
        PanelSpec(
            "camera_list",
            QT_TRANSLATE_NOOP("Panels", "Cameras"),
            _camera_list,
            icon="camera",
            area=DockArea.LEFT,
        )
    )
    registry.register(
        PanelSpec(
            "video_wall",
            QT_TRANSLATE_NOOP("Panels", "Video wall"),
            _video_wall,
            icon="wall",
            area=DockArea.CENTER,
            multi_instance=True,
            one_per_window=True,  # each monitor's window may hold its own wall
        )
    )
    registry.register(
        PanelSpec(
            "map",
            QT_TRANSLATE_NOOP("Panels", "Map"),
            _map,
            icon="map",
            area=DockArea.CENTER,
        )
    )
    registry.offer(  # registered by its domain plugin (plugins/complaints, plugins/procedures)
        PanelSpec(
            "complaint_list",
            QT_TRANSLATE_NOOP("Panels", "Complaints (1022)"),
            _complaint_list,
            icon="complaints",
            area=DockArea.CENTER,
        )
    )
    registry.register(
        PanelSpec(
            "alert_queue",
            QT_TRANSLATE_NOOP("Panels", "Alerts"),
            _alert_queue,
            icon="alert",
            area=DockArea.RIGHT,
        )
    )
    registry.offer(  # registered by its domain plugin (plugins/complaints, plugins/procedures)
        PanelSpec(
            "complaint_dashboard",
            QT_TRANSLATE_NOOP("Panels", "Complaint dashboard"),
            _complaint_dashboard,
            icon="dashboard",
            area=DockArea.CENTER,
        )
    )
    registry.offer(  # registered by its domain plugin (plugins/complaints, plugins/procedures)
        PanelSpec(
            "procedures_dashboard",
            QT_TRANSLATE_NOOP("Panels", "Administrative procedures dashboard"),
            _procedures_dashboard,
            icon="dashboard",
            area=DockArea.CENTER,
        )
    )
    registry.register(
        PanelSpec(
            "alarm_load",
            QT_TRANSLATE_NOOP("Panels", "Alarm load"),
            _alarm_load,
            icon="status",
            area=DockArea.RIGHT,
        )
    )
    registry.register(
        PanelSpec(
            "overview",
            QT_TRANSLATE_NOOP("Panels", "Overview"),
            _overview,
            icon="dashboard",
            area=DockArea.CENTER,
        )
    )
