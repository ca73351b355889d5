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
LEADERS = "Leaders"

TITLES: dict[str, TrText] = {
    OPERATOR: QT_TRANSLATE_NOOP("Layouts", "Operator"),
    SUPERVISOR: QT_TRANSLATE_NOOP("Layouts", "Supervisor"),
    WARD_OFFICE: QT_TRANSLATE_NOOP("Layouts", "Ward office"),
    LEADERS: QT_TRANSLATE_NOOP("Layouts", "Leaders"),
}

P = PanelPlacement
L, R, T, B, C = DockArea.LEFT, DockArea.RIGHT, DockArea.TOP, DockArea.BOTTOM, DockArea.CENTER
# the domains' dashboards, tabbed behind the first panel of a dashboards area
DOMAIN_DASHBOARDS = (
    "healthcare.dashboard",
    "education.dashboard",
    "security.dashboard",
    "traffic.dashboard",
    "tourism.dashboard",
    "social_media.dashboard",
    "socio_economic.dashboard",
    "directives.dashboard",
)


def _behind(front: str, area: DockArea, *ids: str) -> tuple[PanelPlacement, ...]:
    """``ids`` as tabs behind ``front`` (which stays in front)."""
    return tuple(P(i, area, tab_with=front) for i in ids)


# The console's health (System status, Event log) is a tab behind the alert queue everywhere:
# the wall, the alert queue and the map get the room.
DEFAULT_LAYOUTS: dict[str, Layout] = {
    # One screen: the wall in the middle (the map and the complaints behind it), the alert queue
    # wide on the right, the cameras narrow on the left.
    OPERATOR: Layout(
        OPERATOR,
        (
            WindowLayout(
                "main",
                ScreenRef(0),
                (
                    P("camera_list", L, share=0.17),
                    P("video_wall", C),
                    P("map", C, tab_with="video_wall"),
                    P("complaint_list", C, tab_with="video_wall"),
                    P("alert_queue", R, share=0.32),
                    *_behind("alert_queue", R, "system_status", "event_log"),
                    P("admin_units.units", L, tab_with="camera_list"),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
        ),
    ),
    # Three screens: the map with the alert queue (the menus' screen); the wall; the overview
    # with every dashboard.
    SUPERVISOR: Layout(
        SUPERVISOR,
        (
            WindowLayout(
                "main",
                ScreenRef(0),
                (
                    P("map", C),
                    P("alert_queue", R, share=0.34),
                    *_behind("alert_queue", R, "alarm_load", "system_status", "event_log"),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
            WindowLayout(
                "wall",
                ScreenRef(1),
                (P("camera_list", L, share=0.15), P("video_wall", C)),
                mode=WindowMode.FULLSCREEN,
            ),
            WindowLayout(
                "dashboards",
                ScreenRef(2),
                (
                    P("overview", C),
                    *_behind(
                        "overview",
                        C,
                        "complaint_dashboard",
                        "procedures_dashboard",
                        *DOMAIN_DASHBOARDS,
                        "complaint_list",
                        "admin_units.units",
                    ),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
        ),
    ),
    # One screen: the ward's map gets the room; its complaints, alerts and procedures beside it.
    WARD_OFFICE: Layout(
        WARD_OFFICE,
        (
            WindowLayout(
                "main",
                ScreenRef(0),
                (
                    P("map", C),
                    P("complaint_list", R, share=0.4),
                    *_behind(
                        "complaint_list",
                        R,
                        "alert_queue",
                        "complaint_dashboard",
                        "procedures_dashboard",
                        "admin_units.units",
                        "system_status",
                        "event_log",
                    ),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
        ),
    ),
    # A leader's monitors: the overview with the alert queue; the map; the complaint and
    # procedure dashboards with the domains' (windows without a screen of their own join one).
    LEADERS: Layout(
        LEADERS,
        (
            WindowLayout(
                "main",
                ScreenRef(0),
                (
                    P("overview", C),
                    P("alert_queue", R, share=0.3),
                    *_behind("alert_queue", R, "system_status", "event_log"),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
            WindowLayout("map", ScreenRef(1), (P("map", C),), mode=WindowMode.MAXIMIZED),
            WindowLayout(
                "dashboards",
                ScreenRef(2),
                (
                    P("complaint_dashboard", C),
                    *_behind("complaint_dashboard", C, "procedures_dashboard", *DOMAIN_DASHBOARDS),
                ),
                mode=WindowMode.MAXIMIZED,
            ),
        ),
    ),
}
