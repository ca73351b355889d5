"""``DemoRtspServer``: real ``rtsp://`` cameras for the demo, served by GStreamer's RTSP server.

The demo's RTSP cameras (cam-12 and cam-18) speak RTSP like the city's own: H.264 over RTSP
with a user name and password. The server is a helper process (``rtsp_child.py``) run by a
Python that has GStreamer's bindings (``gi``; the project's virtualenv has none: the system
Python, Debian packages ``python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-base
gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly``), listening on loopback only::

    server = DemoRtspServer(["/cam-12/main", "/cam-12/sub"])
    server.url("/cam-12/main")         # rtsp://USER:PASSWORD@127.0.0.1:PORT/cam-12/main
    server.start()                     # serving (rtsp://127.0.0.1:PORT)
    server.stop()                      # the cameras go dark (viewers lose the stream)
    server.start()                     # back on the same port, same credentials

:func:`available` says whether it can run here (and :func:`python_with_gi` which Python runs
it: ``IOC_DEMO_RTSP_PYTHON`` if set, else ``/usr/bin/python3``, else ``python3`` on the
PATH). The helper ends with its standard input, so it never outlives the demo's process.
Qt-free; thread-safe.
"""

from __future__ import annotations

import atexit
import functools
import json
import logging
import os
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from ioc_console.core.system_programs import system_program_env

log = logging.getLogger(__name__)

CHILD = Path(__file__).with_name("rtsp_child.py")
PYTHON_ENV = "IOC_DEMO_RTSP_PYTHON"
USER = "operator"
START_TIMEOUT_S = 10.0


class RtspServerError(RuntimeError):
    """The demo RTSP server could not start (the text says why)."""


def _candidates() -> list[str]:
    found = [os.environ.get(PYTHON_ENV, ""), "/usr/bin/python3", shutil.which("python3") or ""]
    found.append(sys.executable)
    out: list[str] = []
    for path in found:
        if path and path not in out and os.access(path, os.X_OK):
            out.append(path)
    return out


@functools.lru_cache(maxsize=1)
def availability() -> tuple[str | None, str]:
    """(the Python that can run the server, or None; a sentence saying which or why not)."""
    if not CHILD.is_file():
        return None, f"the server's program {CHILD.name} is not installed"
    reasons = []
    for python in _candidates():
        try:
            done = subprocess.run(
                [python, str(CHILD), "--check"],
                stdin=subprocess.DEVNULL, capture_output=True, timeout=20, check=False,
                env=system_program_env(),
            )  # fmt: skip
        except (OSError, subprocess.SubprocessError) as exc:
            reasons.append(f"{python}: {exc}")
            continue
        if done.returncode == 0:
            return python, f"GStreamer's RTSP server through {python}"
        text = (done.stdout or done.stderr).decode("utf-8", "replace").strip().splitlines()
        reasons.append(f"{python}: {text[-1] if text else done.returncode}")
    return (
        None,
        "no Python with GStreamer's RTSP server (python3-gi, "
        "gir1.2-gst-rtsp-server-1.0, gstreamer1.0-plugins-ugly): " + "; ".join(reasons),
    )


def available() -> bool:
    """Whether the demo RTSP server can run on this machine."""
    return availability()[0] is not None


def python_with_gi() -> str | None:
    return availability()[0]


class DemoRtspServer:
    def __init__(
        self,
        mounts: list[str],
        *,
        user: str = USER,
        password: str | None = None,
        port: int | None = None,
    ) -> None:
        """``mounts``: the paths served (``/cam-12/main``); the password is random and the
        port a free one unless given. The URLs are known before the server starts."""
        self.mounts = list(mounts)
        self.user = user
        self.password = password or secrets.token_urlsafe(12)
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._port = port or _free_port()
        _LIVE.add(self)

    @property
    def port(self) -> int:
        """The port (kept across stop/start)."""
        return self._port

    @property
    def running(self) -> bool:
        with self._lock:
            return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        with self._lock:
            return self._proc.pid if self._proc is not None else None

    def url(self, mount: str, *, credentials: bool = True) -> str:
        """The ``rtsp://`` URL of ``mount``."""
        auth = f"{self.user}:{self.password}@" if credentials else ""
        return f"rtsp://{auth}127.0.0.1:{self._port}{mount}"

    def start(self) -> str:
        """Start serving (the same port as before after a stop); the base URL without
        credentials. :class:`RtspServerError` when it cannot."""
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                return f"rtsp://127.0.0.1:{self._port}"
            python = python_with_gi()
            if python is None:
                raise RtspServerError(availability()[1])
            proc = subprocess.Popen(
                [python, str(CHILD)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                close_fds=True, env=system_program_env(),
            )  # fmt: skip
            config = {
                "port": self._port,
                "user": self.user,
                "password": self.password,
                "mounts": self.mounts,
            }
            answer = _handshake(proc, json.dumps(config).encode() + b"\n")
            if not answer.startswith("ready "):
                _end(proc)
                raise RtspServerError(
                    f"the demo RTSP server did not start on port {self._port}: "
                    f"{answer or 'no answer'}"
                )
            self._proc = proc
        log.info("Demo RTSP server on rtsp://127.0.0.1:%d (pid %d)", self._port, proc.pid)
        return f"rtsp://127.0.0.1:{self._port}"

    def stop(self) -> None:
        """Stop serving: every viewer loses its stream. The port and credentials are kept."""
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is not None:
            _end(proc)
            log.info("Demo RTSP server on port %s stopped", self._port)

    def __enter__(self) -> DemoRtspServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _handshake(proc: subprocess.Popen[bytes], config: bytes) -> str:
    """Send the configuration, read the answer line (waiting at most START_TIMEOUT_S)."""
    assert proc.stdin is not None and proc.stdout is not None
    result: list[bytes] = []
    try:
        proc.stdin.write(config)
        proc.stdin.flush()
    except OSError:
        return ""
    stdout = proc.stdout
    reader = threading.Thread(target=lambda: result.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(START_TIMEOUT_S)
    return result[0].decode("utf-8", "replace").strip() if result else ""


def _end(proc: subprocess.Popen[bytes]) -> None:
    for stream in (proc.stdin, proc.stdout):
        try:
            if stream is not None:
                stream.close()
        except OSError:
            pass
    try:
        proc.wait(3)  # its standard input ended: it quits by itself
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


_LIVE: weakref.WeakSet[DemoRtspServer] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    for server in list(_LIVE):
        server.stop()
