"""The site profile's [briefing] section: when and where the daily briefing is made."""

from __future__ import annotations

from datetime import time

import pytest

from ioc_console.core.config.profile import ProfileError, load_profile


def profile_with(tmp_path, briefing: str):
    path = tmp_path / "site.toml"
    path.write_text(f'[backend]\nurl = "https://ioc.example.vn"\n\n{briefing}', encoding="utf-8")
    return load_profile(path)


def test_time_and_folder(tmp_path):
    profile = profile_with(tmp_path, '[briefing]\ntime = "06:30"\nfolder = "/srv/ioc/bt"\n')
    assert profile.briefing.time == time(6, 30)
    assert str(profile.briefing.folder) == "/srv/ioc/bt"


def test_without_the_section_nothing_is_scheduled(tmp_path):
    assert profile_with(tmp_path, "").briefing.time is None


@pytest.mark.parametrize("bad", ["6h30", "25:00", "morning"])
def test_a_bad_time_is_named(tmp_path, bad):
    with pytest.raises(ProfileError) as caught:
        profile_with(tmp_path, f'[briefing]\ntime = "{bad}"\n')
    assert any("[briefing] time must be HH:MM" in e for e in caught.value.errors)
