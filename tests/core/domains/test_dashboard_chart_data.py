"""A declarative dashboard's figures from records: a chart's series and the rows of its list,
each computed by hand here from the same records."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.domains.chart_data import chart_series
from ioc_console.core.domains.dashboard_data import compute, formula_ids
from ioc_console.core.domains.dashboards import (
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    Reduce,
    TableSpec,
)
from ioc_console.core.domains.kpis import Aggregate, Ratio
from ioc_console.core.domains.table_data import NumberStyle, format_cell, search_rows, table_rows
from ioc_console.core.store.match import FieldFilter

TODAY = date(2026, 12, 6)
NAMES = {"30001": "Phường Cao Lãnh", "30002": "Phường Mỹ Trà"}
RECORDS = [
    {"id": "a", "date": "2026-12-06", "ward": "30001", "visits": 120, "beds": 80, "kind": "bv"},
    {"id": "b", "date": "2026-12-06", "ward": "30002", "visits": 60, "beds": 40, "kind": "tyt"},
    {"id": "c", "date": "2026-12-05", "ward": "30001", "visits": 100, "beds": 70, "kind": "bv"},
    {"id": "d", "date": "2026-12-01", "ward": "30002", "visits": 30, "beds": None, "kind": "tyt"},
    {"id": "e", "date": "2026-11-01", "ward": "30002", "visits": 999, "beds": 1, "kind": "tyt"},
    {"id": "f", "date": "2026-12-04T23:30:00+07:00", "ward": "30001", "visits": 5, "kind": "pk"},
]


def test_a_line_sums_each_day_of_the_last_week_in_date_order():
    spec = ChartSpec("Visits", "x", x="date", y=("visits", "beds"), within_days=7)
    data = chart_series(spec, RECORDS[:5], TODAY)
    assert data.keys == ["2026-11-30", *(f"2026-12-0{d}" for d in range(1, 7))]
    assert data.dates and data.labels[:2] == ["30/11", "01/12"] and data.labels[-1] == "06/12"
    # a day without a report has no value (not a false 0)
    assert data.series == [
        [None, 30, None, None, None, 100, 180],
        [None, None, None, None, None, 70, 120],
    ]
    assert data.ids[1:2] + data.ids[-2:] == [["d"], ["c"], ["a", "b"]]
    assert data.records == 4
    count = chart_series(
        ChartSpec("n", "x", x="date", reduce="count", within_days=3), RECORDS[:5], TODAY
    )
    assert count.series == [[0, 1, 2]]  # a day without records counts none


def test_the_days_after_the_last_report_are_left_out_of_a_sum():
    """Today's report is not in yet: the line ends on the last day reported, not on a 0."""
    records = [{"id": "a", "date": "2026-12-04", "visits": 5}]
    data = chart_series(ChartSpec("v", "x", x="date", y=("visits",), within_days=3), records, TODAY)
    assert data.keys == ["2026-12-04"] and data.series == [[5]]


def test_ranked_wards_are_largest_first_named_and_limited():
    spec = ChartSpec("By ward", "x", x="ward", y=("visits",), kind=ChartKind.RANKED, limit=1)
    data = chart_series(spec, RECORDS, TODAY, NAMES)
    assert data.keys == ["30002"] and data.labels == ["Phường Mỹ Trà"]
    assert data.series == [[60 + 30 + 999]]


def test_count_mean_and_last_per_category_with_a_match():
    records = [r for r in RECORDS if r["kind"] != "pk"]
    count = chart_series(
        ChartSpec("n", "x", x="kind", reduce=Reduce.COUNT, kind="bars"), records, TODAY
    )
    assert count.keys == ["bv", "tyt"] and count.series == [[2, 3]]
    mean = chart_series(
        ChartSpec("m", "x", x="kind", y=("visits",), reduce="mean", kind="bars"), records, TODAY
    )
    assert mean.series == [[110, (60 + 30 + 999) / 3]]
    last = chart_series(
        ChartSpec("l", "x", x="ward", y=("visits",), reduce="last", kind="bars"), RECORDS, TODAY
    )
    # the record of the latest date: 2026-12-06 in both wards
    assert last.series == [[120, 60]]


def test_a_date_time_counts_on_the_citys_day():
    spec = ChartSpec("Visits", "x", x="ward", y=("visits",), within_days=2)
    assert chart_series(spec, RECORDS, TODAY).series == [[220, 60]]  # not f of the 4th
    spec3 = ChartSpec("Visits", "x", x="ward", y=("visits",), within_days=3)
    assert chart_series(spec3, RECORDS, TODAY).series == [[225, 60]]


def test_date_times_are_grouped_by_the_citys_day():
    records = [
        {"id": "1", "at": "2026-12-05T17:30:00Z", "n": 1},  # 6 Dec 00:30 in the city
        {"id": "2", "at": "2026-12-06T08:00:00+07:00", "n": 2},
        {"id": "3", "at": "2026-12-04T10:00:00+07:00", "n": 4},
    ]
    data = chart_series(
        ChartSpec("n", "x", x="at", y=("n",), date_field="at", within_days=2), records, TODAY
    )
    assert data.keys == ["2026-12-05", "2026-12-06"] and data.series == [[None, 3]]
    assert data.ids == [[], ["1", "2"]]


