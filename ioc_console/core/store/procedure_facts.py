"""The administrative-procedure (TTHC) results as columns: one row per cached result, kept by
triggers (schema version 4).

A result (one day, field, agency and ward of the ``procedure_results`` dataset) is cached as
JSON. The indicators read its counts as plain, indexed columns of ``procedure_facts``, which
triggers on ``procedure_results`` keep equal to it row by row inside the writer's transaction.

- ``day``: the day the files were received, in days since 1970-01-01 (city time).
- ``ward``: today's ward — the record's ``ward`` (the unit of that day) rolled up through
  ``ward_rollup`` (the 2025 reorganisation), else the code as sent; ``ward_then`` keeps it.
- ``early``: ``resolved_early`` (0 when a backend does not send it); ``on_time``: the rest of
  ``resolved_on_time``, those resolved on their due day; ``late``, ``pending``, ``overdue``,
  ``received``, ``online`` as sent.
"""

from __future__ import annotations

_DAY = "CAST(julianday(json_extract(r.body, '$.date')) - 2440587.5 AS INTEGER)"
_COLUMNS = ("id, day, field, agency, ward, ward_then, received, online, early, on_time, late, "
            "pending, overdue")


def _int(name: str) -> str:
    return f"MAX(COALESCE(CAST(json_extract(r.body, '$.{name}') AS INTEGER), 0), 0)"


def facts_select(source: str) -> str:
    """SQL: the facts of the results in ``source`` (a FROM item naming id and body)."""
    raw = f"""SELECT r.id AS id, {_DAY} AS day,
        json_extract(r.body, '$.field') AS field, json_extract(r.body, '$.agency') AS agency,
        CAST(json_extract(r.body, '$.ward') AS TEXT) AS ward_then,
        {_int('received')} AS received, {_int('online')} AS online,
        MIN({_int('resolved_early')}, {_int('resolved_on_time')}) AS early,
        {_int('resolved_on_time')} AS on_time_all, {_int('resolved_late')} AS late,
        {_int('pending')} AS pending, {_int('overdue')} AS overdue
        FROM {source} r LIMIT -1 OFFSET 0"""
    rollup = """(SELECT w.today FROM ward_rollup w WHERE w.code = t.ward_then
        AND w.first_day <= t.day AND t.day < w.end_day)"""
    return f"""SELECT t.id, t.day, t.field, t.agency, COALESCE({rollup}, t.ward_then),
        t.ward_then, t.received, t.online, t.early, t.on_time_all - t.early, t.late, t.pending,
        t.overdue FROM ({raw}) t WHERE t.day IS NOT NULL"""


def migration() -> list[str]:
    """The statements that add the facts (schema version 4)."""
    one = "(SELECT NEW.id AS id, NEW.body AS body)"
    return [
        """CREATE TABLE procedure_facts (
               id TEXT NOT NULL, day INTEGER NOT NULL, field TEXT, agency TEXT, ward TEXT,
               ward_then TEXT, received INTEGER NOT NULL, online INTEGER NOT NULL,
               early INTEGER NOT NULL, on_time INTEGER NOT NULL, late INTEGER NOT NULL,
               pending INTEGER NOT NULL, overdue INTEGER NOT NULL,
               PRIMARY KEY (day, id)
           ) WITHOUT ROWID""",
        "CREATE UNIQUE INDEX procedure_facts_id ON procedure_facts(id)",
        *[f"CREATE INDEX procedure_facts_{c} ON procedure_facts({c}, day)"
          for c in ("ward", "agency", "field")],
        # the overdue files now: a short run of this index, whatever the history's length
        "CREATE INDEX procedure_facts_overdue ON procedure_facts(overdue) WHERE overdue > 0",
        f"""CREATE TRIGGER procedure_facts_insert AFTER INSERT ON procedure_results BEGIN
               INSERT OR REPLACE INTO procedure_facts ({_COLUMNS}) {facts_select(one)};
           END""",
        f"""CREATE TRIGGER procedure_facts_update AFTER UPDATE ON procedure_results BEGIN
               DELETE FROM procedure_facts WHERE id = OLD.id;
               INSERT OR REPLACE INTO procedure_facts ({_COLUMNS}) {facts_select(one)};
           END""",
        """CREATE TRIGGER procedure_facts_delete AFTER DELETE ON procedure_results BEGIN
               DELETE FROM procedure_facts WHERE id = OLD.id;
           END""",
        f"INSERT INTO procedure_facts ({_COLUMNS}) {facts_select('procedure_results')}",
    ]
