"""The self-test's video check decodes the demo clip in a video worker, started as the wall
starts its workers: a console that cannot start a worker fails it, even with a libVLC of its
own at hand."""

from __future__ import annotations

import sys

from ioc_console.gui import selftest_install
from ioc_console.gui.video import worker_process


def run_checks(monkeypatch) -> list[tuple[str, bool, str]]:
    for quick in ("_pyqtgraph", "_docking", "_keyring"):
        monkeypatch.setattr(selftest_install, quick, lambda check: None)
    results: list[tuple[str, bool, str]] = []
    selftest_install.run_install_checks(lambda *result: results.append(result))
    return results


def test_a_video_worker_decodes_the_demo_clip(qapp, monkeypatch):
    started: list[list[str]] = []
    command = worker_process.worker_command

    def noted(*extra: str) -> list[str]:
        started.append(command(*extra))
        return started[-1]

    monkeypatch.setattr(worker_process, "worker_command", noted)
    ((name, ok, detail),) = run_checks(monkeypatch)
    assert name == "video decoding" and ok, detail
    assert "decoded by a video worker" in detail and "libVLC 3." in detail
    assert started == [[sys.executable, "-m", "ioc_console.video_worker"]]


def test_a_worker_that_cannot_start_fails_the_check(qapp, monkeypatch):
    """As a bundle whose executable cannot run as a worker would."""
    monkeypatch.setattr(
        worker_process, "worker_command", lambda *extra: ["/nonexistent/ioc-console", *extra]
    )
    ((name, ok, detail),) = run_checks(monkeypatch)
    assert name == "video decoding" and not ok
    assert "could not start" in detail
