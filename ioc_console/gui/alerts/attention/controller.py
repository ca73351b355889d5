"""Getting the operator's attention: sounds (with repeat and mute), tray notifications and the
unacknowledged-alert counts that the status-bar badges and the queue's tab show."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ioc_console.core.clock import city_now
from ioc_console.gui.alerts.attention.counts import PRIORITIES, counts_by_priority
from ioc_console.gui.alerts.attention.feed import AlertFeed
from ioc_console.gui.alerts.attention.sound_policy import SoundPolicy
from ioc_console.gui.alerts.attention.sounds import SoundBank
from ioc_console.gui.alerts.attention.tray import TrayNotifier

log = logging.getLogger(__name__)
TICK_MS = 1000
AUDIO_CHECK_DELAY_MS = 500
DEFAULT_REPEAT_SECONDS = 30
DEFAULT_MUTE_MINUTES = 5
FLOOD_SOUNDED = 2  # in an alarm flood only P1 and P2 arrivals sound (the rest would drown them)


class Attention(QObject):
    countsChanged = Signal(object)
    """Unacknowledged alerts per priority ({1: n, 2: n, 3: n, 4: n}) after they changed."""

    muteChanged = Signal(object)
    """When the mute ends (an aware datetime), or None when the sounds are on again."""

    def __init__(
        self,
        feed: AlertFeed,
        sounds: SoundBank,
        tray: TrayNotifier,
        *,
        clock: Callable[[], datetime] = city_now,
        repeat_seconds: float = DEFAULT_REPEAT_SECONDS,
        mute_minutes: float = DEFAULT_MUTE_MINUTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self.sounds = sounds
        self.tray = tray
        self.policy = SoundPolicy(clock, repeat_seconds, mute_minutes)
        self.counts: dict[int, int] = counts_by_priority(())
        self._muted_until: datetime | None = None
        self.handover: Any = None
        """The shift handover (:class:`~ioc_console.gui.alerts.attention.handover.Handover`)."""
        self.escalation: Any = None
        """SLA breaches told to a supervisor (:class:`~ioc_console.gui.alerts.attention.
        escalation.SlaEscalation`)."""
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        feed.loaded.connect(self._loaded)
        feed.changed.connect(self._changed)

    def start(self) -> None:
        """Check the audio output (reported once if missing) and start following the alerts."""
        # the audio check asks the system's sound server: after the first paint, not before
        QTimer.singleShot(AUDIO_CHECK_DELAY_MS, self.sounds.check)
        self.timer.start()
        if self.handover is not None:
            self.handover.start()
        if self.feed.is_loaded:
            self._loaded()
        else:
            self.feed.start()

    def stop(self) -> None:
        self.timer.stop()
        self.tray.close()
        self.feed.stop()

    # -- alerts ------------------------------------------------------------------------------
    def _loaded(self) -> None:
        self.policy.prime(self.feed.counts.get(1, 0) > 0)
        self._set_counts()

    def _changed(self, added: tuple[str, ...], newly_waiting: tuple[int, ...]) -> None:
        priority = self.policy.update(newly_waiting, self.feed.counts.get(1, 0) > 0)
        if priority is not None and (priority <= FLOOD_SOUNDED or not self.feed.load.in_flood):
            self.sounds.play(priority)
        fresh = [a for i in added if i in self.feed.waiting and (a := self.feed.get(i))]
        if fresh:  # one notification per change, for the most urgent of what arrived
            self.tray.notify(min(fresh, key=lambda a: (a.priority, a.raised_at)))
        self._set_counts()

    def _set_counts(self) -> None:
        counts = {p: self.feed.counts.get(p, 0) for p in PRIORITIES}
        if counts != self.counts:
            self.counts = counts
            self.countsChanged.emit(dict(counts))

    def tick(self) -> None:
        """Every second: a waiting P1 sounds again when due; an expired mute is announced."""
        priority = self.policy.tick()
        if priority is not None:
            self.sounds.play(priority)
        self._announce_mute()

    # -- mute --------------------------------------------------------------------------------
    def mute(self, minutes: float | None = None) -> None:
        until = self.policy.mute(minutes)
        log.info("alert sounds muted until %s", until.isoformat(timespec="seconds"))
        self._announce_mute()

    def unmute(self) -> None:
        self.policy.unmute()
        if self._muted_until is not None:
            log.info("alert sounds on again")
            self._muted_until = None
            self.muteChanged.emit(None)

    def set_muted(self, muted: bool) -> None:
        """Mute for the site's length, or lift the mute (a checkable menu item)."""
        if muted:
            self.mute()
        else:
            self.unmute()

    @property
    def muted_until(self) -> datetime | None:
        return self.policy.muted_until

    def _announce_mute(self) -> None:
        until = self.policy.muted_until
        if until != self._muted_until:
            if until is None and self._muted_until is not None:
                log.info("alert sounds on again (the mute ran out)")
            self._muted_until = until
            self.muteChanged.emit(until)
