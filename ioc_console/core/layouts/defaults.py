"""The default layouts, declared as data.

Panels that are not registered in this installation (a feature not installed, a plugin
disabled) are left out when a layout is applied; a window left with no panel is not opened.
"""

from __future__ import annotations

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.core.layouts.model import (
    Layout,
    PanelPlacement,
    ScreenRef,
    WindowLayout,
    WindowMode,
)
from ioc_console.core.panels import DockArea

OPERATOR = "Operator"
SUPERVISOR = "Supervisor"
WARD_OFFICE = "Ward office"

TITLES: dict[str, TrText] = {
    OPERATOR: QT_TRANSLATE_NOOP("Layouts", "Operator"),
    SUPERVISOR: QT_TRANSLATE_NOOP("Layouts", "Supervisor"),
    WARD_OFFICE: QT_TRANSLATE_NOOP("Layouts", "Ward office"),
}

P = PanelPlacement
L, R, T, B, C = DockArea.LEFT, DockArea.RIGHT, DockArea.TOP, DockArea.BOTTOM, DockArea.CENTER

DEFAULT_LAYOUTS: dict[str, Layout] = {
    # One screen: cameras and map in the middle, alerts and status at the side, the log below.
    OPERATOR: Layout(
        OPERATOR,
        (
            WindowLayout(
                "main",
                ScreenRef(0),
                (
                    P("camera_list", L),
                    P("video_wall", C),
                    P("map", C, tab_with="video_wall"),
                    P("complaint_list", C, tab_with="video_wall"),
                    P("complaint_dashboard", C, tab_with="video_wall"),
                    P("alert_queue", R),
                    P("system_status", R, tab_with="alert_queue"),
                    P("admin_units.units", L, tab_with="camera_list"),
                    P("event_log", B),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
        ),
    ),
    # Three screens: video wall; map and alerts; dashboards and the console's health.
    SUPERVISOR: Layout(
        SUPERVISOR,
        (
            WindowLayout(
                "main",
                ScreenRef(0),
                (
                    P("alert_queue", L),
                    P("map", C),
                    P("system_status", R),
                    P("event_log", B),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
            WindowLayout(
                "wall",
                ScreenRef(1),
                (P("camera_list", L), P("video_wall", C)),
                mode=WindowMode.FULLSCREEN,
            ),
            WindowLayout(
                "dashboards",
                ScreenRef(2),
                (
                    P("complaint_dashboard", C),
                    P("complaint_list", C, tab_with="complaint_dashboard"),
                    P("procedures_dashboard", C, tab_with="complaint_dashboard"),
                    P("alarm_load", C, tab_with="complaint_dashboard"),
                    P("admin_units.units", R),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
        ),
    ),
    # One screen, reduced: the ward's complaints and procedures, a small map, the status.
    WARD_OFFICE: Layout(
        WARD_OFFICE,
        (
            WindowLayout(
                "main",
                ScreenRef(0),
                (
                    P("complaint_dashboard", C),
                    P("complaint_list", C, tab_with="complaint_dashboard"),
                    P("procedures_dashboard", C, tab_with="complaint_dashboard"),
                    P("admin_units.units", C, tab_with="complaint_dashboard"),
                    P("map", R),
                    P("system_status", B),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
        ),
    ),
}
