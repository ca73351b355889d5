"""Built-in plugin: traffic safety.

Feeds: road accidents (``traffic_accidents``), violations the AI cameras detected
(``traffic_violations``, each naming a camera of ``cameras``) and the congestion points
(``traffic_congestion``). KPIs: this month's accidents and deaths, accidents, deaths and
injuries so far this year against the same period of last year (the city's plan: fewer of all
three), violations a day, cameras online and congested points now. Alerts: a jammed point; an
accident with deaths. Map: accidents, violations of the last 24 hours, congestion points and
those slow or jammed now.
The violations list opens the camera that saw one and shows its place on the map.
"""

from __future__ import annotations

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    FieldFilter,
    PluginAPI,
    Ratio,
)

from .dashboard import dashboard
from .figures import (
    ACCIDENTS,
    CONGESTION,
    VIOLATIONS,
    accident_feature,
    accident_text,
    change_on_last_year,
    congestion_feature,
    congestion_text,
    recent_fatal,
    this_month,
    violation_feature,
    violations_per_day,
)

JAM_ALERT, FATAL_ALERT = "traffic_congestion_jam", "traffic_fatal_accident"


def register(api: PluginAPI) -> None:
    _feeds(api)
    kpis = _kpis(api)
    _rules(api)
    _layers(api)
    api.register_dashboard(
        "dashboard",
        QT_TRANSLATE_NOOP("TrafficPlugin", "Traffic safety"),
        dashboard(kpis),
        icon="icon.svg",
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("TrafficPlugin", "Traffic safety"),
        headline_kpi=kpis["deaths_change"],
        dashboard=f"{api.plugin_id}.dashboard",
        kpis=(kpis["accidents_change"], kpis["congested_now"]),
        icon="icon.svg",
        order=70,
    )


def _feeds(api: PluginAPI) -> None:
    api.register_feed(
        ACCIDENTS,
        QT_TRANSLATE_NOOP("TrafficPlugin", "Road accidents"),
        path="/traffic-accidents",
        fields=(
            "occurred_at",
            "date",
            "road",
            "place",
            "ward",
            "lat",
            "lon",
            "deaths",
            "injuries",
            "vehicles",
            "cause",
        ),
    )
    api.register_feed(
        VIOLATIONS,
        QT_TRANSLATE_NOOP("TrafficPlugin", "Traffic violations"),
        path="/traffic-violations",
        fields=(
            "detected_at",
            "date",
            "camera_id",
            "camera_name",
            "type",
            "vehicle",
            "plate",
            "speed_kmh",
            "state",
            "ward",
            "lat",
            "lon",
        ),
    )
    api.register_feed(
        CONGESTION,
        QT_TRANSLATE_NOOP("TrafficPlugin", "Congestion points"),
        path="/traffic-congestion",
        fields=(
            "name",
            "road",
            "level",
            "level_text",
            "speed_kmh",
            "camera_id",
            "note",
            "ward",
            "lat",
            "lon",
        ),
    )


def _kpis(api: PluginAPI) -> dict[str, str]:
    return {
        "accidents_month": api.register_kpi(
            "accidents_month",
            QT_TRANSLATE_NOOP("TrafficPlugin", "Accidents this month"),
            dataset=ACCIDENTS,
            formula=this_month(""),
            unit="vụ",
            target=4,
            amber=5,
            red=7,
            higher_is_better=False,
            decimals=0,
        ),
        "deaths_month": api.register_kpi(
            "deaths_month",
            QT_TRANSLATE_NOOP("TrafficPlugin", "Deaths this month"),
            dataset=ACCIDENTS,
            formula=this_month("deaths"),
            unit="người",
            target=1,
            amber=2,
            red=3,
            higher_is_better=False,
            decimals=0,
        ),
        "accidents_change": _against_last_year(
            api,
            "accidents_change",
            QT_TRANSLATE_NOOP("TrafficPlugin", "Accidents this year vs last year"),
            "",
        ),
        "deaths_change": _against_last_year(
            api,
            "deaths_change",
            QT_TRANSLATE_NOOP("TrafficPlugin", "Deaths this year vs last year"),
            "deaths",
        ),
        "injuries_change": _against_last_year(
            api,
            "injuries_change",
            QT_TRANSLATE_NOOP("TrafficPlugin", "Injuries this year vs last year"),
            "injuries",
        ),
        "violations_per_day": api.register_kpi(
            "violations_per_day",
            QT_TRANSLATE_NOOP("TrafficPlugin", "Violations detected a day"),
            dataset=VIOLATIONS,
            formula=violations_per_day,
            unit="lượt",
            decimals=0,
            description=QT_TRANSLATE_NOOP("TrafficPlugin", "Mean of the last 7 whole days"),
        ),
        "cameras_online": api.register_kpi(
            "cameras_online",
            QT_TRANSLATE_NOOP("TrafficPlugin", "Cameras online"),
            dataset="cameras",
            formula=Ratio(
                Aggregate("count", match=(FieldFilter("status", "=", "online"),)),
                Aggregate("count"),
            ),
            unit="%",
            target=95,
            amber=90,
            red=80,
        ),
        "congested_now": api.register_kpi(
            "congested_now",
            QT_TRANSLATE_NOOP("TrafficPlugin", "Congested points now"),
            dataset=CONGESTION,
            formula=Aggregate("count", match=(FieldFilter("level", ">=", 2),)),
            unit="điểm",
            target=1,
            amber=3,
            red=5,
            higher_is_better=False,
            decimals=0,
        ),
    }


