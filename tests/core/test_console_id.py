"""The console position's id: named by the site profile, else made once and kept in the
settings, so every run (and the window and the headless sync) sends the same one."""

from __future__ import annotations

import pytest

from ioc_console.core.config.console_id import SETTING, console_id, generated
from ioc_console.core.config.profile import ProfileError, load_profile
from ioc_console.core.config.settings import Settings

PROFILE = '[backend]\nurl = "https://ioc.caolanh.example"\n'


def test_the_profiles_position_names_the_console(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text(PROFILE + '[console]\nposition = " Bàn 1 "\n', encoding="utf-8")
    profile = load_profile(path)
    settings = Settings.load(tmp_path / "settings.json")
    assert profile.console_position == "Bàn 1"
    assert console_id(settings, profile.console_position) == "Bàn 1"
    assert not (tmp_path / "settings.json").exists()  # nothing to keep


@pytest.mark.parametrize("position", ["", "   ", "x" * 65, "Bàn\t1"])
def test_a_position_that_cannot_name_a_console_is_reported(tmp_path, position):
    path = tmp_path / "site.toml"
    path.write_text(PROFILE + f'[console]\nposition = "{position}"\n'.replace("\t", "\\t"),
                    encoding="utf-8")
    with pytest.raises(ProfileError, match=r"\[console\] position must be 1 to 64 printable"):
        load_profile(path)


def test_without_a_position_an_id_is_made_once_and_kept_in_the_settings(tmp_path):
    path = tmp_path / "settings.json"
    first = console_id(Settings.load(path))
    assert first and Settings.load(path).get(SETTING) == first
    assert console_id(Settings.load(path)) == first  # the next run: the same console
    path.write_text('{"version": 2, "values": {"console.id": "  "}}', encoding="utf-8")
    fresh = console_id(Settings.load(path))
    assert fresh.strip() and fresh != first


@pytest.mark.parametrize(("host", "start"), [
    ("may-tram-3.caolanh.local", "may-tram-3-"), ("Máy trạm 3", "M-y-tr-m-3-"), ("", "console-"),
])
def test_a_made_id_names_the_computer_and_differs_between_installations(host, start):
    made = {generated(host) for _ in range(5)}
    assert len(made) == 5 and all(m.startswith(start) and m.isascii() for m in made)


def test_the_services_carry_the_id_from_one_start_to_the_next():
    from ioc_console.core.logbook import LogRing
    from ioc_console.core.services import build_services

    ids = []
    for _ in range(2):
        services = build_services(None, LogRing())
        ids.append(services.console_id)
        assert services.cache is not None
        services.cache.close()
    assert ids[0] and ids[0] == ids[1]
