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

Credentials: the camera URL goes to ffmpeg in an ``ffconcat`` script on its standard input,
never on its command line (``/proc/PID/cmdline`` is readable by every user) nor in a file;
what ffmpeg reports (its progress, its errors, which may name the URL) goes to anonymous
temporary files (unlinked: nothing is left on disk, even when the worker is killed); log lines
and ``detail`` texts name the camera by :func:`~ioc_console.core.video.streams.redacted` URLs,
and what ffmpeg wrote is scrubbed of the user name and password before it is used.

Not thread-safe: :meth:`start`, :meth:`poll` and :meth:`stop` are called from one thread (the
worker's main loop), and ``on_state(state, detail)`` is called in it.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from typing import IO
from urllib.parse import unquote, urlsplit

from ioc_console.core.system_programs import system_program_env

from .backoff import Backoff
from .protocol import RELAY_STATES
from .relay_ffmpeg import ffconcat, ffmpeg_argv, relay_available
from .streams import redacted

log = logging.getLogger(__name__)
__all__ = ["RelayError", "RtspRelay", "media_options", "relay_available"]

SCHEMES = ("rtsp", "rtsps")
FIRST_RETRY_S = 0.5  # a camera back after a blip is played again quickly ...
MAX_RETRY_S = 8.0  # ... and one that stays away is asked at most every 8 s
STABLE_S = 10.0  # running this long: the next failure starts the back-off afresh
STOP_TIMEOUT_S = 2.0
MIN_SECRET = 4
# ffmpeg's answers that will not change by asking again soon
_REFUSED = re.compile(r"401|403|404|Unauthorized|Forbidden|Not Found|authoriz", re.IGNORECASE)
_USERINFO = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://)[^\s/@]*@")


class RelayError(RuntimeError):
    """The relay cannot be used as asked (a URL it does not relay, or started after stop)."""


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
        self._errors: IO[bytes] | None = None  # ffmpeg's stderr (anonymous file)
        self._progress: IO[bytes] | None = None  # its -progress reports (anonymous file)
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
        """ffmpeg ended and reaped, the pipe and its reports closed. Stop the player reading
        the pipe first. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        self._end_process()
        self._close_fd()
        self._close_reports()
        self._set_state("stopped", "")

    def __enter__(self) -> RtspRelay:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- ffmpeg --------------------------------------------------------------------------

    def _spawn(self) -> str:
        self._end_process()
        self._close_fd()
        self._close_reports()
        self._errors, self._progress = tempfile.TemporaryFile(), tempfile.TemporaryFile()
        progress = self._progress.fileno()
        read_end, write_end = os.pipe()
        program = self.ffmpeg or shutil.which("ffmpeg") or "ffmpeg"
        try:
            self._proc = subprocess.Popen(
                ffmpeg_argv(program, progress),
                stdin=subprocess.PIPE,
                stdout=write_end,
                stderr=self._errors,
                close_fds=True,
                pass_fds=(progress,),
                env=system_program_env(),
            )
            _hand_over(self._proc, ffconcat(self.url).encode("utf-8"))
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
            if self._progress is not None and _size(self._progress) > 0:
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

    def _close_reports(self) -> None:
        for report in (self._errors, self._progress):
            if report is not None:
                report.close()
        self._errors = self._progress = None

    def _last_error(self) -> str:
        """ffmpeg's last line on stderr, without credentials."""
        if self._errors is None:
            return ""
        try:
            size = _size(self._errors)
            tail = os.pread(self._errors.fileno(), 2048, max(0, size - 2048))
        except OSError:
            return ""
        lines = tail.decode("utf-8", "replace").strip().splitlines()
        return self.scrub(lines[-1].strip()) if lines else ""

    def scrub(self, text: str) -> str:
        """``text`` with this camera's user name and password taken out (and the camera named
        where ffmpeg names the script it read the URL from: its standard input)."""
        text = text.replace("pipe:0:", f"{self.name}:")
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


def _hand_over(proc: subprocess.Popen[bytes], script: bytes) -> None:
    """Write the ffconcat script to ffmpeg's standard input and close it (a few hundred
    bytes: the pipe takes them at once). An ffmpeg that has already ended is seen by poll."""
    assert proc.stdin is not None
    try:
        proc.stdin.write(script)
        proc.stdin.close()
    except BrokenPipeError:
        pass


def _size(report: IO[bytes]) -> int:
    try:
        return os.fstat(report.fileno()).st_size
    except OSError:
        return 0
