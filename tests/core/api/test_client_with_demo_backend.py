"""The backend client against the real demo backend on loopback."""

from __future__ import annotations

import time
import uuid

import pytest
from waiting import wait_until

from ioc_console.core.api.errors import ApiError
from ioc_console.core.api.events import EventStream
from ioc_console.core.api.rest import RestClient

COMPLAINTS = 240


@pytest.fixture(scope="module")
def backend():
    from ioc_console.demo.backend import DemoBackend

    demo = DemoBackend(seed=3, rate=0, complaints=COMPLAINTS, heartbeat_s=0.5)
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def client(backend):
    with RestClient(backend.url, connect_timeout=1, read_timeout=5, backoff_factor=0.05) as c:
        c.login("operator", "operator-demo")
        yield c


def test_login_and_me(client):
    assert client.me()["role"] == "operator"


def test_complaints_in_pages(client, backend):
    pages = list(client.pages("/complaints", {"limit": 100}))
    ids = [item["id"] for items, _, _ in pages for item in items]
    total = len(backend.store.items("complaints"))  # about COMPLAINTS: the world draws it
    assert [len(items) for items, _, _ in pages] == [100, 100, total - 200]
    assert len(set(ids)) == total
    assert pages[-1][1] is None
    assert all(not item["deleted"] for items, _, _ in pages for item in items)


def test_etag_gives_304(client):
    body, etag = client.get_json("/cameras", {"limit": 1000})
    assert body["items"] and etag
    assert client.get_json("/cameras", {"limit": 1000}, etag=etag) == (None, etag)


def test_updated_since_brings_the_changes(backend, client):
    _, _, server_time = next(client.pages("/alerts", {"limit": 1}))
    touched = {change.item_id for change in backend.touch("alerts", 3)}
    changed = [
        item["id"] for items, _, _ in client.updated_since("/alerts", server_time) for item in items
    ]
    assert set(changed) == touched


def test_an_alert_action_applies_once(backend, client):
    alerts = [i for items, _, _ in client.pages("/alerts", {"limit": 1000}) for i in items]
    alert = next(a for a in alerts if a["state"] == "new")
    key = str(uuid.uuid4())
    body = {"action": "acknowledge", "expected_state": "new"}
    path = f"/alerts/{alert['id']}/actions"
    first = client.post_json(path, body, key)
    assert first["applied"] is True and first["alert"]["state"] == "acknowledged"
    assert client.post_json(path, body, key) == first  # replayed, not applied again
    assert [a for a in backend.applied_actions if a[0] == key] == [
        (key, alert["id"], "acknowledge")
    ]
    with pytest.raises(ApiError) as err:
        client.post_json(path, body, str(uuid.uuid4()))  # expected "new", it is not any more
    assert err.value.kind == "conflict"
    assert err.value.body["current"]["state"] == "acknowledged"


def test_an_expired_token_is_renewed(backend, client):
    backend.store.sessions.clear()
    assert client.me()["username"] == "operator"


def test_a_ward_clerk_cannot_read_another_ward(backend):
    with RestClient(backend.url, connect_timeout=1, read_timeout=5) as clerk:
        clerk.login("clerk.caolanh", "clerk.caolanh-demo")
        with pytest.raises(ApiError) as err:
            clerk.get_json("/complaints", {"ward": "29884"})
        assert err.value.kind == "forbidden"


def test_fault_503_with_retry_after_is_retried(backend, client):
    backend.faults.fail_next(1, 503, retry_after=1, prefix="/api/v1/kpis")
    started = time.monotonic()
    body, _ = client.get_json("/kpis")
    assert body["items"] and time.monotonic() - started >= 0.9


def test_event_stream_survives_a_backend_restart(backend, client):
    applied: list[str] = []
    states: list[str] = []
    last = str(backend.store.last_event_id)
    stream = EventStream(
        client,
        last,
        lambda i, d: applied.append(i),
        lambda: None,
        lambda s, d: states.append(s),
        backoff_initial=0.05,
        backoff_max=0.2,
    )
    stream.start()
    try:
        wait_until(lambda: "live" in states)
        backend.touch("alerts", 2)
        wait_until(lambda: len(applied) == 2)
        backend.stop()
        backend.touch("alerts", 2)  # changes while the stream is cut
        backend.start()
        wait_until(lambda: len(applied) == 4)
        backend.touch("tasks", 1)
        wait_until(lambda: len(applied) == 5)
    finally:
        stream.stop()
    assert applied == [str(n) for n in range(int(last) + 1, int(last) + 6)]
    assert states.count("live") >= 2
