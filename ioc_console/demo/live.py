"""The live side of the demo world: a thread that makes ``rate`` events a minute (the mix of
live_mix.py: mostly the city going on, now and then an alert, a repeat, a clear or a chattering
sensor) and, every second, does what the backend owes the alerts (a shelve that ran out, an
SLA target that passed). ``emit_live_event`` is one event of the data module's functions
(AI-camera detections, overdue complaints, KPI breaches, now and then a CAP flood warning or a
complaint transferred to another ward); the alerts it raises go through the backend's
deduplication (alert_system.raise_alert)."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable

from .alert_system import raise_alert
from .api_actions import catch_up_all
from .store import Change, Store

log = logging.getLogger(__name__)

# data-module function -> weight among the live events
LIVE_KINDS = {"new_detection": 6, "overdue_complaint": 2, "kpi_breach": 2, "new_cap_warning": 1,
              "transfer_complaint": 1}

# a field that only items of one dataset carry, to tell what a data function returned
_MARKS = (
    ("service_request_id", "complaints"),
    ("sla_deadline", "alerts"),
    ("direction", "kpis"),
    ("streams", "cameras"),
    ("assignee_agency", "tasks"),
    ("resolved_on_time", "procedure_results"),
    ("geometry", "units"),
    ("kind", "facilities"),
)


def dataset_of(item: dict) -> str:
    for field, dataset in _MARKS:
        if field in item:
            return dataset
    raise ValueError(f"cannot tell the dataset of item {item.get('id')!r}")


def _as_items(result: object) -> list[tuple[str, dict]]:
    """What a data function returned (None, an item, a list of items, or a mapping of dataset
    name to items) as (dataset, item) pairs."""
    if result is None:
        return []
    if isinstance(result, dict) and "id" in result:
        return [(dataset_of(result), result)]
    if isinstance(result, dict):
        pairs = []
        for dataset, items in result.items():
            for item in [items] if isinstance(items, dict) else items or []:
                pairs.append((dataset, item))
        return pairs
    if isinstance(result, list | tuple):
        return [pair for entry in result for pair in _as_items(entry)]
    raise TypeError(f"unexpected live-event result {type(result).__name__}")


def live_functions() -> dict[str, Callable]:
    """The data module's functions: ``live_event`` (its own mix of kinds) and each kind."""
    from . import data

    return {name: getattr(data, name) for name in ("live_event", *LIVE_KINDS)}


def emit_live_event(
    store: Store, rng: random.Random, functions: dict[str, Callable]
) -> list[Change]:
    """One live event now: ``live_event`` or a kind drawn by weight; when that has nothing to
    change, the other kinds in turn."""
    kinds = [name for name in LIVE_KINDS if name in functions]
    with store.lock:
        if "live_event" in functions:
            first = "live_event"
        else:
            first = rng.choices(kinds, weights=[LIVE_KINDS[name] for name in kinds])[0]
        world, now = store.world_view(), store.clock.now()
        for name in [first, *(k for k in kinds if k != first)]:
            pairs = _as_items(functions[name](rng, world, now))
            if pairs:
                return [_store(store, dataset, item) for dataset, item in pairs]
    return []


def _store(store: Store, dataset: str, item: dict) -> Change:
    """Store what a live function returned: a new alert as a raise (it may be a repeat)."""
    if dataset == "alerts" and store.get("alerts", str(item["id"])) is None:
        return raise_alert(store, item)
    return store.put(dataset, item)


class LiveFeed:
    """The thread: ``emit()`` ``rate`` times a minute (never when 0); every second what the
    backend owes the alerts, and ``every_second()`` when given. ``set_rate()`` changes the rate
    while it runs; ``stop()`` ends it; a new LiveFeed continues on the same store."""

    def __init__(self, store: Store, rate: float, emit: Callable[[], object],
                 every_second: Callable[[], object] | None = None) -> None:
        self._store = store
        self._every_second = every_second
        self._interval = self._interval_of(rate)
        self._rate_changed = threading.Event()
        self._emit = emit
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-live-feed", daemon=True)

    @staticmethod
    def _interval_of(rate: float) -> float | None:
        return 60.0 / rate if rate > 0 else None

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def set_rate(self, rate: float) -> None:
        """``rate`` events a minute from now on (0: none)."""
        self._interval = self._interval_of(rate)
        self._rate_changed.set()

    def _pause(self, due: float) -> float:
        if self._interval is None:
            return 1.0
        return min(1.0, max(0.01, due - time.monotonic()))

    def _run(self) -> None:
        due = time.monotonic() + (self._interval or 0)
        checked = 0.0
        while not self._stop.wait(self._pause(due)):
            try:
                if self._rate_changed.is_set():
                    self._rate_changed.clear()
                    due = time.monotonic() + (self._interval or 0)
                if time.monotonic() - checked >= 1.0:
                    checked = time.monotonic()
                    catch_up_all(self._store)
                    if self._every_second is not None:
                        self._every_second()
                if self._interval and time.monotonic() >= due:
                    self._emit()
                    due = max(due + self._interval, time.monotonic())
            except Exception:
                log.exception("Live event failed; the feed goes on")
