"""KPI definitions: a formula over a cached dataset, with its unit, target and thresholds.

A formula is data (:class:`Aggregate`, :class:`Ratio`) or, for what data cannot say, a function
of the dataset's records. The KPI engine (:mod:`ioc_console.core.domains.kpi_engine`) evaluates
a definition over the cache into a :class:`KpiValue`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from ioc_console.core.i18n import TrText, as_tr_text
from ioc_console.core.store.match import FieldFilter, Match, as_filters

KPI_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
OPS = ("count", "sum", "mean", "min", "max", "latest")


@dataclass(frozen=True)
class Aggregate:
    """``op`` over ``field`` of the records matching ``match``: ``count`` (no field), ``sum``,
    ``mean``, ``min``, ``max``, or ``latest`` (the field of the record with the greatest
    ``order_by``). ``within_days``: only records whose ``date_field`` lies in the last so many
    days of the city's calendar (0: all)."""

    op: str
    field: str = ""
    match: tuple[FieldFilter, ...] = ()
    order_by: str = "updated_at"
    within_days: int = 0
    date_field: str = "date"

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


RecordsFormula = Callable[[Sequence[Mapping[str, Any]]], float | None]
"""A function of the dataset's records (a plugin's own arithmetic); None: no value."""
Formula = Aggregate | Ratio | RecordsFormula


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


class KpiState(StrEnum):
    OK = "ok"
    WARNING = "warning"  # past the warning threshold
    ALARM = "alarm"  # past the alarm threshold
    UNKNOWN = "unknown"  # no value (no records, a failing formula)


@dataclass(frozen=True)
class Thresholds:
    """Where the value turns amber (``warning``) and red (``alarm``), on the bad side given by
    the definition's direction: below them when higher is better, above when lower is better.
    None: no such band."""

    warning: float | None = None
    alarm: float | None = None


@dataclass(frozen=True)
class KpiDefinition:
    id: str  # "<plugin id>.<name>"
    title: TrText
    dataset: str
    formula: Formula
    unit: str = ""
    target: float | None = None
    direction: Direction = Direction.HIGHER_IS_BETTER
    thresholds: Thresholds = field(default_factory=Thresholds)
    decimals: int = 1
    description: TrText | str = ""
    plugin_id: str = ""

    def __post_init__(self) -> None:
        if not KPI_ID.match(self.id):
            raise ValueError(f"KPI id {self.id!r} must look like 'plugin.name'")
        object.__setattr__(self, "title", as_tr_text(self.title, "KPIs"))
        object.__setattr__(self, "direction", Direction(self.direction))

    def state_of(self, value: float | None) -> KpiState:
        """The band ``value`` falls in."""
        if value is None:
            return KpiState.UNKNOWN
        worse = (
            (lambda v, t: v < t)
            if self.direction is Direction.HIGHER_IS_BETTER
            else (lambda v, t: v > t)
        )
        if self.thresholds.alarm is not None and worse(value, self.thresholds.alarm):
            return KpiState.ALARM
        if self.thresholds.warning is not None and worse(value, self.thresholds.warning):
            return KpiState.WARNING
        return KpiState.OK


@dataclass(frozen=True)
class KpiValue:
    """A KPI evaluated: its value (None: unknown), band, the number of records behind it and
    when it was computed."""

    id: str
    value: float | None
    state: KpiState
    records: int
    at: datetime
    error: str = ""  # why there is no value, when the formula failed


__all__ = [
    "Aggregate",
    "Direction",
    "Formula",
    "KpiDefinition",
    "KpiState",
    "KpiValue",
    "Match",
    "Ratio",
    "RecordsFormula",
    "Thresholds",
]
