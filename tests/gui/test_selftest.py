"""`main.py --self-test`: one line per check, a closing line, and the exit status."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def self_test(ioc_home, *extra):
    env = dict(os.environ, IOC_CONSOLE_HOME=str(ioc_home))
    return subprocess.run(
        [sys.executable, "main.py", "--self-test", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_self_test_passes_on_this_installation(ioc_home):
    result = self_test(ioc_home)
    lines = result.stdout.strip().splitlines()
    assert re.fullmatch(r"self-test: \d+ passed, 0 failed", lines[-1]), result.stdout
    assert result.returncode == 0
    checks = {line.split()[1].rstrip(":") for line in lines[:-1]}
    assert {"application", "translations", "font", "cache", "libvlc", "qtwebengine"} <= checks
    assert any(line.startswith("ok") and "panel system_status" in line for line in lines)
    assert any("rtsp://" in line for line in lines if "libvlc" in line)
    assert "QProcess: Destroyed while process" not in result.stderr  # its video workers quit


def test_self_test_fails_on_a_broken_plugin(ioc_home, write_plugin, plugins_dir):
    write_plugin("broken", "raise ImportError('vendor SDK missing')\n")
    result = self_test(ioc_home, "--plugins-dir", str(plugins_dir))
    lines = result.stdout.strip().splitlines()
    assert re.fullmatch(r"self-test: \d+ passed, 1 failed", lines[-1]), result.stdout
    assert result.returncode == 1
    assert any(line.startswith("FAIL") and "vendor SDK missing" in line for line in lines)
