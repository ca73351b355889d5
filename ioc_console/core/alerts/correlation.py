"""Related alerts grouped under an incident, and the chattering pattern.

Two open alerts are related when they are at the same place (the same ``place`` text, or within
200 m) and raised within 10 minutes of each other, or when they name the same camera and were
raised within an hour of each other. A new alert joins the incident of the first related alert
found; the incident is named by the id of the alert that started it.

Lookups go through buckets (place text, a ~200 m grid cell, a camera; each per 10-minute slot),
so adding an alert costs the same with 100 or 100,000 alerts in the book.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import timedelta

from ioc_console.core.alerts.model import Alert

NEAR_METRES = 200.0
WINDOW = timedelta(minutes=10)
CAMERA_WINDOW = timedelta(hours=1)
CHATTER_COUNT = 3  # activations ...
CHATTER_WINDOW = timedelta(seconds=60)  # ... within this long
# buckets twice the reach, so that a probe looks at the bucket and its neighbour on the near
# side only (2 x 2 cells, 2 time slots)
_CELL_DEG = 0.004  # about 440 m of latitude; of longitude at the city's 10.5°N
_WINDOW_S = WINDOW.total_seconds()
_CAMERA_WINDOW_S = CAMERA_WINDOW.total_seconds()
_SLOT_S = 2 * _WINDOW_S
_CAMERA_SLOT_S = 2 * _CAMERA_WINDOW_S
_ACTIVATIONS = ("reopen",)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_000 * math.asin(min(1.0, math.sqrt(a)))


def is_chattering(alert: Alert) -> bool:
    """Whether ``alert`` went active (raised, or re-opened after the system cleared it)
    :data:`CHATTER_COUNT` or more times within :data:`CHATTER_WINDOW`."""
    times = [alert.raised_at] + [h.at for h in alert.history if h.action in _ACTIVATIONS]
    if len(times) < CHATTER_COUNT:
        return False
    times.sort()
    span = CHATTER_COUNT - 1
    return any(times[i + span] - times[i] <= CHATTER_WINDOW for i in range(len(times) - span))


def related(a: Alert, b: Alert) -> bool:
    """Whether ``a`` and ``b`` belong to one incident (see the module's text)."""
    gap = abs(a.raised_at - b.raised_at)
    if (a.related_cameras and b.related_cameras and gap <= CAMERA_WINDOW
            and not set(a.related_cameras).isdisjoint(b.related_cameras)):
        return True
    if gap > WINDOW:
        return False
    if a.place and a.place == b.place:
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_m(a.lat, a.lon, b.lat, b.lon) <= NEAR_METRES


def _near(value: float, size: float) -> tuple[int, int]:
    """The bucket of ``value`` and its neighbour on the nearer side."""
    index = int(value // size)
    return (index, index - 1) if value - index * size < size / 2 else (index, index + 1)


class _Spot:
    """What the correlation looks at of an alert, with its time as a number."""

    __slots__ = ("cameras", "lat", "lon", "place", "ts")

    def __init__(self, alert: Alert) -> None:
        self.ts = alert.raised_at.timestamp()
        self.place = alert.place
        self.lat = alert.lat
        self.lon = alert.lon
        self.cameras = frozenset(alert.related_cameras)

    def related(self, other: _Spot) -> bool:
        gap = abs(self.ts - other.ts)
        if self.cameras and gap <= _CAMERA_WINDOW_S and not self.cameras.isdisjoint(
                other.cameras):
            return True
        if gap > _WINDOW_S:
            return False
        if self.place and self.place == other.place:
            return True
        if self.lat is None or self.lon is None or other.lat is None or other.lon is None:
            return False
        return distance_m(self.lat, self.lon, other.lat, other.lon) <= NEAR_METRES


class Correlator:
    """Which incident each alert belongs to; not thread-safe (the book holds its lock)."""

    def __init__(self) -> None:
        self._buckets: dict[tuple, set[str]] = {}
        self._keys: dict[str, list[tuple]] = {}
        self._spots: dict[str, _Spot] = {}
        self.incident_of: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}

    @staticmethod
    def _own_keys(spot: _Spot) -> list[tuple]:
        keys: list[tuple] = []
        slot = int(spot.ts // _SLOT_S)
        if spot.place:
            keys.append(("p", spot.place, slot))
        if spot.lat is not None and spot.lon is not None:
            keys.append(("g", int(spot.lat // _CELL_DEG), int(spot.lon // _CELL_DEG), slot))
        cam_slot = int(spot.ts // _CAMERA_SLOT_S)
        keys.extend(("c", camera, cam_slot) for camera in spot.cameras)
        return keys

    @staticmethod
    def _probe_keys(spot: _Spot) -> Iterator[tuple]:
        slots = _near(spot.ts, _SLOT_S)
        if spot.place:
            for s in slots:
                yield ("p", spot.place, s)
        if spot.lat is not None and spot.lon is not None:
            rows, cols = _near(spot.lat, _CELL_DEG), _near(spot.lon, _CELL_DEG)
            for s in slots:
                for cy in rows:
                    for cx in cols:
                        yield ("g", cy, cx, s)
        for camera in spot.cameras:
            for s in _near(spot.ts, _CAMERA_SLOT_S):
                yield ("c", camera, s)

    def add(self, alert: Alert) -> str:
        """File ``alert`` (open) and return its incident id (its own id when alone)."""
        if alert.id in self._spots:
            self.remove(alert.id)
        spot = _Spot(alert)
        incident = None
        for key in self._probe_keys(spot):
            for other_id in self._buckets.get(key, ()):
                if spot.related(self._spots[other_id]):
                    incident = self.incident_of[other_id]
                    break
            if incident is not None:
                break
        incident = incident or alert.id
        self._spots[alert.id] = spot
        keys = self._own_keys(spot)
        self._keys[alert.id] = keys
        for key in keys:
            self._buckets.setdefault(key, set()).add(alert.id)
        self.incident_of[alert.id] = incident
        self.members.setdefault(incident, set()).add(alert.id)
        return incident

    def remove(self, alert_id: str) -> str | None:
        """Forget ``alert_id``; the incident it was in (None when unknown)."""
        if self._spots.pop(alert_id, None) is None:
            return None
        for key in self._keys.pop(alert_id, ()):
            bucket = self._buckets.get(key)
            if bucket is not None:
                bucket.discard(alert_id)
                if not bucket:
                    del self._buckets[key]
        incident = self.incident_of.pop(alert_id)
        members = self.members.get(incident)
        if members is not None:
            members.discard(alert_id)
            if not members:
                del self.members[incident]
        return incident

    def clear(self) -> None:
        self.__init__()  # type: ignore[misc]
