"""The tourism dashboard: its tiles, charts and list, declared for the console to draw."""

from __future__ import annotations

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    TableSpec,
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
