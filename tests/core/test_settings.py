import json

import pytest

from ioc_console.core.config.options import OPTIONS
from ioc_console.core.config.settings import SETTINGS_VERSION, Settings


@pytest.fixture
def path(tmp_path):
    return tmp_path / "settings.json"


def test_defaults_when_no_file(path):
    settings = Settings.load(path)
    assert settings.get("ui.language") == "vi"
    assert settings.get("ui.theme") == "dark"
    assert settings.problems == []
    assert not path.exists()  # nothing written until something changes


def test_every_option_has_a_title_and_valid_default():
    for option in OPTIONS:
        assert option.title and option.title.context == "Options"
        option.validate(option.default)


def test_set_saves_atomically_with_version(path):
    settings = Settings.load(path)
    settings.set("ui.language", "en")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"version": SETTINGS_VERSION, "values": {"ui.language": "en"}}
    assert Settings.load(path).get("ui.language") == "en"
    assert list(path.parent.glob(".settings.json.*")) == []  # no temporary file left


def test_set_rejects_wrong_values(path):
    settings = Settings.load(path)
    with pytest.raises(ValueError, match="not one of"):
        settings.set("ui.language", "fr")
    with pytest.raises(ValueError, match="true or false"):
        settings.set("layout.save_on_exit", "yes")
    assert not path.exists()


def test_listeners_hear_changes(path):
    settings = Settings.load(path)
    heard = []
    settings.changed.connect(lambda key, value: heard.append((key, value)))
    settings.set("ui.theme", "light")
    settings.set("ui.theme", "light")  # no change, no event
    assert heard == [("ui.theme", "light")]


def test_migrates_unversioned_file(path):
    path.write_text(json.dumps({"language": "en", "theme": "light", "log.level": "DEBUG"}))
    settings = Settings.load(path)
    assert settings.get("ui.language") == "en"
    assert settings.get("ui.theme") == "light"
    assert settings.get("log.level") == "DEBUG"
    settings.save()
    assert json.loads(path.read_text())["version"] == SETTINGS_VERSION


def test_migrates_version_1(path):
    path.write_text(json.dumps({"version": 1, "values": {"language": "en"}}))
    assert Settings.load(path).get("ui.language") == "en"


def test_corrupt_file_is_kept_aside_and_defaults_used(path):
    path.write_text("{not json")
    settings = Settings.load(path)
    assert settings.get("ui.language") == "vi"
    assert len(settings.problems) == 1 and "could not be read" in settings.problems[0]
    kept = list(path.parent.glob("settings.json.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_text() == "{not json"  # nothing lost


def test_bad_value_ignored_with_a_problem_and_unknown_keys_kept(path):
    path.write_text(json.dumps({"version": 2, "values": {"ui.theme": "pink", "future.key": 3}}))
    settings = Settings.load(path)
    assert settings.get("ui.theme") == "dark"
    assert any("ui.theme" in p for p in settings.problems)
    settings.set("ui.language", "en")
    assert json.loads(path.read_text())["values"]["future.key"] == 3


def test_file_from_newer_console_is_not_overwritten(path):
    original = json.dumps({"version": 99, "values": {"ui.language": "en"}})
    path.write_text(original)
    settings = Settings.load(path)
    assert settings.get("ui.language") == "en"
    assert any("newer console" in p for p in settings.problems)
    settings.set("ui.theme", "light")
    assert path.read_text() == original
