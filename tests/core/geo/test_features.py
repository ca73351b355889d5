"""The demo world's records as map features: plain GeoJSON, only records that can be placed."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta

import pytest
from conftest import NOW

from ioc_console.core.domain.admin_units import units_on
from ioc_console.core.geo.features import (
    FeatureContext,
    alert_feature,
    camera_feature,
    complaint_feature,
    facility_feature,
    layer_features,
    state_class,
)
from ioc_console.core.geo.layers import BUILTIN_LAYERS, MapLayerSpec

LAYERS = {spec.id: spec for spec in BUILTIN_LAYERS}
FACILITIES = MapLayerSpec("facilities", "Facilities", "facilities", facility_feature)
POINT_LAYERS = {
    "cameras": LAYERS["cameras"],
    "complaints": LAYERS["complaints"],
    "alerts": LAYERS["alerts"],
    "facilities": FACILITIES,
}
PLAIN = (str, int, float, bool, type(None))


def placeable(record: dict) -> bool:
    lat, lon = record.get("lat"), record.get("lon", record.get("long"))
    return isinstance(lat, (int, float)) and isinstance(lon, (int, float))


def assert_valid_point(feature: dict, record: dict) -> None:
    assert feature["type"] == "Feature"
    assert feature["id"] == record["id"]
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert (lon, lat) == (record.get("lon", record.get("long")), record["lat"])
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    for key, value in feature["properties"].items():
        assert isinstance(value, PLAIN), (feature["id"], key, value)
        assert not isinstance(value, float) or math.isfinite(value)
    assert json.loads(json.dumps(feature)) == feature


@pytest.mark.parametrize("dataset", list(POINT_LAYERS))
def test_every_placeable_record_gives_a_plain_geojson_point(cache, world, dataset):
    ctx = FeatureContext.from_cache(cache, now=NOW)
    features = layer_features(POINT_LAYERS[dataset], cache, ctx)
    records = {r["id"]: r for r in world.dataset(dataset) if placeable(r)}
    assert len(records) > 0
    assert sorted(f["id"] for f in features) == sorted(records)
    # a layer reads only the keys its builder needs: the same features as from whole records
    build = POINT_LAYERS[dataset].feature
    assert features == [build(records[i], ctx) for i in sorted(records)]
    for feature in features:
        assert_valid_point(feature, records[feature["id"]])
        assert feature["properties"]["kind"] == dataset.rstrip("s").replace("facilitie", "facility")


def test_deleted_records_leave_the_map(cache, world):
    cameras = world.cameras[:2]
    complaint = world.complaints[5]
    tombstones = [{"id": c["id"], "updated_at": NOW.isoformat(), "deleted": True} for c in cameras]
    cache.apply_items("cameras", tombstones).result()
    cache.apply_items(
        "complaints", [{"id": complaint["id"], "updated_at": NOW.isoformat(), "deleted": True}]
    ).result()
    ctx = FeatureContext.from_cache(cache, now=NOW)
    camera_ids = {f["id"] for f in layer_features(LAYERS["cameras"], cache, ctx)}
    complaint_ids = {f["id"] for f in layer_features(LAYERS["complaints"], cache, ctx)}
    assert len(camera_ids) == len(world.cameras) - 2
    assert not camera_ids & {c["id"] for c in cameras}
    assert complaint["id"] not in complaint_ids
    # a record that still says deleted in its body is not drawn either
    assert camera_feature({**world.cameras[3], "deleted": True}, ctx) is None


def test_records_with_bad_coordinates_are_left_out_without_a_fault(cache, world):
    base = world.cameras[0]
    stamp = (NOW + timedelta(minutes=1)).isoformat()
    bad = [
        {**base, "id": "cam-text", "lat": "north"},
        {**base, "id": "cam-range", "lat": 95.0},
        {**base, "id": "cam-nolon", "lon": None},
        {**base, "id": "cam-zero", "lat": 0, "lon": 0},
        {**base, "id": "cam-bool", "lat": True},
        {**base, "id": "cam-list", "lon": [105.6]},
    ]
    markup = {**base, "id": "cam-markup", "name": '<img src=x onerror="alert(1)">'}
    cache.apply_items("cameras", [{**r, "updated_at": stamp} for r in [*bad, markup]]).result()
    ctx = FeatureContext.from_cache(cache, now=NOW)
    features = {f["id"]: f for f in layer_features(LAYERS["cameras"], cache, ctx)}
    assert not set(features) & {r["id"] for r in bad}
    assert features["cam-markup"]["properties"]["name"] == markup["name"]  # text, as it came
    assert camera_feature("not a record", ctx) is None
    assert complaint_feature({"id": "x", "lat": 10.4, "long": 105.6, "status": 3}, ctx)


def test_state_class_against_the_deadline():
    now = NOW
    open_complaint = {"status": "open", "state": "in_progress"}

    def due(delta):
        return {**open_complaint, "legal_deadline": (now + delta).isoformat()}

    assert state_class({**due(timedelta(hours=2)), "status": "closed", "state": "closed"}, now) == (
        "closed"
    )
    assert state_class({**due(-timedelta(days=3)), "state": "resolved"}, now) == "closed"
    assert state_class(due(timedelta(hours=2)), now) == "due_soon"
    assert state_class(due(-timedelta(minutes=5)), now) == "overdue"
    assert state_class(due(timedelta(days=5)), now) == "open"
    assert state_class(open_complaint, now) == "open"  # no deadline known


def test_complaint_features_carry_their_state_class(cache, world):
    ctx = FeatureContext.from_cache(cache, now=NOW)
    record = next(c for c in world.complaints if c["status"] == "open")
    classes = {}
    for name, delta in (("soon", timedelta(hours=2)), ("late", -timedelta(hours=1))):
        row = {**record, "legal_deadline": (NOW + delta).isoformat()}
        classes[name] = complaint_feature(row, ctx)["properties"]["state_class"]
    assert classes == {"soon": "due_soon", "late": "overdue"}
    closed = next(c for c in world.complaints if c["status"] == "closed")
    props = complaint_feature(closed, ctx)["properties"]
    assert props["state_class"] == "closed" and props["title"] == closed["service_name"]
    assert props["deadline"] == closed["legal_deadline"]
    assert props["received"] == closed["requested_datetime"]
    assert props["ward"] == closed["current_ward"]


def test_ward_names_and_alert_links(cache, world):
    ctx = FeatureContext.from_cache(cache, now=NOW)
    camera = camera_feature(next(c for c in world.cameras if c["ward"] == "29869"), ctx)
    assert camera["properties"]["ward_name"] == "Phường Cao Lãnh"
    detection = next(a for a in world.alerts if a["type"] == "ai_detection")
    props = alert_feature(detection, ctx)["properties"]
    assert props["camera_id"] == detection["related"]["camera"] and props["complaint_id"] is None
    assert props["priority"] == detection["priority"] and props["is_new"] == (
        detection["state"] == "new"
    )
    warning = next(a for a in world.alerts if a["type"] == "complaint_overdue")
    props = alert_feature(warning, ctx)["properties"]
    assert props["complaint_id"] == warning["related"]["complaint"] and props["camera_id"] is None
    city_wide = next(a for a in world.alerts if a["ward"] is None)
    assert alert_feature(city_wide, ctx)["properties"]["ward_name"] == ""
    # without cached units the names come from the bundled list
    bare = FeatureContext.from_cache(None, now=NOW)
    assert bare.ward_names["29884"] == "Phường Mỹ Ngãi"


@pytest.mark.parametrize("day", [date(2024, 6, 1), date(2025, 3, 1), NOW.date()])
def test_units_as_of_a_day(cache, day):
    ctx = FeatureContext.from_cache(cache, now=NOW, as_of=day)
    features = layer_features(LAYERS["units"], cache, ctx)
    expected = units_on(day)
    assert sorted(f["properties"]["name"] for f in features) == sorted(u.name for u in expected)
    for feature in features:
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
        assert feature["properties"]["quality"] == "approximate"
        assert json.loads(json.dumps(feature)) == feature
    if day == date(2024, 6, 1):
        assert len(features) == 15 and all(f["properties"]["valid_to"] for f in features)
    if day == NOW.date():
        assert {f["properties"]["code"] for f in features} == {"29869", "29884", "29888"}


def test_a_cache_filled_from_the_demo_backend_draws_every_placeable_record(backend, tmp_path):
    from ioc_console.core.store.cache import Cache
    from ioc_console.core.sync.link import BackendTarget, build_engine

    cache = Cache.open(tmp_path / "synced.sqlite3")
    engine = build_engine(
        cache, BackendTarget(backend.url, "operator", "operator-demo", timeout_s=5.0), poll_s=0.5
    )
    try:
        engine.login()
        engine.pull_all()
        ctx = FeatureContext.from_cache(cache)
        for dataset, spec in POINT_LAYERS.items():
            records = [r for r in backend.store.items(dataset) if placeable(r)]
            features = layer_features(spec, cache, ctx)
            assert sorted(f["id"] for f in features) == sorted(r["id"] for r in records)
        today = layer_features(LAYERS["units"], cache, ctx)
        assert {f["properties"]["code"] for f in today} == {"29869", "29884", "29888"}
    finally:
        engine.stop()
        cache.close()


def test_times_from_another_zone_read_on_the_city_s_clock(cache, world):
    """A backend that writes UTC: the details show the time in Cao Lãnh (UTC+7)."""
    ctx = FeatureContext.from_cache(cache, now=NOW)
    complaint = next(c for c in world.complaints if c["status"] == "open")
    row = {
        **complaint,
        "requested_datetime": "2026-11-28T04:10:00Z",
        "legal_deadline": "2026-12-04T10:00:00+00:00",
    }
    props = complaint_feature(row, ctx)["properties"]
    assert props["received"] == "2026-11-28T11:10:00+07:00"
    assert props["deadline"] == "2026-12-04T17:00:00+07:00"
    alert = {**world.alerts[0], "created_at": "2026-11-29T17:05:00Z"}
    assert alert_feature(alert, ctx)["properties"]["created"] == "2026-11-30T00:05:00+07:00"
    odd = {**complaint, "requested_datetime": "hôm qua"}  # not a time: shown as written
    assert complaint_feature(odd, ctx)["properties"]["received"] == "hôm qua"
