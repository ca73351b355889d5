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

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    FeatureContext,
    PluginAPI,
    Ratio,
    TableSpec,
    city_today,
    facility_feature,
    point_feature,
)

Records = Sequence[Mapping[str, Any]]
CROWD_ALERT = "tourism_crowd"
ROOMS_ALERT = "tourism_rooms_full"
FULL_ROOMS = 95.0  # % of a lodging's rooms occupied: (nearly) full
COUNT_VALID = timedelta(hours=36)  # a morning count of the rooms stands for so long


def _days(records: Records) -> list[str]:
    return sorted({str(r["date"]) for r in records if r.get("date")})


def last_day_visitors(records: Records) -> float | None:
    """Visitors at all sites on the last reported day (normally yesterday)."""
    days = _days(records)
    if not days:
        return None
    return float(sum(int(r.get("visitors") or 0) for r in records if r.get("date") == days[-1]))


def visitors_vs_plan(records: Records, days: int = 30) -> float | None:
    """Visitors of the last ``days`` reported days as a % of the plan for them."""
    kept = set(_days(records)[-days:])
    plan = sum(float(r.get("plan") or 0) for r in records if r.get("date") in kept)
    if not plan:
        return None
    return 100 * sum(float(r.get("visitors") or 0) for r in records if r.get("date") in kept) / plan


def revenue_month_to_date(records: Records) -> float | None:
    """Revenue of the sites (billion đồng) in the month of the last reported day."""
    days = _days(records)
    if not days:
        return None
    month = days[-1][:7]
    total = sum(
        float(r.get("revenue") or 0) for r in records if str(r.get("date", "")).startswith(month)
    )
    return total / 1000  # the records give million đồng


def events_this_week(records: Records, today: date | None = None) -> float:
    """Events not cancelled that run on some day of the current week (Monday to Sunday)."""
    today = today or city_today()
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    count = 0
    for event in records:
        try:
            start = datetime.fromisoformat(str(event["start"])).date()
            end = datetime.fromisoformat(str(event["end"])).date()
        except (KeyError, ValueError):
            continue
        if start <= sunday and end >= monday:
            count += 1
    return float(count)


def overcrowded(event: Mapping[str, Any], now: datetime) -> bool:
    crowd, capacity = event.get("visitors_now"), event.get("capacity")
    return (
        event.get("state") == "ongoing"
        and isinstance(crowd, int | float)
        and isinstance(capacity, int | float)
        and crowd > capacity > 0
    )


def crowd_text(event: Mapping[str, Any]) -> str:
    return (
        f"{event.get('name')} tại {event.get('place')}: khoảng {event.get('visitors_now'):,} "
        f"người, vượt sức chứa {event.get('capacity'):,} người."
    ).replace(",", ".")


def rooms_full(lodging: Mapping[str, Any], now: datetime) -> bool:
    """The lodging's last count found it (nearly) full, and that count is this morning's or
    yesterday's: an old count says nothing of tonight."""
    occupancy = lodging.get("occupancy")
    if not isinstance(occupancy, int | float) or occupancy < FULL_ROOMS:
        return False
    try:
        counted = datetime.fromisoformat(str(lodging.get("counted_at")))
    except ValueError:
        return False
    return counted.tzinfo is not None and now - counted <= COUNT_VALID


def rooms_text(lodging: Mapping[str, Any]) -> str:
    return (
        f"{lodging.get('name')} ({lodging.get('address')}): {lodging.get('occupied')}/"
        f"{lodging.get('rooms')} phòng có khách ({lodging.get('occupancy')} %)."
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


def _dashboard(kpis: list[str]) -> DashboardSpec:
    return DashboardSpec(
        tiles=tuple(kpis[:5]),
        charts=(
            ChartSpec(
                QT_TRANSLATE_NOOP("TourismPlugin", "Visitors per day against the plan"),
                "tourism_visits",
                x="date",
                y=("visitors", "plan"),
                labels=(
                    QT_TRANSLATE_NOOP("TourismPlugin", "Visitors"),
                    QT_TRANSLATE_NOOP("TourismPlugin", "Plan"),
                ),
                kind=ChartKind.LINE,
                limit=60,
                unit="lượt",
            ),  # the last 60 reported days:
            # today is reported tomorrow, and a window ending today would end on a false 0
            ChartSpec(
                QT_TRANSLATE_NOOP("TourismPlugin", "Visitors per site, 30 days"),
                "tourism_visits",
                x="site",
                y=("visitors",),
                labels=(QT_TRANSLATE_NOOP("TourismPlugin", "Visitors"),),
                kind=ChartKind.RANKED,
                within_days=30,
                unit="lượt",
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP("TourismPlugin", "Rooms occupied by kind of lodging"),
                "tourism_accommodation",
                x="kind",
                y=("occupied", "rooms"),
                labels=(
                    QT_TRANSLATE_NOOP("TourismPlugin", "Occupied"),
                    QT_TRANSLATE_NOOP("TourismPlugin", "Rooms"),
                ),
                kind=ChartKind.BARS,
                unit="phòng",
            ),
        ),
        table=TableSpec(
            QT_TRANSLATE_NOOP("TourismPlugin", "Events"),
            "tourism_events",
            (
                Column("name", QT_TRANSLATE_NOOP("TourismPlugin", "Event")),
                Column("place", QT_TRANSLATE_NOOP("TourismPlugin", "Place")),
                Column("start", QT_TRANSLATE_NOOP("TourismPlugin", "Start"), ColumnFormat.DATETIME),
                Column("end", QT_TRANSLATE_NOOP("TourismPlugin", "End"), ColumnFormat.DATETIME),
                Column(
                    "expected_visitors",
                    QT_TRANSLATE_NOOP("TourismPlugin", "Expected visitors"),
                    ColumnFormat.NUMBER,
                ),
                Column(
                    "capacity", QT_TRANSLATE_NOOP("TourismPlugin", "Capacity"), ColumnFormat.NUMBER
                ),
                Column(
                    "visitors_now",
                    QT_TRANSLATE_NOOP("TourismPlugin", "Crowd now"),
                    ColumnFormat.NUMBER,
                ),
                Column("state_name", QT_TRANSLATE_NOOP("TourismPlugin", "State")),
                Column("ward", QT_TRANSLATE_NOOP("TourismPlugin", "Ward"), ColumnFormat.WARD),
            ),
            sort_by="start",
        ),
        notes=QT_TRANSLATE_NOOP(
            "TourismPlugin",
            "Visitors as the tourist sites report them each night; "
            "rooms as the lodgings declare them each morning.",
        ),
    )
