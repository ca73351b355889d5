"""What the live feed makes of its ``rate`` events a minute: mostly the city going on (complaints
filed or moved between wards, indicators updated), and alerts as a small share of it, so that
an operator gets about one new alert in ten minutes at the default rate (6 a minute) and a
flood (more than 10 in ten minutes) at ``--rate 120``:

    new alerts     2.5 %   (detections, CAP warnings, KPI breaches, overdue complaints)
    repeats        2 %     (an open detection seen again: duplicate_count, no history)
    clears         1 %     (a sensor condition ends: resolve by system)
    chattering     0.5 %   (a sensor alert raised, cleared, re-raised, cleared and re-raised
                            within half a minute: re-opened twice, 3 activations in 60 s)
    city           the rest

The steps of a chattering episode run at their own moments (:meth:`LiveMix.run_due`, called
every second by the feed), whatever the rate.
"""

from __future__ import annotations

import heapq
import itertools
import random
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial

from .alert_system import clear, raise_alert
from .store import Change, Store
from .timeutil import parse

# kind -> weight (per 1000 events)
KINDS = {"alert": 25, "repeat": 20, "clear": 10, "chatter": 5, "city": 940}
# titles of the detections whose condition ends by itself (a sensor's or a count's)
SENSOR_FEATURES = ("water_level", "vehicle_count", "crowd_density", "people_count")
CLEAR_AFTER = timedelta(minutes=10)
# a chattering episode: (seconds after its start, step)
CHATTER = ((6, "clear"), (14, "raise"), (22, "clear"), (30, "raise"))
_LIVE = ("new", "acknowledged", "assigned", "escalated", "shelved")


def _sensor_titles() -> frozenset[str]:
    from .data.alert_texts import DETECTIONS

    return frozenset(DETECTIONS[f][0] for f in SENSOR_FEATURES)


class LiveMix:
    """One live event at a time (:meth:`tick`) drawn from KINDS; ``emit_alert`` makes a new
    alert (the backend's ``emit_event``)."""

    def __init__(self, store: Store, rng: random.Random,
                 emit_alert: Callable[[], list[Change]]) -> None:
        self._store, self._rng, self._emit_alert = store, rng, emit_alert
        self._due: list[tuple[float, int, Callable[[], object]]] = []
        self._order = itertools.count()
        self._lock = threading.Lock()
        self._sensor_titles = _sensor_titles()

    def tick(self) -> list[Change]:
        kind = self._rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
        return getattr(self, f"_{kind}")()

    def run_due(self, now: float | None = None) -> int:
        """Run the chattering steps whose moment has come; how many ran."""
        now = time.monotonic() if now is None else now
        ran = 0
        while True:
            with self._lock:
                if not self._due or self._due[0][0] > now:
                    return ran
                _when, _n, step = heapq.heappop(self._due)
            step()
            ran += 1

    def _later(self, seconds: float, step: Callable[[], object]) -> None:
        with self._lock:
            heapq.heappush(self._due, (time.monotonic() + seconds, next(self._order), step))

    # the kinds

    def _alert(self) -> list[Change]:
        return self._emit_alert()

    def _city(self) -> list[Change]:
        from .data import city_event
        from .live import _as_items

        store = self._store
        with store.lock:
            pairs = _as_items(city_event(self._rng, store.world_view(), store.clock.now()))
            return [store.put(dataset, item) for dataset, item in pairs]

    def _open_detections(self) -> list[dict]:
        return [a for a in self._store.items("alerts")
                if a.get("type") == "ai_detection" and a.get("state") in _LIVE]

    def _repeat(self) -> list[Change]:
        with self._store.lock:
            found = self._open_detections()
            if not found:
                return self._city()
            seen = self._rng.choice(found)
            return [raise_alert(self._store, {**seen, "id": self._fresh_id()})]

    def _clear(self) -> list[Change]:
        store = self._store
        with store.lock:
            now = store.clock.now()
            ended = [a for a in self._open_detections()
                     if a["state"] == "new" and a.get("title") in self._sensor_titles
                     and parse(a["created_at"]) <= now - CLEAR_AFTER]
            if not ended:
                return self._city()
            return [store.put("alerts", clear(self._rng.choice(ended), now))]

    def _chatter(self) -> list[Change]:
        """Start a chattering episode on a camera that sees water levels or traffic and has no
        open detection; the city goes on instead when there is none."""
        store = self._store
        with store.lock:
            busy = {a["source"] for a in self._open_detections()}
            cameras = [c for c in store.items("cameras") if c.get("status") == "online"
                       and c["id"] not in busy
                       and set(c.get("ai_features") or ()) & set(SENSOR_FEATURES)]
            if not cameras:
                return self._city()
            camera = self._rng.choice(cameras)
            feature = next(f for f in SENSOR_FEATURES if f in camera["ai_features"])
            changes = self._raise_sensor(camera, feature)
        alert_id = changes[0].item_id
        for seconds, step in CHATTER:
            if step == "clear":
                self._later(seconds, partial(self._clear_one, alert_id))
            else:
                self._later(seconds, partial(self._raise_sensor, camera, feature))
        return changes

    def _raise_sensor(self, camera: dict, feature: str) -> list[Change]:
        from .data.alerts import make_detection

        store = self._store
        with store.lock:
            now = store.clock.now().replace(microsecond=0)
            alert = make_detection(self._rng, self._fresh_id(),
                                   {**camera, "ai_features": [feature]}, now)
            alert.pop("_team", None)
            return [raise_alert(store, alert)]

    def _clear_one(self, alert_id: str) -> list[Change]:
        store = self._store
        with store.lock:
            alert = store.get("alerts", alert_id)
            if alert is None or alert.get("deleted") or alert.get("state") != "new":
                return []  # an operator has taken it meanwhile: it stays
            return [store.put("alerts", clear(alert, store.clock.now()))]

    def _fresh_id(self) -> str:
        from .data.alerts import next_alert_id

        return next_alert_id(self._store.items("alerts"))
