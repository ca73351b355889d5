"""Drill-downs: from a figure to the list of exactly the records behind it."""

from __future__ import annotations

from collections.abc import Iterable

from ioc_console.core.intents import Intents, ShowRecords


def describe(parts: Iterable[str]) -> str:
    """The filter in words: the non-empty parts joined ("Phường Mỹ Trà, quá hạn, 30 ngày qua")."""
    return ", ".join(p for p in parts if p)


def show_records(intents: Intents, dataset: str, ids: Iterable[str], parts: Iterable[str],
                 source: str = "") -> ShowRecords:
    """Post :class:`ShowRecords` for ``ids`` described by ``parts``; returns what was posted."""
    intent = ShowRecords(dataset, tuple(ids), describe(parts), source)
    intents.post(intent)
    return intent
