"""Built-in plugin: tourism -- visitors at the tourist sites, rooms occupied, events.

Feeds: ``tourism_visits`` (visitors per site and day: domestic, international, revenue in
million đồng, the day's share of the year's plan), ``tourism_accommodation`` (hotels,
guesthouses and homestays with the rooms occupied at the morning count) and ``tourism_events``
(festivals and fairs with their place, dates, expected crowd, capacity and state). The sites
are the console's ``facilities`` of domain "tourism".

The daily figures are reckoned from the records themselves: "yesterday" is the last day the
sites reported and "this month" that day's month, so a late report never shows as a zero.
"""

from __future__ import annotations

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    FeatureContext,
    PluginAPI,
    Ratio,
    facility_feature,
    point_feature,
)

from .dashboard import _dashboard
from .figures import (
    CROWD_ALERT,
    ROOMS_ALERT,
    crowd_text,
    events_this_week,
    last_day_visitors,
    overcrowded,
    revenue_month_to_date,
    rooms_full,
    rooms_text,
    visitors_vs_plan,
)


def lodging_feature(row: dict, ctx: FeatureContext) -> dict | None:
    return point_feature(
        "lodging",
        row,
        lambda: {
            "name": str(row.get("name") or ""),
            "category": str(row.get("kind") or ""),
            "stars": row.get("stars") if isinstance(row.get("stars"), int) else None,
            "rooms": row.get("rooms") if isinstance(row.get("rooms"), int) else None,
            "occupancy": row.get("occupancy")
            if isinstance(row.get("occupancy"), int | float)
            else None,
            "address": str(row.get("address") or ""),
            "ward": str(row.get("ward") or ""),
            "ward_name": ctx.ward_names.get(str(row.get("ward") or ""), ""),
        },
    )


def event_feature(row: dict, ctx: FeatureContext) -> dict | None:
    if row.get("state") == "done":
        return None  # the map shows what is on and what is coming
    return point_feature(
        "event",
        row,
        lambda: {
            "name": str(row.get("name") or ""),
            "category": str(row.get("kind") or ""),
            "state": str(row.get("state_name") or row.get("state") or ""),
            "place": str(row.get("place") or ""),
            "start": str(row.get("start") or ""),
            "end": str(row.get("end") or ""),
            "expected_visitors": row.get("expected_visitors")
            if isinstance(row.get("expected_visitors"), int)
            else None,
            "ward": str(row.get("ward") or ""),
            "ward_name": ctx.ward_names.get(str(row.get("ward") or ""), ""),
        },
    )


def register(api: PluginAPI) -> None:
    _feeds(api)
    kpis = _kpis(api)
    _rules(api)
    _layers(api)
    api.register_dashboard(
        "dashboard",
        QT_TRANSLATE_NOOP("TourismPlugin", "Tourism"),
        _dashboard(kpis),
        icon="icon.svg",
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("TourismPlugin", "Tourism"),
        headline_kpi=kpis[1],
        dashboard="tourism.dashboard",
        kpis=(kpis[2], kpis[3]),
        icon="icon.svg",
        order=80,
    )


def _feeds(api: PluginAPI) -> None:
    api.register_feed(
        "tourism_visits",
        QT_TRANSLATE_NOOP("TourismPlugin", "Visitors per site and day"),
        path="/tourism-visits",
        fields=(
            "date",
            "site_id",
            "site",
            "domestic",
            "international",
            "visitors",
            "revenue",
            "plan",
        ),
    )
    api.register_feed(
        "tourism_accommodation",
        QT_TRANSLATE_NOOP("TourismPlugin", "Accommodation"),
        path="/tourism-accommodation",
        fields=("name", "kind", "stars", "rooms", "occupied", "occupancy", "lat", "lon"),
    )
    api.register_feed(
        "tourism_events",
        QT_TRANSLATE_NOOP("TourismPlugin", "Tourism events"),
        path="/tourism-events",
        fields=(
            "name",
            "kind",
            "place",
            "start",
            "end",
            "state",
            "state_name",
            "expected_visitors",
            "capacity",
            "visitors_now",
            "lat",
            "lon",
        ),
    )


