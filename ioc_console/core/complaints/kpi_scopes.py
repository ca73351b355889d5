"""What a complaint dashboard can be scoped to: today's wards, agencies, categories, channels
present in the cache (distinct values read from the indexes, not from the records)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from ioc_console.core.complaints.kpi_sql import TABLE
from ioc_console.core.domain.admin_units import units_on


@dataclass
class ScopeChoices:
    wards: list[tuple[str, str]] = field(default_factory=list)  # (code, name), today's wards
    agencies: list[str] = field(default_factory=list)
    categories: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    channels: list[str] = field(default_factory=list)


def ward_names(today: date) -> dict[str, str]:
    """Today's ward codes and names."""
    return {u.code: u.name for u in units_on(today)}


def scope_choices(conn: sqlite3.Connection, today: date) -> ScopeChoices:
    names = ward_names(today)
    present = [r[0] for r in conn.execute(f"SELECT DISTINCT ward FROM {TABLE} WHERE ward "
                                          "IS NOT NULL ORDER BY ward")]
    wards = [(code, names.get(code, code)) for code in sorted(set(names) | set(present))]
    agencies = [r[0] for r in conn.execute(
        f"SELECT DISTINCT agency FROM {TABLE} WHERE agency IS NOT NULL ORDER BY agency")]
    channels = [r[0] for r in conn.execute(
        f"SELECT DISTINCT channel FROM {TABLE} ORDER BY channel")]
    categories = []
    for (code,) in conn.execute(
            f"SELECT DISTINCT category FROM {TABLE} WHERE category IS NOT NULL ORDER BY category"):
        row = conn.execute(
            f"SELECT json_extract(c.body, '$.service_name') FROM {TABLE} f "
            "JOIN complaints c ON c.id = f.id WHERE f.category = ? LIMIT 1", (code,)).fetchone()
        categories.append((code, (row and row[0]) or code))
    return ScopeChoices(sorted(wards, key=lambda w: w[1]), agencies, categories, channels)
