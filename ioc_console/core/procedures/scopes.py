"""What a procedures dashboard can be scoped to: today's wards, and the agencies and fields
present in the cache (distinct values read from the indexes)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from ioc_console.core.complaints.kpi_scopes import ward_names
from ioc_console.core.procedures.sql import TABLE


@dataclass
class ScopeChoices:
    wards: list[tuple[str, str]] = field(default_factory=list)  # (code, name), today's wards
    agencies: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)


def scope_choices(conn: sqlite3.Connection, today: date) -> ScopeChoices:
    names = ward_names(today)
    present = {r[0] for r in conn.execute(f"SELECT DISTINCT ward FROM {TABLE} "
                                          "WHERE ward IS NOT NULL")}
    wards = sorted(((c, names.get(c, c)) for c in set(names) | present), key=lambda w: w[1])
    agencies = [r[0] for r in conn.execute(
        f"SELECT DISTINCT agency FROM {TABLE} WHERE agency IS NOT NULL ORDER BY agency")]
    fields = [r[0] for r in conn.execute(
        f"SELECT DISTINCT field FROM {TABLE} WHERE field IS NOT NULL ORDER BY field")]
    return ScopeChoices(wards, agencies, fields)
