"""``Worker``: what a video worker does with the console's commands, on its main thread.

Everything reaches the main thread through one queue: command lines from the stdin reader,
player events from libVLC's threads, finished snapshots, relay URLs and states. :meth:`serve`
takes them one at a time and, every :data:`STATS_INTERVAL_S`, sends the heartbeat (``Stats``),
checks that the console is still there and fires an injected crash.
No command waits on the network, a process or a snapshot.
"""

from __future__ import annotations

import logging
import os
import queue
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from ioc_console.core.video.protocol import (
    COMMANDS,
    STATS_INTERVAL_S,
    VERSION,
    Crop,
    Event,
    FrameStats,
    Hello,
    Play,
    ProtocolError,
    Quit,
    Ready,
    RelayState,
    Snapshot,
    SnapshotDone,
    Stats,
    Stop,
    decode,
)
from ioc_console.core.video.streams import redacted
from ioc_console.core.warning_budget import WarningBudget

from .channel import Channel, ChannelClosedError
from .faults import crash, crash_deadline
from .lifeline import Lifeline
from .players import LibVlcMissingError, Players
from .relays import Relays
from .rss import rss_kb
from .windows import WindowCheck

log = logging.getLogger(__name__)
WARNINGS_PER_MINUTE = 20  # malformed lines beyond this are counted, not each logged


@dataclass(frozen=True)
class _Target:
    """Where a relayed slot plays once its relay has a local URL."""

    window: int
    options: tuple[str, ...]
    label: str
    crop: str = ""


