"""Field values of Open311 records, read leniently: each reader returns one type or None.

Numbers may come as strings and ids as numbers; dates may be missing, unreadable or written
without an offset; booleans may be ``"true"``.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, tzinfo
from typing import Any

from ioc_console.core.clock import CITY_TZ, NoOffsetError, parse_time

log = logging.getLogger(__name__)

# times without an offset are read in the city's zone unless the Open311 source names another
DEFAULT_TZ = CITY_TZ


def text(value: Any) -> str | None:
    """A string field: stripped, None when empty; numbers as their text; other types None."""
    if value is None or isinstance(value, bool):
        return None if value is None else ("true" if value else "false")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str | int | float):
        stripped = str(value).strip()
        return stripped or None
    return None


def identifier(value: Any) -> str | None:
    """An id or code: always a string (``638344`` and ``"638344"`` are the same id)."""
    if isinstance(value, list | dict):
        return None
    return text(value)


def number(value: Any) -> float | None:
    """A finite float from a number or a numeric string, else None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        result = float(str(value).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return result if math.isfinite(result) else None


def coordinate(value: Any, limit: float) -> float | None:
    result = number(value)
    if result is None or abs(result) > limit:
        return None
    return result


def flag(value: Any) -> bool:
    """``true``, ``"true"``, ``"1"``, ``1``, ``"yes"`` are true; everything else false."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return isinstance(value, str) and value.strip().lower() in {"true", "1", "yes", "y"}


def integer(value: Any) -> int | None:
    result = number(value)
    return int(result) if result is not None and result.is_integer() else None


def entries(value: Any) -> list:
    """A list field that XML may give as one entry, None or a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def written_moment(value: Any, name: str = "time") -> datetime | None:
    """An ISO 8601 date-time as written: aware when it has an offset, naive when it has none
    (the caller knows the server's zone); None (with a warning) when it cannot be read. Read by
    the core's one parser, :func:`~ioc_console.core.clock.parse_time`."""
    raw = text(value)
    if raw is None:
        return None
    try:
        return parse_time(raw, require_offset=True)
    except NoOffsetError:
        return parse_time(raw).replace(tzinfo=None)
    except ValueError:
        log.warning("Open311: unreadable %s %r, left empty", name, raw[:60])
        return None


def moment(value: Any, name: str = "time", tz: tzinfo = DEFAULT_TZ) -> datetime | None:
    """An ISO 8601 date-time read leniently, in ``tz`` when it has no offset; None (with a
    warning) when it cannot be read."""
    parsed = written_moment(value, name)
    if parsed is None or parsed.tzinfo is not None:
        return parsed
    return parsed.replace(tzinfo=tz)
