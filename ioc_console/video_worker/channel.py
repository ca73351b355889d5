"""The worker's two pipes: commands in on stdin, reports out on a private copy of stdout.

:func:`open_channel` takes the original stdout for the reports and points fd 1 (and
``sys.stdout``) at stderr, so nothing libVLC or a library prints can corrupt the channel.
:func:`start_reader` reads stdin on a thread of its own and posts ``("line", bytes)`` for
every line and ``("eof",)`` at the end (the console has gone). :class:`LogToConsole` sends the
worker's log records to the console as ``Log`` reports.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import BinaryIO

from ioc_console.core.video.protocol import MAX_LINE, Log, ProtocolError, Report, encode

log = logging.getLogger(__name__)
_LEVELS = {logging.DEBUG: "debug", logging.INFO: "info", logging.WARNING: "warning"}


class ChannelClosedError(OSError):
    """The console no longer reads the reports."""


class Channel:
    """Reports to the console, one line each; safe to use from any thread."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._lock = threading.Lock()
        self.closed = False

    def send(self, report: Report) -> None:
        """Write ``report``; :class:`ChannelClosedError` when the console has gone."""
        try:
            line = encode(report)
        except ProtocolError as exc:  # too long: say so rather than drop it silently
            line = encode(Log("error", f"a report could not be sent: {exc}"))
        with self._lock:
            if self.closed:
                raise ChannelClosedError("the console has gone")
            try:
                self._out.write(line)
                self._out.flush()
            except (OSError, ValueError) as exc:  # EPIPE, a closed file
                self.closed = True
                raise ChannelClosedError(f"the console has gone ({exc})") from None


def open_channel() -> Channel:
    """The report channel on a copy of fd 1; fd 1 and ``sys.stdout`` then go to stderr."""
    if sys.stdout is not None:  # None in a windowed bundle without a console
        sys.stdout.flush()
    report_fd = os.dup(1)  # not inheritable: a relay's ffmpeg never gets it
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return Channel(os.fdopen(report_fd, "wb", buffering=0))


def start_reader(post: Callable[[tuple], None], source: BinaryIO | None = None) -> threading.Thread:
    """Read command lines from ``source`` (stdin) on a daemon thread. A line longer than
    :data:`MAX_LINE` is posted cut (so that it is refused) and the rest of it skipped."""
    if source is not None:
        stream = source
    elif sys.stdin is not None:
        stream = sys.stdin.buffer
    else:  # a windowed bundle: fd 0 is the console's pipe all the same
        stream = os.fdopen(os.dup(0), "rb")

    def read() -> None:
        try:
            while True:
                line = stream.readline(MAX_LINE + 1)
                if not line:
                    break
                if len(line) > MAX_LINE and not line.endswith(b"\n"):
                    while (rest := stream.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                        pass
                post(("line", line))
        except (OSError, ValueError) as exc:  # the pipe broke
            log.warning("reading the console's commands failed: %s", exc)
        post(("eof",))

    thread = threading.Thread(target=read, name="commands", daemon=True)
    thread.start()
    return thread


class LogToConsole(logging.Handler):
    """The worker's log records, as ``Log`` reports (texts cut to fit a line)."""

    def __init__(self, channel: Channel, level: int = logging.INFO) -> None:
        super().__init__(level)
        self._channel = channel

    def emit(self, record: logging.LogRecord) -> None:
        if self._channel.closed:
            return
        try:
            text = self.format(record)[: MAX_LINE // 4]
            self._channel.send(Log(_LEVELS.get(record.levelno, "error"), text))
        except ChannelClosedError:
            pass
        except Exception:  # never let a log line take the worker down
            self.handleError(record)
