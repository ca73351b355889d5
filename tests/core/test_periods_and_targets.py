"""Dashboard periods in city time, and KPI targets from the site profile."""

from datetime import date, datetime, timedelta

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.config.profile import ProfileError, load_profile
from ioc_console.core.config.targets import DEFAULT_TARGETS, KpiState, Target
from ioc_console.core.periods import Bucket, PeriodKind, make_period

NOW = datetime(2026, 12, 6, 0, 30, tzinfo=CITY_TZ)  # 17:30 UTC on the 5th


@pytest.mark.parametrize(("kind", "first", "bucket"), [
    (PeriodKind.TODAY, date(2026, 12, 6), Bucket.DAY),
    (PeriodKind.DAYS_7, date(2026, 11, 30), Bucket.DAY),
    (PeriodKind.DAYS_30, date(2026, 11, 7), Bucket.DAY),
    (PeriodKind.MONTH, date(2026, 12, 1), Bucket.DAY),
    (PeriodKind.QUARTER, date(2026, 10, 1), Bucket.WEEK),
    (PeriodKind.YEAR, date(2026, 1, 1), Bucket.WEEK),
])
def test_periods_start_at_city_midnight_and_end_now(kind, first, bucket):
    period = make_period(kind, NOW)
    assert period.start == datetime.combine(first, datetime.min.time(), CITY_TZ)
    assert period.end == NOW and period.bucket is bucket
    previous = period.previous()
    assert previous.end == period.start and previous.end - previous.start == NOW - period.start


def test_custom_period_includes_its_last_day_and_stops_at_now():
    past = make_period(PeriodKind.CUSTOM, NOW, date(2026, 11, 30), date(2026, 11, 1))
    assert past.start.date() == date(2026, 11, 1)
    assert past.end == datetime(2026, 12, 1, tzinfo=CITY_TZ)
    assert str(past.description) == "01/11/2026 to 30/11/2026"
    running = make_period(PeriodKind.CUSTOM, NOW, date(2026, 12, 1), date(2026, 12, 31))
    assert running.end == NOW
    assert make_period(PeriodKind.ALL, NOW).previous() is None
    with pytest.raises(ValueError):
        make_period(PeriodKind.CUSTOM, NOW)
    assert make_period(PeriodKind.CUSTOM, NOW, date(2021, 1, 1),
                       date(2026, 1, 1)).bucket is Bucket.MONTH
    assert make_period(PeriodKind.TODAY, NOW).end - make_period(
        PeriodKind.TODAY, NOW).start == timedelta(minutes=30)


def test_target_states_higher_and_lower_is_better():
    rate = Target(95, 90, 80)
    assert [rate.state(v) for v in (None, 96, 92, 85, 70)] == [
        KpiState.NONE, KpiState.MET, KpiState.BELOW, KpiState.AMBER, KpiState.RED]
    overdue = Target(0, 1, 5, higher_is_better=False)
    assert [overdue.state(v) for v in (0, 1, 4, 5)] == [
        KpiState.MET, KpiState.AMBER, KpiState.AMBER, KpiState.RED]


def test_profile_targets_override_the_defaults(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text("""
[backend]
url = "https://ioc.example.vn/api/v1"
[targets]
"complaints.satisfaction_rate" = { target = 92, amber = 88, red = 80 }
""", encoding="utf-8")
    profile = load_profile(path, date(2026, 11, 29))
    assert profile.targets["complaints.satisfaction_rate"] == Target(92, 88, 80)
    assert profile.targets["complaints.on_time_rate"] == DEFAULT_TARGETS["complaints.on_time_rate"]


def test_bad_targets_are_named(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text("""
[backend]
url = "https://ioc.example.vn/api/v1"
[targets]
"complaints.overdue_now" = { target = 5, amber = 1, red = 0 }
"complaints.satisfaction_rate" = { target = "high" }
"Complaints nonsense" = { target = 1 }
""", encoding="utf-8")
    with pytest.raises(ProfileError) as raised:
        load_profile(path, date(2026, 11, 29))
    text = "\n".join(raised.value.errors)
    assert "complaints.overdue_now: lower is better" in text
    assert "complaints.satisfaction_rate: target must be a number" in text
    assert "unknown key 'Complaints nonsense'" in text


def test_the_profile_names_targets_of_plugins_kpis_checked_once_the_plugin_is_known(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text("""
[backend]
url = "https://ioc.example.vn/api/v1"
[targets]
"healthcare.bed_occupancy" = { target = 85, amber = 90, red = 95 }
"tourism.visitors" = { target = 12000 }
"complaints.satisfaction_rate" = { target = 92 }
""", encoding="utf-8")
    profile = load_profile(path, date(2026, 11, 29))
    assert profile.plugin_targets == {
        "healthcare.bed_occupancy": {"target": 85, "amber": 90, "red": 95},
        "tourism.visitors": {"target": 12000},
    }
    assert profile.targets["complaints.satisfaction_rate"].target == 92
    assert "healthcare.bed_occupancy" not in profile.targets


def test_a_plugins_target_out_of_order_or_malformed_is_named(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text("""
[backend]
url = "https://ioc.example.vn/api/v1"
[targets]
"healthcare.bed_occupancy" = { target = 85, amber = 90, red = 70 }
"tourism.visitors" = { goal = 12000 }
"education.attendance" = 95
""", encoding="utf-8")
    with pytest.raises(ProfileError) as raised:
        load_profile(path, date(2026, 11, 29))
    text = "\n".join(raised.value.errors)
    assert "healthcare.bed_occupancy: lower is better" in text
    assert "tourism.visitors: unknown key 'goal'" in text
    assert "education.attendance must be a table" in text