def test_no_records_is_an_empty_chart():
    assert chart_series(ChartSpec("n", "x", x="kind", reduce="count"), [], TODAY).empty


def test_the_list_is_sorted_limited_and_formatted():
    spec = TableSpec(
        "List",
        "x",
        (
            Column("date", "Date", ColumnFormat.DATE),
            Column("ward", "Ward", ColumnFormat.WARD),
            Column("visits", "Visits", ColumnFormat.NUMBER),
        ),
        sort_by="visits",
        limit=3,
    )
    rows = table_rows(spec, RECORDS, NAMES)
    assert [r.id for r in rows] == ["e", "a", "c"]
    assert rows[0].cells == ("01/11/2026", "Phường Mỹ Trà", "999")
    ascending = table_rows(
        TableSpec("L", "x", spec.columns, sort_by="beds", descending=False), RECORDS, NAMES
    )
    assert [r.id for r in ascending] == ["e", "b", "c", "a", "d", "f"]  # without beds: last


def test_date_times_sort_by_their_moment():
    spec = TableSpec("L", "x", (Column("at", "At"),), sort_by="at", descending=False)
    records = [
        {"id": "late", "at": "2026-12-05T01:00:00Z"},  # 08:00 in the city
        {"id": "early", "at": "2026-12-05T07:30:00+07:00"},
    ]
    assert [r.id for r in table_rows(spec, records)] == ["early", "late"]


def test_the_rows_behind_a_kpi_are_those_its_aggregate_takes():
    spec = TableSpec("L", "x", (Column("id", "Id"),))
    rows = table_rows(spec, RECORDS)
    now = datetime(2026, 12, 6, 10, 0, tzinfo=CITY_TZ)
    beds = Aggregate("sum", "beds", {"kind": "tyt"}, within_days=7)
    assert formula_ids(beds, rows, now) == {"b", "d"}
    assert formula_ids(Ratio(beds, Aggregate("count")), rows, now) == {"b", "d"}
    assert formula_ids(lambda records: 1.0, rows, now) is None
    # a condition on the record at now (a deadline passed) takes the same rows as the figure
    big = Aggregate("count", condition=lambda record, at: (record.get("beds") or 0) > 50)
    assert formula_ids(big, rows, now) == {r["id"] for r in RECORDS if (r.get("beds") or 0) > 50}


def test_cells_follow_their_format():
    vi, en = NumberStyle(",", "."), NumberStyle(".", ",")
    assert format_cell(1234.5, ColumnFormat.NUMBER, {}, vi) == "1.234,5"
    assert format_cell(1234.5, ColumnFormat.NUMBER, {}, en) == "1,234.5"
    assert format_cell(91.84, ColumnFormat.PERCENT, {}, vi) == "91,8 %"
    assert format_cell("2026-12-04T17:05:00Z", ColumnFormat.DATETIME, {}, vi) == "05/12/2026 00:05"
    assert format_cell("30001", ColumnFormat.WARD, NAMES, vi) == "Phường Cao Lãnh"
    assert format_cell(None, ColumnFormat.TEXT, {}, vi) == ""


def test_search_ignores_diacritics_and_keeps_to_the_drilled_records():
    spec = TableSpec("List", "x", (Column("ward", "Ward", ColumnFormat.WARD),))
    rows = table_rows(spec, RECORDS, NAMES)
    assert {r.id for r in search_rows(rows, "my tra")} == {"b", "d", "e"}
    assert {r.id for r in search_rows(rows, "ra")} == set()  # words are found by their start
    assert {r.id for r in search_rows(rows, "MỸ", frozenset({"a", "b"}))} == {"b"}


def test_a_whole_dashboard_reads_the_cache(cache):
    items = [dict(r, updated_at="2026-12-06T08:00:00+07:00") for r in RECORDS]
    cache.apply_items("facilities", items).result()
    spec = DashboardSpec(
        charts=(
            ChartSpec(
                "Visits",
                "facilities",
                x="ward",
                y=("visits",),
                match=(FieldFilter("kind", "!=", "pk"),),
            ),
        ),
        table=TableSpec(
            "List", "facilities", (Column("id", "Id"),), match={"kind": "bv"}, sort_by="date"
        ),
    )
    data = compute(cache.conn, spec, datetime(2026, 12, 6, 9, tzinfo=CITY_TZ), NAMES)
    assert data.charts[0].series == [[220, 1089]]
    assert [r.id for r in data.rows] == ["a", "c"] and data.total == 2


@pytest.mark.parametrize("name", ["no_such_dataset"])
def test_an_unknown_dataset_reads_as_no_records(cache, name):
    spec = DashboardSpec(charts=(ChartSpec("n", name, x="kind", reduce="count"),))
    assert compute(cache.conn, spec, datetime(2026, 12, 6, tzinfo=CITY_TZ)).charts[0].empty
