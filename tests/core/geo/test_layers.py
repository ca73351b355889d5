"""The map's layer registry: the console's layers, plugin layers coming and going."""

from __future__ import annotations

import pytest

from ioc_console.core.geo.features import facility_feature
from ioc_console.core.geo.layers import BUILTIN_LAYERS, MapLayerRegistry, MapLayerSpec
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText


def test_the_console_layers_come_first_with_translatable_titles():
    registry = MapLayerRegistry()
    ids = [spec.id for spec in registry]
    assert set(ids) == {"cameras", "complaints", "alerts", "units", "heat"}
    assert ids == [spec.id for spec in BUILTIN_LAYERS]
    for spec in registry:
        assert isinstance(spec.title, TrText) and spec.title.context == "MapLayers"
        assert spec.plugin_id == ""
    heat = registry.get("heat")
    assert heat.dataset == "complaints" and heat.feature is None and not heat.visible
    assert len(MapLayerRegistry(())) == 0


def test_register_and_unregister_tell_the_listeners_in_order():
    registry = MapLayerRegistry()
    heard = []
    registry.changed.connect(lambda spec, added: heard.append((spec.id, added)))
    registry.changed.connect(lambda spec, added: 1 / 0)  # a fault does not stop the others
    spec = MapLayerSpec(
        "shops.markets",
        QT_TRANSLATE_NOOP("Shops", "Markets"),
        "facilities",
        facility_feature,
        where="json_extract(body, '$.kind') = ?",
        params=["Chợ"],
        style={"color": "#123456"},
        plugin_id="shops",
    )
    registry.register(spec)
    assert [s.id for s in registry][-1] == "shops.markets"
    assert registry.get("shops.markets").params == ("Chợ",)
    with pytest.raises(ValueError, match="already registered"):
        registry.register(spec)
    registry.unregister("shops.markets")
    registry.unregister("shops.markets")  # twice: nothing more happens
    assert heard == [("shops.markets", True), ("shops.markets", False)]
    assert "shops.markets" not in registry


def test_bad_specs_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="map layer id"):
        MapLayerSpec("Bad Id", "x", "facilities", facility_feature)
    with pytest.raises(KeyError, match="unknown dataset"):
        MapLayerSpec("x.y", "x", "shops", facility_feature)
    plain = MapLayerSpec("x.y", "Plain title", "facilities", facility_feature)
    assert plain.title.context == "MapLayers"
