"""The city's time: Asia/Ho_Chi_Minh (UTC+7, no daylight saving), whatever the machine's zone.

Also the core's one reader of ISO 8601 date-times (:func:`parse_time`, :func:`read_time`), with
one rule for a time written without an offset: it is the city's time. The backend contract
(``resources/api/ioc-backend.openapi.yaml``) has servers send every time in Asia/Ho_Chi_Minh
with ``+07:00``; a time that comes without its offset (a plugin's feed, an older backend) is
read in that same zone, the one the console shows, rather than as UTC, which would move it
seven hours.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

CITY_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_fixed: list[datetime] = []  # a test's fake clock (ioc_console.plugin_testing.FakeClock)


def city_now() -> datetime:
    if _fixed:
        return _fixed[-1]
    return datetime.now(CITY_TZ)


def fix_time(moment: datetime | None) -> None:
    """Make :func:`city_now` answer ``moment`` (aware) from now on; None: the real clock."""
    _fixed.clear()
    if moment is not None:
        if moment.tzinfo is None:
            raise ValueError("a fixed time needs its time zone")
        _fixed.append(moment.astimezone(CITY_TZ))


def city_today() -> date:
    """Today's date in the city (near midnight it may differ from the machine's)."""
    return city_now().date()


def stamp() -> str:
    """Now in the city's zone, to the second, as ISO 8601 text (for what the cache records)."""
    return city_now().isoformat(timespec="seconds")


class NoOffsetError(ValueError):
    """A date-time without the time zone offset that was required."""


def parse_time(text: str, *, require_offset: bool = False) -> datetime:
    """An ISO 8601 date-time text as an aware datetime.

    ``Z`` (or ``z``) is UTC, fractional seconds may have any number of digits (kept to the
    microsecond), a space may stand for the ``T``. Without an offset the time is the city's,
    unless ``require_offset``: then it is refused (:class:`NoOffsetError`). Raises
    :class:`ValueError` saying why.
    """
    if not isinstance(text, str):
        raise ValueError(f"is not a date-time text: {text!r:.60}")
    candidate = text[:-1] + "+00:00" if text.endswith("z") else text
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        raise ValueError(f"is not an ISO 8601 date-time: {text!r:.60}") from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        if require_offset:
            raise NoOffsetError(f"has no time zone offset: {text!r:.60}")
        return parsed.replace(tzinfo=CITY_TZ)
    return parsed


def read_time(value: Any) -> datetime | None:
    """:func:`parse_time` for values from outside: None when ``value`` is no readable
    date-time text (empty, not a text, not ISO 8601)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return parse_time(value)
    except ValueError:
        return None


def zone_name(tz: tzinfo) -> str:
    """How a zone is named in data: ``Asia/Ho_Chi_Minh``, ``UTC``, ``UTC-08:00``."""
    return getattr(tz, "key", None) or str(tz)
