"""Which records of a cached dataset to take, said as data: a field, a comparison, a value.

Plugins and panels describe what they want (``match={"domain": "healthcare"}`` or
``[FieldFilter("capacity", ">=", 50)]``); the core alone turns it into SQL. The field is checked
(letters, digits, ``_``, dotted for nested objects) and sent as a JSON path parameter, the value
as a parameter: nothing a caller gives is pasted into a query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
Scalar = str | int | float | bool | None
OPERATORS = ("=", "!=", "<", "<=", ">", ">=", "in")
_SQL = {"=": "IS", "!=": "IS NOT", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
_SCALARS = (str, int, float, bool, type(None))


@dataclass(frozen=True)
class FieldFilter:
    """Records whose ``field`` compares to ``value`` by ``op``.

    ``=``/``!=`` treat a missing field as None (``FieldFilter("ward", "=", None)`` takes the
    records without a ward); ``<``, ``<=``, ``>``, ``>=`` never take a record without the
    field; ``in`` takes a non-empty list of values."""

    field: str
    op: str = "="
    value: Scalar | tuple[Scalar, ...] = None

    def __post_init__(self) -> None:
        if not isinstance(self.field, str) or not FIELD.match(self.field):
            raise ValueError(
                f"field {self.field!r}: a record key is letters, digits and _ "
                "(dotted for a nested key, e.g. 'address.ward')"
            )
        if self.op not in OPERATORS:
            raise ValueError(
                f"field {self.field!r}: operator {self.op!r} is not one of {', '.join(OPERATORS)}"
            )
        values: tuple[object, ...]
        if self.op == "in":
            if isinstance(self.value, str | bytes) or not isinstance(self.value, Iterable):
                raise ValueError(f"field {self.field!r}: 'in' takes a list of values")
            values = tuple(self.value)
            if not values:
                raise ValueError(f"field {self.field!r}: 'in' takes at least one value")
            object.__setattr__(self, "value", values)
        else:
            values = (self.value,)
            if self.op not in ("=", "!=") and self.value is None:
                raise ValueError(f"field {self.field!r}: {self.op!r} needs a value, not None")
        for value in values:
            if not isinstance(value, _SCALARS):
                raise ValueError(
                    f"field {self.field!r}: the value {value!r} is not text, a number, "
                    "true/false or None"
                )

    def sql(self) -> tuple[str, tuple[Scalar, ...]]:
        """This filter as an SQL condition on a dataset table's ``body``, with its parameters."""
        path = "$." + self.field
        if isinstance(self.value, tuple):  # op "in": checked when made
            marks = ", ".join("?" for _ in self.value)
            return f"json_extract(body, ?) IN ({marks})", (path, *self.value)
        return f"json_extract(body, ?) {_SQL[self.op]} ?", (path, self.value)


Match = Mapping[str, Scalar] | Iterable[FieldFilter]
"""What callers give: ``{"field": value, …}`` (each field equal to its value) or filters."""


def as_filters(match: Match | None) -> tuple[FieldFilter, ...]:
    """``match`` as filters (all must hold); a mapping means equality; ValueError naming the
    field for anything else."""
    if match is None:
        return ()
    if isinstance(match, Mapping):
        return tuple(FieldFilter(str(k), "=", v) for k, v in match.items())
    if isinstance(match, str | bytes):
        raise ValueError(f"match {match!r}: give {{'field': value}} or FieldFilter(...), not SQL")
    filters = tuple(match)
    for item in filters:
        if not isinstance(item, FieldFilter):
            raise ValueError(f"match: {item!r} is not a FieldFilter")
    return filters


def filter_sql(filters: Iterable[FieldFilter]) -> tuple[str, tuple[Scalar, ...]]:
    """All ``filters`` as one SQL condition (empty: no condition) and its parameters."""
    parts: list[str] = []
    params: list[Scalar] = []
    for item in filters:
        condition, values = item.sql()
        parts.append(condition)
        params.extend(values)
    return " AND ".join(parts), tuple(params)


def field_value(record: Mapping[str, object], name: str) -> object:
    """The value of ``name`` (dotted for a nested key) in ``record``; None when missing."""
    value: object = record
    for part in name.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _rank(value: object) -> tuple[int, object]:
    """SQLite's order of values: numbers (true/false are 1/0) before text."""
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, int | float):
        return (1, value)
    return (2, str(value))


def _holds(item: FieldFilter, value: object) -> bool:
    if isinstance(item.value, tuple):  # "in": a record without the field is never taken
        return value is not None and any(_rank(value) == _rank(v) for v in item.value)
    if item.op in ("=", "!="):
        same = (value is None and item.value is None) or (
            value is not None and item.value is not None and _rank(value) == _rank(item.value)
        )
        return same if item.op == "=" else not same
    if value is None:
        return False
    left, right = _rank(value), _rank(item.value)
    if item.op == "<":
        return left < right
    if item.op == "<=":
        return left <= right
    if item.op == ">":
        return left > right
    return left >= right


def record_matches(record: Mapping[str, object], filters: Iterable[FieldFilter]) -> bool:
    """Whether ``record`` passes every filter, with the same meaning as :func:`filter_sql`
    in the cache (a missing field is None; numbers compare before text; ``in`` and the
    orderings never take a record without the field)."""
    return all(_holds(item, field_value(record, item.field)) for item in filters)
