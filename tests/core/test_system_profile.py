"""The machine's site profile (written by the installer or the IT staff for every user of the
PC) is used when nobody names one and the user has none of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from ioc_console.core import services
from ioc_console.core.paths import app_paths, system_profile


@pytest.fixture
def machine_profile(tmp_path, monkeypatch):
    path = tmp_path / "etc-opt" / "site.toml"
    path.parent.mkdir()
    monkeypatch.setattr(services, "system_profile", lambda: path)
    return path


def test_the_machines_profile_is_used_when_the_user_has_none(ioc_home, machine_profile):
    paths = app_paths()
    assert services.find_profile(None, False, paths) is None  # none written yet: demo mode
    machine_profile.write_text('[backend]\nurl = "https://ioc.example.gov.vn"\n')
    assert services.find_profile(None, False, paths) == machine_profile


def test_the_users_own_profile_and_the_command_line_come_first(ioc_home, machine_profile):
    machine_profile.write_text('[backend]\nurl = "https://ioc.example.gov.vn"\n')
    paths = app_paths().ensure()
    paths.default_profile.write_text('[backend]\nurl = "https://other.example.gov.vn"\n')
    assert services.find_profile(None, False, paths) == paths.default_profile
    assert services.find_profile(Path("x.toml"), False, paths) == Path("x.toml")
    assert services.find_profile(None, True, paths) is None  # --demo


def test_a_console_kept_to_its_own_folder_ignores_the_machines_profile(ioc_home):
    assert system_profile() is None  # $IOC_CONSOLE_HOME is set by ioc_home


def test_the_machines_profile_lives_where_the_installers_write_it(monkeypatch):
    monkeypatch.delenv("IOC_CONSOLE_HOME", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert system_profile() == Path("/etc/opt/ioc-console/site.toml")
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "D:\\ProgramData")
    assert str(system_profile()).replace("/", "\\") == "D:\\ProgramData\\IOC Console\\site.toml"
