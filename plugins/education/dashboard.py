"""The education dashboard: its tiles, charts and list, declared for the console to draw."""

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

from . import figures


def dashboard(tiles: list[str]) -> DashboardSpec:
    return DashboardSpec(
        tiles=tuple(tiles),
        charts=(
            ChartSpec(
                QT_TRANSLATE_NOOP("Education", "Absent pupils per school day"),
                "school_attendance",
                "date",
                ("absent",),
                (QT_TRANSLATE_NOOP("Education", "Absent"),),
                kind=ChartKind.LINE,
                within_days=30,
                unit="HS",
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP("Education", "Absent pupils by school, last school day"),
                "school_attendance",
                "school_name",
                ("absent",),
                (QT_TRANSLATE_NOOP("Education", "Absent"),),
                kind=ChartKind.RANKED,
                reduce=Reduce.LAST,
                limit=10,
                unit="HS",
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP("Education", "Graduation exam by year"),
                "exam_results",
                "year",
                ("candidates", "passed"),
                (
                    QT_TRANSLATE_NOOP("Education", "Candidates"),
                    QT_TRANSLATE_NOOP("Education", "Graduated"),
                ),
                kind=ChartKind.BARS,
                match=(FieldFilter("exam", "=", figures.GRADUATION),),
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP("Education", "Pupils by level"),
                "school_stats",
                "level",
                ("pupils",),
                (QT_TRANSLATE_NOOP("Education", "Pupils"),),
                kind=ChartKind.BARS,
                unit="HS",
            ),
        ),
        table=TableSpec(
            QT_TRANSLATE_NOOP("Education", "Schools"),
            "school_stats",
            (
                Column("name", QT_TRANSLATE_NOOP("Education", "School")),
                Column("level", QT_TRANSLATE_NOOP("Education", "Level")),
                Column("ward", QT_TRANSLATE_NOOP("Education", "Ward"), ColumnFormat.WARD),
                Column("pupils", QT_TRANSLATE_NOOP("Education", "Pupils"), ColumnFormat.NUMBER),
                Column("classes", QT_TRANSLATE_NOOP("Education", "Classes"), ColumnFormat.NUMBER),
                Column("teachers", QT_TRANSLATE_NOOP("Education", "Teachers"), ColumnFormat.NUMBER),
                Column(
                    "classrooms", QT_TRANSLATE_NOOP("Education", "Classrooms"), ColumnFormat.NUMBER
                ),
                Column(
                    "computers", QT_TRANSLATE_NOOP("Education", "Computers"), ColumnFormat.NUMBER
                ),
                Column("standard", QT_TRANSLATE_NOOP("Education", "National standard")),
            ),
            sort_by="pupils",
        ),
        notes=QT_TRANSLATE_NOOP(
            "Education",
            "Kindergartens, primary, lower and upper secondary schools "
            "of the city; attendance reported by the schools at 09:00",
        ),
    )
