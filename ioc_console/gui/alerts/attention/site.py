"""The site profile's ``[alerts]`` settings the attention features use, with their defaults
(demo mode has no profile)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from ioc_console.gui.alerts.attention.shift_times import DEFAULT_STARTS, parse_starts


@dataclass(frozen=True)
class AttentionSettings:
    sound_repeat_seconds: float = 30
    mute_minutes: float = 5
    shift_starts: tuple[time, ...] = DEFAULT_STARTS


def _value(section: Any, key: str) -> Any:
    if section is None:
        return None
    if isinstance(section, dict):
        return section.get(key)
    return getattr(section, key, None)


def attention_settings(profile: Any) -> AttentionSettings:
    """The profile's ``[alerts]`` values (missing ones: the defaults)."""
    section = getattr(profile, "alerts", None) if profile is not None else None
    defaults = AttentionSettings()
    repeat = _value(section, "sound_repeat_seconds")
    mute = _value(section, "mute_minutes")
    starts = _value(section, "shift_starts")
    return AttentionSettings(
        float(repeat)
        if isinstance(repeat, int | float) and repeat > 0
        else defaults.sound_repeat_seconds,
        float(mute) if isinstance(mute, int | float) and mute > 0 else defaults.mute_minutes,
        parse_starts(starts) if starts else defaults.shift_starts,
    )
