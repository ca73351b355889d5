"""Reading a layer's records from the cache, whole or only the keys its builder reads."""

from __future__ import annotations

import json
import logging
import re
import sqlite3

from ioc_console.core.store.cache import Cache
from ioc_console.core.store.datasets import dataset
from ioc_console.core.store.match import Match, as_filters, filter_sql

log = logging.getLogger(__name__)
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def read_rows(
    cache: Cache | None,
    name: str,
    keys: tuple[str, ...] = (),
    where: str = "",
    params: tuple = (),
    *,
    match: Match | None = None,
) -> list[dict]:
    """The records of dataset ``name`` matching ``match`` (field filters, see
    :mod:`ioc_console.core.store.match`) and ``where``, in id order: only ``keys`` when given (a
    missing key reads as None), else whole records.

    ``where`` is the core's own SQL (``json_extract(body, '$.x')``, the filters a
    :class:`~ioc_console.core.geo.layers.MapLayerSpec` made); what comes from a plugin or a
    panel is a ``match``. No cache (it could not be opened): no records."""
    if cache is None:
        return []
    table = dataset(name).name
    matched, matched_params = filter_sql(as_filters(match))
    if matched:
        where = f"({where}) AND {matched}" if where else matched
        params = (*params, *matched_params)
    if keys and all(_KEY.match(k) for k in keys):
        columns = ", ".join(f"'{k}', body -> '$.{k}'" for k in keys)
        sql = f"SELECT json_object({columns}) FROM {table}"
        sql += (f" WHERE {where}" if where else "") + " ORDER BY id"
        try:
            return [json.loads(body) for (body,) in cache.conn.execute(sql, tuple(params))]
        except sqlite3.OperationalError as exc:  # an SQLite older than 3.38 has no ->
            log.debug("reading only some keys failed (%s); reading whole records", exc)
    return cache.items(table, where, tuple(params))
