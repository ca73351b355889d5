"""The city's socio-economic indicators against the year's plan, month by month.

One record per indicator and reported month of the year: the month's value, the value for the
year to date (``cumulative``), the year's plan, the plan to date at the expected pace
(``plan_to_date``) and the share of the year's plan reached (``pct_of_plan``). A month is
reported on the 5th of the next month (December's in January, the year's last). The figures are
a city of about 160,000 people; public investment is disbursed behind the government's
schedule, as it usually is, and a few indicators fall short of their plan.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..times import TZ

if TYPE_CHECKING:
    from ..units import Atlas
    from ..world import World

REPORT_DAY = 5  # a month is reported on this day of the next month, from 08:00
# the government's schedule for public investment: share of the year's capital disbursed by the
# end of each month
DISBURSEMENT_PACE = (2, 5, 10, 18, 25, 35, 45, 55, 65, 75, 85, 95)
# seasonal weight of each month for a flow (Tết in January/February, year-end push)
SEASON = (1.12, 0.9, 0.95, 0.97, 1.0, 1.0, 0.98, 0.98, 0.98, 1.0, 1.02, 1.1)

RATE, FLOW = "rate", "flow"
# slug, name, unit, kind, year's plan, performance against plan, decimals
INDICATORS: list[tuple[str, str, str, str, float, float, int]] = [
    ("grdp_growth", "Tốc độ tăng trưởng GRDP", "%", RATE, 7.5, 0.95, 2),
    ("budget_revenue", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", FLOW, 1250, 1.03, 1),
    ("budget_spending", "Chi ngân sách địa phương", "tỷ đồng", FLOW, 980, 0.96, 1),
    ("total_investment", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", FLOW, 9600, 0.94, 1),
    ("public_investment", "Giải ngân vốn đầu tư công", "tỷ đồng", FLOW, 742, 0.78, 1),
    ("retail_sales", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng",
     FLOW, 28500, 1.02, 1),
    ("industrial_output", "Giá trị sản xuất công nghiệp (giá so sánh 2010)", "tỷ đồng", FLOW,
     7800, 0.99, 1),
    ("exports", "Kim ngạch xuất khẩu", "triệu USD", FLOW, 410, 0.97, 1),
    ("new_enterprises", "Doanh nghiệp thành lập mới", "doanh nghiệp", FLOW, 320, 0.86, 0),
    ("new_jobs", "Lao động được giải quyết việc làm mới", "người", FLOW, 3200, 1.05, 0),
    ("per_capita_income", "Thu nhập bình quân đầu người", "triệu đồng/năm", RATE, 98, 0.985, 1),
]


def reported_year(now: datetime) -> tuple[int, int]:
    """(year, last reported month) at ``now``: the months reported so far of the year whose
    figures the city follows (in January before December's report: last year's November)."""
    month_start = datetime(now.year, now.month, REPORT_DAY, 8, 0, tzinfo=TZ)
    last = now.month - 1 if now >= month_start else now.month - 2
    year = now.year
    if last <= 0:
        year, last = year - 1, last + 12
    return year, last


def _published(year: int, month: int) -> datetime:
    """When ``month``'s figures come out: 08:00 on the report day of the next month."""
    return datetime(year + month // 12, month % 12 + 1, REPORT_DAY, 8, 0, tzinfo=TZ)


def _expected(slug: str, month: int) -> float:
    if slug == "public_investment":
        return float(DISBURSEMENT_PACE[month - 1])
    return round(100 * sum(SEASON[:month]) / sum(SEASON), 1)


def _series(seed: int, year: int, last: int, indicator: tuple) -> list[dict[str, Any]]:
    slug, name, unit, kind, plan, performance, decimals = indicator
    rng = random.Random(f"{seed}:socio:{year}:{slug}")
    items = []
    cumulative = 0.0
    for month in range(1, last + 1):
        if kind == RATE:  # an estimate for the year to date that firms up month by month
            value = round(plan * performance * (1 + rng.uniform(-0.04, 0.04)), decimals)
            cumulative = value if month == 1 else round((cumulative * 2 + value) / 3, decimals)
            plan_to_date, expected = plan, 100.0
        else:
            expected = _expected(slug, month)
            previous = _expected(slug, month - 1) if month > 1 else 0.0
            value = plan * (expected - previous) / 100 * performance * rng.uniform(0.9, 1.1)
            value = round(value, decimals)
            cumulative = round(cumulative + value, decimals)
            plan_to_date = round(plan * expected / 100, decimals)
        published = _published(year, month)
        latest = month == last
        if not latest:  # it stopped being the latest when the next month came out
            published = _published(year, month + 1)
        items.append({
            "id": f"soc-{slug}-{year}-{month:02d}", "indicator": slug, "name": name,
            "unit": unit, "kind": kind, "year": year, "month": month,
            "period": f"{year}-{month:02d}",
            "date": date(year, month, calendar.monthrange(year, month)[1]).isoformat(),
            "value": value, "cumulative": cumulative, "plan": plan,
            "plan_to_date": plan_to_date, "expected_pct": expected,
            "pct_of_plan": round(100 * cumulative / plan, 1),
            "order": INDICATORS.index(indicator) + 1, "latest": latest,
            "ward": None, "updated_at": published.isoformat(timespec="seconds"),
            "deleted": False,
        })
    return items


def build_indicators(seed: int, atlas: Atlas, now: datetime,
                     world: World) -> list[dict[str, Any]]:
    year, last = reported_year(now)
    items = []
    for indicator in INDICATORS:
        items += _series(seed, year, last, indicator)
    return items


__all__ = ["DISBURSEMENT_PACE", "INDICATORS", "build_indicators", "reported_year"]
