"""A video worker process driven over its pipes, as the console drives it.

``WorkerPipes()`` starts ``worker_command()`` with its stdin and stdout as pipes; a thread
decodes every report line into ``reports`` (lines that are not reports are kept in
``garbage``); ``send`` writes a command or raw bytes; ``wait_for`` waits for a report that
matches.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Callable

from ioc_console.core.video.protocol import Hello, Message, ProtocolError, Ready, decode, encode
from ioc_console.core.video.worker_command import worker_command

START_S = 20.0


class WorkerPipes:
    def __init__(self, *extra: str, env: dict[str, str] | None = None) -> None:
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            worker_command(*extra),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, **(env or {})},
        )
        self.reports: list[Message] = []
        self.garbage: list[bytes] = []
        self.stderr: list[bytes] = []
        self.arrived: list[float] = []
        self._changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def hello(self) -> Ready:
        self.send(Hello())
        return self.wait_for(lambda r: isinstance(r, Ready), START_S, "Ready")

    def send(self, message: Message | bytes) -> None:
        line = message if isinstance(message, bytes) else encode(message)
        assert self.process.stdin is not None
        self.process.stdin.write(line)
        self.process.stdin.flush()

    def close_stdin(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()

    def wait_for(
        self,
        match: Callable[[Message], object],
        timeout: float = 20.0,
        what: str = "a report",
        since: int = 0,
    ) -> Message:
        """The first report from index ``since`` on that matches (waiting for it)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for report in self.reports[since:]:
                    if match(report):
                        return report
                left = deadline - time.monotonic()
                if left <= 0 or (self.process.poll() is not None and self._eof):
                    tail = b"".join(self.stderr)[-2000:].decode("utf-8", "replace")
                    raise AssertionError(
                        f"no {what} within {timeout:g} s (worker exit {self.process.poll()}); "
                        f"last reports {self.reports[-5:]}; stderr: {tail}"
                    )
                self._changed.wait(min(left, 0.1))

    def of_type(self, kind: type) -> list:
        with self._changed:
            return [r for r in self.reports if isinstance(r, kind)]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass

    _eof = False

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                try:
                    self.reports.append(decode(line))
                    self.arrived.append(time.monotonic())
                except ProtocolError:
                    self.garbage.append(line)
                self._changed.notify_all()
        with self._changed:
            self._eof = True
            self._changed.notify_all()

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr.append(line)
