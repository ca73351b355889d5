from datetime import date
from pathlib import Path

import pytest

from ioc_console.core.config.profile import ProfileError, load_profile

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 29)


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["city-ioc.toml", "supervisor.toml", "ward-office.toml"])
def test_shipped_templates_are_valid(name):
    profile = load_profile(ROOT / "build" / "site-profiles" / name, TODAY)
    assert profile.backend_url.startswith("https://")
    assert profile.language == "vi"


def test_ward_scope_and_ca_bundle(tmp_path):
    (tmp_path / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    profile = load_profile(
        write(
            tmp_path,
            """
[backend]
url = "https://ioc.example.vn/api/v1/"
ca_bundle = "ca.pem"
[scope]
ward = 29884
""",
        ),
        TODAY,
    )
    assert profile.backend_url == "https://ioc.example.vn/api/v1"
    assert profile.ca_bundle == tmp_path / "ca.pem"
    assert profile.ward == "29884"


def test_every_problem_is_reported_at_once(tmp_path):
    path = write(
        tmp_path,
        """
[backend]
urll = "https://x"
timeout_s = "ten"
[scope]
ward = "29863"
[ui]
language = "fr"
[colours]
x = 1
""",
    )
    with pytest.raises(ProfileError) as info:
        load_profile(path, TODAY)
    errors = info.value.errors
    text = "\n".join(errors)
    assert "unknown key 'urll'" in text and "known keys: url" in text
    assert "[backend] url is required" in text
    assert "timeout_s must be a number" in text
    assert "ward '29863' is not a ward in force today" in text
    assert "29869 (Phường Cao Lãnh)" in text  # tells which wards exist
    assert "language must be one of vi, en" in text
    assert "unknown section [colours]" in text
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[backend]\nurl = "ftp://ioc"', "http:// or https://"),
        ('[backend]\nurl = "http://ioc.example.vn"', "must use https://"),
        ('[backend]\nurl = "https://ioc"\nca_bundle = "missing.pem"', "is not a file"),
        ('[backend]\nurl = "https://ioc"\n[map]\ntile_url = "https://t/{z}/{x}.png"', "{y}"),
        ("[backend\nurl=", "not valid TOML"),
    ],
)
def test_single_problems(tmp_path, body, message):
    with pytest.raises(ProfileError, match=message.replace("{", r"\{").replace("}", r"\}")):
        load_profile(write(tmp_path, body), TODAY)


def test_missing_file(tmp_path):
    with pytest.raises(ProfileError, match="does not exist"):
        load_profile(tmp_path / "nope.toml", TODAY)
