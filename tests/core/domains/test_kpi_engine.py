"""The KPI engine: each formula over hand-built records, in the city's calendar."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.kpi_engine import evaluate
from ioc_console.core.domains.kpis import Aggregate, KpiDefinition, Ratio
from ioc_console.core.store.match import FieldFilter

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=CITY_TZ)
VISITS = [  # a district hospital's days
    {"id": "1", "date": "2026-12-06", "visits": 410, "kind": "hospital", "beds": {"used": 180}},
    {"id": "2", "date": "2026-12-05", "visits": 380, "kind": "hospital", "beds": {"used": 190}},
    {"id": "3", "date": "2026-12-04", "visits": 120, "kind": "clinic"},
    {"id": "4", "date": "2026-11-20", "visits": 300, "kind": "hospital", "beds": {"used": 150}},
    {"id": "5", "date": "2026-12-06", "visits": "n/a", "kind": "hospital"},
    {"id": "6", "date": "2026-12-07", "visits": 999, "kind": "hospital"},  # tomorrow
]


def kpi(formula, target: Target | None = None) -> KpiDefinition:
    return KpiDefinition("healthcare.test", "Thử", "health_daily", formula, target=target)


@pytest.mark.parametrize(
    ("formula", "value", "records"),
    [
        (Aggregate("count"), 6, 6),
        (Aggregate("count", match={"kind": "clinic"}), 1, 1),
        (Aggregate("count", "beds.used"), 3, 3),
        (Aggregate("sum", "visits", match={"kind": "hospital"}), 410 + 380 + 300 + 999, 5),
        (Aggregate("mean", "visits", match=[FieldFilter("visits", "<", 500)]), 1210 / 4, 4),
        (Aggregate("min", "visits"), 120, 6),
        (Aggregate("max", "beds.used"), 190, 6),
        (Aggregate("latest", "visits", order_by="date", match={"kind": "clinic"}), 120, 1),
        (Aggregate("latest", "beds.used", order_by="date",
                   match=[FieldFilter("beds.used", ">", 0)]), 180, 3),
        (Aggregate("sum", "visits", match={"kind": "pharmacy"}), None, 0),
        (Aggregate("count", match={"kind": "pharmacy"}), 0, 0),
    ],
)
def test_each_aggregate_over_the_matching_records(formula, value, records):
    result = evaluate(kpi(formula), VISITS, NOW)
    assert result.value == (pytest.approx(value) if value is not None else None)
    assert result.records == records
    assert result.error == ""
    assert result.at == NOW


def test_within_days_counts_the_last_days_of_the_city_calendar_today_included():
    week = evaluate(kpi(Aggregate("sum", "visits", within_days=7)), VISITS, NOW)
    assert week.value == 410 + 380 + 120  # not 20/11, not tomorrow, not "n/a"
    assert week.records == 4
    today = evaluate(kpi(Aggregate("count", within_days=1)), VISITS, NOW)
    assert today.value == 2
    # a date-time is placed in the city's day: 17:30 UTC on the 5th is 00:30 on the 6th here
    late = [{"at": "2026-12-05T17:30:00Z"}, {"at": "2026-12-05T16:30:00+00:00"}]
    assert evaluate(kpi(Aggregate("count", within_days=1, date_field="at")), late, NOW).value == 1
    # 23:59 in the city is 16:59 UTC: still the 6th, whatever zone ``now`` comes in
    evening = datetime(2026, 12, 6, 16, 59, tzinfo=UTC)
    assert evaluate(kpi(Aggregate("count", within_days=1)), VISITS, evening).value == 2
    morning = datetime(2026, 12, 6, 17, 1, tzinfo=UTC)  # 00:01 on the 7th in the city
    assert evaluate(kpi(Aggregate("count", within_days=1)), VISITS, morning).value == 1


def test_a_condition_takes_the_records_that_meet_it_at_now():
    tasks = [{"id": "a", "deadline": "2026-12-05T17:00:00+07:00", "state": "in_progress"},
             {"id": "b", "deadline": "2026-12-08T17:00:00+07:00", "state": "in_progress"},
             {"id": "c", "deadline": "2026-12-01T17:00:00+07:00", "state": "done"}]

    def overdue(task, now):
        return task["state"] != "done" and datetime.fromisoformat(task["deadline"]) < now

    value = evaluate(kpi(Aggregate("count", condition=overdue)), tasks, NOW)
    assert (value.value, value.records) == (1, 1)
    later = datetime(2026, 12, 9, 9, 0, tzinfo=CITY_TZ)  # the same records, two days on
    assert evaluate(kpi(Aggregate("count", condition=overdue)), tasks, later).value == 2


def test_a_ratio_is_a_percentage_and_has_no_value_over_nothing():
    share = Ratio(Aggregate("count", match={"kind": "clinic"}), Aggregate("count"))
    result = evaluate(kpi(share, Target(50, 30, 10)), VISITS, NOW)
    assert result.value == pytest.approx(100 / 6)
    assert result.state is KpiState.AMBER
    empty = evaluate(kpi(share, Target(50, 30, 10)), [], NOW)
    assert empty.value is None
    assert empty.state is KpiState.NONE
    assert empty.error == ""
    per_bed = Ratio(Aggregate("sum", "visits", within_days=1), Aggregate("count", within_days=1),
                    scale=1)
    assert evaluate(kpi(per_bed), VISITS, NOW).value == 410 / 2


def test_the_band_is_taken_against_the_given_target_over_the_definitions_own():
    definition = kpi(Aggregate("count"), Target(10, 8, 7))
    assert evaluate(definition, VISITS, NOW).state is KpiState.RED
    assert evaluate(definition, VISITS, NOW, Target(6, 5, 4)).state is KpiState.MET
    assert evaluate(kpi(Aggregate("count")), VISITS, NOW).state is KpiState.NONE  # no target


def test_a_function_of_the_records_gives_its_number():
    result = evaluate(kpi(lambda rows: sum(1 for r in rows if r.get("beds"))), VISITS, NOW)
    assert (result.value, result.records, result.error) == (3, 6, "")
    assert evaluate(kpi(lambda rows: None), VISITS, NOW).value is None


@pytest.mark.parametrize(
    ("formula", "message"),
    [
        (lambda rows: 1 / 0, "ZeroDivisionError"),
        (lambda rows: "nhiều", "not a number"),
        (Ratio(lambda rows: rows[99]["x"], Aggregate("count")), "IndexError"),
    ],
)
def test_a_formula_that_raises_gives_a_value_with_its_error_and_no_band(formula, message):
    result = evaluate(kpi(formula, Target(1, 1, 1)), VISITS, NOW)
    assert result.value is None
    assert result.state is KpiState.NONE
    assert message in result.error
