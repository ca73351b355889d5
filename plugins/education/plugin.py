"""Built-in plugin: the city's schools — pupils and teachers, the national standard, daily
attendance and exam results.

Feeds (the demo backend serves them): ``school_stats`` (one row per school this school year,
with its position), ``school_attendance`` (per school and school day) and ``exam_results``
(per school and exam year: the grade-10 entrance exam and the graduation exam).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    FeatureContext,
    FieldFilter,
    PluginAPI,
    Ratio,
    facility_feature,
    point_feature,
)

from . import figures
from .dashboard import dashboard

LOW_ATTENDANCE = "school_attendance_low"
ATTENDANCE_LIMIT = 85  # percent present: a school under it raises an alert (floods, epidemics)
# the city's plan: 80 % of schools at the national standard
STANDARD_TARGET, STANDARD_AMBER, STANDARD_RED = 80, 75, 60


def school_feature(row: dict, ctx: FeatureContext) -> dict | None:
    """A school with its pupils, teachers and national-standard status as text."""

    def properties() -> dict[str, Any]:
        code = str(row.get("ward") or "")
        text = (
            f"{row.get('pupils', '?')} học sinh · {row.get('classes', '?')} lớp · "
            f"{row.get('teachers', '?')} giáo viên · {row.get('standard', '')}"
        )
        return {
            "name": str(row.get("name") or ""),
            "category": str(row.get("level") or ""),
            "domain": "education",
            "address": str(row.get("address") or ""),
            "ward": code,
            "ward_name": ctx.ward_names.get(code, ""),
            "text": text,
            "national_standard": row.get("national_standard") is True,
        }

    return point_feature("facility", row, properties)


def low_attendance_text(row: Mapping[str, Any]) -> str:
    return (
        f"{row.get('school_name', '')}: {row.get('present', '?')}/"
        f"{row.get('enrolled', '?')} học sinh có mặt ({row.get('rate', '?')} %), "
        f"ngày {row.get('date', '')}"
    )


def register_feeds(api: PluginAPI) -> None:
    api.register_feed(
        "school_stats",
        QT_TRANSLATE_NOOP("Education", "Schools"),
        path="/school-stats",
        fields=(
            "name",
            "level",
            "school_year",
            "lat",
            "lon",
            "address",
            "pupils",
            "classes",
            "teachers",
            "classrooms",
            "computers",
            "national_standard",
            "standard_level",
            "standard",
        ),
    )
    api.register_feed(
        "school_attendance",
        QT_TRANSLATE_NOOP("Education", "School attendance"),
        path="/school-attendance",
        fields=(
            "school_id",
            "school_name",
            "level",
            "date",
            "enrolled",
            "present",
            "absent",
            "rate",
        ),
    )
    api.register_feed(
        "exam_results",
        QT_TRANSLATE_NOOP("Education", "Exam results"),
        path="/exam-results",
        fields=(
            "school_id",
            "school_name",
            "exam",
            "exam_name",
            "year",
            "candidates",
            "passed",
            "pass_rate",
            "average_score",
        ),
    )


def register_kpis(api: PluginAPI) -> list[str]:
    return [
        api.register_kpi(
            "attendance_today",
            QT_TRANSLATE_NOOP("Education", "Attendance, last school day"),
            dataset="school_attendance",
            formula=figures.attendance_last_day,
            unit="%",
            target=96,
            amber=94,
            red=90,
            description=QT_TRANSLATE_NOOP(
                "Education", "Pupils present over pupils enrolled on the last school day reported"
            ),
        ),
        api.register_kpi(
            "attendance_7_days",
            QT_TRANSLATE_NOOP("Education", "Attendance, 7 days"),
            dataset="school_attendance",
            formula=figures.attendance_7_days,
            unit="%",
            target=96,
            amber=94,
            red=90,
        ),
        api.register_kpi(
            "standard_schools",
            QT_TRANSLATE_NOOP("Education", "Schools at the national standard"),
            dataset="school_stats",
            formula=Ratio(
                Aggregate("count", match=(FieldFilter("national_standard", "=", True),)),
                Aggregate("count"),
            ),
            unit="%",
            target=STANDARD_TARGET,
            amber=STANDARD_AMBER,
            red=STANDARD_RED,
        ),
        api.register_kpi(
            "graduation_rate",
            QT_TRANSLATE_NOOP("Education", "Graduation rate"),
            dataset="exam_results",
            formula=figures.graduation_rate,
            unit="%",
            target=98,
            amber=97,
            red=95,
        ),
        api.register_kpi(
            "pupils_per_teacher",
            QT_TRANSLATE_NOOP("Education", "Pupils per teacher"),
            dataset="school_stats",
            formula=Ratio(Aggregate("sum", "pupils"), Aggregate("sum", "teachers"), scale=1),
            unit="HS/GV",
            target=20,
            amber=22,
            red=25,
            higher_is_better=False,
        ),
        api.register_kpi(
            "entrance_rate",
            QT_TRANSLATE_NOOP("Education", "Admitted to public grade 10"),
            dataset="exam_results",
            formula=figures.entrance_rate,
            unit="%",
        ),
    ]


def register_rules(api: PluginAPI) -> None:
    api.register_alert_rule(
        "attendance_low",
        QT_TRANSLATE_NOOP("Education", "Many pupils absent from a school"),
        alert_type=LOW_ATTENDANCE,
        priority=3,
        dataset="school_attendance",
        match=[FieldFilter("rate", "<", ATTENDANCE_LIMIT)],
        condition=figures.reported_lately,
        text=low_attendance_text,
    )
    api.register_procedure(
        "attendance_low",
        QT_TRANSLATE_NOOP("Education", "QT-GD-01 Unusually many pupils absent"),
        alert_types=[LOW_ATTENDANCE],
        steps=[
            (
                "Liên hệ ban giám hiệu xác minh nguyên nhân (ngập, triều cường, dịch bệnh, sự cố)",
                True,
            ),
            (
                "Nếu do ngập: phối hợp UBND phường cảnh báo điểm ngập, bố trí "
                "phương tiện đưa đón học sinh",
                False,
            ),
            ("Nếu nghi dịch bệnh: báo Trung tâm Y tế khu vực", False),
            ("Báo cáo UBND phường và Sở Giáo dục và Đào tạo", True),
        ],
    )


def register_map(api: PluginAPI) -> None:
    api.register_map_layer(
        "facilities",
        QT_TRANSLATE_NOOP("Education", "Schools and colleges"),
        dataset="facilities",
        feature=facility_feature,
        match={"domain": "education"},
        visible=False,
        style={"color": "#0969da", "radius": 6, "symbol": "✎"},
    )
    api.register_map_layer(
        "standard",
        QT_TRANSLATE_NOOP("Education", "Schools at the national standard"),
        dataset="school_stats",
        feature=school_feature,
        match={"national_standard": True},
        style={"color": "#1a7f37", "radius": 6, "symbol": "★"},
    )
    api.register_map_layer(
        "not_standard",
        QT_TRANSLATE_NOOP("Education", "Schools not yet at the national standard"),
        dataset="school_stats",
        feature=school_feature,
        match={"national_standard": False},
        style={"color": "#bc4c00", "radius": 6, "symbol": "☆"},
    )


def register(api: PluginAPI) -> None:
    register_feeds(api)
    kpis = register_kpis(api)
    register_rules(api)
    register_map(api)
    tiles = [k for k in kpis if k != "education.entrance_rate"]  # one row of five
    board = api.register_dashboard(
        "dashboard", QT_TRANSLATE_NOOP("Education", "Education"), dashboard(tiles), icon="icon.svg"
    )
    headline = "education.attendance_today"
    api.register_domain(
        QT_TRANSLATE_NOOP("Education", "Education"),
        headline_kpi=headline,
        dashboard=board,
        kpis=[k for k in kpis if k != headline],
        icon="icon.svg",
        order=30,
    )
