"""Built-in plugin: the city's socio-economic indicators against the year's plan, by month.

Feed ``socio_indicators``: per indicator and reported month, the month's value, the year to
date (``cumulative``), the year's ``plan``, the plan to date at the expected pace
(``plan_to_date``, ``expected_pct`` % of the plan) and ``pct_of_plan``; ``latest`` marks an
indicator's last reported month. The figures are city-wide: no map layer (an indicator has no
place on the map).

A share of the year's plan means little without the month: 80 % is ahead in September and
behind in December. So the banded KPIs compare the share reached with the share expected by
the month (the "pace"): public investment is disbursed on the government's schedule, a flow
such as budget revenue month by month.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    Aggregate,
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    PluginAPI,
    TableSpec,
)

Records = Sequence[Mapping[str, Any]]
DATASET = "socio_indicators"
LAG_ALERT = "socio_disbursement_lag"


def latest(records: Records, indicator: str) -> Mapping[str, Any] | None:
    """The last reported month of ``indicator`` (None: not reported)."""
    mine = [r for r in records if r.get("indicator") == indicator and r.get("period")]
    return max(mine, key=lambda r: str(r["period"])) if mine else None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def share_of_plan(indicator: str) -> Callable[[Records], float | None]:
    """The share of the year's plan ``indicator`` reached by its last reported month."""

    def share(records: Records) -> float | None:
        record = latest(records, indicator)
        return _number(record.get("pct_of_plan")) if record else None

    share.__name__ = f"share_of_plan_{indicator}"
    return share


def pace(indicator: str) -> Callable[[Records], float | None]:
    """The share of the year's plan reached as a % of the share expected by the month."""

    def of_pace(records: Records) -> float | None:
        record = latest(records, indicator)
        if record is None:
            return None
        reached, expected = _number(record.get("pct_of_plan")), _number(record.get("expected_pct"))
        if reached is None or not expected:
            return None
        return 100 * reached / expected

    of_pace.__name__ = f"pace_{indicator}"
    return of_pace


def on_pace(records: Records) -> float | None:
    """How many indicators, at their last reported month, reach the share of the plan
    expected by then (a rate such as GRDP growth: its plan)."""
    latest_ones = {r.get("indicator"): r for r in records if r.get("latest") is True}
    if not latest_ones:
        return None
    return float(
        sum(
            1
            for r in latest_ones.values()
            if (_number(r.get("pct_of_plan")) or 0) >= (_number(r.get("expected_pct")) or 0)
        )
    )


