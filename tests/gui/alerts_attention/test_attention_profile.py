"""The site profile's [alerts] keys the attention features use: the sound repeat, the mute's
length and the shift start times (a mistake named, the defaults otherwise)."""

from __future__ import annotations

from datetime import date, time

import pytest

from ioc_console.core.config.profile import ProfileError, load_profile
from ioc_console.gui.alerts.attention.site import attention_settings

BACKEND = '[backend]\nurl = "https://ioc.example.vn/api/v1"\n'


def profile(tmp_path, text: str):
    path = tmp_path / "site.toml"
    path.write_text(BACKEND + text, encoding="utf-8")
    return load_profile(path, date(2026, 12, 6))


def test_the_profile_sets_repeat_mute_and_shift_starts(tmp_path):
    settings = attention_settings(
        profile(
            tmp_path,
            "[alerts]\nsound_repeat_seconds = 20\nmute_minutes = 10\n"
            'shift_starts = ["07:30", "19:30"]\n',
        )
    )
    assert settings.sound_repeat_seconds == 20
    assert settings.mute_minutes == 10
    assert settings.shift_starts == (time(7, 30), time(19, 30))


def test_without_a_profile_or_the_keys_the_defaults_hold(tmp_path):
    for settings in (attention_settings(None), attention_settings(profile(tmp_path, ""))):
        assert settings.sound_repeat_seconds == 30
        assert settings.mute_minutes == 5
        assert settings.shift_starts == (time(6), time(14), time(22))


def test_a_shift_start_that_is_no_time_is_named(tmp_path):
    with pytest.raises(ProfileError) as refused:
        profile(tmp_path, '[alerts]\nshift_starts = ["06:00", "25:00"]\n')
    assert any("shift_starts" in error and "25:00" in error for error in refused.value.errors)
