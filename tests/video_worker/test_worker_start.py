"""How a worker is started: from source with ``-m``, from the bundle through the launcher's
``--video-worker`` (no Qt imported), and ``--probe``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from worker_pipes import WorkerPipes

from ioc_console.core.video import worker_command as command_module
from ioc_console.core.video.protocol import Quit
from ioc_console.core.video.worker_command import worker_command

ROOT = Path(__file__).resolve().parents[2]
NO_QT = r"""
import importlib.abc, sys
BLOCKED = ("PySide6", "shiboken6", "PySide6QtAds", "pyqtgraph", "ioc_console.gui")
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in BLOCKED):
            raise ImportError(f"{name} is blocked for this test")
sys.meta_path.insert(0, Block())
sys.argv[0] = "ioc-console"
from ioc_console.launcher import main
sys.exit(main())
"""


def test_the_command_runs_the_package_from_source_and_the_executable_when_frozen(monkeypatch):
    assert worker_command() == [sys.executable, "-m", "ioc_console.video_worker"]
    assert worker_command("--probe")[-1] == "--probe"
    monkeypatch.setattr(command_module.sys, "frozen", True, raising=False)
    monkeypatch.setattr(command_module.sys, "executable", "/opt/ioc-console/ioc-console")
    assert worker_command("--probe") == [
        "/opt/ioc-console/ioc-console",
        "--video-worker",
        "--probe",
    ]


def test_the_launcher_hands_video_worker_to_the_worker_without_importing_qt(monkeypatch):
    """What the bundle runs: its executable (the launcher) with ``--video-worker``."""
    monkeypatch.setattr(
        "worker_pipes.worker_command",
        lambda *extra: [sys.executable, "-c", NO_QT, "--video-worker", *extra],
    )
    worker = WorkerPipes()
    try:
        ready = worker.hello()
        assert ready.pid == worker.pid and not ready.error
        worker.send(Quit())
        assert worker.process.wait(10) == 0
    finally:
        worker.stop()


def test_probe_prints_what_this_libvlc_can_do():
    result = subprocess.run(
        [*worker_command("--probe")], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"version", "error", "rtsp", "rtsp_detail", "relay", "relay_detail"}
    assert report["version"].startswith("3.") and report["error"] == ""
    # Debian's libVLC has no live555: its RTSP client never asks DESCRIBE
    assert report["rtsp"] is False and report["rtsp_detail"].startswith("client sent")
    assert isinstance(report["relay"], bool) and report["relay_detail"]


def probe_through_the_launcher(script: str) -> dict:
    """``--video-worker --probe`` handed over by the launcher run as ``script``: its report."""
    result = subprocess.run(
        [sys.executable, "-c", script, "--video-worker", "--probe"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_probe_through_the_launcher_without_qt():
    assert probe_through_the_launcher(NO_QT)["version"].startswith("3.")


def test_the_bundle_spec_names_the_worker():
    spec = (ROOT / "build" / "ioc-console.spec").read_text(encoding="utf-8")
    assert '"ioc_console.video_worker.main"' in spec


def test_probe_without_libvlc_reports_the_error():
    result = subprocess.run(
        worker_command("--probe"),
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so"},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["version"] is None and report["rtsp"] is None
    assert "/nonexistent/libvlc.so" in report["error"]


# The Windows bundle's windowed executable (what the console starts its workers with) has no
# sys.stdin/sys.stdout/sys.stderr objects: they are None, while fds 0, 1 and 2 are the pipes.
WINDOWED = NO_QT.replace(
    "from ioc_console.launcher import main",
    "sys.stdin = sys.stdout = sys.stderr = None\nfrom ioc_console.launcher import main",
)


def test_probe_answers_from_a_windowed_executable_without_stdio_objects():
    assert probe_through_the_launcher(WINDOWED)["version"].startswith("3.")


def test_a_worker_answers_from_a_windowed_executable_without_stdio_objects(monkeypatch):
    monkeypatch.setattr(
        "worker_pipes.worker_command",
        lambda *extra: [sys.executable, "-c", WINDOWED, "--video-worker", *extra],
    )
    worker = WorkerPipes()
    try:
        ready = worker.hello()
        assert ready.pid == worker.pid and not ready.error and ready.libvlc.startswith("3.")
        worker.send(Quit())
        assert worker.process.wait(10) == 0
    finally:
        worker.stop()
