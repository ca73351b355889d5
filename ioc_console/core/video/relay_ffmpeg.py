"""The ffmpeg side of the RTSP relay (:mod:`ioc_console.core.video.relay`): whether this
machine's ffmpeg can relay, its command line, and the ffconcat script that hands it the
camera's URL on its standard input (never the command line: ``/proc/PID/cmdline`` is readable
by every user)."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess

from ioc_console.core.system_programs import system_program_env

IO_TIMEOUT_S = 5  # no packet from the camera for this long: ffmpeg gives up (then restarted)
# probing: the RTSP session description names the codecs; reading a second of packets to
# "analyse" them costs a second of first picture (1.3 s → 0.4 s measured here)
PROBE_OPTIONS = (("analyzeduration", "1"), ("probesize", "32"), ("fpsprobesize", "0"))
PROTOCOLS = "pipe,rtsp,rtsps,tcp,tls,udp,rtp"


@functools.lru_cache(maxsize=4)
def relay_available(ffmpeg: str | None = None) -> tuple[bool, str]:
    """Whether an ffmpeg that can re-mux RTSP into MPEG-TS is on the PATH (or at ``ffmpeg``),
    and a sentence for System status saying which one or what is missing."""
    program = ffmpeg or shutil.which("ffmpeg")
    if not program:
        return False, "ffmpeg is not installed (Debian/Ubuntu: apt install ffmpeg)"
    try:
        version = _ffmpeg_output(program, "-version").split("\n", 1)[0]
        version = version.split(" Copyright", 1)[0].strip() or "ffmpeg"
        demuxers = _ffmpeg_output(program, "-demuxers")
        muxers = _ffmpeg_output(program, "-muxers")
    except (OSError, subprocess.SubprocessError) as exc:
        return False, f"ffmpeg at {program} does not run: {exc}"
    missing = [
        what
        for what, listing, name in (
            ("the rtsp demuxer", demuxers, "rtsp"),
            ("the concat demuxer", demuxers, "concat"),
            ("the mpegts muxer", muxers, "mpegts"),
        )
        if not re.search(rf"^\s*[DE]+\s+{name}\s", listing, re.MULTILINE)
    ]
    if missing:
        return False, f"{version} at {program} lacks " + " and ".join(missing)
    return True, f"{version} at {program}"


def _ffmpeg_output(program: str, flag: str) -> str:
    done = subprocess.run(
        [program, "-hide_banner", flag],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=10,
        check=False,
        env=system_program_env(),
    )
    return done.stdout.decode("utf-8", "replace")


def ffmpeg_argv(program: str, progress_fd: int) -> list[str]:
    """Read the ffconcat script on stdin, write MPEG-TS on stdout, progress to ``progress_fd``."""
    probe = [arg for name, value in PROBE_OPTIONS for arg in (f"-{name}", value)]
    return [
        program, "-nostdin", "-hide_banner", "-nostats", "-loglevel", "error",
        "-progress", f"pipe:{progress_fd}", "-stats_period", "0.5",
        *probe, "-f", "concat", "-safe", "0", "-protocol_whitelist", PROTOCOLS,
        "-i", "pipe:0",
        "-map", "0", "-c", "copy", "-f", "mpegts", "-flush_packets", "1", "pipe:1",
    ]  # fmt: skip


def ffconcat(url: str) -> str:
    quoted = "'" + url.replace("'", "'\\''") + "'"
    lines = ["ffconcat version 1.0", f"file {quoted}", "option rtsp_transport tcp"]
    lines.append(f"option timeout {IO_TIMEOUT_S * 1_000_000}")
    lines += [f"option {name} {value}" for name, value in PROBE_OPTIONS]
    return "\n".join(lines) + "\n"
