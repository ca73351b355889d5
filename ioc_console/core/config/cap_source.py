"""The CAP keys of the site profile's ``[alerts]`` section: a feed to poll and the priority table.

```toml
[alerts]
cap_feed_url = "https://kttv.dongthap.gov.vn/cap/feed.atom"   # a CAP message, Atom/RSS, EDXL-DE
cap_poll_seconds = 60                                          # 15 .. 86400, default 60
cap_priority.severity.Moderate = 1     # severity -> base priority 1..4
cap_priority.urgency.Future = 0        # urgency / certainty -> steps down 0..3
cap_priority.certainty.Possible = 0
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ioc_console.core.cap.priority import PriorityTable

# the keys this module reads, declared as the site profile declares its sections
KEYS: dict[str, tuple[type, bool]] = {
    "cap_feed_url": (str, False),
    "cap_poll_seconds": (float, False),
    "cap_priority": (dict, False),
}
DEFAULT_POLL_SECONDS = 60.0
POLL_RANGE = (15.0, 86400.0)


@dataclass(frozen=True)
class CapSettings:
    feed_url: str | None = None
    poll_seconds: float = DEFAULT_POLL_SECONDS
    priority: PriorityTable = field(default_factory=PriorityTable)


def cap_settings(values: dict[str, Any], errors: list[str]) -> CapSettings:
    """The settings from the checked CAP keys of ``[alerts]`` (``values`` without the section
    name); each problem is appended to ``errors`` naming the section and the key."""
    url = values.get("cap_feed_url")
    if url is not None:
        parts = urlsplit(url)
        host = parts.hostname or ""
        loopback = host in ("localhost", "::1") or host.startswith("127.")
        if parts.scheme not in ("http", "https") or not parts.netloc:
            errors.append(f"[alerts] cap_feed_url must be an http:// or https:// address, "
                          f"not '{url}'")
        elif parts.scheme == "http" and not loopback:
            errors.append(f"[alerts] cap_feed_url must use https:// ('{url}' could be altered "
                          "on the way); http:// is only for a server on this machine")
    seconds = values.get("cap_poll_seconds", DEFAULT_POLL_SECONDS)
    low, high = POLL_RANGE
    if not low <= seconds <= high:
        errors.append(f"[alerts] cap_poll_seconds must be between {low:g} and {high:g}, "
                      f"not {seconds:g}")
    priority = PriorityTable.from_profile(values.get("cap_priority", {}), errors)
    return CapSettings(url or None, float(seconds), priority)
