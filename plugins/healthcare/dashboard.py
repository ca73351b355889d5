"""The healthcare dashboard: its tiles, charts and list, declared for the console to draw."""

from __future__ import annotations

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    FieldFilter,
    Reduce,
    TableSpec,
)


def dashboard(tiles: list[str]) -> DashboardSpec:
    return DashboardSpec(
        tiles=tuple(tiles),
        charts=(
            ChartSpec(
                QT_TRANSLATE_NOOP("Healthcare", "Outpatient visits per day"),
                "health_daily",
                "date",
                ("outpatient",),
                (QT_TRANSLATE_NOOP("Healthcare", "Outpatient"),),
                kind=ChartKind.LINE,
                within_days=30,
                unit="lượt",
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP("Healthcare", "Bed occupancy by facility"),
                "health_beds",
                "name",
                ("occupancy",),
                (QT_TRANSLATE_NOOP("Healthcare", "Occupancy"),),
                kind=ChartKind.RANKED,
                reduce=Reduce.LAST,
                unit="%",
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP("Healthcare", "Emergency visits and admissions per day"),
                "health_daily",
                "date",
                ("emergency", "admissions"),
                (
                    QT_TRANSLATE_NOOP("Healthcare", "Emergency"),
                    QT_TRANSLATE_NOOP("Healthcare", "Admissions"),
                ),
                kind=ChartKind.LINE,
                within_days=30,
                unit="lượt",
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP("Healthcare", "Median emergency wait by hospital"),
                "health_beds",
                "name",
                ("er_median_min",),
                (QT_TRANSLATE_NOOP("Healthcare", "Median wait"),),
                kind=ChartKind.RANKED,
                reduce=Reduce.LAST,
                unit="phút",
                match=(FieldFilter("er_median_min", ">", 0),),
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP("Healthcare", "Vaccination by month"),
                "health_vaccination",
                "month",
                ("children_due", "fully_vaccinated"),
                (
                    QT_TRANSLATE_NOOP("Healthcare", "Children due"),
                    QT_TRANSLATE_NOOP("Healthcare", "Fully vaccinated"),
                ),
                kind=ChartKind.BARS,
            ),
        ),
        table=TableSpec(
            QT_TRANSLATE_NOOP("Healthcare", "Facilities by day"),
            "health_daily",
            (
                Column("date", QT_TRANSLATE_NOOP("Healthcare", "Day"), ColumnFormat.DATE),
                Column("facility_name", QT_TRANSLATE_NOOP("Healthcare", "Facility")),
                Column("ward", QT_TRANSLATE_NOOP("Healthcare", "Ward"), ColumnFormat.WARD),
                Column(
                    "outpatient", QT_TRANSLATE_NOOP("Healthcare", "Outpatient"), ColumnFormat.NUMBER
                ),
                Column(
                    "admissions", QT_TRANSLATE_NOOP("Healthcare", "Admissions"), ColumnFormat.NUMBER
                ),
                Column(
                    "emergency", QT_TRANSLATE_NOOP("Healthcare", "Emergency"), ColumnFormat.NUMBER
                ),
                Column(
                    "occupancy",
                    QT_TRANSLATE_NOOP("Healthcare", "Bed occupancy (%)"),
                    ColumnFormat.NUMBER,
                ),
                Column(
                    "er_median_min",
                    QT_TRANSLATE_NOOP("Healthcare", "Emergency wait (min)"),
                    ColumnFormat.NUMBER,
                ),
            ),
            sort_by="updated_at",
            limit=15 * 7,
        ),
        notes=QT_TRANSLATE_NOOP(
            "Healthcare",
            "Daily reports of the hospitals, the regional health "
            "centre and the ward health stations; vaccination of the "
            "expanded programme by ward",
        ),
    )
