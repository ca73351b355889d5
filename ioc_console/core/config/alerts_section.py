"""How a site handles alerts: the site profile's ``[alerts]`` section.

```toml
[alerts]
shelve_max_minutes = 120      # the longest an operator may shelve an alert (1..480)
sound_repeat_seconds = 30     # an unacknowledged P1's sound repeats this often
mute_minutes = 5              # how long "mute" silences the sounds
shift_starts = ["06:00", "14:00", "22:00"]  # when shifts begin (the handover opens at each)

[alerts.sla.P1]               # overrides the backend's SLA targets for priority 1 ...
acknowledge_seconds = 45
resolve_seconds = 1200

[alerts.sla.P2.cap_warning]   # ... or for one alert type at a priority
acknowledge_seconds = 120
```
Every key is optional; the section too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# key -> (type, required), as the site profile declares its sections
SECTION: dict[str, tuple[type, bool]] = {
    "shelve_max_minutes": (int, False),
    "sound_repeat_seconds": (int, False),
    "mute_minutes": (int, False),
    "sla": (dict, False),
    "shift_starts": (list, False),
}
SHELVE_HARD_LIMIT = 480  # minutes: the backend refuses longer
SLA_FIELDS = ("acknowledge_seconds", "resolve_seconds")
PRIORITY_KEYS = {"P1": 1, "P2": 2, "P3": 3, "P4": 4}
DEFAULT_SHIFT_STARTS = ("06:00", "14:00", "22:00")

SlaOverrides = dict[tuple[int, str | None], dict[str, int]]


@dataclass(frozen=True)
class AlertsSettings:
    shelve_max_minutes: int = 120
    sound_repeat_seconds: int = 30
    mute_minutes: int = 5
    shift_starts: tuple[str, ...] = DEFAULT_SHIFT_STARTS  # "HH:MM", sorted
    # (priority, alert type or None for every type) -> {"acknowledge_seconds": n, ...}
    sla_overrides: SlaOverrides = field(default_factory=dict, hash=False)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _sla_fields(table: Any, where: str, errors: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    if not isinstance(table, dict):
        errors.append(f"[{where}] must be a table")
        return found
    for key, value in table.items():
        if key in SLA_FIELDS:
            if _whole(value) and value > 0:
                found[key] = value
            else:
                errors.append(f"[{where}] {key} must be a whole number of seconds above 0, "
                              f"not {value!r}")
        elif not isinstance(value, dict):  # a sub-table is an alert type, read by the caller
            errors.append(f"[{where}] unknown key '{key}'; known keys: {', '.join(SLA_FIELDS)}"
                          " (or a table named for an alert type)")
    return found


def _sla_overrides(sla: dict[str, Any], errors: list[str]) -> SlaOverrides:
    overrides: SlaOverrides = {}
    for name, table in sla.items():
        priority = PRIORITY_KEYS.get(name)
        if priority is None:
            errors.append(f"[alerts.sla] unknown key '{name}'; known keys: "
                          f"{', '.join(PRIORITY_KEYS)}")
            continue
        where = f"alerts.sla.{name}"
        values = _sla_fields(table, where, errors)
        if values:
            overrides[(priority, None)] = values
        for kind, sub in (table.items() if isinstance(table, dict) else ()):
            if isinstance(sub, dict):
                typed = _sla_fields(sub, f"{where}.{kind}", errors)
                if typed:
                    overrides[(priority, kind)] = typed
    return overrides


def alerts_settings(values: dict[str, Any], errors: list[str]) -> AlertsSettings:
    """The settings from the type-checked keys of ``[alerts]`` (defaults for those absent);
    each problem is appended to ``errors`` naming the section and the key."""
    settings = AlertsSettings()
    limits = {
        "shelve_max_minutes": (1, SHELVE_HARD_LIMIT, settings.shelve_max_minutes),
        "sound_repeat_seconds": (1, 3600, settings.sound_repeat_seconds),
        "mute_minutes": (1, 24 * 60, settings.mute_minutes),
    }
    chosen: dict[str, int] = {}
    for key, (low, high, default) in limits.items():
        value = values.get(key, default)
        if not _whole(value) or not low <= value <= high:
            errors.append(f"[alerts] {key} must be a whole number from {low} to {high}, "
                          f"not {value!r}")
            value = default
        chosen[key] = value
    overrides = _sla_overrides(values.get("sla") or {}, errors)
    starts = _shift_starts(values.get("shift_starts"), errors)
    return AlertsSettings(sla_overrides=overrides, shift_starts=starts, **chosen)


def _shift_starts(value: Any, errors: list[str]) -> tuple[str, ...]:
    if value is None:
        return DEFAULT_SHIFT_STARTS
    found: set[str] = set()
    for item in value if isinstance(value, list) else [value]:
        parts = item.split(":") if isinstance(item, str) else []
        if (
            len(parts) == 2
            and all(p.isdigit() for p in parts)
            and 0 <= int(parts[0]) < 24
            and 0 <= int(parts[1]) < 60
        ):
            found.add(f"{int(parts[0]):02d}:{int(parts[1]):02d}")
        else:
            errors.append(f"[alerts] shift_starts must list times like \"06:00\", not {item!r}")
    return tuple(sorted(found)) or DEFAULT_SHIFT_STARTS
