"""Where a console imports complaints over Open311: the site profile's ``[open311]`` section.

```toml
[open311]
url = "https://1022.dongthap.gov.vn/open311/v2"
format = "json"                  # or "xml"
jurisdiction_id = "caolanh.dongthap.gov.vn"
timezone = "Asia/Ho_Chi_Minh"   # the zone of times the server writes without an offset
```
Without ``timezone`` such times are read in the city's zone, right for a server in Vietnam.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ioc_console.core.clock import CITY_TZ, zone_name

# the section's keys, as the site profile declares its sections: key -> (type, required);
# the section is optional: its url is required when it is there (checked below)
SECTION: dict[str, tuple[type, bool]] = {
    "url": (str, False),
    "format": (str, False),
    "jurisdiction_id": (str, False),
    "timezone": (str, False),
}
FORMATS = ("json", "xml")


@dataclass(frozen=True)
class Open311Source:
    url: str
    fmt: str = "json"
    jurisdiction_id: str | None = None
    timezone: str | None = None

    @property
    def tz(self) -> tzinfo:
        """The zone of the server's times without an offset."""
        return ZoneInfo(self.timezone) if self.timezone else CITY_TZ

    @property
    def tz_name(self) -> str:
        return zone_name(self.tz)


def open311_source(values: dict[str, Any], errors: list[str]) -> Open311Source | None:
    """The source from the checked keys of ``[open311]`` (None when the section is absent);
    each problem is appended to ``errors`` naming the section and the key."""
    if not values:
        return None
    before = len(errors)
    url = str(values.get("url") or "")
    parts = urlsplit(url)
    host = parts.hostname or ""
    loopback = host in ("localhost", "::1") or host.startswith("127.")
    if not url:
        errors.append("[open311] url is required")
    elif parts.scheme not in ("http", "https") or not parts.netloc:
        errors.append(f"[open311] url must be an http:// or https:// address, not '{url}'")
    elif parts.scheme == "http" and not loopback:
        errors.append(f"[open311] url must use https:// ('{url}' would send the api_key "
                      "unencrypted); http:// is only for a server on this machine")
    fmt = values.get("format", "json")
    if fmt not in FORMATS:
        errors.append(f"[open311] format must be one of {', '.join(FORMATS)}, not '{fmt}'")
    zone = values.get("timezone")
    if zone is not None:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            errors.append(f"[open311] timezone must be a time zone name such as "
                          f"'Asia/Ho_Chi_Minh' or 'UTC', not '{zone}'")
    if len(errors) > before:
        return None
    return Open311Source(url.rstrip("/"), fmt, values.get("jurisdiction_id") or None, zone)
