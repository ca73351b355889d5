"""The example plugin of ``docs/plugins.md``: the health of the city's cameras as a domain.

Everything goes through the facade ``register(api)`` receives, and everything comes from
``ioc_console.plugin_api``: a KPI over the cached ``cameras`` dataset, an alert rule on it with
its procedure, a map layer of the cameras that are down, a dashboard and a tile on the leaders'
overview. Disabling the plugin in Console › Plugins removes all of it; enabling restores it.
"""

from __future__ import annotations

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    FieldFilter,
    PluginAPI,
    Ratio,
    RecordAction,
    Reduce,
    ShowCamera,
    TableSpec,
    camera_feature,
)

DOWN = [FieldFilter("status", "!=", "online")]


def register(api: PluginAPI) -> None:
    online = api.register_kpi(
        "online_share",
        QT_TRANSLATE_NOOP("CameraHealth", "Cameras online"),
        dataset="cameras",
        formula=Ratio(Aggregate("count", match={"status": "online"}), Aggregate("count")),
        unit="%",
        target=95,
        amber=90,
        red=80,
    )
    down = api.register_kpi(
        "down",
        QT_TRANSLATE_NOOP("CameraHealth", "Cameras down"),
        dataset="cameras",
        formula=Aggregate("count", match=DOWN),
        target=0,
        amber=2,
        red=5,
        higher_is_better=False,
        decimals=0,
    )
    api.register_alert_rule(
        "many_down",
        QT_TRANSLATE_NOOP("CameraHealth", "Many cameras are down"),
        alert_type="camera_health.many_down",
        priority=2,
        kpi=online,
        when="red",
    )
    api.register_procedure(
        "many_down",
        QT_TRANSLATE_NOOP("CameraHealth", "Many cameras down"),
        alert_types=["camera_health.many_down"],
        steps=[
            ("Kiểm tra đường truyền tại trung tâm", True),
            "Gọi đơn vị bảo trì camera",
            ("Ghi nhận thời gian khắc phục", True),
        ],
    )
    api.register_map_layer(
        "down",
        QT_TRANSLATE_NOOP("CameraHealth", "Cameras down"),
        dataset="cameras",
        feature=camera_feature,
        match=DOWN,
        style={"color": "#cf222e", "radius": 7, "symbol": "✕"},
    )
    api.register_dashboard(
        "dashboard",
        QT_TRANSLATE_NOOP("CameraHealth", "Camera health"),
        DashboardSpec(
            tiles=(online, down),
            charts=(
                ChartSpec(
                    QT_TRANSLATE_NOOP("CameraHealth", "Cameras by status"),
                    dataset="cameras",
                    x="status",
                    kind=ChartKind.BARS,
                    reduce=Reduce.COUNT,
                ),
            ),
            table=TableSpec(
                QT_TRANSLATE_NOOP("CameraHealth", "Cameras down"),
                dataset="cameras",
                columns=(
                    Column("name", QT_TRANSLATE_NOOP("CameraHealth", "Camera")),
                    Column("ward", QT_TRANSLATE_NOOP("CameraHealth", "Ward"), ColumnFormat.WARD),
                    Column("status", QT_TRANSLATE_NOOP("CameraHealth", "Status")),
                ),
                match=DOWN,
                sort_by="name",
                descending=False,
                actions=(
                    RecordAction(
                        QT_TRANSLATE_NOOP("CameraHealth", "Play the camera"),
                        lambda camera: ShowCamera(str(camera["id"])),
                    ),
                ),
            ),
        ),
        icon="icon.svg",
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("CameraHealth", "Camera health"),
        headline_kpi=online,
        dashboard="camera_health.dashboard",
        kpis=(down,),
        icon="icon.svg",
        order=90,
    )
