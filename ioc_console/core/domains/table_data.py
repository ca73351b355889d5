"""The list of a declarative dashboard computed from records, Qt-free: its rows sorted,
limited and formatted (:func:`table_rows`), and searched ignoring diacritics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ioc_console.core.clock import CITY_TZ, read_time
from ioc_console.core.domains.chart_data import Record, as_day, as_number, field_value, record_id
from ioc_console.core.domains.dashboards import (
    ColumnFormat,
    TableSpec,
)
from ioc_console.core.text import fold


@dataclass(frozen=True)
class NumberStyle:
    """How numbers are written in the operator's language (Vietnamese: ``1.234,5``)."""

    decimal: str = ","
    group: str = "."


def format_number(value: float, decimals: int, style: NumberStyle) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", style.decimal).replace("\0", style.group)


def format_cell(
    value: Any, fmt: ColumnFormat, names: Mapping[str, str], style: NumberStyle
) -> str:
    """A record's value as the list shows it; "" for a missing one."""
    if value is None or value == "":
        return ""
    if fmt is ColumnFormat.WARD:
        return names.get(str(value), str(value))
    if fmt in (ColumnFormat.NUMBER, ColumnFormat.PERCENT):
        number = as_number(value)
        if number is None:
            return str(value)
        if fmt is ColumnFormat.PERCENT:
            return f"{format_number(number, 1, style)} %"
        return format_number(number, 0 if number.is_integer() else 1, style)
    if fmt is ColumnFormat.DATE:
        day = as_day(value)
        return day.strftime("%d/%m/%Y") if day else str(value)
    if fmt is ColumnFormat.DATETIME:
        moment = read_time(value)
        return moment.astimezone(CITY_TZ).strftime("%d/%m/%Y %H:%M") if moment else str(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class Row:
    """One record of the list: its id, the record itself and its cells as shown."""

    id: str
    record: Mapping[str, Any]
    cells: tuple[str, ...]
    search: str  # the cells together, folded (no diacritics, no case), for the search box


def sort_key(value: Any) -> tuple[int, float, str]:
    """How a value sorts: numbers and date-times (by their moment) before other texts."""
    number = as_number(value) if not isinstance(value, str) else None
    if isinstance(value, str) and len(value) > 10 and value[4:5] == "-":
        moment = read_time(value)
        number = moment.timestamp() if moment is not None else None
    if number is not None:
        return (0, number, "")
    return (1, 0.0, "" if value is None else str(value))


def table_rows(
    spec: TableSpec,
    records: Sequence[Record],
    names: Mapping[str, str] | None = None,
    style: NumberStyle | None = None,
) -> list[Row]:
    """The list of ``spec`` over ``records`` (already of its dataset and match): sorted by
    ``sort_by`` (records without it last), the first ``limit`` of them, cells formatted."""
    names, style = names or {}, style or NumberStyle()
    present = [r for r in records if field_value(r, spec.sort_by) not in (None, "")]
    absent = [r for r in records if field_value(r, spec.sort_by) in (None, "")]
    present.sort(key=lambda r: sort_key(field_value(r, spec.sort_by)), reverse=spec.descending)
    ordered = present + absent
    if spec.limit:
        ordered = ordered[: spec.limit]
    rows = []
    for record in ordered:
        cells = tuple(
            format_cell(field_value(record, c.field), c.format, names, style) for c in spec.columns
        )
        rows.append(Row(record_id(record), record, cells, fold(" ".join(cells))))
    return rows



def search_rows(rows: Sequence[Row], query: str, ids: frozenset[str] | None = None) -> list[Row]:
    """The rows among ``ids`` (None: all) where every word of ``query`` begins a word of a
    cell, diacritics and case ignored ("phuong cao lanh" finds "Phường Cao Lãnh"), as every
    search box of the console."""
    words = fold(query).split()
    found = []
    for row in rows:
        if ids is not None and row.id not in ids:
            continue
        if words:
            haystack = row.search.split()
            if not all(any(h.startswith(w) for h in haystack) for w in words):
                continue
        found.append(row)
    return found

