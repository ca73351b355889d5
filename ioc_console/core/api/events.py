"""The backend's event stream (``GET /api/v1/events``, Server-Sent Events) read in its own thread.

The stream resumes with ``Last-Event-ID``. The id moves forward only after ``on_event`` returned
without raising, so across cuts no event is lost or applied twice: a handler that fails makes the
stream reconnect and resume before the event it failed on. A stream silent for longer than the
server's heartbeat × 2.5 is declared dead and reconnected. After ``poll_after`` failed attempts in
a row, or a dead stream, the state ``polling`` tells the sync engine to poll until ``live`` again.

States passed to ``on_state(state, detail)`` (``detail`` is English, for the log):
``connecting``, ``live``, ``reconnecting``, ``dead``, ``polling``, ``stopped``.
"""

from __future__ import annotations

import json
import logging
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
import urllib3.exceptions

from ioc_console.core.api.client import BackendClient
from ioc_console.core.api.errors import ApiError, excerpt
from ioc_console.core.api.sse import SseEvent, SseParser, SseTooLargeError

log = logging.getLogger(__name__)

STATES = ("connecting", "live", "reconnecting", "dead", "polling", "stopped")
STABLE_S = 30.0  # a connection live this long without events still counts as a success
CHUNK_BYTES = 64 * 1024
MAX_WAIT_S = 3600.0  # no header makes the stream wait (or stay silent) longer than this


@dataclass(frozen=True)
class _Outcome:
    reason: str
    dead: bool = False
    succeeded: bool = False  # delivered an event, or stayed live for STABLE_S
    retry_after: float | None = None  # the server asked to wait this long (429, 503)


