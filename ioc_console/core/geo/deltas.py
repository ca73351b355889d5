"""What the map page must add, change and remove, from the cache's changes.

:class:`MapFeed` remembers which feature ids the page holds for each layer it shows. The Qt
side calls :meth:`MapFeed.note` with every cache :class:`~ioc_console.core.store.changes.Change`
(cheap: ids are only remembered) and :meth:`MapFeed.take` on a timer (at most twice a second);
``take`` re-reads only the noted rows, in chunks, and turns them into :class:`LayerDelta`
objects. A layer counts as shown from its :meth:`~MapFeed.snapshot` until :meth:`~MapFeed.hide`
(or until it leaves the registry); layers not shown are skipped and come back whole with the
next snapshot.

Beyond the agreed calls: ``hide(layer_ids)``; ``take_recompute()`` names the shown layers
without a feature builder (``heat``) whose dataset changed; features whose spec gives
``refresh_at`` are rebuilt when that moment passes (a complaint turning due soon, then overdue).
``ctx_factory`` is called as ``ctx_factory(cache, as_of=day)``.
"""

from __future__ import annotations

import heapq
import logging
import threading
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime

from ioc_console.core.geo.features import FeatureContext
from ioc_console.core.geo.layers import MapLayerRegistry, MapLayerSpec
from ioc_console.core.geo.rows import read_rows
from ioc_console.core.geo.values import skipped
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change

log = logging.getLogger(__name__)
CHUNK = 500  # ids per ``id IN (...)`` read, well below SQLite's variable limit


@dataclass
class LayerDelta:
    layer: str
    added: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def to_json(self) -> dict:
        return {
            "layer": self.layer,
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
        }


def _fingerprint(feature: dict) -> int:
    """Equal for equal features from one builder (its keys come in one order)."""
    geometry = feature.get("geometry") or {}
    coordinates = geometry.get("coordinates")
    if geometry.get("type") == "Point" and isinstance(coordinates, list):
        shape: object = tuple(coordinates)
    else:
        shape = repr(geometry)
    areas = repr(feature["areas"]) if "areas" in feature else None  # a CAP alert's areas
    try:
        return hash((shape, tuple(feature.get("properties", {}).items()), areas))
    except TypeError:  # properties that are not plain (a plugin's lists): slower, still exact
        return hash(repr(feature))


