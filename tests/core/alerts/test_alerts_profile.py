"""The site profile's [alerts] section: defaults, SLA overrides, and every mistake named."""

from __future__ import annotations

from datetime import date

import pytest
from alert_fixtures import wire_alert

from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.sla import SlaPolicy
from ioc_console.core.config.profile import ProfileError, load_profile

TODAY = date(2026, 12, 6)
BACKEND = '[backend]\nurl = "https://ioc.example.vn/api/v1"\n'


def profile(tmp_path, text: str):
    path = tmp_path / "site.toml"
    path.write_text(BACKEND + text, encoding="utf-8")
    return load_profile(path, TODAY)


def test_without_the_section_the_defaults_hold(tmp_path):
    alerts = profile(tmp_path, "").alerts
    assert (alerts.shelve_max_minutes, alerts.sound_repeat_seconds, alerts.mute_minutes) == (
        120, 30, 5)
    assert alerts.sla_overrides == {}


def test_the_section_sets_limits_and_sla_overrides_per_priority_and_type(tmp_path):
    alerts = profile(tmp_path, """
[alerts]
shelve_max_minutes = 60
sound_repeat_seconds = 20
mute_minutes = 10

[alerts.sla.P1]
acknowledge_seconds = 45

[alerts.sla.P2.cap_warning]
acknowledge_seconds = 90
resolve_seconds = 1800
""").alerts
    assert (alerts.shelve_max_minutes, alerts.sound_repeat_seconds, alerts.mute_minutes) == (
        60, 20, 10)
    assert alerts.sla_overrides == {
        (1, None): {"acknowledge_seconds": 45},
        (2, "cap_warning"): {"acknowledge_seconds": 90, "resolve_seconds": 1800},
    }
    policy = SlaPolicy.from_rows([], alerts.sla_overrides)
    p1 = Alert.from_row(wire_alert(priority=1))
    assert policy.targets(p1) == (45, 1800)


def test_mistakes_in_the_section_are_all_named(tmp_path):
    with pytest.raises(ProfileError) as error:
        profile(tmp_path, """
[alerts]
shelve_max_minutes = 600
mute_minutes = "five"
snooze = 3

[alerts.sla.P7]
acknowledge_seconds = 10

[alerts.sla.P1]
acknowledge_seconds = -5
respond_seconds = 10
""")
    problems = "\n".join(error.value.errors)
    assert "[alerts] shelve_max_minutes must be a whole number from 1 to 480, not 600" in problems
    assert "[alerts] mute_minutes must be a whole number, not str" in problems
    assert "[alerts] unknown key 'snooze'" in problems
    assert "[alerts.sla] unknown key 'P7'" in problems
    assert "[alerts.sla.P1] acknowledge_seconds must be a whole number of seconds above 0" in (
        problems)
    assert "[alerts.sla.P1] unknown key 'respond_seconds'" in problems
