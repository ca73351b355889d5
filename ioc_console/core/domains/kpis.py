"""KPI definitions: a formula over a cached dataset, with its unit, target and thresholds.

A formula is data (:class:`Aggregate`, :class:`Ratio`), one of the console's own figures
(:class:`CacheFigure`) or, for what data cannot say, a function of the dataset's records. The
KPI engine (:mod:`ioc_console.core.domains.kpi_engine`) evaluates a definition over the cache
into a :class:`KpiValue`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.i18n import TrText, as_tr_text
from ioc_console.core.store.match import Match, as_filters

KPI_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
OPS = ("count", "sum", "mean", "min", "max", "latest")


@dataclass(frozen=True)
class Aggregate:
    """``op`` over ``field`` of the records matching ``match``: ``count`` (no field), ``sum``,
    ``mean``, ``min``, ``max``, or ``latest`` (the field of the record with the greatest
    ``order_by``). ``within_days``: only records whose ``date_field`` lies in the last so many
    days of the city's calendar (0: all). ``condition(record, now)``: only records for which it
    holds, for what a field filter cannot say (a deadline passed at ``now``); the records a
    dashboard tile's click shows are the same."""

    op: str
    field: str = ""
    match: Match = ()  # {"field": value} or FieldFilters; kept as a tuple of FieldFilters
    order_by: str = "updated_at"
    within_days: int = 0
    date_field: str = "date"
    condition: RecordCondition | None = None

    def __post_init__(self) -> None:
        if self.op not in OPS:
            raise ValueError(f"aggregate {self.op!r} is not one of {', '.join(OPS)}")
        if self.op != "count" and not self.field:
            raise ValueError(f"aggregate {self.op!r} needs a field")
        object.__setattr__(self, "match", as_filters(self.match))


@dataclass(frozen=True)
class Ratio:
    """``numerator / denominator * scale`` (a percentage by default); None when the
    denominator is 0 or unknown."""

    numerator: Formula
    denominator: Formula
    scale: float = 100.0


@dataclass(frozen=True)
class CacheFigure:
    """A figure the console computes itself, in SQL over its cache, at ``now``: one of its own
    KPIs (the complaint dashboard's) that a domain's plugin shows on the overview. It is the
    same computation as where the console shows it, never a second formula over the records
    (which are not read into Python for it). ``name`` names it in the log."""

    compute: CacheCompute
    name: str = ""


CacheCompute = Callable[[sqlite3.Connection, datetime], float | None]
"""``compute(conn, now)``: the figure at ``now`` from the cache's reading connection."""
RecordCondition = Callable[[Mapping[str, Any], datetime], bool]
"""Whether a record counts at the city's current time (a plugin's function)."""
RecordsFormula = Callable[[Sequence[Mapping[str, Any]]], float | None]
"""A function of the dataset's records (a plugin's own arithmetic); None: no value."""
Formula = Aggregate | Ratio | CacheFigure | RecordsFormula


@dataclass(frozen=True)
class KpiDefinition:
    """KPI ``id`` (``<plugin id>.<name>``): ``formula`` over the cached ``dataset``. Its band
    (:class:`~ioc_console.core.config.targets.KpiState`) comes from ``target`` (a
    :class:`~ioc_console.core.config.targets.Target`: the target and the amber and red
    thresholds; None: a figure without target), which the site profile's ``[targets]`` may
    override like the console's own KPIs'."""

    id: str
    title: TrText
    dataset: str
    formula: Formula
    unit: str = ""
    target: Target | None = None
    decimals: int = 1
    description: TrText | str = ""
    plugin_id: str = ""

    def __post_init__(self) -> None:
        if not KPI_ID.match(self.id):
            raise ValueError(f"KPI id {self.id!r} must look like 'plugin.name'")
        object.__setattr__(self, "title", as_tr_text(self.title, "KPIs"))

    def state_of(self, value: float | None, target: Target | None = None) -> KpiState:
        """The band ``value`` falls in against ``target`` (default: the definition's)."""
        target = target or self.target
        if target is None or value is None:
            return KpiState.NONE
        return target.state(value)


@dataclass(frozen=True)
class KpiValue:
    """A KPI evaluated: its value (None: unknown), band, the number of records behind it and
    when it was computed."""

    id: str
    value: float | None
    state: KpiState  # NONE: no target, or no value
    records: int
    at: datetime
    error: str = ""  # why there is no value, when the formula failed


__all__ = [
    "Aggregate",
    "CacheFigure",
    "Formula",
    "KpiDefinition",
    "KpiState",
    "KpiValue",
    "Match",
    "Ratio",
    "RecordsFormula",
    "Target",
]
