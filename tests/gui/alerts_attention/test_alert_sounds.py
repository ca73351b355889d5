"""Alert sounds: what sounds when, the repeat of a waiting P1, the mute, and a missing audio
device reported once. A controllable clock moves time; no audio device is needed."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.status import AppStatus
from ioc_console.gui.alerts.attention.sound_policy import SoundPolicy
from ioc_console.gui.alerts.attention.sounds import SoundBank, sound_file


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 6, 9, 0, tzinfo=CITY_TZ)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def run(policy: SoundPolicy, clock: Clock, seconds: int) -> list[int]:
    """Tick once a second for ``seconds``; what sounded."""
    played = []
    for _ in range(seconds):
        clock.advance(1)
        if (p := policy.tick()) is not None:
            played.append(p)
    return played


def test_a_new_alert_sounds_its_priority_once_and_the_most_urgent_of_a_batch_wins(clock):
    policy = SoundPolicy(clock, repeat_seconds=30)
    assert policy.update([3], p1_waits=False) == 3
    assert policy.update([], p1_waits=False) is None  # nothing new
    assert policy.update([4, 2], p1_waits=False) == 2
    assert run(policy, clock, 120) == []  # no P1 waits: nothing repeats


def test_alerts_already_waiting_at_start_are_not_sounded_but_a_waiting_p1_repeats(clock):
    policy = SoundPolicy(clock, repeat_seconds=30)
    policy.prime(p1_waits=True)
    assert run(policy, clock, 29) == []
    assert run(policy, clock, 1) == [1]


def test_a_waiting_p1_sounds_again_every_repeat_seconds_until_acknowledged(clock):
    policy = SoundPolicy(clock, repeat_seconds=30)
    assert policy.update([1], p1_waits=True) == 1
    assert run(policy, clock, 95) == [1, 1, 1]  # at 30, 60 and 90 s
    policy.update([], p1_waits=False)  # acknowledged: no longer waits
    assert run(policy, clock, 120) == []


def test_a_mute_silences_new_alerts_and_the_repeat_until_it_runs_out(clock):
    policy = SoundPolicy(clock, repeat_seconds=30, mute_minutes=5)
    policy.update([1], p1_waits=True)
    until = policy.mute()
    assert until == clock.now + timedelta(minutes=5)
    assert policy.muted
    assert policy.update([2], p1_waits=True) is None
    assert run(policy, clock, 299) == []
    assert policy.muted
    assert run(policy, clock, 1) == [1]  # the mute ran out and the P1 still waits
    assert not policy.muted and policy.muted_until is None


def test_unmute_brings_the_sounds_back_at_once(clock):
    policy = SoundPolicy(clock, repeat_seconds=30)
    policy.update([1], p1_waits=True)
    policy.mute(10)
    assert run(policy, clock, 60) == []
    policy.unmute()
    assert run(policy, clock, 1) == [1]
    assert policy.update([4], p1_waits=True) == 4


def test_a_missing_audio_device_is_reported_once_and_changes_nothing_else(qapp, caplog):
    status = AppStatus()
    told = []
    status.changed.connect(told.append)
    bank = SoundBank(status, has_device=lambda: False)
    with caplog.at_level(logging.WARNING):
        assert bank.check() is False
        bank.play(1)
        bank.play(2)
        bank.play(1)
    assert bank.played == [1, 2, 1]  # what would have sounded
    warnings = [r for r in caplog.records if "no audio output" in r.getMessage()]
    assert len(warnings) == 1
    assert told == ["capabilities"]
    assert status.capabilities["audio"].ok is False


def test_with_an_audio_device_the_sound_of_the_priority_is_played(qapp):
    status = AppStatus()
    bank = SoundBank(status, has_device=lambda: True)
    assert bank.check() is True
    assert status.capabilities["audio"].ok is True
    bank.play(2)
    assert bank.played == [2]
    assert bank._effects[2].source().toLocalFile() == str(sound_file(2))


def test_every_priority_has_a_short_wav_shipped():
    import wave

    for priority in (1, 2, 3, 4):
        with wave.open(str(sound_file(priority))) as wav:
            seconds = wav.getnframes() / wav.getframerate()
        assert 0.05 < seconds < 1.0