def _against_last_year(api: PluginAPI, name: str, title: str, field: str) -> str:
    """A KPI of the year's plan: ``field`` ("": accidents) so far this year against the same
    period of last year; the plan asks for 5 % fewer, and more than last year is amber."""
    return api.register_kpi(
        name,
        title,
        dataset=ACCIDENTS,
        formula=change_on_last_year(field),
        unit="%",
        target=-5,
        amber=0,
        red=10,
        higher_is_better=False,
        description=QT_TRANSLATE_NOOP("TrafficPlugin", "Change on the same period of last year"),
    )


def _rules(api: PluginAPI) -> None:
    api.register_alert_rule(
        "congestion_jam",
        QT_TRANSLATE_NOOP("TrafficPlugin", "Traffic jam"),
        alert_type=JAM_ALERT,
        priority=2,
        dataset=CONGESTION,
        match={"level": 3},
        text=congestion_text,
    )
    api.register_alert_rule(
        "fatal_accident",
        QT_TRANSLATE_NOOP("TrafficPlugin", "Road accident with deaths"),
        alert_type=FATAL_ALERT,
        priority=1,
        dataset=ACCIDENTS,
        match=(FieldFilter("deaths", ">", 0),),
        condition=recent_fatal,
        text=accident_text,
    )
    api.register_procedure(
        "congestion_jam",
        QT_TRANSLATE_NOOP("TrafficPlugin", "Traffic jam procedure"),
        alert_types=(JAM_ALERT,),
        steps=[
            ("Mở camera tại điểm ùn tắc, xác định nguyên nhân", True),
            ("Thông báo Đội CSGT điều tiết, phân luồng", True),
            ("Cập nhật thông tin phân luồng trên bảng điện tử và mạng xã hội", False),
            ("Theo dõi đến khi mức ùn tắc giảm còn 1 trở xuống", True),
        ],
    )
    api.register_procedure(
        "fatal_accident",
        QT_TRANSLATE_NOOP("TrafficPlugin", "Fatal road accident procedure"),
        alert_types=(FATAL_ALERT,),
        steps=[
            ("Xác nhận vụ tai nạn với Đội CSGT và Công an phường", True),
            ("Bảo đảm cấp cứu người bị nạn đã được điều phối (115)", True),
            ("Phân luồng giao thông khu vực, tránh ùn tắc thứ cấp", True),
            ("Trích xuất hình ảnh camera gần hiện trường (nếu có)", False),
            ("Báo cáo Ban An toàn giao thông thành phố", True),
        ],
    )


def _layers(api: PluginAPI) -> None:
    api.register_map_layer(
        "accidents",
        QT_TRANSLATE_NOOP("TrafficPlugin", "Road accidents (12 months)"),
        dataset=ACCIDENTS,
        feature=accident_feature,
        style={"color": "#8b0000", "radius": 6, "symbol": "✖"},
        visible=False,
    )
    api.register_map_layer(
        "congestion",
        QT_TRANSLATE_NOOP("TrafficPlugin", "Congestion points"),
        dataset=CONGESTION,
        feature=congestion_feature,
        style={"color": "#9a6700", "radius": 6, "symbol": "≋"},
        visible=False,
    )
    api.register_map_layer(
        "slow_traffic",
        QT_TRANSLATE_NOOP("TrafficPlugin", "Slow traffic and jams now"),
        dataset=CONGESTION,
        feature=congestion_feature,
        match=(FieldFilter("level", ">=", 2),),
        style={"color": "#cf222e", "radius": 7, "symbol": "≋"},
    )
    api.register_map_layer(
        "violations",
        QT_TRANSLATE_NOOP("TrafficPlugin", "Traffic violations (24 hours)"),
        dataset=VIOLATIONS,
        feature=violation_feature,
        style={"color": "#6e40c9", "radius": 5, "symbol": "⚠"},
        visible=False,
    )
