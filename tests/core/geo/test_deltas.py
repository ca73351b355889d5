"""MapFeed: the page gets what changed in the cache, per layer, and nothing for hidden layers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import NOW

from ioc_console.core.geo.deltas import CHUNK, MapFeed
from ioc_console.core.geo.features import FeatureContext, facility_feature
from ioc_console.core.geo.layers import MapLayerRegistry, MapLayerSpec


class Clock:
    def __init__(self, now):
        self.now = now

    def context(self, cache, as_of=None):
        return FeatureContext.from_cache(cache, now=self.now, as_of=as_of)


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def layers():
    return MapLayerRegistry()


@pytest.fixture
def feed(cache, layers, clock):
    feed = MapFeed(cache, layers, ctx_factory=clock.context)
    cache.changed.connect(feed.note)
    yield feed
    cache.changed.disconnect(feed.note)
    feed.close()


def later(records, minutes=1, **changes):
    stamp = (NOW + timedelta(minutes=minutes)).isoformat()
    return [{**r, **changes, "updated_at": stamp} for r in records]


def by_layer(deltas):
    return {d.layer: d for d in deltas}


def test_snapshot_then_changed_added_and_removed(cache, world, feed):
    (snap,) = feed.snapshot(["complaints"])
    assert snap.layer == "complaints" and not snap.changed and not snap.removed
    assert len(snap.added) == len(world.complaints)
    assert feed.take() == []

    three = world.complaints[10:13]
    cache.apply_items("complaints", later(three, description="Đã cập nhật <b>mới</b>")).result()
    (delta,) = feed.take()
    assert sorted(f["id"] for f in delta.changed) == sorted(c["id"] for c in three)
    assert {f["properties"]["text"] for f in delta.changed} == {"Đã cập nhật <b>mới</b>"}
    assert delta.added == [] and delta.removed == []

    new = {**world.complaints[-1], "id": "PA-2026-999999"}
    gone = world.complaints[20]["id"]
    cache.apply_items("complaints", later([new], minutes=2)).result()
    stamp = (NOW + timedelta(minutes=3)).isoformat()
    cache.apply_items("complaints", [{"id": gone, "updated_at": stamp, "deleted": True}]).result()
    (delta,) = feed.take()
    assert [f["id"] for f in delta.added] == ["PA-2026-999999"]
    assert delta.removed == [gone] and delta.changed == []
    assert delta.to_json() == {
        "layer": "complaints",
        "added": delta.added,
        "changed": [],
        "removed": [gone],
    }
    assert feed.take() == []

    # the page reloaded: a change noted before its snapshot is not sent again
    cache.apply_items("complaints", later(three, minutes=4, channel="email")).result()
    (snap,) = feed.snapshot(["complaints"])
    assert {f["properties"]["channel"] for f in snap.added if f["id"] == three[0]["id"]} == {
        "email"
    }
    assert feed.take() == []


def test_many_changes_are_read_in_chunks(cache, world, feed):
    feed.snapshot(["complaints"])
    assert len(world.complaints) > CHUNK  # more ids than one read takes
    cache.apply_items("complaints", later(world.complaints, channel="zalo")).result()
    (delta,) = feed.take()
    assert len(delta.changed) == len(world.complaints)
    assert {f["properties"]["channel"] for f in delta.changed} == {"zalo"}


def test_a_filtered_layer_loses_and_gains_records_that_move(cache, world, layers, feed):
    for domain in ("healthcare", "tourism"):
        layers.register(
            MapLayerSpec(
                f"test.{domain}",
                domain,
                "facilities",
                facility_feature,
                where="json_extract(body, '$.domain') = ?",
                params=(domain,),
            )
        )
    snap = by_layer(feed.snapshot(["test.healthcare", "test.tourism"]))
    healthcare = [f for f in world.facilities if f["domain"] == "healthcare"]
    assert len(snap["test.healthcare"].added) == len(healthcare)
    moved = healthcare[0]
    cache.apply_items("facilities", later([moved], domain="tourism")).result()
    deltas = by_layer(feed.take())
    assert deltas["test.healthcare"].removed == [moved["id"]]
    assert [f["id"] for f in deltas["test.tourism"].added] == [moved["id"]]


def test_a_reset_is_a_full_diff(cache, world, feed):
    feed.snapshot(["cameras", "complaints"])
    cache.clear_datasets().result()
    deltas = by_layer(feed.take())
    assert len(deltas["cameras"].removed) == len(world.cameras)
    assert len(deltas["complaints"].removed) == len(world.complaints)

    cache.apply_items("cameras", world.cameras).result()
    (delta,) = feed.take()
    assert delta.layer == "cameras" and len(delta.added) == len(world.cameras)

    # cleared and filled again before the page asked: only what really differs
    cache.clear_datasets().result()
    cache.apply_items("cameras", world.cameras[1:] + later(world.cameras[:1], status="offline"))
    # (the writer runs writes in order: the next result() waits for this one too)
    cache.apply_items("complaints", world.complaints).result()
    deltas = by_layer(feed.take())
    assert [f["id"] for f in deltas["cameras"].changed] == [world.cameras[0]["id"]]
    assert deltas["cameras"].changed[0]["properties"]["status"] == "offline"
    assert not deltas["cameras"].added and not deltas["cameras"].removed
    assert len(deltas["complaints"].added) == len(world.complaints)


def test_hidden_layers_give_nothing_until_shown_again(cache, world, feed):
    feed.snapshot(["cameras"])
    cache.apply_items("complaints", later(world.complaints[:3], description="x")).result()
    assert feed.take() == []
    camera = world.cameras[4]
    feed.hide(["cameras"])
    cache.apply_items("cameras", later([camera], status="maintenance")).result()
    assert feed.take() == []
    (snap,) = feed.snapshot(["cameras"])
    shown = {f["id"]: f for f in snap.added}
    assert shown[camera["id"]]["properties"]["status"] == "maintenance"
    assert feed.take() == []  # the snapshot already holds the change
    assert feed.shown == ["cameras"]


def test_units_follow_the_chosen_day(feed):
    (snap,) = feed.snapshot(["units"])
    assert {f["properties"]["code"] for f in snap.added} == {"29869", "29884", "29888"}
    delta = feed.set_as_of(date(2024, 6, 1))
    assert len(delta.removed) == 3 and len(delta.added) == 15
    assert feed.set_as_of(date(2024, 1, 1)).to_json()["added"] == []  # same units: nothing
    delta = feed.set_as_of(None)
    assert len(delta.removed) == 15 and len(delta.added) == 3


def test_complaints_turn_due_soon_then_overdue_as_time_passes(cache, world, feed, clock):
    record = next(c for c in world.complaints if c["status"] == "open")
    deadline = NOW + timedelta(hours=30)
    cache.apply_items("complaints", later([record], legal_deadline=deadline.isoformat())).result()
    feed.snapshot(["complaints"])
    assert feed.take() == []
    clock.now = deadline - timedelta(hours=23)
    (delta,) = feed.take()
    assert [(f["id"], f["properties"]["state_class"]) for f in delta.changed] == [
        (record["id"], "due_soon")
    ]
    clock.now = deadline + timedelta(seconds=1)
    (delta,) = feed.take()
    assert [f["properties"]["state_class"] for f in delta.changed] == ["overdue"]
    clock.now += timedelta(days=1)
    assert feed.take() == []


def test_heat_is_recomputed_when_complaints_change(cache, world, feed):
    assert feed.snapshot(["heat"])[0].to_json()["added"] == []
    feed.take_recompute()
    cache.apply_items("cameras", later(world.cameras[:1])).result()
    assert feed.take_recompute() == []
    cache.apply_items("complaints", later(world.complaints[:1])).result()
    assert feed.take_recompute() == ["heat"]
    assert feed.take_recompute() == []


def test_a_layer_leaving_the_registry_is_forgotten(cache, world, layers, feed):
    spec = MapLayerSpec("test.all", "All", "facilities", facility_feature)
    layers.register(spec)
    feed.snapshot(["test.all"])
    layers.unregister("test.all")
    cache.apply_items("facilities", later(world.facilities[:2], name="x")).result()
    assert feed.take() == [] and feed.shown == []
