"""The alert sounds: one short WAV per priority played with QSoundEffect.

Without an audio output (CI, a ward office PC without speakers) the console says so once, in
the log and in System status, and otherwise behaves the same: :attr:`SoundBank.played` still
records what would have sounded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from ioc_console.core.paths import resources_dir
from ioc_console.core.status import AppStatus, Capability

log = logging.getLogger(__name__)
CAPABILITY = "audio"
PRIORITIES = (1, 2, 3, 4)


def sound_file(priority: int) -> Path:
    return resources_dir() / "sounds" / f"alert-p{priority}.wav"


def has_audio_output() -> bool:
    return bool(QMediaDevices.audioOutputs())


class SoundBank(QObject):
    def __init__(
        self,
        status: AppStatus | None = None,
        has_device: Callable[[], bool] = has_audio_output,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = status
        self._has_device = has_device
        self._effects: dict[int, QSoundEffect] = {}
        self._reported = False
        self.played: list[int] = []
        """Every priority sounded (or that would have sounded without a device), in order."""

    def check(self) -> bool:
        """Whether sounds can be heard; a missing device is reported (once), a present one
        shown in System status."""
        if not self._has_device():
            self._report_missing()
            return False
        if self.status is not None and CAPABILITY not in self.status.capabilities:
            self.status.set_capability(
                CAPABILITY,
                Capability(True, QCoreApplication.translate("Alerts", "alert sounds on")),
            )
        return True

    def play(self, priority: int) -> None:
        priority = min(max(int(priority), 1), 4)
        self.played.append(priority)
        if not self._has_device():
            self._report_missing()
            return
        effect = self._effect(priority)
        if effect is not None:
            effect.play()

    def _effect(self, priority: int) -> QSoundEffect | None:
        effect = self._effects.get(priority)
        if effect is None:
            path = sound_file(priority)
            if not path.is_file():
                log.warning("alert sound %s is missing; priority %d is silent", path, priority)
                return None
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(1.0)
            self._effects[priority] = effect
        return effect

    def _report_missing(self) -> None:
        if self._reported:
            return
        self._reported = True
        log.warning("no audio output device: alert sounds are not heard on this computer")
        if self.status is not None:
            self.status.set_capability(
                CAPABILITY,
                Capability(
                    False,
                    QCoreApplication.translate(
                        "Alerts", "no audio output device: alerts are shown, not heard"
                    ),
                ),
            )
