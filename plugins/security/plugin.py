"""Built-in plugin: security and public order.

Feeds: the incidents the ward police received (``security_incidents``) and the patrol points
with today's visits (``security_patrol_points``). KPIs: incidents in the last 7 and 30 days,
the share handled, patrol coverage today, incidents per 10,000 people and today's incidents in
the busiest ward. Alerts: incidents clustering in one ward today; a patrol point not visited
for hours. Map: recent incidents, patrol points and police posts (``facilities``).
"""

from __future__ import annotations

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    FieldFilter,
    PluginAPI,
    Ratio,
    facility_feature,
)

from .dashboard import dashboard
from .figures import (
    HANDLED,
    INCIDENTS,
    PATROLS,
    busiest_ward_today,
    incident_feature,
    patrol_feature,
    patrol_gap,
    patrol_text,
    per_10k_people,
)

CLUSTER_ALERT, PATROL_ALERT = "security_incident_cluster", "security_patrol_overdue"


def register(api: PluginAPI) -> None:
    _feeds(api)
    kpis = _kpis(api)
    _rules(api, kpis)
    _layers(api)
    api.register_dashboard(
        "dashboard",
        QT_TRANSLATE_NOOP("SecurityPlugin", "Security and public order"),
        dashboard(kpis),
        icon="icon.svg",
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("SecurityPlugin", "Security and public order"),
        headline_kpi=kpis["incidents_7d"],
        dashboard=f"{api.plugin_id}.dashboard",
        kpis=(kpis["handled_share"], kpis["patrol_coverage"]),
        icon="icon.svg",
        order=60,
    )


def _feeds(api: PluginAPI) -> None:
    api.register_feed(
        INCIDENTS,
        QT_TRANSLATE_NOOP("SecurityPlugin", "Security incidents"),
        path="/security-incidents",
        fields=(
            "type",
            "summary",
            "severity",
            "state",
            "occurred_at",
            "date",
            "place",
            "ward",
            "lat",
            "lon",
        ),
    )
    api.register_feed(
        PATROLS,
        QT_TRANSLATE_NOOP("SecurityPlugin", "Patrol points"),
        path="/security-patrol-points",
        fields=(
            "name",
            "team",
            "planned_today",
            "due_now",
            "done_today",
            "last_visit_at",
            "ward",
            "lat",
            "lon",
        ),
    )


def _kpis(api: PluginAPI) -> dict[str, str]:
    recent_30 = Aggregate("count", within_days=30)
    return {
        "incidents_7d": api.register_kpi(
            "incidents_7d",
            QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents, last 7 days"),
            dataset=INCIDENTS,
            formula=Aggregate("count", within_days=7),
            unit="vụ",
            target=12,
            amber=16,
            red=22,
            higher_is_better=False,
            decimals=0,
        ),
        "incidents_30d": api.register_kpi(
            "incidents_30d",
            QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents, last 30 days"),
            dataset=INCIDENTS,
            formula=recent_30,
            unit="vụ",
            decimals=0,
        ),
        "handled_share": api.register_kpi(
            "handled_share",
            QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents handled (30 days)"),
            dataset=INCIDENTS,
            formula=Ratio(
                Aggregate("count", match=(FieldFilter("state", "=", HANDLED),), within_days=30),
                recent_30,
            ),
            unit="%",
            target=90,
            amber=85,
            red=75,
        ),
        "patrol_coverage": api.register_kpi(
            "patrol_coverage",
            QT_TRANSLATE_NOOP("SecurityPlugin", "Patrol visits done today"),
            dataset=PATROLS,
            formula=Ratio(Aggregate("sum", "done_today"), Aggregate("sum", "due_now")),
            unit="%",
            target=95,
            amber=90,
            red=80,
            description=QT_TRANSLATE_NOOP(
                "SecurityPlugin", "Visits done of those planned up to now"
            ),
        ),
        "per_10k": api.register_kpi(
            "per_10k",
            QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents per 10,000 people (30 days)"),
            dataset=INCIDENTS,
            formula=per_10k_people,
            decimals=1,
        ),
        "busiest_ward_today": api.register_kpi(
            "busiest_ward_today",
            QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents today in the busiest ward"),
            dataset=INCIDENTS,
            formula=busiest_ward_today,
            unit="vụ",
            target=2,
            amber=3,
            red=5,
            higher_is_better=False,
            decimals=0,
        ),
    }


def _rules(api: PluginAPI, kpis: dict[str, str]) -> None:
    api.register_alert_rule(
        "incident_cluster",
        QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents cluster in one ward today"),
        alert_type=CLUSTER_ALERT,
        priority=2,
        kpi=kpis["busiest_ward_today"],
        when="red",
    )
    api.register_alert_rule(
        "patrol_overdue",
        QT_TRANSLATE_NOOP("SecurityPlugin", "Patrol point not visited for hours"),
        alert_type=PATROL_ALERT,
        priority=3,
        dataset=PATROLS,
        condition=patrol_gap,
        text=patrol_text,
    )
    api.register_procedure(
        "incident_cluster",
        QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents clustering in a ward"),
        alert_types=(CLUSTER_ALERT,),
        steps=[
            ("Xem danh sách vụ việc trong ngày của phường trên bảng An ninh trật tự", True),
            ("Gọi trực ban Công an phường xác nhận tình hình, đối tượng liên quan", True),
            ("Đề nghị tăng cường tuần tra tại các điểm xảy ra vụ việc", True),
            ("Theo dõi camera khu vực (nếu có) và ghi nhận diễn biến", False),
            ("Báo cáo lãnh đạo khi có vụ việc rất nghiêm trọng", False),
        ],
    )
    api.register_procedure(
        "patrol_overdue",
        QT_TRANSLATE_NOOP("SecurityPlugin", "Patrol point left unvisited"),
        alert_types=(PATROL_ALERT,),
        steps=[
            ("Liên hệ tổ tuần tra phụ trách điểm để biết lý do", True),
            ("Điều tổ tuần tra gần nhất đến điểm", True),
            ("Ghi nhận thời gian tuần tra bổ sung", False),
        ],
    )


def _layers(api: PluginAPI) -> None:
    api.register_map_layer(
        "incidents",
        QT_TRANSLATE_NOOP("SecurityPlugin", "Security incidents (7 days)"),
        dataset=INCIDENTS,
        feature=incident_feature,
        style={"color": "#b35900", "radius": 6, "symbol": "!"},
    )
    api.register_map_layer(
        "patrol_points",
        QT_TRANSLATE_NOOP("SecurityPlugin", "Patrol points"),
        dataset=PATROLS,
        feature=patrol_feature,
        style={"color": "#1f6feb", "radius": 6, "symbol": "⛉"},
        visible=False,
    )
    api.register_map_layer(
        "police_posts",
        QT_TRANSLATE_NOOP("SecurityPlugin", "Police posts"),
        dataset="facilities",
        feature=facility_feature,
        match={"domain": "security"},
        style={"color": "#0a3069", "radius": 6, "symbol": "◆"},
        visible=False,
    )
