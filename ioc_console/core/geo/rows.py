"""Reading a layer's records from the cache, whole or only the keys its builder reads."""

from __future__ import annotations

import json
import logging
import re
import sqlite3

from ioc_console.core.store.datasets import dataset

log = logging.getLogger(__name__)
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def read_rows(
    cache, name: str, keys: tuple[str, ...] = (), where: str = "", params: tuple = ()
) -> list[dict]:
    """The records of dataset ``name`` matching ``where`` (which may use
    ``json_extract(body, '$.x')``), in id order: only ``keys`` when given (a missing key reads
    as None), else whole records."""
    table = dataset(name).name
    if keys and all(_KEY.match(k) for k in keys):
        columns = ", ".join(f"'{k}', body -> '$.{k}'" for k in keys)
        sql = f"SELECT json_object({columns}) FROM {table}"
        sql += (f" WHERE {where}" if where else "") + " ORDER BY id"
        try:
            return [json.loads(body) for (body,) in cache.conn.execute(sql, tuple(params))]
        except sqlite3.OperationalError as exc:  # an SQLite older than 3.38 has no ->
            log.debug("reading only some keys failed (%s); reading whole records", exc)
    return cache.items(table, where, tuple(params))
