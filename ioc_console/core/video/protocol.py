"""The video workers' protocol: what the console and a video worker process say to each other.

A video worker is a child process of the console that runs libVLC players drawing into the
console's native tile windows. They talk over the worker's standard input (console → worker)
and a private copy of its standard output (worker → console; the worker points its own fd 1 at
stderr so that nothing a library prints can corrupt the channel): one JSON object per line,
UTF-8, at most :data:`MAX_LINE` bytes, each with ``"type"``. No network port is involved.

The console opens with :class:`Hello` carrying :data:`VERSION`; the worker answers
:class:`Ready` (same version, its pid and libVLC version, or an error) and from then on sends
:class:`Stats` every :data:`STATS_INTERVAL_S`, which doubles as its heartbeat. A worker that
gets a version it does not speak answers :class:`Ready` with ``error`` set and exits.

Players are named by a *slot*: a positive integer the console chooses, unique for the life of
the console (a slot is never reused, so a late report about an old slot is recognised and
dropped).

:func:`encode` and :func:`decode` turn messages into lines and back; :func:`decode` refuses
anything malformed with :class:`ProtocolError` (never another exception), so a garbled line,
a line from a worker speaking another version, or junk on the channel is reported and skipped.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any, ClassVar

VERSION = 1
MAX_LINE = 64 * 1024
STATS_INTERVAL_S = 0.25
EVENTS = ("playing", "ended", "error")
RELAY_STATES = ("starting", "running", "restarting", "failed", "stopped")
LOG_LEVELS = ("debug", "info", "warning", "error")


class ProtocolError(ValueError):
    """A line that is not a message of this protocol (the text says why)."""


# --- console → worker ---------------------------------------------------------------------


@dataclass(frozen=True)
class Hello:
    """The first line the console sends."""

    TYPE: ClassVar[str] = "hello"
    version: int = VERSION


@dataclass(frozen=True)
class Play:
    """Open ``url`` in a new player ``slot`` drawing into the native window ``window`` (an X11
    window id or a Windows HWND). ``options`` are libVLC media options (``":network-caching=…"``).
    ``relay``: the URL is ``rtsp://`` and this libVLC cannot open it, so the worker plays it
    through a local re-muxing relay. ``label`` names the camera in the worker's log lines."""

    TYPE: ClassVar[str] = "play"
    slot: int
    url: str
    window: int
    options: tuple[str, ...] = ()
    relay: bool = False
    label: str = ""


@dataclass(frozen=True)
class Stop:
    """Stop and release the player ``slot`` (and its relay)."""

    TYPE: ClassVar[str] = "stop"
    slot: int


@dataclass(frozen=True)
class Crop:
    """Show only ``geometry`` (``"WxH+X+Y"`` in picture pixels) of ``slot``; ``""``: all."""

    TYPE: ClassVar[str] = "crop"
    slot: int
    geometry: str = ""


@dataclass(frozen=True)
class Snapshot:
    """Write the picture of ``slot`` at full video size as a PNG to ``path``; answered by
    :class:`SnapshotDone` with the same ``request``."""

    TYPE: ClassVar[str] = "snapshot"
    slot: int
    path: str
    request: int


@dataclass(frozen=True)
class Quit:
    """Release every player and relay, then exit."""

    TYPE: ClassVar[str] = "quit"


# --- worker → console ---------------------------------------------------------------------


@dataclass(frozen=True)
class Ready:
    """The answer to :class:`Hello`. ``error`` set: the worker cannot play (libVLC missing, a
    version it does not speak) and exits."""

    TYPE: ClassVar[str] = "ready"
    version: int
    pid: int
    libvlc: str = ""
    error: str = ""


@dataclass(frozen=True)
class Event:
    """A player event of ``slot``: ``"playing"``, ``"ended"`` or ``"error"``."""

    TYPE: ClassVar[str] = "event"
    slot: int
    name: str
    detail: str = ""


@dataclass(frozen=True)
class FrameStats:
    """One player's counters since its stream was opened, and the video's pixel size."""

    decoded: int = 0
    displayed: int = 0
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class Stats:
    """The worker's heartbeat: its resident memory and every player's counters."""

    TYPE: ClassVar[str] = "stats"
    rss_kb: int
    slots: dict[int, FrameStats] = field(default_factory=dict)


@dataclass(frozen=True)
class SnapshotDone:
    TYPE: ClassVar[str] = "snapshot-done"
    request: int
    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class RelayState:
    """The RTSP relay of ``slot`` changed state (``detail`` never holds credentials)."""

    TYPE: ClassVar[str] = "relay"
    slot: int
    state: str
    detail: str = ""


