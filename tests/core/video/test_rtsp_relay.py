"""The RTSP relay plays a real RTSP camera (the demo's GStreamer server on loopback) in a bare
libVLC player, comes back after the camera's restart, leaves nothing behind and never shows
the camera's password."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ioc_console.core.video.relay import RelayError, RtspRelay, media_options, relay_available
from ioc_console.demo import rtsp_server

pytestmark = [
    pytest.mark.skipif(not relay_available()[0], reason=relay_available()[1]),
    pytest.mark.skipif(not rtsp_server.available(), reason=rtsp_server.availability()[1]),
]

MOUNT = "/cam-12/main"
PASSWORD = "s3cr3t-Pa55"


def wait_for(condition: Callable[[], object], timeout: float = 15.0, every: float = 0.05) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"not within {timeout} s: {condition}")


@pytest.fixture
def camera() -> Iterator[rtsp_server.DemoRtspServer]:
    server = rtsp_server.DemoRtspServer([MOUNT], password=PASSWORD)
    server.start()
    yield server
    server.stop()


class BarePlayer:
    """A libVLC player without a window, counting the pictures it shows."""

    def __init__(self) -> None:
        import vlc

        self.vlc = vlc
        self.instance = vlc.Instance("--no-xlib", "--quiet", "--vout=dummy", "--aout=dummy")
        self.player = None

    def play(self, url: str) -> None:
        self.stop()
        media = self.instance.media_new(url)
        for option in media_options(url, (":network-caching=300",)):
            media.add_option(option)
        self.player = self.instance.media_player_new()
        self.player.set_media(media)
        media.release()
        self.player.play()

    def shown(self) -> int:
        media = self.player.get_media() if self.player is not None else None
        stats = self.vlc.MediaStats()
        if media is None or not media.get_stats(stats):
            return 0
        return stats.displayed_pictures

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.player.release()
            self.player = None

    def close(self) -> None:
        self.stop()
        self.instance.release()


@pytest.fixture
def bare_player() -> Iterator[BarePlayer]:
    player = BarePlayer()
    yield player
    player.close()


def polling(relay: RtspRelay, player: BarePlayer) -> Callable[[], None]:
    """What a worker's loop does a few times a second."""

    def step() -> None:
        url = relay.poll()
        if url:
            player.play(url)

    return step


def test_an_rtsp_camera_plays_through_the_relay_and_comes_back_after_its_restart(
    camera, bare_player
):
    states: list[tuple[str, str]] = []
    relay = RtspRelay(camera.url(MOUNT), lambda s, d: states.append((s, d)))
    try:
        local = relay.start()
        assert local.startswith("fd://")
        bare_player.play(local)
        step = polling(relay, bare_player)
        wait_for(lambda: (step(), bare_player.shown() > 10)[1])
        wait_for(lambda: (step(), relay.state == "running")[1])
        camera.stop()  # the camera goes away: ffmpeg ends, the relay waits to try again
        wait_for(lambda: (step(), relay.state in ("restarting", "failed"))[1])
        camera.start()
        wait_for(lambda: (step(), relay.restarts >= 1 and bare_player.shown() > 10)[1], 30)
        assert relay.state == "running" or wait_for(lambda: (step(), relay.state == "running")[1])
    finally:
        bare_player.stop()
        relay.stop()
    assert [s for s, _ in states][:2] == ["starting", "running"]
    assert "restarting" in [s for s, _ in states] and states[-1] == ("stopped", "")


def open_files(pid: int) -> list[str]:
    """What the process ``pid`` has open (pipes, sockets, files)."""
    folder = Path(f"/proc/{pid}/fd")
    return [os.readlink(folder / fd) for fd in os.listdir(folder)]


def test_stop_leaves_no_ffmpeg_and_nothing_on_disk(camera, bare_player):
    relay = RtspRelay(camera.url(MOUNT))
    bare_player.play(relay.start())
    pid = relay.pid
    wait_for(lambda: (relay.poll(), relay.state == "running")[1])
    # the URL came on a pipe; ffmpeg's reports go to files without a name on disk
    on_disk = [
        name
        for name in open_files(pid)
        if name.startswith("/") and not name.endswith("(deleted)") and name != "/dev/null"
    ]
    assert on_disk == []
    bare_player.stop()
    relay.stop()
    assert not Path(f"/proc/{pid}").exists()  # ended and reaped (no zombie either)
    assert relay.state == "stopped" and relay.poll() is None
    relay.stop()  # twice is fine
    with pytest.raises(RelayError):
        relay.start()


