"""The KPI board: the current value of every registered KPI, kept up to date off the GUI thread.

One board per console (``Services.kpi_board``, made when the cache is open). Its worker thread
recomputes a KPI when the cache's dataset it reads changes and when a plugin registers it (and
every KPI every few minutes: the city's day moves on); a burst of changes (a sync page after
another) is gathered into one recomputation. Panels read
:meth:`KpiBoard.value` and follow :attr:`KpiBoard.changed` (emitted on the worker thread; the
Qt layer follows it with ``gui.bridge.follow``).

The band of a KPI is taken against the site profile's target for it when the profile names
one (``[targets]``, also ``"<plugin>.<name>" = { target = …, amber = …, red = … }``), else the
plugin's own. A formula that fails is contained: its value carries the error, the plugin is
told through ``report_error`` and the other KPIs go on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from ioc_console.core.clock import city_now
from ioc_console.core.config.targets import KpiState, Target, merge_target
from ioc_console.core.domains.cached import dataset_rows
from ioc_console.core.domains.kpi_engine import evaluate
from ioc_console.core.domains.kpis import CacheFigure, KpiDefinition, KpiValue
from ioc_console.core.domains.recompute import DebouncedWorker
from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.events import Event
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change

log = logging.getLogger(__name__)
ReportError = Callable[[str, str, BaseException | str], None]
"""``report_error(plugin_id, where, error)``: a plugin's part failed (the plugin manager's)."""
DEBOUNCE_S = 0.2  # quiet time that ends a burst of changes
EVERY_S = 300.0  # every KPI again: "the last 7 days" move on at midnight without a change


class KpiBoard:
    """The registered KPIs' values over ``cache``; see the module's description."""

    def __init__(
        self,
        cache: Cache | None,
        registry: DomainRegistry,
        targets: Mapping[str, Target] | None = None,
        report_error: ReportError | None = None,
        *,
        overrides: Mapping[str, Mapping[str, float]] | None = None,
        clock: Callable[[], datetime] = city_now,
        debounce_s: float = DEBOUNCE_S,
        every_s: float = EVERY_S,
    ) -> None:
        """``targets``: KPI id → target (the profile's, over the defaults); ``overrides``: the
        profile's numbers for plugin KPIs (``target``/``amber``/``red``, any of them), merged
        with the plugin's own target when the KPI is registered."""
        self.cache = cache
        self.registry = registry
        self.targets: dict[str, Target] = dict(targets or {})
        self.overrides: dict[str, dict[str, float]] = {
            k: dict(v) for k, v in (overrides or {}).items()
        }
        self.report_error = report_error
        self.clock = clock
        self.changed: Event[[frozenset[str]]] = Event("kpi_board.changed")
        """Ids of the KPIs whose value, band or error changed (or that were removed); emitted
        on the board's worker thread."""
        self._values: dict[str, KpiValue] = {}
        self._lock = threading.Lock()
        self._worker = DebouncedWorker("kpi-board", self._compute, debounce_s, every_s)
        self._disconnects: list[Callable[[], None]] = []
        self._reported: dict[str, str] = {}  # KPI id -> the error last reported
        self._bad_overrides: set[str] = set()

    # -- reading (any thread) ----------------------------------------------------------------
    def value(self, kpi_id: str) -> KpiValue | None:
        """The KPI's latest value (None: not computed yet, or no such KPI)."""
        with self._lock:
            return self._values.get(kpi_id)

    def values(self) -> dict[str, KpiValue]:
        with self._lock:
            return dict(self._values)

    def target(self, kpi_id: str) -> Target | None:
        """The target the KPI's band is taken against: the profile's, else the plugin's."""
        definition = self.registry.kpis.get(kpi_id)
        if kpi_id in self.targets:
            return self.targets[kpi_id]
        own = definition.target if definition is not None else None
        numbers = self.overrides.get(kpi_id)
        if not numbers or definition is None:
            return own
        try:
            return merge_target(own, numbers)
        except ValueError as exc:
            if kpi_id not in self._bad_overrides:
                self._bad_overrides.add(kpi_id)
                log.warning("[targets] %s: %s; the plugin's own target is used", kpi_id, exc)
            return own

    def unknown_targets(self) -> list[str]:
        """The profile's targets of plugin KPIs that no plugin registered (logged by
        :meth:`start`, once the plugins are loaded)."""
        return sorted(k for k in self.overrides if k not in self.registry.kpis)

    # -- running -----------------------------------------------------------------------------
    def start(self) -> None:
        """Follow the cache and the registry and compute every KPI (call it once the plugins
        are loaded)."""
        if self._disconnects:
            return
        for kpi_id in self.unknown_targets():
            log.warning("[targets] %s: no plugin registers this KPI; its target is unused", kpi_id)
        if self.cache is not None:
            self._disconnects.append(self.cache.changed.connect(self._cache_changed))
        self._disconnects.append(self.registry.changed.connect(self._registry_changed))
        self.refresh()

    def stop(self) -> None:
        """Stop following and end the worker thread (a computation under way finishes)."""
        for disconnect in self._disconnects:
            disconnect()
        self._disconnects.clear()
        self._worker.stop()

    def refresh(self, ids: Iterable[str] | None = None) -> None:
        """Recompute ``ids`` (None: every KPI) soon, on the board's worker thread."""
        self._worker.request(ids)

    # -- following ---------------------------------------------------------------------------
    def _cache_changed(self, change: Change) -> None:
        ids = [k.id for k in self._definitions() if k.dataset == change.dataset]
        if ids:
            self.refresh(ids)

    def _registry_changed(self, kind: str, key: str, added: bool) -> None:
        if kind == "kpi":
            self.refresh([key])

    # -- the worker ----------------------------------------------------------------------
    def _definitions(self) -> list[KpiDefinition]:
        return list(self.registry.kpis)  # a snapshot: the registry changes on the GUI thread

    def _compute(self, ids: set[str] | None) -> None:
        definitions = self._definitions()
        known = {k.id for k in definitions}
        wanted = [k for k in definitions if ids is None or k.id in ids]
        now = self.clock()
        records: dict[str, list[dict]] = {}
        fresh: dict[str, KpiValue] = {}
        for definition in wanted:
            if isinstance(definition.formula, CacheFigure):  # SQL over the cache, no records
                conn = self.cache.conn if self.cache is not None else None
                fresh[definition.id] = evaluate(definition, (), now, self.target(definition.id),
                                                conn)
                continue
            try:
                if definition.dataset not in records:
                    records[definition.dataset] = dataset_rows(self.cache, definition.dataset)
                rows = records[definition.dataset]
            except Exception as exc:  # an unknown dataset (feed gone), a damaged table
                log.warning("KPI %s: dataset %s unreadable: %s", definition.id,
                            definition.dataset, exc)
                fresh[definition.id] = KpiValue(
                    definition.id, None, KpiState.NONE, 0, now, f"{definition.dataset}: {exc}"
                )
                continue
            # the cache's connection too: a console figure may be part of a ratio
            conn = self.cache.conn if self.cache is not None else None
            fresh[definition.id] = evaluate(definition, rows, now, self.target(definition.id),
                                            conn)
        changed: set[str] = set()
        with self._lock:
            for kpi_id, value in fresh.items():
                old = self._values.get(kpi_id)
                if old is None or _differs(old, value):
                    changed.add(kpi_id)
                self._values[kpi_id] = value
            for kpi_id in [k for k in self._values if k not in known]:
                del self._values[kpi_id]
                self._reported.pop(kpi_id, None)
                changed.add(kpi_id)
        for kpi_id, value in fresh.items():
            self._report(kpi_id, value)
        if changed:
            self.changed.emit(frozenset(changed))

    def _report(self, kpi_id: str, value: KpiValue) -> None:
        """Tell the plugin manager a formula's failure once (again when it changes)."""
        if not value.error:
            self._reported.pop(kpi_id, None)
            return
        if self._reported.get(kpi_id) == value.error:
            return
        self._reported[kpi_id] = value.error
        owner = self.registry.kpis.owner(kpi_id) or ""
        if self.report_error is not None:
            try:
                self.report_error(owner, f"KPI {kpi_id}", value.error)
            except Exception:
                log.exception("reporting the failure of KPI %s failed", kpi_id)


def _differs(old: KpiValue, new: KpiValue) -> bool:
    return (old.value, old.state, old.error, old.records) != (
        new.value,
        new.state,
        new.error,
        new.records,
    )
