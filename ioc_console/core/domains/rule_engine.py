"""The rule engine: the plugins' alert rules evaluated into the alert queue.

A KPI rule is evaluated when the KPI board says its KPI changed; a record rule when its
dataset changes in the cache, and every minute (a condition may depend on the time: a task
falls due at midnight). Both when a rule is registered. What a rule finds is written into the
cached ``alerts`` dataset through the cache's writer (:mod:`.rule_alerts`: one record per
rule and subject, raised, repeated, cleared), read and written in one transaction, so an
operator's action on the record at the same time is never lost.

Work happens on the engine's own worker thread. A rule that raises (its condition, its text,
its KPI's formula) is contained: logged, reported through ``report_error(plugin_id, where,
error)`` once per distinct failure, nothing written for it this time, the other rules go on.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import replace
from datetime import datetime
from functools import partial

from ioc_console.core.clock import city_now
from ioc_console.core.config.targets import KpiState
from ioc_console.core.domains.cached import dataset_rows
from ioc_console.core.domains.kpi_board import KpiBoard, ReportError
from ioc_console.core.domains.recompute import DebouncedWorker
from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.domains.rule_alerts import Finding, alert_id, cleared, placed, raised
from ioc_console.core.domains.rule_texts import kpi_description
from ioc_console.core.domains.rules import AlertRule
from ioc_console.core.events import Event
from ioc_console.core.geo.rows import read_rows
from ioc_console.core.i18n import TrText
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change
from ioc_console.core.store.datasets import dataset
from ioc_console.core.store.match import FieldFilter

log = logging.getLogger(__name__)
ALERTS = "alerts"
DEBOUNCE_S = 0.2
EVERY_S = 60.0  # record rules again, for conditions on the time
WRITE_TIMEOUT_S = 30.0
BANDS = {  # a KPI rule's ``when`` and the states it takes (red is worse than amber)
    KpiState.RED: frozenset({KpiState.RED}),
    KpiState.AMBER: frozenset({KpiState.AMBER, KpiState.RED}),
}


class RuleEngine:
    def __init__(
        self,
        cache: Cache,
        registry: DomainRegistry,
        board: KpiBoard | None = None,
        report_error: ReportError | None = None,
        *,
        clock: Callable[[], datetime] = city_now,
        debounce_s: float = DEBOUNCE_S,
        every_s: float = EVERY_S,
    ) -> None:
        self.cache = cache
        self.registry = registry
        self.board = board
        self.report_error = report_error
        # a rule's title in the console's language when its alert is raised (the Qt layer sets
        # it; the alert record keeps the text, like the backend's alerts)
        self.translate: Callable[[TrText], str] = str
        self.clock = clock
        self.evaluated: Event[[frozenset[str]]] = Event("rule_engine.evaluated")
        """Ids of the rules just evaluated (their alerts written), on the worker thread."""
        self._worker = DebouncedWorker("alert-rules", self._work, debounce_s, every_s)
        self._disconnects: list[Callable[[], None]] = []
        self._reported: dict[str, str] = {}  # rule id -> the failure last reported
        self._gone: set[str] = set()  # rules unregistered (their plugin off): alerts to clear
        self._looked: set[str] = set()  # rules evaluated since they started (worker thread)
        self._gone_lock = threading.Lock()

    # -- running -----------------------------------------------------------------------------
    def start(self) -> None:
        """Follow the KPI board, the cache and the registry, and evaluate every rule."""
        if self._disconnects:
            return
        if self.board is not None:
            self._disconnects.append(self.board.changed.connect(self._kpis_changed))
        self._disconnects.append(self.cache.changed.connect(self._cache_changed))
        self._disconnects.append(self.registry.changed.connect(self._registry_changed))
        self.refresh()

    def stop(self) -> None:
        for disconnect in self._disconnects:
            disconnect()
        self._disconnects.clear()
        self._worker.stop()

    def refresh(self, rule_ids: Iterable[str] | None = None) -> None:
        """Evaluate ``rule_ids`` (None: every rule) soon, on the engine's worker thread."""
        self._worker.request(rule_ids)

    # -- following ---------------------------------------------------------------------------
    def _rules(self) -> list[AlertRule]:
        return list(self.registry.rules)  # a snapshot: the registry changes on the GUI thread

    def _kpis_changed(self, ids: frozenset[str]) -> None:
        wanted = [r.id for r in self._rules() if r.kpi and r.kpi in ids]
        if wanted:
            self.refresh(wanted)

    def _cache_changed(self, change: Change) -> None:
        if change.dataset == ALERTS and change.reset:  # the alerts were cleared: raise anew
            self.refresh()
            return
        wanted = [r.id for r in self._rules() if r.dataset and r.dataset == change.dataset]
        if wanted:
            self.refresh(wanted)

    def _registry_changed(self, kind: str, key: str, added: bool) -> None:
        if kind != "rule":
            return
        if not added:  # its plugin switched off: what it raised says the rule is gone
            with self._gone_lock:
                self._gone.add(key)
        self.refresh([key])

    # -- the worker --------------------------------------------------------------------------
    def _work(self, ids: set[str] | None) -> None:
        now = self.clock()
        with self._gone_lock:
            gone, self._gone = self._gone, set()
        for rule_id in gone:
            self._looked.discard(rule_id)
            self._clear_gone(rule_id, now)
        done: set[str] = set()
        for rule in self._rules():
            if ids is not None and rule.id not in ids:
                continue
            try:
                findings = self._findings(rule, now)
                if findings is not None and rule.id in self.registry.rules:  # not gone since
                    if rule.id not in self._looked:
                        findings = [replace(f, at_start=True) for f in findings]
                    self._write(rule, findings, now)
                    if self._has_data(rule):  # its first look is over once it saw records
                        self._looked.add(rule.id)
            except Exception as exc:  # a plugin's rule: contained, reported, the rest go on
                self._failed(rule, exc)
                continue
            self._reported.pop(rule.id, None)
            done.add(rule.id)
        if done:
            self.evaluated.emit(frozenset(done))

    def _has_data(self, rule: AlertRule) -> bool:
        """Whether the dataset the rule reads (its KPI's) holds any record yet."""
        definition = self.registry.kpis.get(rule.kpi) if rule.kpi else None
        name = rule.dataset or (definition.dataset if definition is not None else "")
        if not name:
            return False
        try:
            table = dataset(name).name
            return self.cache.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
        except (KeyError, sqlite3.Error):  # unknown, or a feed whose table is not made yet
            return False

    def _clear_gone(self, rule_id: str, now: datetime) -> None:
        """The active alerts of a rule no longer registered are cleared (they stay for the
        operator to close, like any cleared alert); raised again if the rule comes back."""
        if rule_id in self.registry.rules:  # back already
            return
        active = (FieldFilter("rule", "=", rule_id), FieldFilter("rule_active", "=", True))
        for row in read_rows(self.cache, ALERTS, ("id",), match=active):
            self.cache.update_item(
                ALERTS, str(row["id"]), partial(cleared, now=now)
            ).result(timeout=WRITE_TIMEOUT_S)

    def _findings(self, rule: AlertRule, now: datetime) -> list[Finding] | None:
        """What ``rule`` finds now (None: it cannot tell yet, e.g. its KPI is not computed)."""
        plugin = rule.plugin_id or self.registry.rules.owner(rule.id) or ""
        if rule.kpi:
            value = self.board.value(rule.kpi) if self.board is not None else None
            if value is None or value.error:  # not computed yet, or its formula failed (the
                return None  # board reports that): nothing raised, nothing cleared
            if value.state not in BANDS[rule.when]:
                return []
            definition = self.registry.kpis.get(rule.kpi)
            target = self.board.target(rule.kpi) if self.board is not None else None
            text = kpi_description(definition, value, target) if definition else ""
            return [Finding(rule.id, plugin, rule.kpi, rule.alert_type, rule.priority,
                            self.translate(rule.title), text, source=rule.kpi, kpi=rule.kpi)]
        ward_field = dataset(rule.dataset).ward_field
        findings = []
        for record in dataset_rows(self.cache, rule.dataset, match=rule.match):
            subject = record.get("id")
            if not isinstance(subject, str) or not subject:
                continue
            if rule.condition is not None and not rule.condition(record, now):
                continue
            text = rule.text(record) if rule.text is not None else ""
            findings.append(Finding(
                rule.id, plugin, subject, rule.alert_type, rule.priority,
                self.translate(rule.title),
                str(text or ""), source=f"{rule.dataset}/{subject}", dataset=rule.dataset,
                **placed(record, ward_field),
            ))
        return findings

    def _write(self, rule: AlertRule, findings: list[Finding], now: datetime) -> None:
        """Raise what holds (unless raised already: then only a changed description is
        written) and clear what no longer does."""
        mine: dict[str, str | bool] = {"rule": rule.id, "rule_active": True}
        active = {row.get("id"): row.get("description") for row in read_rows(
            self.cache, ALERTS, ("id", "description"), match=mine)}
        holding = {f.alert_id for f in findings}
        writes: list[Future] = []
        for finding in findings:
            new = finding.alert_id not in active
            if new or finding.description not in ("", active[finding.alert_id]):
                writes.append(self.cache.update_item(
                    ALERTS, finding.alert_id, partial(raised, finding=finding, now=now)))
        for gone in sorted(a for a in active if isinstance(a, str) and a not in holding):
            writes.append(self.cache.update_item(ALERTS, gone, partial(cleared, now=now)))
        for write in writes:
            write.result(WRITE_TIMEOUT_S)
        if writes:
            log.info("rule %s: %d alert(s) raised or cleared", rule.id, len(writes))

    def _failed(self, rule: AlertRule, exc: BaseException) -> None:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        log.warning("alert rule %s failed: %s", rule.id, text, exc_info=exc)
        if self._reported.get(rule.id) == text:
            return
        self._reported[rule.id] = text
        owner = rule.plugin_id or self.registry.rules.owner(rule.id) or ""
        if self.report_error is not None:
            try:
                self.report_error(owner, f"rule {rule.id}", exc)
            except Exception:
                log.exception("reporting the failure of rule %s failed", rule.id)


__all__ = ["RuleEngine", "alert_id"]
