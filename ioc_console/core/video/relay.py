"""The RTSP relay: ``ffmpeg`` pulls an ``rtsp://`` camera and hands it on to libVLC, re-muxed.

Debian's libVLC is built without live555 and cannot open ``rtsp://``. Where that is so, a
video worker plays an RTSP camera through an :class:`RtspRelay`: ``ffmpeg`` connects to the
camera over TCP (``-rtsp_transport tcp``), copies its packets without transcoding
(``-c copy``) into MPEG-TS and writes them into a pipe that libVLC, in the same process, reads
as ``fd://N``::

    relay = RtspRelay("rtsp://user:pass@10.82.20.12:554/Streaming/Channels/101", on_state)
    player.play(relay.start())        # "fd://17"
    ...                               # a few times a second, from the same thread:
    url = relay.poll()                # ffmpeg died: restarted with back-off, a new URL
    if url: player.play(url)          # (play it in the same slot)
    ...
    player.stop(); relay.stop()       # the player first, then the relay: no ffmpeg left

A pipe rather than ffmpeg's one-client HTTP listener (``-listen 1 http://127.0.0.1:PORT``),
measured with the demo RTSP server on this machine: the pipe is there at once (libVLC opens
it while ffmpeg connects; an HTTP listener exists only after ffmpeg has reached the camera, so
the player must wait for it or fail with "connection refused"), no port another local user
could connect to first (and watch the camera), and an ffmpeg whose worker died gets a broken
pipe and ends (no orphan relay). The pipe is read with libVLC's ``file-caching``, not
``network-caching``: :func:`media_options` adds the one for the other.

Credentials: the camera URL goes to ffmpeg in an ``ffconcat`` file (mode 0600, in a private
temporary folder removed by :meth:`RtspRelay.stop`), never on ffmpeg's command line
(``/proc/PID/cmdline`` is readable by every user); log lines and ``detail`` texts name the
camera by :func:`~ioc_console.core.video.streams.redacted` URLs, and what ffmpeg writes on
stderr is scrubbed of the user name and password before it is used.

Not thread-safe: :meth:`start`, :meth:`poll` and :meth:`stop` are called from one thread (the
worker's main loop), and ``on_state(state, detail)`` is called in it.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .backoff import Backoff
from .protocol import RELAY_STATES
from .streams import redacted

log = logging.getLogger(__name__)

SCHEMES = ("rtsp", "rtsps")
FIRST_RETRY_S = 0.5  # a camera back after a blip is played again quickly ...
MAX_RETRY_S = 8.0  # ... and one that stays away is asked at most every 8 s
STABLE_S = 10.0  # running this long: the next failure starts the back-off afresh
IO_TIMEOUT_S = 5  # no packet from the camera for this long: ffmpeg gives up (then restarted)
STOP_TIMEOUT_S = 2.0
MIN_SECRET = 4
# probing: the RTSP session description names the codecs; reading a second of packets to
# "analyse" them costs a second of first picture (1.3 s → 0.4 s measured here)
PROBE_OPTIONS = (("analyzeduration", "1"), ("probesize", "32"), ("fpsprobesize", "0"))
PROTOCOLS = "file,rtsp,rtsps,tcp,tls,udp,rtp"
# ffmpeg's answers that will not change by asking again soon
_REFUSED = re.compile(r"401|403|404|Unauthorized|Forbidden|Not Found|authoriz", re.IGNORECASE)
_USERINFO = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://)[^\s/@]*@")


class RelayError(RuntimeError):
    """The relay cannot be used as asked (a URL it does not relay, or started after stop)."""


@functools.lru_cache(maxsize=4)
def relay_available(ffmpeg: str | None = None) -> tuple[bool, str]:
    """Whether an ffmpeg that can re-mux RTSP into MPEG-TS is on the PATH (or at ``ffmpeg``),
    and a sentence for System status saying which one or what is missing."""
    program = ffmpeg or shutil.which("ffmpeg")
    if not program:
        return False, "ffmpeg is not installed (Debian/Ubuntu: apt install ffmpeg)"
    try:
        version = _ffmpeg_output(program, "-version").split("\n", 1)[0].strip()
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
    )
    return done.stdout.decode("utf-8", "replace")


def media_options(url: str, options: Iterable[str]) -> tuple[str, ...]:
    """libVLC media options for playing ``url``: a relay's ``fd://`` pipe is read with
    ``file-caching``, so the ``network-caching`` asked for is given as that too."""
    out = tuple(options)
    if not url.startswith("fd://"):
        return out
    extra = [
        ":file-caching=" + option.split("=", 1)[1]
        for option in out
        if option.startswith(":network-caching=")
        and not any(o.startswith(":file-caching=") for o in out)
    ]
    return out + tuple(extra)


class RtspRelay:
    """One ffmpeg re-muxing one RTSP camera into a pipe, restarted with back-off when it
    dies. ``on_state(state, detail)`` hears every change of :attr:`state` (one of
    :data:`~ioc_console.core.video.protocol.RELAY_STATES`); ``detail`` never holds
    credentials."""

    def __init__(
        self,
        url: str,
        on_state: Callable[[str, str], None] | None = None,
        *,
        ffmpeg: str | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in SCHEMES or not parts.hostname:
            raise RelayError(f"not an RTSP URL: {redacted(url)!r}")
        if any(ord(c) < 32 for c in url):
            raise RelayError(f"control characters in the URL {redacted(url)!r}")
        self.url = url
        self.name = redacted(url)
        self.on_state = on_state
        self.ffmpeg = ffmpeg
        self.backoff = backoff or Backoff(base_s=FIRST_RETRY_S, cap_s=MAX_RETRY_S)
        self.restarts = 0
        self._state = "stopped"
        # a password as such is taken out of texts too (also outside a URL), unless too
        # short to tell from ordinary words
        self._secrets = {s for s in (parts.password, unquote(parts.password or "")) if s}
        self._secrets = {s for s in self._secrets if len(s) >= MIN_SECRET}
        self._dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._fd: int | None = None  # the pipe's read end, played as fd://N
        self._started_at = 0.0
        self._running_since: float | None = None
        self._next_at: float | None = None  # when to start ffmpeg again
        self._stopped = False

    @property
    def state(self) -> str:
        return self._state

    @property
    def pid(self) -> int | None:
        """ffmpeg's process id while one runs."""
        return self._proc.pid if self._proc is not None else None

    def start(self) -> str:
        """Start ffmpeg; the local URL libVLC plays (``fd://N``). Never blocks on the camera:
        a camera that cannot be reached shows as the pipe ending, then :meth:`poll` tries
        again. :class:`RelayError` after :meth:`stop`."""
        if self._stopped:
            raise RelayError("the relay was stopped")
        if self._proc is not None and self._fd is not None:
            return f"fd://{self._fd}"
        self._set_state("starting", "")
        return self._spawn()

    def poll(self) -> str | None:
        """Notice ffmpeg's state: running, or dead (then restarted after a back-off delay).
        The new local URL when ffmpeg was just started again (play it in the same slot),
        else None."""
        if self._stopped or self._state == "stopped":
            return None
        now = time.monotonic()
        proc = self._proc
        if proc is not None:
            code = proc.poll()
            if code is None:
                self._check_running(now)
                return None
            self._died(code, now)
            return None
        if self._next_at is not None and now >= self._next_at:
            self._next_at = None
            self.restarts += 1
            return self._spawn()
        return None

    def stop(self) -> None:
        """ffmpeg ended and reaped, the pipe closed, the private folder removed. Stop the
        player reading the pipe first. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        self._end_process()
        self._close_fd()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None
        self._set_state("stopped", "")

    def __enter__(self) -> RtspRelay:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- ffmpeg --------------------------------------------------------------------------

    def _spawn(self) -> str:
        self._end_process()
        self._close_fd()
        folder = self._private_dir()
        source = folder / "source.ffconcat"
        _write_private(source, _ffconcat(self.url))
        progress = folder / "progress"
        progress.unlink(missing_ok=True)
        read_end, write_end = os.pipe()
        program = self.ffmpeg or shutil.which("ffmpeg") or "ffmpeg"
        try:
            with open(folder / "stderr", "wb") as errors:
                self._proc = subprocess.Popen(
                    _argv(program, source, progress),
                    stdin=subprocess.DEVNULL,
                    stdout=write_end,
                    stderr=errors,
                    close_fds=True,
                )
        except OSError as exc:
            self._proc = None
            detail = f"ffmpeg cannot be started: {exc.strerror or exc}"
            log.warning("RTSP relay for %s: %s", self.name, detail)
            self._schedule(time.monotonic(), "failed", detail)
        finally:
            os.close(write_end)
        self._fd = read_end
        self._started_at = time.monotonic()
        self._running_since = None
        if self._proc is not None:
            log.info("RTSP relay for %s: ffmpeg %d started", self.name, self._proc.pid)
        return f"fd://{read_end}"

    def _check_running(self, now: float) -> None:
        if self._running_since is None:
            if self._dir is not None and _size(self._dir / "progress") > 0:
                self._running_since = now
                self._set_state("running", "")
                log.info(
                    "RTSP relay for %s running (%.2f s after start)",
                    self.name,
                    now - self._started_at,
                )
        elif now - self._running_since > STABLE_S and self.backoff.attempts:
            self.backoff.reset()

    def _died(self, code: int, now: float) -> None:
        self._proc = None
        detail = self._last_error() or f"ffmpeg ended (exit status {code})"
        state = "failed" if _REFUSED.search(detail) else "restarting"
        log.warning("RTSP relay for %s: %s", self.name, detail)
        self._schedule(now, state, detail)

    def _schedule(self, now: float, state: str, detail: str) -> None:
        delay = self.backoff.next_delay()
        self._next_at = now + delay
        self._set_state(state, f"{detail}; trying again in {delay:.1f} s")

    def _end_process(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.debug("RTSP relay for %s: ffmpeg %d ended", self.name, proc.pid)

    def _close_fd(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def _private_dir(self) -> Path:
        if self._dir is None:
            self._dir = Path(tempfile.mkdtemp(prefix="ioc-relay-"))  # mode 0700
        return self._dir

    def _last_error(self) -> str:
        """ffmpeg's last line on stderr, without credentials."""
        if self._dir is None:
            return ""
        try:
            with open(self._dir / "stderr", "rb") as errors:
                errors.seek(max(0, _size(self._dir / "stderr") - 2048))
                lines = errors.read().decode("utf-8", "replace").strip().splitlines()
        except OSError:
            return ""
        return self.scrub(lines[-1].strip()) if lines else ""

    def scrub(self, text: str) -> str:
        """``text`` with this camera's user name and password taken out."""
        text = _USERINFO.sub(r"\1***@", text)
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, "***")
        return text

    def _set_state(self, state: str, detail: str) -> None:
        assert state in RELAY_STATES, state
        if state == self._state and not detail:
            return
        self._state = state
        if self.on_state is not None:
            self.on_state(state, self.scrub(detail))


def _argv(program: str, source: Path, progress: Path) -> list[str]:
    probe = [arg for name, value in PROBE_OPTIONS for arg in (f"-{name}", value)]
    return [
        program, "-nostdin", "-hide_banner", "-nostats", "-loglevel", "error",
        "-progress", f"file:{progress}", "-stats_period", "0.5",
        *probe, "-f", "concat", "-safe", "0", "-protocol_whitelist", PROTOCOLS,
        "-i", str(source),
        "-map", "0", "-c", "copy", "-f", "mpegts", "-flush_packets", "1", "pipe:1",
    ]  # fmt: skip


def _ffconcat(url: str) -> str:
    quoted = "'" + url.replace("'", "'\\''") + "'"
    lines = ["ffconcat version 1.0", f"file {quoted}", "option rtsp_transport tcp"]
    lines.append(f"option timeout {IO_TIMEOUT_S * 1_000_000}")
    lines += [f"option {name} {value}" for name, value in PROBE_OPTIONS]
    return "\n".join(lines) + "\n"


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