class Worker:
    def __init__(
        self, channel: Channel, post: Callable[[tuple], None], lifeline: Lifeline | None = None
    ) -> None:
        self.channel = channel
        self.exit_code: int | None = None
        self._post = post
        self._lifeline = lifeline or Lifeline()
        self._ready = False
        self._crash_at: float | None = None
        self._targets: dict[int, _Target] = {}
        self._refusals = WarningBudget(WARNINGS_PER_MINUTE)
        self.players: Players | None = None
        self.load_error = ""
        try:
            self.players = Players(post)
        except LibVlcMissingError as exc:
            self.load_error = str(exc)
        self.relays = Relays(post)
        self._windows = WindowCheck()

    def serve(self, inbox: queue.SimpleQueue[tuple]) -> int:
        """Run until ``Quit``, the end of stdin, the console's end or a fatal error."""
        next_tick = time.monotonic() + STATS_INTERVAL_S
        try:
            while self.exit_code is None:
                try:
                    item = inbox.get(timeout=max(0.0, next_tick - time.monotonic()))
                except queue.Empty:
                    item = None
                if item is not None:
                    self.handle(item)
                now = time.monotonic()
                if now >= next_tick and self.exit_code is None:
                    self.tick()
                    next_tick = max(next_tick + STATS_INTERVAL_S, now)
        except ChannelClosedError:
            self.exit_code = 0  # the console has gone: nobody to report to
        finally:
            self.close()
        return self.exit_code

    def handle(self, item: tuple) -> None:
        kind = item[0]
        try:
            if kind == "line":
                self._command(item[1])
            elif kind == "eof":
                log.info("the console closed the command pipe: exiting")
                self.exit_code = 0
            elif kind == "event":
                self._event(*item[1:])
            elif kind == "snapshot":
                _, request, ok, detail = item
                self.channel.send(SnapshotDone(request, ok, detail))
            elif kind == "relay-url":
                self._relay_url(*item[1:])
            elif kind == "relay-state":
                _, slot, generation, state, detail = item
                if self.relays.current(slot, generation):
                    self.channel.send(RelayState(slot, state, detail))
                    if state == "failed":  # the relay gave up: the console reconnects
                        self.channel.send(Event(slot, "error", detail))
        except ChannelClosedError:
            raise
        except Exception:  # one bad command or report never takes the worker down
            log.exception("the worker could not handle %s", kind)

    def tick(self) -> None:
        if not self._lifeline.parent_alive():
            log.info("the console has gone: exiting")
            self.exit_code = 0
            return
        if self._crash_at is not None and time.monotonic() >= self._crash_at:
            crash()
        if self._ready:
            slots = self.players.stats() if self.players is not None else {}
            for slot in self._targets.keys() - slots.keys():  # a relay still starting
                slots[slot] = FrameStats()
            self.channel.send(Stats(rss_kb(), slots))

    def close(self) -> None:
        for slot in list(self._targets):
            self._stop(slot)  # each relay after its player
        if self.players is not None:
            self.players.close()
        self.relays.close()
        self._windows.close()

    # --- commands ---------------------------------------------------------------------------

    def _command(self, line: bytes) -> None:
        try:
            message = decode(line)
        except ProtocolError as exc:
            self._refuse(str(exc))
            return
        if not isinstance(message, COMMANDS):
            self._refuse(f"{message.TYPE} is not a command")
        elif isinstance(message, Hello):
            self._hello(message)
        elif isinstance(message, Quit):
            log.debug("quit")
            self.exit_code = 0
        elif not self._ready:
            self._refuse(f"{message.TYPE} before hello")
        elif isinstance(message, Play):
            self._play(message)
        elif isinstance(message, Stop):
            self._stop(message.slot)
        elif isinstance(message, Crop):
            self._crop(message)
        elif isinstance(message, Snapshot):
            if self.players is None:
                self.channel.send(SnapshotDone(message.request, False, self.load_error))
            else:
                self.players.snapshot(message.slot, message.path, message.request)

    def _hello(self, hello: Hello) -> None:
        pid = os.getpid()
        version = self.players.version if self.players is not None else ""
        if hello.version != VERSION:
            error = f"this worker speaks protocol version {VERSION}, not {hello.version}"
            self.channel.send(Ready(VERSION, pid, version, error))
            self.exit_code = 2
            return
        self.channel.send(Ready(VERSION, pid, version, self.load_error))
        if self.load_error:
            self.exit_code = 1
            return
        self._ready = True
        self.channel.send(Stats(rss_kb(), {}))

    def _play(self, play: Play) -> None:
        assert self.players is not None  # Ready said so
        self._stop(play.slot)
        deadline = crash_deadline(play.url)
        if deadline is not None and self._crash_at is None:
            self._crash_at = deadline
        log.info("slot %d: %s %s", play.slot, play.label or "a camera", redacted(play.url))
        if not self._window_there(play.slot, play.window):
            return
        if play.relay:
            self._targets[play.slot] = _Target(play.window, play.options, play.label)
            self.relays.start(play.slot, play.url)
        else:
            self.players.play(play.slot, play.url, play.window, play.options, play.label)

    def _crop(self, crop: Crop) -> None:
        if crop.slot in self._targets:  # kept for the relay's next player
            self._targets[crop.slot] = replace(self._targets[crop.slot], crop=crop.geometry)
        if self.players is not None and not self.players.crop(crop.slot, crop.geometry):
            log.debug("crop of slot %d: no player yet", crop.slot)

    def _event(self, slot: int, generation: int, name: str) -> None:
        if self.players is None or not self.players.current(slot, generation):
            return  # a player replaced or stopped since
        if slot in self._targets and name != "playing":
            # the relay's ffmpeg ended: the relay restarts it and its new URL plays in this
            # slot (a relay that gives up is reported as an error)
            log.debug("slot %d: the relay's stream %s", slot, name)
            return
        self.channel.send(Event(slot, name))

    def _stop(self, slot: int) -> None:
        self._targets.pop(slot, None)
        stop_relay = self.relays.forget(slot)
        stopped = self.players is not None and self.players.stop(slot, stop_relay)
        if not stopped and stop_relay is not None:
            stop_relay()  # no player read it yet

    def _relay_url(self, slot: int, generation: int, url: str) -> None:
        if self.relays.current(slot, generation):
            self._play_relayed(slot, url)

    def _play_relayed(self, slot: int, url: str) -> None:
        target = self._targets.get(slot)
        if target is None or self.players is None:
            return
        if not self._window_there(slot, target.window):
            self._stop(slot)
            return
        options = self.relays.media_options(url, target.options)
        self.players.play(slot, url, target.window, options, target.label, target.crop)

    def _window_there(self, slot: int, window: int) -> bool:
        """False (and an error event) when the console's window is gone: libVLC would open a
        top-level window of its own on the operator's screen instead."""
        if self._windows.exists(window) is not False:
            return True
        log.warning("slot %d: window %#x does not exist; not played", slot, window)
        self.channel.send(Event(slot, "error", f"window {window:#x} does not exist"))
        return False

    def _refuse(self, reason: str) -> None:
        """A command line that cannot be carried out: a warning (rate-limited), and on."""
        more = self._refusals.admit()
        if more is None:
            return
        log.warning("command refused: %s%s", reason, more)
