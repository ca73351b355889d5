"""Writing a site profile from a template: the answers land in their keys, comments stay."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from ioc_console.core.config.profile import ProfileError, load_profile
from ioc_console.core.config.profile_writer import (
    TEMPLATES,
    Answers,
    defaults,
    render,
    set_key,
    site_name_for,
    template_text,
    write_profile,
)

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_template_written_with_answers_loads_with_them(name, tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    answers = Answers("https://ioc.caolanh.gov.vn/", ward="29884", site_name="Bàn \"A\"",
                      ca_file=str(ca), layout="Operator", position="Bàn 2", language="en")
    profile = write_profile(tmp_path / "site.toml", render(template_text(name), answers))
    assert profile.backend_url == "https://ioc.caolanh.gov.vn"
    assert (profile.ward, profile.site_name, profile.ca_bundle) == ("29884", 'Bàn "A"', ca)
    assert (profile.layout, profile.console_position, profile.language) == (
        "Operator", "Bàn 2", "en")


def test_the_templates_comments_are_kept_and_an_empty_answer_leaves_the_key_out(tmp_path):
    text = template_text("ward-office")
    written = render(text, Answers("https://ioc.example.gov.vn", ward=""))
    assert "# Replace the ward code with the office's ward" in written
    assert '# ward = "29888"' in written
    assert "scope" not in tomllib.loads(written) or not tomllib.loads(written)["scope"]
    assert load_profile(_saved(tmp_path, written), TODAY).ward is None


def test_a_commented_out_section_and_key_come_alive_in_place():
    text = "[ui]\nlanguage = \"vi\"\n\n# [console]\n# position = \"Bàn 1\"\n\n[targets]\n"
    written = set_key(text, "console", "position", "Bàn 4")
    assert written == "[ui]\nlanguage = \"vi\"\n\n[console]\nposition = \"Bàn 4\"\n\n[targets]\n"


def test_a_key_missing_from_the_template_is_added_to_its_section_or_a_new_one():
    text = "[backend]\nurl = \"https://a.example\"\n\n[alerts.sla.P1]\nacknowledge_seconds = 60\n"
    written = set_key(set_key(text, "backend", "ca_bundle", "/ca.pem"), "scope", "ward", "1")
    assert tomllib.loads(written)["backend"] == {"url": "https://a.example", "ca_bundle": "/ca.pem"}
    assert tomllib.loads(written)["scope"] == {"ward": "1"}
    assert tomllib.loads(written)["alerts"] == {"sla": {"P1": {"acknowledge_seconds": 60}}}


def test_answers_with_quotes_backslashes_and_control_characters_stay_valid_toml():
    value = 'C:\\certs\\"ca".pem\t\x7f'
    written = set_key("", "backend", "ca_bundle", value)
    assert tomllib.loads(written)["backend"]["ca_bundle"] == value


def test_a_ward_office_is_named_for_the_ward_chosen():
    start = defaults(template_text("ward-office"))
    assert site_name_for("29888", start, TODAY) == start.site_name == "UBND Phường Mỹ Trà"
    assert site_name_for("29884", start, TODAY) == "UBND Phường Mỹ Ngãi"
    operator = defaults(template_text("operator"))
    assert site_name_for("29884", operator, TODAY) == operator.site_name


def test_a_profile_that_does_not_load_is_not_written_and_the_old_one_stays(tmp_path):
    target = _saved(tmp_path, '[backend]\nurl = "https://old.example"\n')
    bad = render(template_text("operator"), Answers("http://ioc.example.gov.vn"))
    with pytest.raises(ProfileError) as refused:
        write_profile(target, bad)
    assert "must use https://" in str(refused.value)
    assert target.read_text() == '[backend]\nurl = "https://old.example"\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site.toml"]


def _saved(tmp_path, text):
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path
