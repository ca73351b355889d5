"""The map's alert layer reads a CAP alert's areas from its ``cap`` message: the demo backend's
warnings get their polygon and the polygons of the wards their geocodes name, from the cache."""

from __future__ import annotations

from datetime import datetime

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.geo.features import FeatureContext, alert_feature, layer_features
from ioc_console.core.geo.layers import MapLayerRegistry

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)


def test_demo_cap_alerts_carry_their_areas_on_the_map_and_others_none(cache):
    from ioc_console.demo.data import build_world

    world = build_world(seed=3, now=NOW)
    for name in ("units", "alerts"):
        cache.apply_items(name, world.dataset(name)).result()
    spec = MapLayerRegistry().get("alerts")
    features = layer_features(spec, cache, FeatureContext.from_cache(cache, NOW))
    with_cap = {a["id"] for a in world.alerts if a.get("cap") and not a.get("deleted")}
    assert with_cap
    for feature in features:
        if feature["id"] in with_cap:
            shapes = feature["areas"]
            assert shapes and all(s["type"] in ("Polygon", "MultiPolygon") for s in shapes)
            # the warning's own box, then its geocodes' wards from the cached unit shapes
            assert len(shapes) > 1
        else:
            assert "areas" not in feature


def test_an_unreadable_cap_message_leaves_the_alert_marker_alone():
    row = {"id": "a", "priority": 1, "lat": 10.45, "lon": 105.63, "cap": "<alert>broken"}
    feature = alert_feature(row, FeatureContext(NOW))
    assert feature is not None and "areas" not in feature
    assert feature["geometry"]["coordinates"] == [105.63, 10.45]


def test_an_alert_whose_area_alone_changed_across_a_resync_is_redrawn(cache):
    from cap_samples import CITY_SQUARE, area, info, message

    from ioc_console.core.geo.deltas import MapFeed

    def row(areas: tuple[str, ...], stamp: str) -> dict:
        cap = message("m", NOW, (info("Mưa", areas=areas),))
        return {"id": "a", "priority": 2, "type": "cap_warning", "title": "Mưa", "state": "new",
                "lat": 10.45, "lon": 105.63, "cap": cap, "updated_at": stamp}

    feed = MapFeed(cache, MapLayerRegistry())
    cache.changed.connect(feed.note)
    try:
        first_row = row((area("A", CITY_SQUARE),), "2026-11-20T09:00:00+07:00")
        cache.apply_items("alerts", [first_row]).result()
        [first] = feed.snapshot(["alerts"])
        assert [f["areas"][0]["type"] for f in first.added] == ["Polygon"]
        cache.clear_datasets().result()  # a new scope or backend: read again from scratch
        cache.apply_items("alerts", [row((area("B", circle=(10.45, 105.63, 1.0)),),
                                         "2026-11-20T09:05:00+07:00")]).result()
        [delta] = feed.take()
        assert [f["areas"][0]["type"] for f in delta.changed] == ["Circle"]
    finally:
        cache.changed.disconnect(feed.note)
        feed.close()
