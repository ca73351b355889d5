"""Alert rules: a condition over a dataset's records or over a KPI that raises an alert into
the alert queue (a record of the cached ``alerts`` dataset the console makes itself,
``origin: "rule"``), evaluated by :mod:`ioc_console.core.domains.rule_engine`.

- A **KPI rule** (``kpi=``) raises one alert while the KPI is in the band ``when`` (``red``, or
  ``amber``: amber or red) against its target.
- A **record rule** (``dataset=``) raises one alert per record for which ``match`` (data) and
  ``condition`` (a function of the record and the city's current time) both hold, e.g. a
  directive task falling due.

A rule's alert is raised once per subject (the KPI, or the record) and its repeats count as
duplicates; when the condition no longer holds the alert stays for the operator to close, and
records that it cleared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ioc_console.core.config.targets import KpiState
from ioc_console.core.i18n import TrText, as_tr_text
from ioc_console.core.store.match import Match, as_filters

RULE_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
RecordCondition = Callable[[Mapping[str, Any], datetime], bool]
RecordText = Callable[[Mapping[str, Any]], str]


@dataclass(frozen=True)
class AlertRule:
    id: str  # "<plugin id>.<name>"
    title: TrText  # the alert's title; a record rule may add the record's own text (``text``)
    alert_type: str  # the alert's ``type`` (procedures are found by it)
    priority: int = 2  # 1 (highest) .. 4
    kpi: str = ""
    when: KpiState = KpiState.RED
    dataset: str = ""
    match: Match = ()  # {"field": value} or FieldFilters; kept as a tuple of FieldFilters
    condition: RecordCondition | None = None
    text: RecordText | None = None  # the alert's description from the record (record rules)
    plugin_id: str = ""

    def __post_init__(self) -> None:
        if not RULE_ID.match(self.id):
            raise ValueError(f"alert rule id {self.id!r} must look like 'plugin.name'")
        if bool(self.kpi) == bool(self.dataset):
            raise ValueError(f"alert rule {self.id!r}: give a kpi or a dataset, one of them")
        if not 1 <= int(self.priority) <= 4:
            raise ValueError(f"alert rule {self.id!r}: priority {self.priority} is not 1..4")
        if self.when not in (KpiState.RED, KpiState.AMBER):
            raise ValueError(f"alert rule {self.id!r}: when is 'red' or 'amber'")
        object.__setattr__(self, "title", as_tr_text(self.title, "AlertRules"))
        object.__setattr__(self, "when", KpiState(self.when))
        object.__setattr__(self, "match", as_filters(self.match))
