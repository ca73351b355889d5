"""The complaint list's filter: search ignoring diacritics, status, channel, category, ward,
agency, overdue, and a drill-down to exactly the records behind a figure (with its words)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ioc_console.core.complaints.records import ComplaintRow
from ioc_console.core.text import fold

DUE_ANY, DUE_OVERDUE, DUE_SOON, DUE_LATE_OR_SOON = "", "overdue", "soon", "overdue_or_soon"


@dataclass(frozen=True)
class ComplaintFilter:
    """Every field empty: every complaint. Sets of codes: a row must have one of them."""

    text: str = ""
    states: frozenset[str] = frozenset()
    channels: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    wards: frozenset[str] = frozenset()  # today's ward codes
    agencies: frozenset[str] = frozenset()
    due: str = DUE_ANY
    ids: frozenset[str] | None = None  # a drill-down: exactly these records
    ids_description: str = ""  # the drill-down in words, as the figure's panel said it

    def without_ids(self) -> ComplaintFilter:
        return replace(self, ids=None, ids_description="")

    def predicate(self, now_ts: float) -> Callable[[ComplaintRow], bool]:
        words = fold(self.text).split()
        checks: list[Callable[[ComplaintRow], bool]] = []
        if self.ids is not None:
            ids = self.ids
            checks.append(lambda r: r.id in ids)
        if self.states:
            checks.append(lambda r: r.state in self.states)
        if self.channels:
            checks.append(lambda r: r.channel in self.channels)
        if self.categories:
            checks.append(lambda r: r.category in self.categories)
        if self.wards:
            checks.append(lambda r: r.current_ward in self.wards)
        if self.agencies:
            checks.append(lambda r: r.agency in self.agencies)
        if self.due == DUE_OVERDUE:
            checks.append(lambda r: r.overdue(now_ts))
        elif self.due == DUE_SOON:
            checks.append(lambda r: r.due_soon(now_ts))
        elif self.due == DUE_LATE_OR_SOON:
            checks.append(lambda r: r.overdue(now_ts) or r.due_soon(now_ts))
        if words:
            # every word of the query begins a word of the row (diacritics and case ignored)
            starts = [" " + w for w in words]
            checks.append(lambda r: all(w in r.folded for w in starts))
        return lambda r: all(check(r) for check in checks)


def apply_filter(rows: Sequence[ComplaintRow], flt: ComplaintFilter, now_ts: float) -> list[int]:
    """The positions in ``rows`` of the rows the filter takes, in order."""
    keep = flt.predicate(now_ts)
    return [i for i, row in enumerate(rows) if keep(row)]