def register(api: PluginAPI) -> None:
    api.register_feed(
        DATASET,
        QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Socio-economic indicators"),
        path="/socio-indicators",
        fields=(
            "indicator",
            "name",
            "unit",
            "period",
            "date",
            "value",
            "cumulative",
            "plan",
            "plan_to_date",
            "expected_pct",
            "pct_of_plan",
            "latest",
        ),
    )
    kpis = [
        api.register_kpi(
            "grdp_growth",
            QT_TRANSLATE_NOOP("SocioEconomicPlugin", "GRDP growth, year to date"),
            dataset=DATASET,
            formula=Aggregate(
                "latest", "cumulative", match={"indicator": "grdp_growth"}, order_by="period"
            ),
            unit="%",
            target=7.5,
            amber=7.0,
            red=6.5,
            decimals=2,
            description="Tốc độ tăng trưởng GRDP ước lũy kế so với cùng kỳ",
        ),
        api.register_kpi(
            "budget_revenue",
            QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Budget revenue, of plan"),
            dataset=DATASET,
            formula=share_of_plan("budget_revenue"),
            unit="%",
            description="Thu ngân sách lũy kế / dự toán năm",
        ),
        api.register_kpi(
            "budget_pace",
            QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Budget revenue, of pace"),
            dataset=DATASET,
            formula=pace("budget_revenue"),
            unit="%",
            target=100,
            amber=95,
            red=85,
            description="Tỷ lệ đạt dự toán so với tỷ lệ cần đạt theo tháng",
        ),
        api.register_kpi(
            "disbursement",
            QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Public investment disbursed, of plan"),
            dataset=DATASET,
            formula=share_of_plan("public_investment"),
            unit="%",
            description="Vốn đầu tư công đã giải ngân / kế hoạch vốn năm",
        ),
        api.register_kpi(
            "disbursement_pace",
            QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Disbursement, of schedule"),
            dataset=DATASET,
            formula=pace("public_investment"),
            unit="%",
            target=100,
            amber=90,
            red=75,
            description="Tỷ lệ giải ngân so với tiến độ Chính phủ giao theo tháng",
        ),
        api.register_kpi(
            "on_pace",
            QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Indicators on pace"),
            dataset=DATASET,
            formula=on_pace,
            unit="chỉ tiêu",
            decimals=0,
        ),
    ]
    api.register_alert_rule(
        "disbursement_lag",
        QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Public investment disbursement behind schedule"),
        alert_type=LAG_ALERT,
        priority=3,
        kpi=kpis[4],
        when="amber",
    )
    api.register_procedure(
        "disbursement_lag",
        QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Public investment disbursement behind schedule"),
        alert_types=(LAG_ALERT,),
        steps=[
            ("Lập danh sách dự án giải ngân dưới tiến độ, chủ đầu tư và nguyên nhân", True),
            ("Báo cáo Chủ tịch UBND thành phố, đề xuất điều chuyển vốn từ dự án chậm", True),
            ("Họp tổ công tác đẩy nhanh giải ngân với chủ đầu tư, Kho bạc và Ban QLDA", True),
            ("Theo dõi tiến độ hằng tuần đến khi đạt tiến độ giao", False),
        ],
    )
    api.register_dashboard(
        "dashboard",
        QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Socio-economic indicators"),
        _dashboard(kpis),
        icon="icon.svg",
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Socio-economic indicators"),
        headline_kpi=kpis[0],
        dashboard="socio_economic.dashboard",
        kpis=(kpis[4], kpis[5]),
        icon="icon.svg",
        order=90,
    )


def _dashboard(kpis: list[str]) -> DashboardSpec:
    against_plan = (
        QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Year to date"),
        QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Plan to date"),
    )
    return DashboardSpec(
        tiles=tuple(kpis[:5]),  # one row; "indicators on pace" is on the overview's tile
        charts=(
            ChartSpec(
                QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Budget revenue against the plan"),
                DATASET,
                x="date",
                y=("cumulative", "plan_to_date"),
                labels=against_plan,
                kind=ChartKind.LINE,
                match={"indicator": "budget_revenue"},
                unit="tỷ đồng",
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP(
                    "SocioEconomicPlugin", "Public investment disbursed against the schedule"
                ),
                DATASET,
                x="date",
                y=("cumulative", "plan_to_date"),
                labels=against_plan,
                kind=ChartKind.LINE,
                match={"indicator": "public_investment"},
                unit="tỷ đồng",
            ),
            ChartSpec(
                QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Share of the year's plan reached"),
                DATASET,
                x="name",
                y=("pct_of_plan",),
                kind=ChartKind.RANKED,
                match={"latest": True},
                unit="%",
                limit=12,
            ),
        ),
        table=TableSpec(
            QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Indicators"),
            DATASET,
            (
                Column("name", QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Indicator")),
                Column("period", QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Month")),
                Column(
                    "value",
                    QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Month's value"),
                    ColumnFormat.NUMBER,
                ),
                Column(
                    "cumulative",
                    QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Year to date"),
                    ColumnFormat.NUMBER,
                ),
                Column(
                    "plan",
                    QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Year's plan"),
                    ColumnFormat.NUMBER,
                ),
                Column("unit", QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Unit")),
                Column(
                    "pct_of_plan",
                    QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Of plan"),
                    ColumnFormat.PERCENT,
                ),
                Column(
                    "expected_pct",
                    QT_TRANSLATE_NOOP("SocioEconomicPlugin", "Expected by now"),
                    ColumnFormat.PERCENT,
                ),
            ),
            match={"latest": True},
            sort_by="order",
            descending=False,
        ),
        notes=QT_TRANSLATE_NOOP(
            "SocioEconomicPlugin",
            "Figures of the city's monthly socio-economic report; "
            "a month is reported early in the next month.",
        ),
    )
