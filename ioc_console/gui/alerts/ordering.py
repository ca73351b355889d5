"""The queue's ordered index: every alert row kept sorted by the chosen column, and the rows the
filter lets through kept sorted beside it, both updated in place (a binary search and a list
insert per change) instead of sorting or filtering 100,000 rows again.

Plain Python, no Qt: the table model turns the positions it returns into row signals.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ioc_console.gui.alerts.folding import fold_repeated, quick_fold
from ioc_console.gui.alerts.rows import COLUMNS, AlertRow

Key = tuple[Any, str]  # (the column's sort key, the alert id): unique and totally ordered


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows: every word of ``text`` in the row's folded text, a state in
    ``states``, a ward in ``wards``, a priority in ``priorities`` (empty: any), and for each
    column of ``columns`` its text containing the folded value. ``ids`` (a drill-down, e.g. the
    open items of a shift handover): exactly these alerts, whatever their state."""

    text: str = ""
    states: frozenset[str] = frozenset()
    wards: frozenset[str] = frozenset()
    priorities: frozenset[int] = frozenset()
    columns: tuple[tuple[int, str], ...] = ()
    ids: frozenset[str] | None = None
    ids_description: str = ""
    _words: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _columns: tuple[tuple[int, str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_words", tuple(quick_fold(self.text).split()))
        object.__setattr__(
            self, "_columns", tuple((c, quick_fold(v)) for c, v in self.columns if v.strip())
        )

    @property
    def active(self) -> bool:
        return bool(
            self._words
            or self.states
            or self.wards
            or self.priorities
            or self._columns
            or self.ids is not None
        )

    def without_ids(self) -> QueueFilter:
        return replace(self, ids=None, ids_description="")

    def accepts(self, row: AlertRow) -> bool:
        return self.predicate()(row)

    def narrows(self, other: QueueFilter) -> bool:
        """Whether every row this filter accepts is one ``other`` accepts too."""

        def within(mine: frozenset, theirs: frozenset) -> bool:
            return not theirs or (bool(mine) and mine <= theirs)

        if self.ids != other.ids:  # a drill-down ignores the states: look at every row again
            return False
        return (
            within(self.states, other.states)
            and within(self.wards, other.wards)
            and within(self.priorities, other.priorities)
            and all(any(w in mine for mine in self._words) for w in other._words)
            and all(any(c == c2 and v in v2 for c2, v2 in self._columns) for c, v in other._columns)
        )

    def predicate(self) -> Callable[[AlertRow], bool]:
        """The test of one row, made once per filter (locals only: it runs 100,000 times)."""
        cached = self.__dict__.get("_predicate")
        if cached is not None:
            return cached
        states, wards, priorities = self.states, self.wards, self.priorities
        words, columns, ids = self._words, self._columns, self.ids
        if ids is not None:
            states = frozenset()  # the drill-down's alerts, closed ones too

        def accepts(row: AlertRow) -> bool:
            if ids is not None and row.id not in ids:
                return False
            if states and row.state not in states:
                return False
            if wards and row.ward not in wards:
                return False
            if priorities and row.priority not in priorities:
                return False
            if words:
                hay = row.hay
                for word in words:
                    if word not in hay:
                        return False
            for column, value in columns:
                if value not in fold_repeated(row.texts[column]):
                    return False
            return True

        object.__setattr__(self, "_predicate", accepts)
        return accepts


class OrderedIndex:
    """Rows by id, all of them in sort order (``all``) and those the filter shows (``shown``),
    ascending by ``(key of column, id)``; a descending sort is read from the end."""

    def __init__(self, column: int = 0, descending: bool = False) -> None:
        self.rows: dict[str, AlertRow] = {}
        self.column = column
        self.descending = descending
        self.filter = QueueFilter()
        self.all: list[Key] = []
        self.shown: list[Key] = []

    def key(self, row: AlertRow) -> Key:
        return (row.keys[self.column], row.id)

    def __len__(self) -> int:
        return len(self.shown)

    # -- whole-index changes ---------------------------------------------------------------

    def load(self, rows: Iterable[AlertRow]) -> None:
        self.rows = {r.id: r for r in rows}
        self._resort()

    def sort(self, column: int, descending: bool) -> None:
        if not 0 <= column < len(COLUMNS):
            raise ValueError(f"no column {column}")
        self.column, self.descending = column, descending
        self._resort()

    def set_filter(self, queue_filter: QueueFilter) -> None:
        old, self.filter = self.filter, queue_filter
        if queue_filter.narrows(old):  # typing on in the search box: look only at the shown
            accepts, rows = queue_filter.predicate(), self.rows
            self.shown = [k for k in self.shown if accepts(rows[k[1]])]
        else:
            self._refilter()

    def _resort(self) -> None:
        col = self.column
        self.all = sorted((r.keys[col], r.id) for r in self.rows.values())
        self._refilter()

    def _refilter(self) -> None:
        if not self.filter.active:
            self.shown = list(self.all)
            return
        accepts, rows = self.filter.predicate(), self.rows
        self.shown = [k for k in self.all if accepts(rows[k[1]])]

    # -- one row at a time: each returns the shown positions it changed --------------------

    def remove(self, alert_id: str) -> int | None:
        """Take the row out; its shown position before removal, or None if it was not shown."""
        row = self.rows.pop(alert_id, None)
        if row is None:
            return None
        key = self.key(row)
        i = bisect_left(self.all, key)
        if i < len(self.all) and self.all[i] == key:
            del self.all[i]
        j = bisect_left(self.shown, key)
        if j < len(self.shown) and self.shown[j] == key:
            del self.shown[j]
            return j
        return None

    def insert(self, row: AlertRow) -> int | None:
        """Add a row (not yet present); its shown position, or None when the filter hides it."""
        self.rows[row.id] = row
        key = self.key(row)
        self.all.insert(bisect_left(self.all, key), key)
        if not self.filter.accepts(row):
            return None
        j = bisect_left(self.shown, key)
        self.shown.insert(j, key)
        return j

    def position(self, alert_id: str) -> int | None:
        """The shown position of an alert (ascending order), or None."""
        row = self.rows.get(alert_id)
        if row is None:
            return None
        key = self.key(row)
        j = bisect_left(self.shown, key)
        return j if j < len(self.shown) and self.shown[j] == key else None

    def id_at(self, position: int) -> str:
        return self.shown[position][1]

    def ids(self) -> list[str]:
        """The shown ids in display order."""
        ids = [k[1] for k in self.shown]
        return ids[::-1] if self.descending else ids