class MapFeed:
    """Tracks which feature ids the page holds per layer, and turns cache Changes into
    deltas."""

    def __init__(
        self,
        cache: Cache | None,
        layers: MapLayerRegistry,
        ctx_factory: Callable[..., FeatureContext] = FeatureContext.from_cache,
        guard: AbstractContextManager[object] | None = None,
    ) -> None:
        """``guard`` is held while a layer that went away is forgotten: the lock under which
        its user calls :meth:`take` on another thread (the map reads off the GUI thread)."""
        self._cache = cache
        self._guard: AbstractContextManager[object] = guard if guard is not None else nullcontext()
        self._layers = layers
        self._ctx_factory = ctx_factory
        self._as_of: date | None = None
        self._lock = threading.Lock()
        self._known: dict[str, dict[str, int]] = {}  # shown layer -> feature id -> fingerprint
        self._pending: dict[str, set[str]] = {}  # dataset -> ids noted (any thread)
        self._reset: set[str] = set()  # datasets reset (any thread)
        self._layer_pending: dict[str, set[str]] = {}  # shown layer -> ids to rebuild
        self._layer_reset: set[str] = set()  # shown layers to diff whole
        self._dirty: set[str] = set()  # datasets changed, for take_recompute
        self._expiry: list[tuple[datetime, str, str]] = []  # (when, layer, feature id)
        self._expires: dict[tuple[str, str], datetime] = {}  # the latest of each feature
        layers.changed.connect(self._layer_event)

    def close(self) -> None:
        self._layers.changed.disconnect(self._layer_event)

    @property
    def as_of(self) -> date | None:
        """The day the units layer shows (None: today)."""
        return self._as_of

    @property
    def shown(self) -> list[str]:
        return [spec.id for spec in self._layers if spec.id in self._known]

    def _ctx(self) -> FeatureContext:
        return self._ctx_factory(self._cache, as_of=self._as_of)

    # -- what the page holds ------------------------------------------------------------------

    def snapshot(self, layer_ids: Iterable[str]) -> list[LayerDelta]:
        """The whole of each layer (everything ``added``); the page replaces what it held."""
        layer_ids = list(layer_ids)
        self._flush()
        for layer_id in layer_ids:  # what was noted so far is in the reads below
            self._layer_pending.pop(layer_id, None)
            self._layer_reset.discard(layer_id)
        ctx = self._ctx()
        out = []
        for layer_id in layer_ids:
            spec = self._layers.get(layer_id)
            if spec is None:
                log.debug("map layer %s is not registered", layer_id)
                continue
            self._known[layer_id] = {}
            delta = LayerDelta(layer_id)
            if spec.feature is not None:
                delta = self._diff(spec, None, ctx)
            out.append(delta)
        return out

    def hide(self, layer_ids: Iterable[str]) -> None:
        """The page dropped these layers: they are skipped until their next snapshot."""
        for layer_id in layer_ids:
            self._forget(layer_id)

    def _layer_event(self, spec: MapLayerSpec, added: bool) -> None:
        if not added:
            self._forget(spec.id)

    def _forget(self, layer_id: str) -> None:
        with self._guard:
            self._known.pop(layer_id, None)
            self._layer_pending.pop(layer_id, None)
            self._layer_reset.discard(layer_id)

    # -- changes --------------------------------------------------------------------------------

    def note(self, change: Change) -> None:
        """Remember what ``change`` touched; safe from any thread."""
        with self._lock:
            self._dirty.add(change.dataset)
            if change.reset:
                self._reset.add(change.dataset)
                self._pending.pop(change.dataset, None)
            elif change.dataset not in self._reset and change.ids:
                self._pending.setdefault(change.dataset, set()).update(change.ids)

    def _flush(self) -> None:
        """Hand what was noted, per dataset, to the shown layers of each dataset (GUI thread)."""
        with self._lock:
            pending, self._pending = self._pending, {}
            reset, self._reset = self._reset, set()
        if not (pending or reset):
            return
        for spec in self._layers:
            if spec.id not in self._known or spec.feature is None:
                continue
            if spec.dataset in reset:
                self._layer_reset.add(spec.id)
                self._layer_pending.pop(spec.id, None)
            elif spec.dataset in pending and spec.id not in self._layer_reset:
                self._layer_pending.setdefault(spec.id, set()).update(pending[spec.dataset])

    def take(self) -> list[LayerDelta]:
        """The deltas since the last take, one per shown layer that changed."""
        self._flush()
        if not (self._layer_pending or self._layer_reset or self._expiry):
            return []
        pending, self._layer_pending = self._layer_pending, {}
        reset, self._layer_reset = self._layer_reset, set()
        ctx = self._ctx()
        expired = self._expired(ctx.now)
        out = []
        for spec in self._layers:
            if spec.id not in self._known or spec.feature is None:
                continue
            if spec.id in reset:
                delta = self._diff(spec, None, ctx)
            else:
                ids = pending.get(spec.id, set())
                delta = self._diff(spec, ids, ctx, only_different=False)
                later = expired.get(spec.id, set()) - ids
                if later:
                    extra = self._diff(spec, later, ctx)
                    delta.changed += extra.changed
                    delta.removed += extra.removed
            if delta:
                out.append(delta)
        return out

    def take_recompute(self) -> list[str]:
        """The shown layers without a feature builder (``heat``) whose dataset changed since
        the last call: the Qt side computes them again."""
        with self._lock:
            dirty, self._dirty = self._dirty, set()
        return [
            s.id
            for s in self._layers
            if s.feature is None and s.id in self._known and s.dataset in dirty
        ]

    def set_as_of(self, day: date | None) -> LayerDelta:
        """Show the units in force on ``day`` (None: today); the delta for the units layer
        (empty when it is not shown: its next snapshot uses the day)."""
        self._as_of = day
        spec = self._layers.get("units")
        if spec is None or spec.id not in self._known or spec.feature is None:
            return LayerDelta("units")
        return self._diff(spec, None, self._ctx())

    # -- diffing -------------------------------------------------------------------------------

    def _diff(
        self,
        spec: MapLayerSpec,
        ids: set[str] | None,
        ctx: FeatureContext,
        only_different: bool = True,
    ) -> LayerDelta:
        """Rebuild ``ids`` (None: the whole layer) against what the page holds. A rebuilt
        feature the page holds is ``changed`` (with ``only_different``, when it differs)."""
        known = self._known.setdefault(spec.id, {})
        delta = LayerDelta(spec.id)
        if ids is None:
            rows = read_rows(self._cache, spec.dataset, spec.keys, spec.where, spec.params)
            gone = set(known)
        else:
            rows = self._read(spec, ids)
            gone = set(ids) & set(known)
        for row in rows:
            feature = self._build(spec, row, ctx)
            if feature is None:
                continue
            fid = feature["id"]
            gone.discard(fid)
            fingerprint = _fingerprint(feature)
            if fid not in known:
                delta.added.append(feature)
            elif not only_different or known[fid] != fingerprint:
                delta.changed.append(feature)
            known[fid] = fingerprint
            self._schedule(spec, feature)
        for fid in gone:
            del known[fid]
            delta.removed.append(fid)
        delta.removed.sort()
        return delta

    def _read(self, spec: MapLayerSpec, ids: set[str]) -> list[dict]:
        ordered = sorted(ids)
        rows: list[dict] = []
        for start in range(0, len(ordered), CHUNK):
            chunk = tuple(ordered[start : start + CHUNK])
            where = f"id IN ({','.join('?' * len(chunk))})"
            if spec.where:
                where = f"({spec.where}) AND {where}"
            rows += read_rows(self._cache, spec.dataset, spec.keys, where, spec.params + chunk)
        return rows

    @staticmethod
    def _build(spec: MapLayerSpec, row: dict, ctx: FeatureContext) -> dict | None:
        try:
            feature = spec.feature(row, ctx)  # type: ignore[misc]
        except Exception as exc:  # a plugin's builder must not break the map
            skipped(spec.id, row, f"its feature builder failed: {exc!r}")
            return None
        if feature is not None and not isinstance(feature.get("id"), str):
            skipped(spec.id, row, "its feature has no text id")
            return None
        return feature

    def _schedule(self, spec: MapLayerSpec, feature: dict) -> None:
        if spec.refresh_at is None:
            return
        try:
            when = spec.refresh_at(feature)
        except Exception as exc:
            skipped(spec.id, feature, f"refresh_at failed: {exc!r}")
            return
        key = (spec.id, feature["id"])
        if when is None:
            self._expires.pop(key, None)
        elif self._expires.get(key) != when:
            self._expires[key] = when
            heapq.heappush(self._expiry, (when, spec.id, feature["id"]))

    def _expired(self, now: datetime) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        while self._expiry and self._expiry[0][0] <= now:
            when, layer, fid = heapq.heappop(self._expiry)
            if self._expires.get((layer, fid)) != when:
                continue  # rebuilt since, with another moment
            del self._expires[(layer, fid)]
            if fid in self._known.get(layer, {}):
                out.setdefault(layer, set()).add(fid)
        return out