def every_cmdline() -> list[str]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                out.append((entry / "cmdline").read_bytes().decode("utf-8", "replace"))
            except OSError:
                pass
    return out


def test_credentials_are_in_no_command_line_no_log_line_and_no_state_detail(
    camera, bare_player, caplog
):
    caplog.set_level(logging.DEBUG)
    details: list[str] = []
    relay = RtspRelay(camera.url(MOUNT), lambda s, d: details.append(d))
    refused = RtspRelay(
        camera.url(MOUNT).replace(PASSWORD, PASSWORD + "-wrong"), lambda s, d: details.append(d)
    )
    try:
        bare_player.play(relay.start())
        refused.start()
        wait_for(lambda: (relay.poll(), relay.state == "running")[1])
        assert relay.pid is not None and refused.pid is not None
        assert not [line for line in every_cmdline() if PASSWORD in line]
        # the camera refuses the wrong password: ffmpeg says so naming the URL, the relay
        # reports it scrubbed, and keeps asking (with back-off)
        wait_for(lambda: (refused.poll(), refused.state == "failed")[1])
    finally:
        bare_player.stop()
        relay.stop()
        refused.stop()
    refusals = [d for d in details if "401" in d or "authoriz" in d.lower()]
    assert refusals, details
    assert all("rtsp://***@127.0.0.1" in d and "ffconcat" not in d for d in refusals), refusals
    assert not [d for d in details if PASSWORD in d or camera.user + ":" in d]
    assert "rtsp://***@127.0.0.1" in caplog.text
    assert PASSWORD not in caplog.text and f"{camera.user}:" not in caplog.text


def test_relay_available_names_the_ffmpeg_or_what_is_missing(tmp_path):
    ok, detail = relay_available()
    assert ok and "ffmpeg" in detail
    ok, detail = relay_available(str(tmp_path / "no-ffmpeg"))
    assert not ok and "does not run" in detail
    fake = tmp_path / "ffmpeg"
    fake.write_text("#!/bin/sh\necho 'ffmpeg version 0.0 fake'\n")
    fake.chmod(0o755)
    ok, detail = relay_available(str(fake))
    assert not ok and "rtsp demuxer" in detail and "mpegts muxer" in detail


def test_a_relay_that_cannot_start_ffmpeg_says_so_and_tries_again(tmp_path):
    states: list[tuple[str, str]] = []
    relay = RtspRelay(
        "rtsp://u:p@127.0.0.1:9/x",
        lambda s, d: states.append((s, d)),
        ffmpeg=str(tmp_path / "missing-ffmpeg"),
    )
    try:
        local = relay.start()
        assert local.startswith("fd://")
        assert os.read(int(local[5:]), 10) == b""  # the pipe ends at once: the player ends
        assert states[-1][0] == "failed" and "ffmpeg cannot be started" in states[-1][1]
        assert wait_for(relay.poll, 5).startswith("fd://")  # tried again after the back-off
    finally:
        relay.stop()


def test_only_rtsp_urls_are_relayed_and_fd_urls_read_with_the_network_caching():
    for url in ("http://127.0.0.1/x.ts", "rtsp://", "rtsp://host/a\nfile '/etc/passwd'"):
        with pytest.raises(RelayError):
            RtspRelay(url)
    assert media_options("fd://7", (":network-caching=300", ":no-audio")) == (
        ":network-caching=300",
        ":no-audio",
        ":file-caching=300",
    )
    assert media_options("http://h/x.ts", (":network-caching=300",)) == (":network-caching=300",)


def test_the_relay_of_a_killed_worker_ends_by_itself(camera, tmp_path):
    """A worker killed with SIGKILL cannot stop its relays: ffmpeg's pipe breaks and it ends."""
    import signal
    import subprocess
    import sys

    program = (
        "import sys, time\n"
        "from ioc_console.core.video.relay import RtspRelay\n"
        "relay = RtspRelay(sys.argv[1])\n"
        "relay.start()\n"
        "print(relay.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    worker = subprocess.Popen(
        [sys.executable, "-c", program, camera.url(MOUNT)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
    )
    try:
        ffmpeg = int(worker.stdout.readline())
        assert Path(f"/proc/{ffmpeg}").exists()
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        worker.stdout.close()

    def gone() -> bool:
        try:
            return Path(f"/proc/{ffmpeg}/stat").read_text().split(")")[1].split()[0] == "Z"
        except OSError:
            return True

    wait_for(gone, 15)  # ended (a zombie until init reaps it, the worker's parent being gone)
