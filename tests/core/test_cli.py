"""main.py answers --version and a bad site profile before Qt starts."""

import subprocess
import sys
from pathlib import Path

from ioc_console import __version__

ROOT = Path(__file__).resolve().parents[2]


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"IOC Console {__version__}"


def test_bad_profile_is_explained_and_exits_2(tmp_path):
    profile = tmp_path / "site.toml"
    profile.write_text('[backend]\nurl = "ioc.local"\n')
    result = run("--profile", str(profile))
    assert result.returncode == 2
    assert "the site profile cannot be used" in result.stderr
    assert "url must be an http:// or https:// address" in result.stderr


def test_demo_and_profile_exclude_each_other(tmp_path):
    result = run("--demo", "--profile", str(tmp_path / "x.toml"))
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr
