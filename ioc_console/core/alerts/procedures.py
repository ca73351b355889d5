"""Procedures (SOPs): the ordered checklist an alert type is handled by, some steps mandatory.

The backend serves them as the ``alert_procedures`` dataset (``{id, title, types, steps: [{text,
mandatory}]}``); alerts name theirs in ``procedure``. A plugin may add its own the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ioc_console.core.alerts.model import Alert

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ProcedureStep:
    text: str
    mandatory: bool = False


@dataclass(frozen=True, slots=True)
class Procedure:
    id: str
    title: str
    steps: tuple[ProcedureStep, ...]
    types: tuple[str, ...] = ()

    @classmethod
    def from_row(cls, row: dict) -> Procedure | None:
        """The procedure of a cache row; None (logged) when it has no id or no readable steps."""
        if not isinstance(row, dict) or not isinstance(row.get("id"), str) or not row["id"]:
            log.warning("a procedure without an id ignored: %.80r", row)
            return None
        steps = []
        raw_steps = row.get("steps")
        for step in raw_steps if isinstance(raw_steps, list) else []:
            if isinstance(step, dict) and isinstance(step.get("text"), str):
                steps.append(ProcedureStep(step["text"], bool(step.get("mandatory"))))
            else:
                log.warning("procedure %s: unreadable step %.60r ignored", row["id"], step)
        raw_types = row.get("types")
        types = raw_types if isinstance(raw_types, list) else []
        raw_title = row.get("title")
        title: str = raw_title if isinstance(raw_title, str) else row["id"]
        return cls(row["id"], title, tuple(steps), tuple(str(t) for t in types))


@dataclass(frozen=True, slots=True)
class Progress:
    done: int  # steps ticked done
    skipped: int  # optional steps skipped with a reason
    total: int
    mandatory_left: tuple[int, ...]  # indexes of mandatory steps not done yet

    @property
    def complete(self) -> bool:
        return self.done + self.skipped >= self.total


def progress(alert: Alert, procedure: Procedure | None) -> Progress:
    """How far ``alert`` is through ``procedure`` (nothing to do without one)."""
    if procedure is None:
        return Progress(0, 0, 0, ())
    done = skipped = 0
    left = []
    for index, step in enumerate(procedure.steps):
        mark = alert.step_mark(index)
        if mark is not None and mark.done:
            done += 1
        elif mark is not None and mark.skipped_reason and not step.mandatory:
            skipped += 1
        elif step.mandatory:
            left.append(index)
    return Progress(done, skipped, len(procedure.steps), tuple(left))


def mandatory_left(alert: Alert, procedure: Procedure | None) -> tuple[int, ...]:
    """The indexes of the mandatory steps of ``procedure`` that ``alert`` has not done."""
    return progress(alert, procedure).mandatory_left


ProcedureLookup = Callable[[str], Procedure | None]
"""Another source of procedures by alert type (the plugins': ``DomainRegistry.procedure_for``)."""


class ProcedureBook:
    """Procedures by id, with a lookup by alert (its named procedure, else one for its type,
    else ``fallback``'s for its type: the backend's procedures win over the plugins')."""

    def __init__(
        self, procedures: Iterable[Procedure] = (), fallback: ProcedureLookup | None = None
    ) -> None:
        self._by_id: dict[str, Procedure] = {}
        self._by_type: dict[str, Procedure] = {}
        self.fallback = fallback
        for procedure in procedures:
            self.add(procedure)

    @classmethod
    def from_rows(
        cls, rows: Iterable[dict], fallback: ProcedureLookup | None = None
    ) -> ProcedureBook:
        live = (r for r in rows if not (isinstance(r, dict) and r.get("deleted")))
        found = (Procedure.from_row(r) for r in live)
        return cls((p for p in found if p is not None), fallback)

    def add(self, procedure: Procedure) -> None:
        self._by_id[procedure.id] = procedure
        for kind in procedure.types:
            self._by_type.setdefault(kind, procedure)

    def get(self, procedure_id: str | None) -> Procedure | None:
        return self._by_id.get(procedure_id) if procedure_id else None

    def for_alert(self, alert: Alert) -> Procedure | None:
        found = self.get(alert.procedure) or self._by_type.get(alert.type)
        if found is None and self.fallback is not None and alert.type:
            try:
                found = self.fallback(alert.type)
            except Exception:  # the plugins' registry: never a reason to show no alert
                log.exception("the plugins' procedure for %s could not be looked up", alert.type)
        return found

    def __len__(self) -> int:
        return len(self._by_id)
