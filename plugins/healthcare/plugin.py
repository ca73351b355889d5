"""Built-in plugin: the city's healthcare — visits, beds, emergency waits and vaccination.

Feeds (the demo backend serves them): ``health_daily`` (per facility and day), ``health_beds``
(each facility's latest bed census, with its position) and ``health_vaccination`` (per ward
and month). The figures over "the last day" are taken over the last reported day, so they do
not depend on when the console looks.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    FeatureContext,
    FieldFilter,
    PluginAPI,
    facility_feature,
    point_feature,
)

from . import figures
from .dashboard import dashboard

OVERCROWDED, ER_WAIT = "hospital_overcrowded", "er_wait_long"
ER_WAIT_LIMIT = 60  # minutes: a hospital's median emergency wait past it raises an alert


def beds_feature(row: dict, ctx: FeatureContext) -> dict | None:
    """A facility with beds: its name, kind and address, and its last census as text."""

    def properties() -> dict[str, Any]:
        occupancy = figures.number(row.get("occupancy"))
        text = ""
        if occupancy is not None:
            text = (
                f"Công suất giường: {figures.thousands(occupancy, 1)} % "
                f"({figures.thousands(figures.number(row.get('occupied')) or 0)}/"
                f"{figures.thousands(figures.number(row.get('beds')) or 0)} giường, "
                f"ngày {str(row.get('date', ''))[8:10]}/{str(row.get('date', ''))[5:7]})"
            )
        wait = figures.number(row.get("er_median_min"))
        if wait is not None:
            text += f" · Cấp cứu: chờ trung vị {wait:.0f} phút"
        code = str(row.get("ward") or "")
        return {
            "name": str(row.get("name") or ""),
            "category": str(row.get("kind") or ""),
            "domain": "healthcare",
            "address": str(row.get("address") or ""),
            "ward": code,
            "ward_name": ctx.ward_names.get(code, ""),
            "text": text,
            "occupancy": occupancy,
            "over_capacity": (occupancy or 0) > 100,
        }

    return point_feature("facility", row, properties)


def overcrowded_text(row: Mapping[str, Any]) -> str:
    return (
        f"{row.get('name', '')}: {row.get('occupied', '?')}/{row.get('beds', '?')} giường "
        f"có người bệnh ({figures.thousands(figures.number(row.get('occupancy')) or 0, 1)}"
        f" %), ngày {row.get('date', '')}"
    )


def er_wait_text(row: Mapping[str, Any]) -> str:
    return (
        f"{row.get('facility_name', '')}: thời gian chờ cấp cứu trung vị "
        f"{row.get('er_median_min', '?')} phút, {row.get('emergency', '?')} lượt cấp cứu, "
        f"ngày {row.get('date', '')}"
    )


def long_er_wait(row: Mapping[str, Any], now: datetime) -> bool:
    return figures.reported_lately(row, now)


def register_feeds(api: PluginAPI) -> None:
    api.register_feed(
        "health_daily",
        QT_TRANSLATE_NOOP("Healthcare", "Health facilities by day"),
        path="/health-daily",
        fields=(
            "facility_id",
            "facility_name",
            "kind",
            "date",
            "outpatient",
            "admissions",
            "emergency",
            "beds",
            "occupied",
            "occupancy",
            "er_median_min",
            "er_within_30_pct",
        ),
    )
    api.register_feed(
        "health_beds",
        QT_TRANSLATE_NOOP("Healthcare", "Hospital beds"),
        path="/health-beds",
        fields=(
            "name",
            "kind",
            "address",
            "lat",
            "lon",
            "date",
            "beds",
            "occupied",
            "occupancy",
            "er_median_min",
        ),
    )
    api.register_feed(
        "health_vaccination",
        QT_TRANSLATE_NOOP("Healthcare", "Vaccination by ward"),
        path="/health-vaccination",
        fields=("month", "ward_name", "children_due", "fully_vaccinated", "coverage"),
    )


def register_kpis(api: PluginAPI) -> list[str]:
    return [
        api.register_kpi(
            "visits_last_day",
            QT_TRANSLATE_NOOP("Healthcare", "Outpatient visits, last reported day"),
            dataset="health_daily",
            formula=figures.visits_last_day,
            unit="lượt",
            decimals=0,
        ),
        api.register_kpi(
            "visits_7_days",
            QT_TRANSLATE_NOOP("Healthcare", "Outpatient visits, 7 days"),
            dataset="health_daily",
            formula=figures.visits_last_7_days,
            unit="lượt",
            decimals=0,
        ),
        api.register_kpi(
            "bed_occupancy",
            QT_TRANSLATE_NOOP("Healthcare", "Bed occupancy"),
            dataset="health_daily",
            formula=figures.bed_occupancy,
            unit="%",
            target=85,
            amber=90,
            red=100,
            higher_is_better=False,
            description=QT_TRANSLATE_NOOP(
                "Healthcare",
                "Occupied beds over planned beds at the last midnight census, all hospitals",
            ),
        ),
        api.register_kpi(
            "er_median_wait",
            QT_TRANSLATE_NOOP("Healthcare", "Median emergency wait"),
            dataset="health_daily",
            formula=figures.er_median_wait,
            unit="phút",
            target=30,
            amber=40,
            red=60,
            higher_is_better=False,
            decimals=0,
        ),
        api.register_kpi(
            "er_seen_30",
            QT_TRANSLATE_NOOP("Healthcare", "Emergency patients seen within 30 min"),
            dataset="health_daily",
            formula=figures.er_seen_within_30,
            unit="%",
            target=80,
            amber=70,
            red=50,
        ),
        api.register_kpi(
            "vaccination_coverage",
            QT_TRANSLATE_NOOP("Healthcare", "Full vaccination coverage, last reported month"),
            dataset="health_vaccination",
            formula=figures.vaccination_coverage,
            unit="%",
            target=95,
            amber=93,
            red=90,
        ),
    ]


def register_rules(api: PluginAPI) -> None:
    api.register_alert_rule(
        "hospital_overcrowded",
        QT_TRANSLATE_NOOP("Healthcare", "Hospital over its bed capacity"),
        alert_type=OVERCROWDED,
        priority=2,
        dataset="health_beds",
        match=[FieldFilter("occupancy", ">", 100)],
        text=overcrowded_text,
    )
    api.register_alert_rule(
        "er_wait_long",
        QT_TRANSLATE_NOOP("Healthcare", "Long emergency wait"),
        alert_type=ER_WAIT,
        priority=3,
        dataset="health_daily",
        match=[FieldFilter("er_median_min", ">", ER_WAIT_LIMIT)],
        condition=long_er_wait,
        text=er_wait_text,
    )
    api.register_procedure(
        "overcrowded",
        QT_TRANSLATE_NOOP("Healthcare", "QT-YT-01 Hospital beds over capacity"),
        alert_types=[OVERCROWDED],
        steps=[
            ("Xác minh với bệnh viện số giường thực kê và số người bệnh nằm ghép", True),
            (
                "Đề nghị điều phối chuyển người bệnh sang cơ sở còn giường "
                "(Bệnh viện Quân dân y, Trung tâm Y tế khu vực)",
                True,
            ),
            ("Báo cáo Sở Y tế", True),
            ("Theo dõi công suất giường trong 3 ngày tiếp theo", False),
        ],
    )
    api.register_procedure(
        "er_wait",
        QT_TRANSLATE_NOOP("Healthcare", "QT-YT-02 Long emergency waits"),
        alert_types=[ER_WAIT],
        steps=[
            ("Liên hệ khoa Cấp cứu xác minh nguyên nhân", True),
            ("Đề nghị tăng cường nhân lực trực cấp cứu", True),
            ("Thông tin cho người dân cơ sở cấp cứu gần nhất còn khả năng tiếp nhận", False),
            ("Ghi nhận kết quả xử lý", True),
        ],
    )


def register_map(api: PluginAPI) -> None:
    api.register_map_layer(
        "facilities",
        QT_TRANSLATE_NOOP("Healthcare", "Health facilities"),
        dataset="facilities",
        feature=facility_feature,
        match={"domain": "healthcare"},
        style={"color": "#cf222e", "radius": 6, "symbol": "✚"},
    )
    api.register_map_layer(
        "beds",
        QT_TRANSLATE_NOOP("Healthcare", "Hospital bed occupancy"),
        dataset="health_beds",
        feature=beds_feature,
        style={"color": "#82071e", "radius": 7, "symbol": "%"},
    )


def register(api: PluginAPI) -> None:
    register_feeds(api)
    kpis = register_kpis(api)
    register_rules(api)
    register_map(api)
    tiles = [k for k in kpis if k != "healthcare.er_seen_30"]  # one row of five
    board = api.register_dashboard(
        "dashboard",
        QT_TRANSLATE_NOOP("Healthcare", "Healthcare"),
        dashboard(tiles),
        icon="icon.svg",
    )
    headline = "healthcare.bed_occupancy"
    api.register_domain(
        QT_TRANSLATE_NOOP("Healthcare", "Healthcare"),
        headline_kpi=headline,
        dashboard=board,
        kpis=[k for k in kpis if k != headline],
        icon="icon.svg",
        order=10,
    )
