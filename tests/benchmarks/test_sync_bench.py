"""The sync engine beside a plain baseline, measured in the same run against the demo backend:

- a full read of 10,000 complaints into the cache, against the same pages fetched with plain
  ``requests`` and inserted with one ``executemany``;
- an incremental read of 100 changes, against the same plain fetch and insert;
- draining 1,000 queued actions, against the same POSTs from a plain ``requests`` session.

    make bench
"""

from __future__ import annotations

import json
import sqlite3
import time

import pytest
import requests

from ioc_console.core.store.cache import Cache
from ioc_console.core.store.datasets import dataset
from ioc_console.core.sync.link import BackendTarget, build_engine
from ioc_console.core.sync.pull import pull_dataset
from ioc_console.demo.backend import DemoBackend

USER = ("operator", "operator-demo")
LIMIT = 500


@pytest.fixture(scope="module")
def backend():
    demo = DemoBackend(seed=3, rate=0, complaints=10_000)
    demo.start()
    yield demo
    demo.stop()


def plain_read(backend, path, since=None) -> int:
    """The baseline: fetch every page with plain requests, one executemany into SQLite."""
    session = requests.Session()
    token = session.post(
        f"{backend.url}/api/v1/auth/token", json={"username": USER[0], "password": USER[1]}
    ).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    params = {"limit": LIMIT}
    if since:
        params["updated_since"] = since
    rows = []
    while True:
        page = session.get(f"{backend.url}/api/v1{path}", params=params).json()
        rows += [(i["id"], i["updated_at"], json.dumps(i)) for i in page["items"]]
        if not page["next_cursor"]:
            break
        params["cursor"] = page["next_cursor"]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, updated_at TEXT, body TEXT)")
    with conn:
        conn.executemany("INSERT OR REPLACE INTO t VALUES (?, ?, ?)", rows)
    return len(rows)


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def line(label, seconds, base):
    print(f"  {label:<44}{seconds * 1000:9.0f} ms   ratio {seconds / base:5.2f}")


def test_sync_against_plain_requests(backend, tmp_path):
    cache = Cache.open(tmp_path / "bench.sqlite3")
    engine = build_engine(cache, BackendTarget(backend.url, *USER), events=False)
    engine.login()
    complaints = dataset("complaints")
    print()

    base_full, n = timed(lambda: plain_read(backend, "/complaints"))
    full, result = timed(lambda: pull_dataset(cache, engine.client, complaints))
    assert n == result.rows == len(backend.store.items("complaints")) > 9_500
    print(f"full read of {n} complaints")
    line("plain requests + one executemany (baseline)", base_full, base_full)
    line("sync engine into the cache", full, base_full)

    since = cache.dataset_status("complaints").since
    backend.touch("complaints", 100)
    base_inc, n = timed(lambda: plain_read(backend, "/complaints", since))
    inc, result = timed(lambda: pull_dataset(cache, engine.client, complaints))
    assert n == result.received == 100
    print("incremental read of 100 changes")
    line("plain requests + one executemany (baseline)", base_inc, base_inc)
    line("sync engine into the cache", inc, base_inc)

    # each side comments on its own half of the alerts, so their answers grow alike
    alerts = [a["id"] for a in backend.store.items("alerts")]
    half = len(alerts) // 2
    plain = [(f"/alerts/{alerts[i % half]}/actions", i) for i in range(1000)]
    queued = [(f"/alerts/{alerts[half + i % half]}/actions", i) for i in range(1000)]
    session = requests.Session()
    token = requests.post(
        f"{backend.url}/api/v1/auth/token", json={"username": USER[0], "password": USER[1]}
    ).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"

    def plain_posts():
        for path, i in plain:
            session.post(
                f"{backend.url}/api/v1{path}",
                json={"action": "comment", "text": f"plain {i}"},
                headers={"Idempotency-Key": f"plain-{i}"},
            ).raise_for_status()

    base_drain, _ = timed(plain_posts)
    for path, i in queued:
        cache.enqueue(path, {"action": "comment", "text": f"queued {i}"}, dataset="alerts")
    cache.writer.submit(lambda c: None).result()  # every action is on disk
    drain, delivered = timed(engine.push)
    assert delivered == 1000 and cache.outbox_count() == 0
    print("draining 1,000 queued actions")
    line("plain requests session (baseline)", base_drain, base_drain)
    line("outbox through the sync engine", drain, base_drain)
    cache.close()
