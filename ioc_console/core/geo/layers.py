"""The map's layers: what each shows, from which dataset, built how, styled how.

The console's own layers are :data:`BUILTIN_LAYERS`; plugins add theirs with
``api.register_map_layer`` (ids ``<plugin>.<name>``). The map panel builds its layer control
from a :class:`MapLayerRegistry` and follows it (``changed``) as plugins come and go.

Beyond the agreed fields, a spec may give ``refresh_at(feature) -> datetime | None``: when the
feature goes stale with time alone (a complaint turning due soon, then overdue); the
:class:`~ioc_console.core.geo.deltas.MapFeed` rebuilds it then. ``keys`` names the record keys
``feature`` reads, so that only those are read from the cache (10,000 complaints in half the
time); empty, whole records are read. The ``heat`` layer has no
``feature`` builder (None): its points come from :func:`~ioc_console.core.geo.heat.heat_points`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from ioc_console.core.events import Event
from ioc_console.core.geo.features import (
    ALERT_KEYS,
    CAMERA_KEYS,
    COMPLAINT_KEYS,
    FeatureContext,
    alert_feature,
    camera_feature,
    complaint_feature,
    complaint_refresh_at,
    unit_feature,
)
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText, as_tr_text
from ioc_console.core.store.datasets import dataset
from ioc_console.core.store.match import FieldFilter, as_filters, filter_sql

log = logging.getLogger(__name__)
LAYER_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")
FeatureBuilder = Callable[[dict, FeatureContext], "dict | None"]


@dataclass(frozen=True)
class MapLayerSpec:
    """One layer of the map. ``style`` is plain data for the page (``color``, ``radius``,
    ``symbol``, ``fill``); ``match`` takes only some records of the dataset
    (``{"domain": "healthcare"}`` or :class:`FieldFilter` s).

    ``where``/``params`` are the SQL the core reads the layer with: made here from ``match``
    (parameterised, its fields checked). Only the core's own code and plugins written for
    plugin API 2 give SQL themselves; ``match`` and a hand-written ``where`` do not mix."""

    id: str
    title: TrText
    dataset: str
    feature: FeatureBuilder | None
    where: str = ""
    params: tuple = ()
    style: dict = field(default_factory=dict)
    visible: bool = True
    plugin_id: str = ""
    refresh_at: Callable[[dict], datetime | None] | None = None
    keys: tuple[str, ...] = ()  # the record keys ``feature`` reads (empty: whole records)
    match: tuple[FieldFilter, ...] = ()

    def __post_init__(self) -> None:
        if not LAYER_ID.match(self.id):
            raise ValueError(f"map layer id {self.id!r} must look like 'name' or 'plugin.name'")
        dataset(self.dataset)  # KeyError naming the known datasets
        object.__setattr__(self, "title", as_tr_text(self.title, "MapLayers"))
        object.__setattr__(self, "params", tuple(self.params))
        filters = as_filters(self.match)
        object.__setattr__(self, "match", filters)
        if filters:
            where, params = filter_sql(filters)
            if not self.where:
                object.__setattr__(self, "where", where)
                object.__setattr__(self, "params", params)
            elif (self.where, self.params) != (where, params):  # dataclasses.replace keeps both
                raise ValueError(f"map layer {self.id!r}: give match or where, not both")
        object.__setattr__(self, "style", dict(self.style))
        object.__setattr__(self, "keys", tuple(self.keys))


class MapLayerRegistry:
    """Map layers by id, in registration order; the built-in layers first unless ``specs``
    says otherwise. :attr:`changed` tells ``(spec, added)`` after each change, on the thread
    that made it (plugins load and unload on the GUI thread)."""

    def __init__(self, specs: Iterable[MapLayerSpec] | None = None) -> None:
        self._specs: dict[str, MapLayerSpec] = {}
        self.changed: Event[[MapLayerSpec, bool]] = Event("map_layers.changed")
        for spec in BUILTIN_LAYERS if specs is None else specs:
            self.register(spec)

    def register(self, spec: MapLayerSpec) -> MapLayerSpec:
        if spec.id in self._specs:
            raise ValueError(f"a map layer with id {spec.id!r} is already registered")
        self._specs[spec.id] = spec
        self._tell(spec, True)
        return spec

    def unregister(self, layer_id: str) -> None:
        spec = self._specs.pop(layer_id, None)
        if spec is not None:
            self._tell(spec, False)

    def get(self, layer_id: str) -> MapLayerSpec | None:
        return self._specs.get(layer_id)

    def __contains__(self, layer_id: str) -> bool:
        return layer_id in self._specs

    def __iter__(self) -> Iterator[MapLayerSpec]:
        return iter(list(self._specs.values()))

    def __len__(self) -> int:
        return len(self._specs)

    def for_dataset(self, name: str) -> list[MapLayerSpec]:
        return [s for s in self._specs.values() if s.dataset == name]

    def _tell(self, spec: MapLayerSpec, added: bool) -> None:
        self.changed.emit(spec, added)


BUILTIN_LAYERS: tuple[MapLayerSpec, ...] = (
    MapLayerSpec(
        "units",
        QT_TRANSLATE_NOOP("MapLayers", "Administrative units"),
        "units",
        unit_feature,
        style={"color": "#6e7681", "fill": False},
    ),
    MapLayerSpec(
        "heat",
        QT_TRANSLATE_NOOP("MapLayers", "Complaint density"),
        "complaints",
        None,
        visible=False,
    ),
    MapLayerSpec(
        "complaints",
        QT_TRANSLATE_NOOP("MapLayers", "Complaints (1022)"),
        "complaints",
        complaint_feature,
        style={"color": "#e36209", "radius": 5},
        refresh_at=complaint_refresh_at,
        keys=COMPLAINT_KEYS,
    ),
    MapLayerSpec(
        "cameras",
        QT_TRANSLATE_NOOP("MapLayers", "Cameras"),
        "cameras",
        camera_feature,
        style={"color": "#1f6feb", "radius": 6},
        keys=CAMERA_KEYS,
    ),
    MapLayerSpec(
        "alerts",
        QT_TRANSLATE_NOOP("MapLayers", "Alerts"),
        "alerts",
        alert_feature,
        style={"color": "#d1242f", "radius": 7},
        keys=ALERT_KEYS,
    ),
)
