"""A worker never outlives its console, and crashes on demand for tests and drills."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from waiting import wait_until

from ioc_console.core.video.protocol import Event, Hello, Play, Stats, encode
from ioc_console.core.video.worker_command import worker_command
from ioc_console.video_worker.faults import CRASH_ENV

LIVE_S = 30.0


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGSEGV is POSIX")
def test_the_crash_variable_kills_the_worker_with_sigsegv_on_that_url_only(
    start_worker, sub_url, surface
):
    worker = start_worker(env={CRASH_ENV: "/cam-09/"})
    worker.hello()
    worker.send(Play(1, sub_url("cam-08"), surface()))
    worker.wait_for(
        lambda r: isinstance(r, Stats) and 1 in r.slots and r.slots[1].displayed > 25,
        LIVE_S,
        "cam-08 plays",
    )
    started = time.monotonic()
    worker.send(Play(2, sub_url("cam-09"), surface()))
    assert worker.process.wait(10) == -signal.SIGSEGV
    assert 0.3 < time.monotonic() - started < 5.0


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_whose_console_is_killed_exits_even_with_its_stdin_held_open(tmp_path):
    """The console killed (SIGKILL), its worker's stdin still open (another process holds
    the pipe) and its reports going to a file: the worker notices its parent is gone."""
    read_end, write_end = os.pipe()
    reports = tmp_path / "reports"
    console = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys, time\n"
            "with open(sys.argv[2], 'wb') as out:\n"
            "    worker = subprocess.Popen(sys.argv[3:], stdin=int(sys.argv[1]), stdout=out, "
            "pass_fds=(int(sys.argv[1]),))\n"
            "print(worker.pid, flush=True)\n"
            "time.sleep(600)\n",
            str(read_end),
            str(reports),
            *worker_command(),
        ],
        stdout=subprocess.PIPE,
        pass_fds=(read_end,),
    )
    os.close(read_end)
    try:
        assert console.stdout is not None
        worker_pid = int(console.stdout.readline())
        os.write(write_end, encode(Hello()))
        wait_until(lambda: b'"stats"' in reports.read_bytes(), 20, "the worker's heartbeat")
        console.kill()
        console.wait(10)
        wait_until(lambda: _gone(worker_pid), 10, f"the orphaned worker {worker_pid} exits")
    finally:
        os.close(write_end)
        if console.poll() is None:
            console.kill()
        console.wait(10)


def test_a_worker_that_was_never_greeted_is_no_orphan_either(start_worker):
    worker = start_worker()
    worker.close_stdin()
    assert worker.process.wait(10) == 0
    assert not worker.of_type(Event)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGSEGV is POSIX")
def test_the_crash_happens_in_a_windowed_executable_without_stdio_objects():
    """The Windows bundle's windowed executable has no sys.stderr object (None)."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.stdout = sys.stderr = None\n"
            "from ioc_console.video_worker.faults import crash\ncrash()",
        ],
        capture_output=True,
        timeout=30,
    )
    assert result.returncode == -signal.SIGSEGV, result.stderr
