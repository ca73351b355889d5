"""The system's programs the console starts (ffmpeg for the RTSP relay) run with the system's
libraries, also from the frozen Linux bundle, whose bootloader points ``LD_LIBRARY_PATH`` at
the bundle's own copies."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from waiting import wait_until

from ioc_console.core.system_programs import system_program_env
from ioc_console.core.video.relay import RtspRelay
from ioc_console.core.video.relay_ffmpeg import relay_available

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle")

BUNDLE_LIBS = "/opt/ioc-console/_internal"
FAKE_FFMPEG = """#!/bin/sh
echo "${LD_LIBRARY_PATH-unset}" >> "$0.env"
case "$2" in
  -version) echo "ffmpeg version 9.9 Copyright the authors" ;;
  -demuxers) printf ' D  concat  Virtual concatenation script\\n D  rtsp  RTSP input\\n' ;;
  -muxers) printf '  E mpegts  MPEG-TS\\n' ;;
esac
"""


@pytest.fixture
def ffmpeg(tmp_path: Path) -> Path:
    """A stand-in ffmpeg that notes the library path it was started with (in ``ffmpeg.env``)."""
    program = tmp_path / "ffmpeg"
    program.write_text(FAKE_FFMPEG)
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the bundle: started with no library path, given the bundle's by the bootloader."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", BUNDLE_LIBS)
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)


def seen(ffmpeg: Path) -> list[str]:
    env = ffmpeg.with_name("ffmpeg.env")
    return env.read_text().split() if env.exists() else []


def test_the_relay_check_runs_ffmpeg_without_the_bundles_libraries(frozen, ffmpeg):
    available, detail = relay_available(str(ffmpeg))
    assert available, detail
    assert seen(ffmpeg) == ["unset"] * 3


def test_the_relay_runs_ffmpeg_without_the_bundles_libraries(frozen, ffmpeg):
    relay = RtspRelay("rtsp://127.0.0.1:9/cam", ffmpeg=str(ffmpeg))
    try:
        relay.start()
        wait_until(lambda: seen(ffmpeg), 10, "ffmpeg started")
    finally:
        relay.stop()
    assert seen(ffmpeg) and set(seen(ffmpeg)) == {"unset"}


def test_the_library_path_the_console_was_started_with_is_given_back(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    env = system_program_env(
        {"LD_LIBRARY_PATH": f"{BUNDLE_LIBS}:/usr/local/lib", "LD_LIBRARY_PATH_ORIG":
         "/usr/local/lib", "PATH": "/usr/bin"}
    )
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "PATH": "/usr/bin"}


def test_from_a_checkout_programs_inherit_the_environment():
    assert not getattr(sys, "frozen", False)
    assert system_program_env() is None


def test_the_demo_rtsp_server_runs_the_system_python_without_the_bundles_libraries(
    frozen, tmp_path, monkeypatch
):
    from ioc_console.demo import rtsp_server

    python = tmp_path / "python3"
    python.write_text('#!/bin/sh\necho "${LD_LIBRARY_PATH-unset}" >> "$0.env"\n')
    python.chmod(python.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv(rtsp_server.PYTHON_ENV, str(python))
    rtsp_server.availability.cache_clear()
    try:
        assert rtsp_server.python_with_gi() == str(python)
    finally:
        rtsp_server.availability.cache_clear()
    assert python.with_name("python3.env").read_text().split() == ["unset"]