@dataclass(frozen=True)
class Log:
    """A line for the console's log (the worker's own log goes here, not to a file)."""

    TYPE: ClassVar[str] = "log"
    level: str
    text: str


Command = Hello | Play | Stop | Crop | Snapshot | Quit
Report = Ready | Event | Stats | SnapshotDone | RelayState | Log
Message = Command | Report
COMMANDS = (Hello, Play, Stop, Crop, Snapshot, Quit)
REPORTS = (Ready, Event, Stats, SnapshotDone, RelayState, Log)
_TYPES: dict[str, type] = {cls.TYPE: cls for cls in (*COMMANDS, *REPORTS)}


def encode(message: Message) -> bytes:
    """``message`` as one line (ending in ``\\n``)."""
    body: dict[str, Any] = {"type": message.TYPE, **asdict(message)}
    if isinstance(message, Stats):
        body["slots"] = {str(slot): list(asdict(s).values()) for slot, s in message.slots.items()}
    line = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    if len(line) > MAX_LINE:
        raise ProtocolError(f"a {message.TYPE} message is {len(line)} bytes (at most {MAX_LINE})")
    return line


def decode(line: bytes) -> Message:
    """The message on ``line``; :class:`ProtocolError` when it is not one."""
    if len(line) > MAX_LINE:
        raise ProtocolError(f"line of {len(line)} bytes (at most {MAX_LINE})")
    try:
        body = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"not a JSON line: {exc}") from None
    if not isinstance(body, dict):
        raise ProtocolError("not a JSON object")
    kind = body.pop("type", None)
    cls = _TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ProtocolError(f"unknown message type {kind!r}")
    if cls is Stats:
        return _stats(body)
    known = {f.name: f for f in fields(cls)}
    unknown = set(body) - set(known)
    if unknown:
        raise ProtocolError(f"{kind}: unknown fields {sorted(unknown)}")
    values: dict[str, Any] = {}
    for name, spec in known.items():
        if name not in body:
            if spec.default is MISSING and spec.default_factory is MISSING:
                raise ProtocolError(f"{kind}: {name} is missing")
            continue
        values[name] = _check(kind, name, body[name], _FIELD_TYPES[(cls, name)])
    message = cls(**values)
    _check_values(message)
    return message


_FIELD_TYPES: dict[tuple[type, str], type] = {}
for _cls in _TYPES.values():
    for _f in fields(_cls):
        _hint = str(_f.type)
        _FIELD_TYPES[(_cls, _f.name)] = (
            int if _hint == "int" else bool if _hint == "bool" else str if _hint == "str" else tuple
        )


def _check(kind: str, name: str, value: object, expected: type) -> Any:
    if expected is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ProtocolError(f"{kind}: {name} must be a list of strings")
        return tuple(value)
    if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ProtocolError(f"{kind}: {name} must be an integer")
    if not isinstance(value, expected):
        raise ProtocolError(f"{kind}: {name} must be a {expected.__name__}")
    return value


def _check_values(message: Message) -> None:
    slot = getattr(message, "slot", 1)
    if slot <= 0:
        raise ProtocolError(f"{message.TYPE}: slot must be positive")
    if isinstance(message, Event) and message.name not in EVENTS:
        raise ProtocolError(f"event: unknown event {message.name!r}")
    if isinstance(message, RelayState) and message.state not in RELAY_STATES:
        raise ProtocolError(f"relay: unknown state {message.state!r}")
    if isinstance(message, Log) and message.level not in LOG_LEVELS:
        raise ProtocolError(f"log: unknown level {message.level!r}")
    if isinstance(message, Play) and (not message.url or message.window <= 0):
        raise ProtocolError("play: needs a URL and a window")


def _stats(body: dict[str, Any]) -> Stats:
    rss = body.get("rss_kb")
    slots = body.get("slots", {})
    if set(body) - {"rss_kb", "slots"}:
        raise ProtocolError(f"stats: unknown fields {sorted(set(body) - {'rss_kb', 'slots'})}")
    if isinstance(rss, bool) or not isinstance(rss, int) or rss < 0:
        raise ProtocolError("stats: rss_kb must be a non-negative integer")
    if not isinstance(slots, dict):
        raise ProtocolError("stats: slots must be an object")
    out: dict[int, FrameStats] = {}
    for key, counters in slots.items():
        if not key.isdigit() or not isinstance(counters, list) or len(counters) != 4:
            raise ProtocolError("stats: each slot needs [decoded, displayed, width, height]")
        if not all(isinstance(c, int) and not isinstance(c, bool) and c >= 0 for c in counters):
            raise ProtocolError("stats: counters must be non-negative integers")
        out[int(key)] = FrameStats(*counters)
    return Stats(rss, out)
