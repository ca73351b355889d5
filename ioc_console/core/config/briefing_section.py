"""When and where the leaders' daily briefing is made: the site profile's ``[briefing]``.

```toml
[briefing]
time = "06:30"                       # each morning at this time (city time), a running console
                                     # makes the day's briefing (the figures as they then stand)
folder = "/srv/ioc/briefings"        # where it is saved (default: the console's setting)
```
Every key is optional, the section too; without ``time`` no briefing is made on a schedule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any

SECTION: dict[str, tuple[type, bool]] = {"time": (str, False), "folder": (str, False)}


@dataclass(frozen=True)
class BriefingSettings:
    time: time | None = None  # city time
    folder: Path | None = None


def briefing_settings(keys: dict[str, Any], errors: list[str]) -> BriefingSettings:
    """The ``[briefing]`` keys (already type-checked); problems are appended to ``errors``."""
    when = None
    text = keys.get("time")
    if text is not None:
        try:
            hours, minutes = (int(p) for p in text.split(":"))
            when = time(hours, minutes)
        except ValueError:
            errors.append(f"[briefing] time must be HH:MM (24-hour city time), not '{text}'")
    folder = keys.get("folder")
    return BriefingSettings(when, Path(folder).expanduser() if folder else None)
