"""What goes on the map, Qt-free: GeoJSON features of the cached records, the map's layers,
the live deltas the map page applies, the complaint density and offline MBTiles tiles."""

from ioc_console.core.geo.deltas import LayerDelta, MapFeed
from ioc_console.core.geo.features import FeatureContext, layer_features
from ioc_console.core.geo.layers import BUILTIN_LAYERS, MapLayerRegistry, MapLayerSpec

__all__ = [
    "BUILTIN_LAYERS",
    "FeatureContext",
    "LayerDelta",
    "MapFeed",
    "MapLayerRegistry",
    "MapLayerSpec",
    "layer_features",
]
