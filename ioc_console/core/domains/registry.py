"""Everything the plugins declared beyond panels and map layers, by kind and id.

One registry per console (``Services.domains``). The plugin facade adds and removes; the KPI
and rule engines, the overview and the dashboards read it and follow :attr:`changed`
(``(kind, id, added)``, emitted on the thread that changed it: plugins load and unload on the
GUI thread). Its tables may be read from other threads (the KPI board's and the rule engine's
workers): each read is a consistent snapshot.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ioc_console.core.alerts.procedures import Procedure
from ioc_console.core.domains.dashboards import DashboardSpec, DomainSpec
from ioc_console.core.domains.kpis import KpiDefinition
from ioc_console.core.domains.rules import AlertRule
from ioc_console.core.events import Event

T = TypeVar("T")
KINDS = ("kpi", "rule", "procedure", "dashboard", "domain")


@dataclass(frozen=True)
class Dashboard:
    """A declarative dashboard registered as panel ``panel_id``."""

    panel_id: str
    spec: DashboardSpec
    plugin_id: str = ""


class _Table(Generic[T]):
    def __init__(self, kind: str, changed: Event[[str, str, bool]]) -> None:
        self._kind = kind
        self._items: dict[str, T] = {}
        self._owners: dict[str, str] = {}
        self._changed = changed
        self._lock = threading.Lock()

    def add(self, key: str, item: T, plugin_id: str = "") -> T:
        with self._lock:
            if key in self._items:
                raise ValueError(f"a {self._kind} with id {key!r} is already registered")
            self._items[key] = item
            self._owners[key] = plugin_id
        self._changed.emit(self._kind, key, True)
        return item

    def remove(self, key: str) -> None:
        with self._lock:
            removed = self._items.pop(key, None) is not None
            self._owners.pop(key, None)
        if removed:
            self._changed.emit(self._kind, key, False)

    def get(self, key: str) -> T | None:
        return self._items.get(key)

    def owner(self, key: str) -> str | None:
        """The plugin that registered ``key`` ("" for the console itself; None: unknown)."""
        return self._owners.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[T]:
        with self._lock:
            return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)

    def ids(self) -> list[str]:
        with self._lock:
            return list(self._items)


class DomainRegistry:
    def __init__(self) -> None:
        self.changed: Event[[str, str, bool]] = Event("domains.changed")
        self.kpis: _Table[KpiDefinition] = _Table("kpi", self.changed)
        self.rules: _Table[AlertRule] = _Table("rule", self.changed)
        self.procedures: _Table[Procedure] = _Table("procedure", self.changed)
        self.dashboards: _Table[Dashboard] = _Table("dashboard", self.changed)
        self.domains: _Table[DomainSpec] = _Table("domain", self.changed)

    def table(self, kind: str) -> _Table[Any]:
        tables: dict[str, _Table[Any]] = {
            "kpi": self.kpis,
            "rule": self.rules,
            "procedure": self.procedures,
            "dashboard": self.dashboards,
            "domain": self.domains,
        }
        return tables[kind]

    def procedure_for(self, alert_type: str) -> Procedure | None:
        """The plugins' procedure for alerts of ``alert_type`` (None: none registered)."""
        for procedure in self.procedures:
            if alert_type in procedure.types:
                return procedure
        return None
