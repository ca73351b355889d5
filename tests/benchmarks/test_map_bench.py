"""The map's features beside a plain read, measured in the same run on 10,000 complaints read
from the demo backend:

- every complaint as a map feature, against reading and decoding every complaint's record;
- the page's first snapshot (cameras, complaints, alerts, units), against the same plain read;
- the deltas of 500 changed complaints among 10,000, against a plain read of those 500 rows.

    make bench
"""

from __future__ import annotations

import json
import random
import time
from datetime import timedelta

import pytest

from ioc_console.core.clock import city_now
from ioc_console.core.geo.deltas import MapFeed
from ioc_console.core.geo.features import FeatureContext, layer_features
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.store.cache import Cache
from ioc_console.core.sync.link import BackendTarget, build_engine
from ioc_console.demo.backend import DemoBackend

ROUNDS = 5


def best(fn):
    """The fastest of ROUNDS runs (the others were disturbed by something else)."""
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def line(label, seconds, base):
    print(f"  {label:<52}{seconds * 1000:9.0f} ms   ratio {seconds / base:5.2f}")


@pytest.fixture
def cache(tmp_path):
    """A cache holding the demo city with 10,000 complaints, read through the sync engine."""
    cache = Cache.open(tmp_path / "bench.sqlite3")
    demo = DemoBackend(seed=3, rate=0, complaints=10_000)
    demo.start()
    engine = build_engine(cache, BackendTarget(demo.url, "operator", "operator-demo"))
    try:
        engine.login()
        engine.pull_all()
    finally:
        engine.stop()
        demo.stop()
    yield cache
    cache.close()


def test_map_features_against_a_plain_read(cache):
    n = cache.count("complaints")
    assert n > 9000
    layers = MapLayerRegistry()

    def plain(where="", params=()):
        sql = "SELECT body FROM complaints" + (f" WHERE {where}" if where else "")
        return [json.loads(b) for (b,) in cache.conn.execute(sql, params)]

    print()
    base, rows = best(plain)
    line(f"plain read of {n} complaints (baseline)", base, base)
    ctx = FeatureContext.from_cache(cache)
    spent, features = best(lambda: layer_features(layers.get("complaints"), cache, ctx))
    assert len(features) == len(rows)
    line(f"{n} complaints as map features", spent, base)

    feed = MapFeed(cache, layers)
    shown = ["cameras", "complaints", "alerts", "units"]
    spent, _ = best(lambda: feed.snapshot(shown))
    line("first snapshot (cameras, complaints, alerts, units)", spent, base)

    cache.changed.connect(feed.note)
    some = random.Random(1).sample(rows, 500)
    ids = [c["id"] for c in some]
    marks = ",".join("?" * len(ids))
    base500, _ = best(lambda: plain(f"id IN ({marks})", tuple(ids)))
    stamp = (city_now() + timedelta(minutes=5)).isoformat()
    changed = []
    for round_ in range(ROUNDS):
        cache.apply_items(
            "complaints", [{**c, "channel": f"r{round_}", "updated_at": stamp} for c in some]
        ).result()
        start = time.perf_counter()
        (delta,) = feed.take()
        changed.append(time.perf_counter() - start)
        stamp = (city_now() + timedelta(minutes=6 + round_)).isoformat()
        assert len(delta.changed) == 500
    line("plain read of 500 rows (baseline)", base500, base500)
    line(f"deltas of 500 changed complaints among {n}", min(changed), base500)
    cache.changed.disconnect(feed.note)
