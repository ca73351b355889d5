"""Built-in plugin: directive documents (văn bản chỉ đạo điều hành).

The tasks that the documents of the city People's Committee (and the province's) assign, from
the console's own ``tasks`` dataset: the share done on time, the tasks overdue now and those
due within 7 days; the open tasks by agency and by state; the list of tasks not done sorted by
deadline (overdue first, then the soon-due); and a reminder in the alert queue for each task
that falls due (not done, its deadline within one working day or passed).
"""

from __future__ import annotations

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    FieldFilter,
    PluginAPI,
    Reduce,
    TableSpec,
)

from .figures import due_within, falls_due, is_overdue, on_time_rate, reminder_text

DATASET = "tasks"  # the console's own dataset: no feed to declare
NOT_DONE = [FieldFilter("state", "in", ("open", "in_progress", "overdue"))]


def register(api: PluginAPI) -> None:
    on_time = api.register_kpi(
        "on_time_rate",
        QT_TRANSLATE_NOOP("Directives", "Tasks done on time"),
        dataset=DATASET,
        formula=on_time_rate,
        unit="%",
        target=90,
        amber=85,
        red=75,
        description=QT_TRANSLATE_NOOP(
            "Directives",
            "Share of the tasks done by their deadline among those done or past their deadline",
        ),
    )
    overdue = api.register_kpi(
        "overdue",
        QT_TRANSLATE_NOOP("Directives", "Tasks overdue now"),
        dataset=DATASET,
        formula=Aggregate("count", condition=is_overdue),  # a click on the tile: the list
        unit="nhiệm vụ",
        target=0,
        amber=1,
        red=3,
        higher_is_better=False,
        decimals=0,
    )
    due_soon = api.register_kpi(
        "due_7d",
        QT_TRANSLATE_NOOP("Directives", "Tasks due within 7 days"),
        dataset=DATASET,
        formula=Aggregate("count", condition=due_within(7)),  # a click: the list of them
        unit="nhiệm vụ",
        decimals=0,
    )
    api.register_alert_rule(
        "falls_due",
        QT_TRANSLATE_NOOP("Directives", "Directive task falling due"),
        alert_type="directive_task_due",
        priority=3,
        dataset=DATASET,
        match=NOT_DONE,
        condition=falls_due,
        text=reminder_text,
    )
    api.register_procedure(
        "falls_due",
        QT_TRANSLATE_NOOP("Directives", "Reminder of a directive task's deadline"),
        alert_types=["directive_task_due"],
        steps=[
            ("Mở danh sách nhiệm vụ chỉ đạo, xem văn bản và tiến độ đã báo cáo", True),
            ("Liên hệ đơn vị được giao để nhắc hạn và nắm khó khăn, vướng mắc", True),
            ("Ghi nhận tiến độ hoặc đề xuất gia hạn của đơn vị", True),
            ("Báo cáo lãnh đạo UBND các nhiệm vụ quá hạn chưa có đề xuất gia hạn", False),
        ],
    )
    api.register_dashboard(
        "dashboard",
        QT_TRANSLATE_NOOP("Directives", "Directive documents"),
        DashboardSpec(
            tiles=(on_time, overdue, due_soon),
            charts=(
                ChartSpec(
                    QT_TRANSLATE_NOOP("Directives", "Tasks not done, by agency"),
                    DATASET,
                    x="assignee_agency",
                    kind=ChartKind.RANKED,
                    reduce=Reduce.COUNT,
                    match=NOT_DONE,
                    limit=6,
                    unit="nhiệm vụ",
                ),
                ChartSpec(
                    QT_TRANSLATE_NOOP("Directives", "Tasks by state"),
                    DATASET,
                    x="state_name",
                    kind=ChartKind.BARS,
                    reduce=Reduce.COUNT,
                    unit="nhiệm vụ",
                ),
                ChartSpec(
                    QT_TRANSLATE_NOOP("Directives", "Overdue tasks, by agency"),
                    DATASET,
                    x="assignee_agency",
                    kind=ChartKind.RANKED,
                    reduce=Reduce.COUNT,
                    match={"state": "overdue"},
                    limit=6,
                    unit="nhiệm vụ",
                ),
                ChartSpec(
                    QT_TRANSLATE_NOOP("Directives", "Tasks by issuing body"),
                    DATASET,
                    x="issued_by",
                    kind=ChartKind.RANKED,
                    reduce=Reduce.COUNT,
                    limit=6,
                    unit="nhiệm vụ",
                ),
            ),
            table=TableSpec(
                QT_TRANSLATE_NOOP("Directives", "Tasks not done, by deadline"),
                DATASET,
                (
                    Column(
                        "deadline",
                        QT_TRANSLATE_NOOP("Directives", "Deadline"),
                        ColumnFormat.DATETIME,
                    ),
                    Column("state_name", QT_TRANSLATE_NOOP("Directives", "State")),
                    Column("document", QT_TRANSLATE_NOOP("Directives", "Document")),
                    Column("title", QT_TRANSLATE_NOOP("Directives", "Task")),
                    Column("assignee_agency", QT_TRANSLATE_NOOP("Directives", "Assignee")),
                    Column(
                        "progress",
                        QT_TRANSLATE_NOOP("Directives", "Progress (%)"),
                        ColumnFormat.NUMBER,
                    ),
                    Column("issued_by", QT_TRANSLATE_NOOP("Directives", "Issued by")),
                    Column("ward", QT_TRANSLATE_NOOP("Directives", "Ward"), ColumnFormat.WARD),
                ),
                match=NOT_DONE,
                sort_by="deadline",
                descending=False,
            ),
            notes=QT_TRANSLATE_NOOP(
                "Directives", "Tasks assigned by the documents of the People's Committees"
            ),
        ),
        icon="icon.svg",
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("Directives", "Directive documents"),
        headline_kpi=on_time,
        dashboard="directives.dashboard",
        kpis=(overdue, due_soon),
        icon="icon.svg",
        order=90,
    )
