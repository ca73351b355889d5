"""A worker plays a real RTSP camera (the demo's GStreamer server on loopback, with a password)
through the relay into a window of the test process: the relay's states reach the console,
frames are counted, the camera's restart is lived through in the same slot, its password is
in no report, and stopping the slot leaves no ffmpeg behind."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from waiting import wait_until

from ioc_console.core.video.protocol import Event, Log, Play, RelayState, Stats, Stop
from ioc_console.core.video.relay import relay_available
from ioc_console.core.video.worker_command import worker_command
from ioc_console.demo import rtsp_server

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
    pytest.mark.skipif(not relay_available()[0], reason=relay_available()[1]),
    pytest.mark.skipif(not rtsp_server.available(), reason=rtsp_server.availability()[1]),
]
MOUNT = "/cam-12/sub"
PASSWORD = "w0rker-Pa55"
LIVE_S = 30.0


@pytest.fixture
def camera():
    server = rtsp_server.DemoRtspServer([MOUNT], password=PASSWORD)
    server.start()
    yield server
    server.stop()


def children(pid: int) -> list[str]:
    """The command names of ``pid``'s child processes."""
    names = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name, rest = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :]
        if int(rest.split()[1]) == pid and rest.split()[0] != "Z":
            names.append(name)
    return names


def shown(slot: int, more_than: int = 0):
    return lambda r: (
        isinstance(r, Stats) and slot in r.slots and r.slots[slot].displayed > more_than
    )


def test_an_rtsp_camera_plays_through_the_relay_and_lives_through_its_restart(
    start_worker, surface, camera
):
    worker = start_worker()
    worker.hello()
    worker.send(Play(1, camera.url(MOUNT), surface(), (":network-caching=300",), True, "cam-12"))
    worker.wait_for(lambda r: r == RelayState(1, "running"), LIVE_S, "the relay running")
    worker.wait_for(lambda r: r == Event(1, "playing"), LIVE_S, "the playing event")
    before = worker.wait_for(shown(1, 25), LIVE_S, "frames through the relay")
    assert before.slots[1].width > 0
    assert "ffmpeg" in children(worker.pid)

    camera.stop()
    worker.wait_for(
        lambda r: isinstance(r, RelayState) and r.state == "restarting", LIVE_S, "restarting"
    )
    camera.start()
    since = len(worker.reports)
    worker.wait_for(shown(1, before.slots[1].displayed + 25), 60, "frames again", since)
    counts = [r.slots[1].displayed for r in worker.of_type(Stats) if 1 in r.slots]
    assert counts == sorted(counts)  # the slot's count never went back across the restart
    assert not [r for r in worker.of_type(Event) if r.name != "playing"]  # the relay coped

    texts = [r.text for r in worker.of_type(Log)] + [r.detail for r in worker.of_type(RelayState)]
    assert texts and not [t for t in texts if PASSWORD in t]

    worker.send(Stop(1))
    wait_until(lambda: "ffmpeg" not in children(worker.pid), 10, "no ffmpeg left")
    since = len(worker.reports)
    worker.wait_for(lambda r: isinstance(r, Stats) and not r.slots, 10, "slot 1 gone", since)
    assert worker.process.poll() is None


def test_a_crashed_worker_leaves_no_relay_behind(start_worker, surface, camera):
    """The worker dies (the crash injection): its ffmpeg gets a broken pipe and ends."""
    worker = start_worker(env={"IOC_VIDEO_WORKER_CRASH_URL": "crash-here"})
    worker.hello()
    worker.send(Play(1, camera.url(MOUNT), surface(), relay=True))
    worker.wait_for(shown(1, 5), LIVE_S, "frames through the relay")
    relays = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _ffmpeg_of(p, worker.pid)]
    assert len(relays) == 1
    worker.send(Play(2, "http://127.0.0.1:9/crash-here.ts", surface()))
    assert worker.process.wait(10) < 0
    wait_until(lambda: not _alive(relays[0]), 15, "the orphaned ffmpeg ends")


def _ffmpeg_of(proc: Path, parent: int) -> bool:
    try:
        stat = (proc / "stat").read_text()
    except OSError:
        return False
    return "(ffmpeg)" in stat and int(stat[stat.rindex(")") + 2 :].split()[1]) == parent


def _alive(proc: Path) -> bool:
    try:
        return (proc / "stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def test_the_probe_says_the_relay_is_available():
    result = subprocess.run(worker_command("--probe"), capture_output=True, text=True, timeout=60)
    report = json.loads(result.stdout)
    assert report["relay"] is True and "ffmpeg" in report["relay_detail"]
