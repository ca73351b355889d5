"""Keeping the alerts core in step with the cache: the book, the SLA policy and the procedures.

:class:`AlertFeed` loads them from the cache at once (the last known data, offline too) and
follows the cache's committed changes: changed alert rows are read in one query per 500 ids and
handed to the book, so a burst of a thousand alerts costs a handful of reads. Its callbacks run
on the cache's writer thread; the book's events follow from there (the Qt layer bridges them).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Protocol

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.procedures import ProcedureBook, ProcedureLookup
from ioc_console.core.alerts.sla import SlaPolicy, TargetKey
from ioc_console.core.events import Event
from ioc_console.core.store.changes import Change

log = logging.getLogger(__name__)

ALERTS, SLA, PROCEDURES = "alerts", "alert_sla", "alert_procedures"
_CHUNK = 500  # ids per query (SQLite's variable limit is far above)


class CacheReads(Protocol):
    """What the feed needs of the cache (``Cache`` has it)."""

    def items(self, name: str, where: str = "", params: tuple = (), order: str = "id") -> list:
        ...

    @property
    def changed(self) -> Event[[Change]]: ...


class AlertFeed:
    def __init__(
        self,
        cache: CacheReads,
        book: AlertBook | None = None,
        sla_overrides: dict[TargetKey, dict[str, int]] | None = None,
        procedure_fallback: ProcedureLookup | None = None,
    ) -> None:
        """``procedure_fallback``: the plugins' procedure for an alert type the backend's
        procedures do not cover (``DomainRegistry.procedure_for``)."""
        self.cache = cache
        self._fallback = procedure_fallback
        self.book = book if book is not None else AlertBook()  # an empty book is falsy
        self._overrides = sla_overrides or {}
        self._lock = threading.Lock()
        self.policy = SlaPolicy.from_rows([], self._overrides)
        self.procedures = ProcedureBook(fallback=procedure_fallback)
        self._disconnect: Callable[[], None] | None = None
        self.rules_changed: Event[[]] = Event("AlertFeed.rules_changed")
        """Emitted after the SLA targets or the procedures were read anew."""

    def start(self) -> None:
        """Read everything now and follow the cache's changes from here on."""
        self._disconnect = self.cache.changed.connect(self._on_change)
        self._read_rules(SLA)
        self._read_rules(PROCEDURES)
        self.book.load(self._rows(ALERTS))

    def stop(self) -> None:
        if self._disconnect is not None:
            self._disconnect()
            self._disconnect = None

    def _rows(self, dataset: str, ids: Sequence[str] = ()) -> list:
        try:
            if not ids:
                return self.cache.items(dataset)
            rows: list = []
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows.extend(self.cache.items(dataset, f"id IN ({marks})", tuple(chunk)))
            return rows
        except Exception:  # a cache that cannot be read now: keep what is shown, say so
            log.exception("the %s could not be read from the cache", dataset)
            return []

    def _read_rules(self, dataset: str) -> None:
        rows = self._rows(dataset)
        with self._lock:
            if dataset == SLA:
                self.policy = SlaPolicy.from_rows(rows, self._overrides)
            else:
                self.procedures = ProcedureBook.from_rows(rows, self._fallback)
        self.rules_changed.emit()

    def _on_change(self, change: Change) -> None:
        if change.dataset in (SLA, PROCEDURES):
            self._read_rules(change.dataset)
        elif change.dataset == ALERTS:
            if change.reset:
                self.book.load(self._rows(ALERTS))
                return
            upserted = sorted(change.upserted)
            rows = self._rows(ALERTS, upserted) if upserted else []
            found = {r.get("id") for r in rows if isinstance(r, dict)}
            gone = [i for i in upserted if i not in found]  # written then removed meanwhile
            self.book.apply(rows, [*change.removed, *gone])
