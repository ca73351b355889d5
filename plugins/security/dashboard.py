"""The security dashboard: its KPI tiles, charts of incidents by type, ward and day, and the
list of incidents (the console's list shows a record's place on the map)."""

from __future__ import annotations

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    Reduce,
    TableSpec,
)

from .figures import INCIDENTS


def dashboard(kpis: dict[str, str]) -> DashboardSpec:
    by_type = ChartSpec(
        QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents by type, last 30 days"),
        INCIDENTS,
        x="type",
        kind=ChartKind.RANKED,
        reduce=Reduce.COUNT,
        within_days=30,
        limit=8,
        unit="vụ",
    )
    by_ward = ChartSpec(
        QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents by ward, last 30 days"),
        INCIDENTS,
        x="ward",
        kind=ChartKind.BARS,
        reduce=Reduce.COUNT,
        within_days=30,
        unit="vụ",
    )
    daily = ChartSpec(
        QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents a day"),
        INCIDENTS,
        x="date",
        kind=ChartKind.LINE,
        reduce=Reduce.COUNT,
        within_days=30,
        unit="vụ",
    )
    table = TableSpec(
        QT_TRANSLATE_NOOP("SecurityPlugin", "Incidents"),
        INCIDENTS,
        columns=(
            Column(
                "occurred_at", QT_TRANSLATE_NOOP("SecurityPlugin", "Time"), ColumnFormat.DATETIME
            ),
            Column("type", QT_TRANSLATE_NOOP("SecurityPlugin", "Type")),
            Column("summary", QT_TRANSLATE_NOOP("SecurityPlugin", "What happened")),
            Column("ward", QT_TRANSLATE_NOOP("SecurityPlugin", "Ward"), ColumnFormat.WARD),
            Column("place", QT_TRANSLATE_NOOP("SecurityPlugin", "Place")),
            Column("severity", QT_TRANSLATE_NOOP("SecurityPlugin", "Severity")),
            Column("state", QT_TRANSLATE_NOOP("SecurityPlugin", "State")),
        ),
        sort_by="occurred_at",
    )
    return DashboardSpec(
        tiles=(
            kpis["incidents_7d"],
            kpis["incidents_30d"],
            kpis["handled_share"],
            kpis["patrol_coverage"],
            kpis["per_10k"],
            kpis["busiest_ward_today"],
        ),
        charts=(by_type, by_ward, daily),
        table=table,
        notes=QT_TRANSLATE_NOOP(
            "SecurityPlugin", "Incidents received by the ward police; patrols of today"
        ),
    )