def _kpis(api: PluginAPI) -> list[str]:
    return [
        api.register_kpi(
            "visitors_yesterday",
            QT_TRANSLATE_NOOP("TourismPlugin", "Visitors, last reported day"),
            dataset="tourism_visits",
            formula=last_day_visitors,
            unit="lượt",
            decimals=0,
            description="Lượt khách tại các điểm du lịch trong ngày báo cáo gần nhất",
        ),
        api.register_kpi(
            "visitors_vs_plan",
            QT_TRANSLATE_NOOP("TourismPlugin", "Visitors, 30 days, of plan"),
            dataset="tourism_visits",
            formula=visitors_vs_plan,
            unit="%",
            target=100,
            amber=95,
            red=85,
            description="Lượt khách 30 ngày so với kế hoạch năm chia theo ngày",
        ),
        api.register_kpi(
            "room_occupancy",
            QT_TRANSLATE_NOOP("TourismPlugin", "Room occupancy"),
            dataset="tourism_accommodation",
            formula=Ratio(Aggregate("sum", "occupied"), Aggregate("sum", "rooms")),
            unit="%",
            target=65,
            amber=55,
            red=45,
            description="Phòng có khách / tổng số phòng lưu trú, sáng nay",
        ),
        api.register_kpi(
            "revenue_month",
            QT_TRANSLATE_NOOP("TourismPlugin", "Site revenue, month to date"),
            dataset="tourism_visits",
            formula=revenue_month_to_date,
            unit="tỷ đồng",
            decimals=2,
            description="Doanh thu tại các điểm du lịch từ đầu tháng",
        ),
        api.register_kpi(
            "events_week",
            QT_TRANSLATE_NOOP("TourismPlugin", "Events this week"),
            dataset="tourism_events",
            formula=events_this_week,
            unit="sự kiện",
            decimals=0,
        ),
    ]


def _rules(api: PluginAPI) -> None:
    api.register_alert_rule(
        "event_overcrowded",
        QT_TRANSLATE_NOOP("TourismPlugin", "Event crowd above the place's capacity"),
        alert_type=CROWD_ALERT,
        priority=1,
        dataset="tourism_events",
        match={"state": "ongoing"},
        condition=overcrowded,
        text=crowd_text,
    )
    api.register_alert_rule(
        "rooms_full",
        QT_TRANSLATE_NOOP("TourismPlugin", "Accommodation nearly full"),
        alert_type=ROOMS_ALERT,
        priority=3,
        dataset="tourism_accommodation",
        condition=rooms_full,
        text=rooms_text,
    )
    api.register_procedure(
        "crowd",
        QT_TRANSLATE_NOOP("TourismPlugin", "Crowd above capacity at an event"),
        alert_types=(CROWD_ALERT,),
        steps=[
            ("Xem camera khu vực sự kiện, ước lượng đám đông và các lối ra vào", True),
            ("Báo Ban tổ chức tạm dừng cho khách vào, phân luồng sang khu vực phụ", True),
            ("Đề nghị Công an phường và CSGT tăng cường lực lượng, phân luồng giao thông", True),
            ("Thông báo trên loa, màn hình LED và Zalo OA của thành phố", False),
            ("Theo dõi đến khi số người dưới sức chứa, ghi kết quả xử lý", True),
        ],
    )
    api.register_procedure(
        "rooms",
        QT_TRANSLATE_NOOP("TourismPlugin", "Accommodation nearly full"),
        alert_types=(ROOMS_ALERT,),
        steps=[
            ("Kiểm tra công suất các cơ sở lưu trú lân cận còn phòng", True),
            (
                "Thông báo Trung tâm Thông tin xúc tiến du lịch hướng dẫn khách sang cơ sở "
                "còn phòng",
                True,
            ),
            ("Nhắc cơ sở lưu trú khai báo tạm trú đầy đủ cho khách", False),
        ],
    )


def _layers(api: PluginAPI) -> None:
    api.register_map_layer(
        "sites",
        QT_TRANSLATE_NOOP("TourismPlugin", "Tourist sites"),
        dataset="facilities",
        feature=facility_feature,
        match={"domain": "tourism"},
        style={"color": "#1a7f37", "radius": 7, "symbol": "★"},
    )
    api.register_map_layer(
        "accommodation",
        QT_TRANSLATE_NOOP("TourismPlugin", "Accommodation"),
        dataset="tourism_accommodation",
        feature=lodging_feature,
        style={"color": "#bf8700", "radius": 5, "symbol": "⌂"},
        visible=False,
    )
    api.register_map_layer(
        "events",
        QT_TRANSLATE_NOOP("TourismPlugin", "Tourism events"),
        dataset="tourism_events",
        feature=event_feature,
        style={"color": "#bf3989", "radius": 8, "symbol": "♪"},
    )
