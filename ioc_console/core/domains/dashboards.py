"""Declarative domain dashboards: what a plugin says its dashboard shows, as data; the Qt layer
(:mod:`ioc_console.gui.domains`) draws it with the console's KPI tiles, charts and tables, so
every domain looks and behaves alike (periods, drill-down to the records, export).

A dashboard is KPI tiles (ids of registered KPIs), charts over a dataset, and one list of
records with optional actions on a record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ioc_console.core.i18n import TrText, as_tr_text
from ioc_console.core.intents import Intent
from ioc_console.core.store.match import Match, as_filters


class ChartKind(StrEnum):
    LINE = "line"  # one line per y field, x a date
    BARS = "bars"  # vertical bars per x category (grouped when several y fields)
    STACKED = "stacked"  # stacked bars per x category
    RANKED = "ranked"  # horizontal bars, largest first (``limit`` of them)


class Reduce(StrEnum):
    SUM = "sum"
    MEAN = "mean"
    COUNT = "count"  # records per x (no y field needed)
    LAST = "last"  # the value of the record with the greatest ``order_by`` per x


@dataclass(frozen=True)
class ChartSpec:
    """Records of ``dataset`` (matching ``match``) grouped by the field ``x``; each ``y`` field
    reduced by ``reduce`` per group, labelled by ``labels`` (same order). ``within_days`` keeps
    records whose ``date_field`` lies in the last so many days (0: all)."""

    title: TrText
    dataset: str
    x: str
    y: tuple[str, ...] = ()
    labels: tuple[TrText | str, ...] = ()
    kind: ChartKind = ChartKind.LINE
    reduce: Reduce = Reduce.SUM
    match: Match = ()  # {"field": value} or FieldFilters; kept as a tuple of FieldFilters
    within_days: int = 0
    date_field: str = "date"
    limit: int = 0  # RANKED: the first so many
    unit: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", as_tr_text(self.title, "Dashboards"))
        object.__setattr__(self, "kind", ChartKind(self.kind))
        object.__setattr__(self, "reduce", Reduce(self.reduce))
        object.__setattr__(self, "match", as_filters(self.match))
        object.__setattr__(self, "y", tuple(self.y))
        object.__setattr__(self, "labels", tuple(as_tr_text(t, "Dashboards") for t in self.labels))
        if self.reduce is not Reduce.COUNT and not self.y:
            raise ValueError(f"chart {self.title!r}: reduce {self.reduce} needs y fields")


class ColumnFormat(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    PERCENT = "percent"
    DATE = "date"
    DATETIME = "datetime"
    WARD = "ward"  # a ward code shown by its name


@dataclass(frozen=True)
class Column:
    field: str
    title: TrText | str
    format: ColumnFormat = ColumnFormat.TEXT

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", as_tr_text(self.title, "Dashboards"))
        object.__setattr__(self, "format", ColumnFormat(self.format))


@dataclass(frozen=True)
class RecordAction:
    """A button over the dashboard's list: ``make(record)`` returns the intent to post for the
    selected record (None: nothing to do for this record), e.g. ``FileComplaint``."""

    title: TrText | str
    make: Callable[[Mapping[str, Any]], Intent | None]

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", as_tr_text(self.title, "Dashboards"))


@dataclass(frozen=True)
class TableSpec:
    """The dashboard's list: records of ``dataset`` matching ``match``, these ``columns``,
    sorted by ``sort_by``; a record with ``lat``/``lon`` can be shown on the map."""

    title: TrText | str
    dataset: str
    columns: tuple[Column, ...]
    match: Match = ()  # {"field": value} or FieldFilters; kept as a tuple of FieldFilters
    sort_by: str = "updated_at"
    descending: bool = True
    limit: int = 1000
    actions: tuple[RecordAction, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", as_tr_text(self.title, "Dashboards"))
        object.__setattr__(self, "columns", tuple(self.columns))
        object.__setattr__(self, "match", as_filters(self.match))
        object.__setattr__(self, "actions", tuple(self.actions))


@dataclass(frozen=True)
class DashboardSpec:
    tiles: tuple[str, ...] = ()  # KPI ids, in order
    charts: tuple[ChartSpec, ...] = ()
    table: TableSpec | None = None
    notes: TrText | str = ""  # one line under the tiles: where the figures come from

    def __post_init__(self) -> None:
        object.__setattr__(self, "tiles", tuple(self.tiles))
        object.__setattr__(self, "charts", tuple(self.charts))


@dataclass(frozen=True)
class DomainSpec:
    """A domain of the IOC as the leaders' overview shows it: one tile with its headline KPI
    and state; a click opens ``dashboard`` (a panel id)."""

    id: str  # "<plugin id>" or "<plugin id>.<name>"
    title: TrText
    headline_kpi: str = ""
    dashboard: str = ""
    icon: str = ""
    order: int = 100  # tiles are sorted by it, then by title
    kpis: tuple[str, ...] = field(default_factory=tuple)  # more KPIs the tile lists under it
    plugin_id: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", as_tr_text(self.title, "Domains"))
        object.__setattr__(self, "kpis", tuple(self.kpis))
