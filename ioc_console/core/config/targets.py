"""Targets of the KPIs and their amber/red thresholds, from the site profile's ``[targets]``.

```toml
[targets]
"complaints.on_time_rate" = { target = 95, amber = 90, red = 80 }   # percent, higher is better
"complaints.overdue_now" = { target = 0, amber = 1, red = 5 }       # count, lower is better
```
A KPI the profile does not name keeps its default below (the demo has no profile). Whether
higher or lower is better is the KPI's own, not the profile's. A figure that meets its target
is "met"; otherwise it is red past ``red``, amber past ``amber`` and "below" its target in
between ("past": under the threshold when higher is better, at or over it when lower is).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class KpiState(StrEnum):
    NONE = "none"  # no target, or no figure (nothing to compute it from)
    MET = "met"
    BELOW = "below"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class Target:
    target: float
    amber: float
    red: float
    higher_is_better: bool = True

    def state(self, value: float | None) -> KpiState:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return KpiState.NONE
        if self.higher_is_better:
            met, red, amber = value >= self.target, value < self.red, value < self.amber
        else:
            met, red, amber = value <= self.target, value >= self.red, value >= self.amber
        if met:
            return KpiState.MET
        if red:
            return KpiState.RED
        if amber:
            return KpiState.AMBER
        return KpiState.BELOW


# KPI id -> its default target; a domain adds its own KPIs here (ids "domain.name")
DEFAULT_TARGETS: dict[str, Target] = {
    "complaints.handled_rate": Target(100, 95, 90),
    "complaints.on_time_rate": Target(95, 90, 80),
    "complaints.late": Target(0, 1, 10, higher_is_better=False),
    "complaints.overdue_now": Target(0, 1, 5, higher_is_better=False),
    "complaints.median_hours": Target(24, 40, 60, higher_is_better=False),
    "complaints.p90_hours": Target(60, 80, 100, higher_is_better=False),
    "complaints.satisfaction_rate": Target(90, 85, 75),
    "complaints.rating_rate": Target(80, 70, 50),
    # administrative procedures (TTHC); online: the national 2024 target was 50 %
    "procedures.on_time_rate": Target(98, 95, 90),
    "procedures.early_rate": Target(60, 50, 30),
    "procedures.overdue_now": Target(0, 10, 50, higher_is_better=False),
    "procedures.online_share": Target(50, 40, 30),
}
KEYS = ("target", "amber", "red")
PLUGIN_KPI = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+$")  # "<plugin id>.<name>"


def merge_target(default: Target | None, numbers: Mapping[str, float]) -> Target:
    """``numbers`` (any of target, amber, red) over ``default``; ValueError saying why when
    they do not go from best to worst. Without a default the missing thresholds are the one
    before them and the direction is read from their order (higher is better unless amber
    or red lies above the target)."""
    if default is None:
        if "target" not in numbers:
            raise ValueError("the KPI has no target of its own: give target (and amber, red)")
        goal = numbers["target"]
        amber = numbers.get("amber", goal)
        red = numbers.get("red", amber)
        default = Target(goal, amber, red, higher_is_better=not (amber > goal or red > goal))
    merged = {k: float(numbers.get(k, getattr(default, k))) for k in KEYS}
    sign = 1 if default.higher_is_better else -1
    if not sign * merged["target"] >= sign * merged["amber"] >= sign * merged["red"]:
        better = "higher" if default.higher_is_better else "lower"
        raise ValueError(f"{better} is better, so target, amber and red must go from best to "
                         f"worst, not {merged}")
    return Target(**merged, higher_is_better=default.higher_is_better)


def _numbers(kpi: str, value: Any, errors: list[str]) -> dict[str, float] | None:
    if not isinstance(value, dict):
        errors.append(f"[targets] {kpi} must be a table such as "
                      "{ target = 95, amber = 90, red = 80 }")
        return None
    numbers: dict[str, float] = {}
    for key, number in value.items():
        if key not in KEYS:
            errors.append(f"[targets] {kpi}: unknown key '{key}'; known keys: target, "
                          "amber, red")
        elif isinstance(number, bool) or not isinstance(number, int | float):
            errors.append(f"[targets] {kpi}: {key} must be a number")
        else:
            numbers[key] = float(number)
    return numbers


def read_targets(section: dict[str, Any], errors: list[str]) -> dict[str, Target]:
    """The targets of ``[targets]`` over the defaults; problems are appended to ``errors``
    naming the key. A plugin's KPI (``"<plugin>.<name>"``, not one of the console's) is left
    to :func:`read_plugin_targets`: its plugin is not loaded yet."""
    targets = dict(DEFAULT_TARGETS)
    for kpi, value in section.items():
        default = DEFAULT_TARGETS.get(kpi)
        if default is None:
            if not PLUGIN_KPI.match(kpi):
                errors.append(f"[targets] unknown KPI '{kpi}'; known: "
                              f"{', '.join(DEFAULT_TARGETS)}, or a plugin's '<plugin>.<name>'")
            continue
        numbers = _numbers(kpi, value, errors)
        if numbers is None:
            continue
        try:
            targets[kpi] = merge_target(default, numbers)
        except ValueError as exc:
            errors.append(f"[targets] {kpi}: {exc}")
    return targets


def read_plugin_targets(section: dict[str, Any], errors: list[str]) -> dict[str, dict[str, float]]:
    """The numbers ``[targets]`` gives the plugins' KPIs (``"<plugin>.<name>"``), applied to
    each KPI when its plugin registers it (:class:`~ioc_console.core.domains.kpi_board.KpiBoard`);
    a KPI no plugin registers is a warning in the log then, not an error here."""
    out: dict[str, dict[str, float]] = {}
    for kpi, value in section.items():
        if kpi in DEFAULT_TARGETS or not PLUGIN_KPI.match(kpi):
            continue
        numbers = _numbers(kpi, value, errors)
        if numbers is None:
            continue
        if "target" in numbers:  # what can be checked before the plugin is known
            try:
                merge_target(None, numbers)
            except ValueError as exc:
                errors.append(f"[targets] {kpi}: {exc}")
                continue
        out[kpi] = numbers
    return out