class EventStream:
    """Reads the event stream until :meth:`stop`; callbacks run on the stream's thread."""

    def __init__(
        self,
        client: BackendClient,
        last_event_id: str | None,
        on_event: Callable[[str | None, dict[str, Any]], None],
        on_reset: Callable[[], None],
        on_state: Callable[[str, str], None] | None = None,
        *,
        path: str = "/events",
        backoff_initial: float | None = None,
        backoff_max: float = 30.0,
        poll_after: int = 3,
        default_read_timeout: float = 40.0,
        heartbeat_factor: float = 2.5,
        rng: random.Random | None = None,
    ) -> None:
        self.client = client
        self.on_event = on_event
        self.on_reset = on_reset
        self.on_state = on_state
        self.path = path
        self.backoff_initial = backoff_initial  # None: the server's `retry:`, else 1 s
        self.backoff_max = backoff_max
        self.poll_after = poll_after
        self.default_read_timeout = default_read_timeout
        self.heartbeat_factor = heartbeat_factor
        self._rng = rng or random.Random()
        self._last_event_id = last_event_id
        self._read_timeout = default_read_timeout
        self._server_retry_s: float | None = None
        self._state = ""
        self._polling = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event handled (its ``on_event`` returned)."""
        return self._last_event_id

    @property
    def state(self) -> str:
        return self._state

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="ioc-event-stream", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """End the thread: the open connection is shut down, a pending wait ends at once."""
        self._stop.set()
        with self._lock:
            sock = self._sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            resume = f"after event {self._last_event_id}" if self._last_event_id else "from now"
            self._set_state("connecting", f"{self.client.url(self.path)}, resuming {resume}")
            try:
                outcome = self._connect_and_read()
            except Exception as exc:  # a fault here must not end the stream for good
                log.exception("event stream failed")
                outcome = _Outcome(f"{type(exc).__name__}: {exc}")
            if self._stop.is_set():
                break
            failures = 1 if outcome.succeeded else failures + 1
            if outcome.dead:
                self._set_state("dead", outcome.reason)
            if not self._polling and (outcome.dead or failures >= self.poll_after):
                self._polling = True
                self._set_state(
                    "polling", f"{failures} failed attempt(s): poll until the stream is back"
                )
            delay = max(self._delay(failures), min(outcome.retry_after or 0.0, MAX_WAIT_S))
            self._set_state("reconnecting", f"{outcome.reason}; next attempt in {delay:.1f} s")
            self._stop.wait(delay)
        self._set_state("stopped", "")

    def _delay(self, failures: int) -> float:
        base = self.backoff_initial
        if base is None:
            base = self._server_retry_s if self._server_retry_s is not None else 1.0
        delay = min(self.backoff_max, base * 2 ** max(0, failures - 1))
        return delay * (0.5 + 0.5 * self._rng.random())  # jitter: spread the reconnects

    def _connect_and_read(self) -> _Outcome:
        headers = {"Last-Event-ID": self._last_event_id} if self._last_event_id else {}
        try:
            resp = self.client.open_stream(
                self.path, headers=headers, read_timeout=self._read_timeout
            )
        except ApiError as exc:
            return _Outcome(
                f"the stream could not be opened: {exc.message}", retry_after=exc.retry_after
            )
        try:
            media = resp.headers.get("Content-Type", "").split(";")[0].strip()
            if media != "text/event-stream":
                return _Outcome(f"the server answered {media or 'no content type'}, not events")
            heartbeat = _seconds(resp.headers.get("IOC-Heartbeat"))
            if heartbeat:
                self._read_timeout = heartbeat * self.heartbeat_factor
            else:
                self._read_timeout = self.default_read_timeout
            if not self._attach(resp):
                return _Outcome("stopped")
            self._polling = False
            announced = f"heartbeat {heartbeat:g} s" if heartbeat else "no heartbeat announced"
            self._set_state("live", f"{announced}; silent for {self._read_timeout:g} s means dead")
            return self._read(resp)
        finally:
            with self._lock:
                self._sock = None
            resp.close()

    def _attach(self, resp: requests.Response) -> bool:
        """Set the silence limit on the socket and keep it for :meth:`stop`."""
        sock = _socket_of(resp)
        with self._lock:
            if self._stop.is_set():
                return False
            self._sock = sock
        if sock is not None:
            sock.settimeout(self._read_timeout)
        return True

    def _read(self, resp: requests.Response) -> _Outcome:
        parser = SseParser()
        live_since = time.monotonic()
        delivered = False
        while not self._stop.is_set():
            stable = delivered or time.monotonic() - live_since >= STABLE_S
            try:
                chunk = resp.raw.read1(CHUNK_BYTES)
            except Exception as exc:  # urllib3/socket errors of a broken or silent stream
                if _is_timeout(exc):
                    silent = f"the stream was silent for more than {self._read_timeout:g} s"
                    return _Outcome(silent, dead=True, succeeded=stable)
                return _Outcome(f"the stream broke ({type(exc).__name__})", succeeded=stable)
            if not chunk:
                return _Outcome("the server closed the stream", succeeded=stable)
            try:
                events = parser.feed(chunk)
            except SseTooLargeError as exc:
                return _Outcome(f"the stream was dropped: {exc}", succeeded=stable)
            if parser.retry_ms is not None:
                self._server_retry_s = parser.retry_ms / 1000
            for event in events:
                if self._stop.is_set():
                    break
                if not self._deliver(event):
                    resume = self._last_event_id or "the start"
                    return _Outcome(f"an event handler failed; resuming after {resume}")
                delivered = True
        return _Outcome("stopped")

    def _deliver(self, event: SseEvent) -> bool:
        """Hand ``event`` to the callbacks; False when one raised (the id then stays)."""
        if event.event == "change" and _not_after(event.id, self._last_event_id):
            log.debug("Event %s was handled before; skipped", event.id)
            return True
        if event.event == "change":
            data = _json_object(event.data)
            if data is None:
                log.warning(
                    "Event %s is not a JSON object (%s); the data is resynchronised instead",
                    event.id,
                    excerpt(event.data),
                )
        else:
            data = None
        try:
            if data is not None:
                self.on_event(event.id, data)
            elif event.event in ("reset", "change"):
                self.on_reset()
            else:
                log.debug("Event of type %r ignored", event.event)
        except Exception:
            log.exception("Handling event %s (%s) failed", event.id, event.event)
            return False
        if event.id is not None:
            self._last_event_id = event.id
        return True

    def _set_state(self, state: str, detail: str) -> None:
        self._state = state
        if state in ("dead", "polling"):
            log.warning("Event stream %s: %s", state, detail)
        else:
            log.info("Event stream %s%s", state, f": {detail}" if detail else "")
        if self.on_state is not None:
            try:
                self.on_state(state, detail)
            except Exception:
                log.exception("The event-stream state listener failed")


def _socket_of(resp: requests.Response) -> socket.socket | None:
    """The socket a streaming response reads from: the connection's, or (when the server said
    ``Connection: close`` and http.client let go of it) the one under the response's file."""
    sock = getattr(getattr(resp.raw, "connection", None), "sock", None)
    if sock is None:
        fp = getattr(getattr(resp.raw, "_fp", None), "fp", None)
        sock = getattr(getattr(fp, "raw", None), "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


def _seconds(value: str | None) -> float | None:
    """A positive number of seconds from a header, at most :data:`MAX_WAIT_S`."""
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    if seconds is None or not seconds > 0 or seconds != seconds:
        return None
    return min(seconds, MAX_WAIT_S)


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _not_after(event_id: str | None, last: str | None) -> bool:
    """Whether integer id ``event_id`` is not after ``last`` (a repeat after a resume)."""
    if event_id is None or last is None:
        return False
    try:
        return int(event_id) <= int(last)
    except ValueError:
        return False


def _is_timeout(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, TimeoutError | urllib3.exceptions.TimeoutError):
            return True
        current = current.__context__ or current.__cause__
    return False
