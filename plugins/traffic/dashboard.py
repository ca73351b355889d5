"""The traffic-safety dashboard: the plan's KPI tiles, charts of violations and of accidents,
deaths and injuries by road, and the list of violations, each opening the camera that saw it
(the console's list shows its place on the map: the camera's)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    RecordAction,
    Reduce,
    ShowCamera,
    TableSpec,
)

from .figures import ACCIDENTS, VIOLATIONS

SOURCE = "traffic.dashboard"  # the panel that asks, for the log


def _open_camera(record: Mapping[str, Any]) -> ShowCamera | None:
    camera = record.get("camera_id")
    return ShowCamera(str(camera), "popup", SOURCE) if isinstance(camera, str) and camera else None


def dashboard(kpis: dict[str, str]) -> DashboardSpec:
    charts = (
        ChartSpec(
            QT_TRANSLATE_NOOP("TrafficPlugin", "Violations a day"),
            VIOLATIONS,
            x="date",
            kind=ChartKind.LINE,
            reduce=Reduce.COUNT,
            within_days=30,
            unit="lượt",
        ),
        ChartSpec(
            QT_TRANSLATE_NOOP("TrafficPlugin", "Violations by type, last 7 days"),
            VIOLATIONS,
            x="type",
            kind=ChartKind.RANKED,
            reduce=Reduce.COUNT,
            within_days=7,
            unit="lượt",
        ),
        ChartSpec(
            QT_TRANSLATE_NOOP("TrafficPlugin", "Accidents by road, last 12 months"),
            ACCIDENTS,
            x="road",
            kind=ChartKind.RANKED,
            reduce=Reduce.COUNT,
            within_days=365,
            limit=8,
            unit="vụ",
        ),
        ChartSpec(
            QT_TRANSLATE_NOOP("TrafficPlugin", "Deaths and injuries by road, last 12 months"),
            ACCIDENTS,
            x="road",
            y=("deaths", "injuries"),
            labels=(
                QT_TRANSLATE_NOOP("TrafficPlugin", "Deaths"),
                QT_TRANSLATE_NOOP("TrafficPlugin", "Injuries"),
            ),
            kind=ChartKind.BARS,
            reduce=Reduce.SUM,
            within_days=365,
            unit="người",
        ),
    )
    table = TableSpec(
        QT_TRANSLATE_NOOP("TrafficPlugin", "Violations detected by the AI cameras"),
        VIOLATIONS,
        columns=(
            Column(
                "detected_at", QT_TRANSLATE_NOOP("TrafficPlugin", "Detected"), ColumnFormat.DATETIME
            ),
            Column("type", QT_TRANSLATE_NOOP("TrafficPlugin", "Violation")),
            Column("plate", QT_TRANSLATE_NOOP("TrafficPlugin", "Plate")),
            Column("vehicle", QT_TRANSLATE_NOOP("TrafficPlugin", "Vehicle")),
            Column("camera_name", QT_TRANSLATE_NOOP("TrafficPlugin", "Camera")),
            Column("ward", QT_TRANSLATE_NOOP("TrafficPlugin", "Ward"), ColumnFormat.WARD),
            Column("state", QT_TRANSLATE_NOOP("TrafficPlugin", "State")),
        ),
        sort_by="detected_at",
        limit=500,
        actions=(
            RecordAction(QT_TRANSLATE_NOOP("TrafficPlugin", "Open the camera"), _open_camera),
        ),
    )
    return DashboardSpec(
        tiles=(
            kpis["accidents_month"],
            kpis["deaths_month"],
            kpis["accidents_change"],
            kpis["deaths_change"],
            kpis["injuries_change"],
            kpis["violations_per_day"],
            kpis["cameras_online"],
            kpis["congested_now"],
        ),
        charts=charts,
        table=table,
        notes=QT_TRANSLATE_NOOP(
            "TrafficPlugin", "Plan: fewer accidents, deaths and injuries than last year"
        ),
    )
