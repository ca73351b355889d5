"""Reading a dataset's records for the KPI board and the rule engine."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from ioc_console.core.geo.rows import read_rows
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.match import Match

log = logging.getLogger(__name__)


def dataset_rows(
    cache: Cache | None, name: str, match: Match | None = None
) -> list[dict[str, Any]]:
    """The records of dataset ``name`` matching ``match``; none while the cache has no table
    for it yet (a plugin's feed registered before its first sync). KeyError for a dataset
    nobody declares; other read errors are raised."""
    try:
        return read_rows(cache, name, match=match)
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):
            raise
        log.debug("dataset %s has no table in the cache yet: no records", name)
        return []
