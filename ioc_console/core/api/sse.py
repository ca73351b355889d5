"""An incremental parser of the Server-Sent Events wire format (WHATWG HTML, "event stream").

Fed bytes as they arrive, it returns the complete events. Unlike a parser that flushes at the
end of input, an event cut off by a broken connection (no blank line yet) is never dispatched:
the client resumes from the last complete event instead of applying half of one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SseEvent:
    id: str | None  # the last event id in force when the event was dispatched
    event: str  # "message" when the event named none
    data: str


class SseTooLargeError(ValueError):
    """An event (or a line) grew beyond the parser's limit."""


class SseParser:
    """Feed it with :meth:`feed`; :attr:`retry_ms` holds the last ``retry:`` the server sent.

    An event larger than ``max_event_bytes`` raises :class:`SseTooLargeError`.
    """

    def __init__(self, max_event_bytes: int = 16 * 1024 * 1024) -> None:
        self.max_event_bytes = max_event_bytes
        self._size = 0
        self.retry_ms: int | None = None
        self.last_id: str | None = None
        self._buffer = b""
        self._data: list[str] = []
        self._event = ""
        self._id: str | None = None
        self._started = False

    def feed(self, chunk: bytes) -> list[SseEvent]:
        """The events completed by ``chunk``."""
        self._buffer += chunk
        events: list[SseEvent] = []
        while True:
            line, rest = _split_line(self._buffer)
            if line is None:
                break
            self._buffer = rest
            if not self._started:
                self._started = True
                line = line.removeprefix(b"\xef\xbb\xbf")
            self._size += len(line)
            event = self._line(line.decode("utf-8", "replace"))
            if event is not None:
                events.append(event)
        if self._size + len(self._buffer) > self.max_event_bytes:
            raise SseTooLargeError(f"an event is larger than {self.max_event_bytes} bytes")
        return events

    def _line(self, line: str) -> SseEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment: the heartbeat
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self._id = value
        elif field == "retry" and value.isdigit():
            self.retry_ms = int(value)
        return None

    def _dispatch(self) -> SseEvent | None:
        self._size = 0
        if self._id is not None:
            self.last_id = self._id
        data, event = self._data, self._event
        self._data, self._event = [], ""
        if not data:
            return None
        return SseEvent(self.last_id, event or "message", "\n".join(data))


def _split_line(buffer: bytes) -> tuple[bytes | None, bytes]:
    """The first line of ``buffer`` (ended by CRLF, LF or CR) and the rest; None until a whole
    line is there (a CR at the very end might be the start of CRLF)."""
    lf, cr = buffer.find(b"\n"), buffer.find(b"\r")
    if cr == -1 or (lf != -1 and lf < cr):
        return (None, buffer) if lf == -1 else (buffer[:lf], buffer[lf + 1 :])
    if cr + 1 == len(buffer):
        return None, buffer
    skip = 2 if buffer[cr + 1 : cr + 2] == b"\n" else 1
    return buffer[:cr], buffer[cr + skip :]
