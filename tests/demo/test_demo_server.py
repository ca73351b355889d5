"""The demo backend as a peer sees it: a real server on loopback, plain requests."""

from __future__ import annotations

import gzip
import signal
import socket
import subprocess
import sys
import time

import pytest
import requests
from demo_world import small_world
from waiting import wait_until

from ioc_console.demo import DemoBackend
from ioc_console.demo.__main__ import parse_args


def test_login_ok_bad_and_token_required(backend):
    url = backend.url
    ok = requests.post(f"{url}/api/v1/auth/token",
                       json={"username": "clerk.mytra", "password": "clerk.mytra-demo"}, timeout=5)
    assert ok.status_code == 200
    body = ok.json()
    assert body["token_type"] == "bearer" and body["expires_in"] > 0
    assert body["user"] == {"username": "clerk.mytra", "display_name": "Clerk.Mytra",
                            "role": "ward_clerk", "ward": "29888"}
    bad = requests.post(f"{url}/api/v1/auth/token",
                        json={"username": "operator", "password": "wrong"}, timeout=5)
    assert bad.status_code == 401
    assert bad.headers["Content-Type"] == "application/problem+json"
    assert bad.json()["code"] == "unauthorized"
    for headers in ({}, {"Authorization": "Bearer not-a-token"}):
        denied = requests.get(f"{url}/api/v1/alerts", headers=headers, timeout=5)
        assert denied.status_code == 401 and denied.json()["code"] == "unauthorized"
    me = requests.get(f"{url}/api/v1/me", timeout=5,
                      headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.json()["ward"] == "29888"


def test_healthz_not_found_and_method_not_allowed(backend):
    assert requests.get(f"{backend.url}/healthz", timeout=5).json() == {"status": "ok"}
    missing = requests.get(f"{backend.url}/api/v1/nothing-here", timeout=5)
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    wrong = requests.delete(f"{backend.url}/healthz", timeout=5)
    assert wrong.status_code == 405 and "GET" in wrong.headers["Allow"]


def test_faults_on_demand(backend, api):
    session = api()
    backend.faults.fail_next(2, 503, retry_after=7)
    for _ in range(2):
        answer = session.get(f"{backend.url}/api/v1/kpis", timeout=5)
        assert answer.status_code == 503
        assert answer.headers["Retry-After"] == "7" and answer.json()["code"] == "unavailable"
    assert session.get(f"{backend.url}/api/v1/kpis", timeout=5).status_code == 200
    backend.faults.fail_next(1, 429)
    limited = session.get(f"{backend.url}/api/v1/kpis", timeout=5)
    assert limited.status_code == 429 and limited.json()["code"] == "rate_limited"
    assert limited.headers["Retry-After"] == "1"
    backend.faults.fail_next(1, 500, prefix="/api/v1/alerts")
    assert session.get(f"{backend.url}/api/v1/kpis", timeout=5).status_code == 200
    assert session.get(f"{backend.url}/api/v1/alerts", timeout=5).json()["code"] == "server_error"
    backend.faults.stall_next(1, 3.0)
    with pytest.raises(requests.exceptions.ReadTimeout):
        session.get(f"{backend.url}/api/v1/kpis", timeout=(5, 0.5))


def test_stop_closes_everything_and_start_reuses_the_port(backend, api):
    port = backend.port
    session = api()
    backend.stop()
    with pytest.raises(requests.exceptions.ConnectionError):
        session.get(f"{backend.url}/api/v1/alerts", timeout=2)
    assert backend.start() == f"http://127.0.0.1:{port}"
    # the state is kept, tokens included
    assert session.get(f"{backend.url}/api/v1/alerts", timeout=5).status_code == 200


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_module_runs_as_a_program():
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "ioc_console.demo", "--port", str(port), "--rate", "0",
         "--complaints", "50"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # Ctrl+C reaches it even when this run was started in the background (which ignores it)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        answers = []

        def healthy() -> bool:
            try:
                answers.append(requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1))
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout):
                assert process.poll() is None, process.stderr.read()
            return bool(answers)

        wait_until(healthy, 60, "the demo backend to answer")
        assert answers[0].json() == {"status": "ok"}
    finally:
        process.send_signal(2)  # Ctrl+C
        out, err = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "/healthz" not in err  # request lines are logged at DEBUG only
    assert f"http://127.0.0.1:{port}" in out and "clerk.mytra" in out


def test_gzip_when_accepted(backend, api):
    session = api()
    url = f"{backend.url}/api/v1/complaints"
    raw = session.get(url, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=5)
    assert raw.headers["Content-Encoding"] == "gzip"
    body = gzip.decompress(raw.raw.read())
    assert body.startswith(b'{"items":')
    plain = session.get(url, headers={"Accept-Encoding": "identity"}, timeout=5)
    assert "Content-Encoding" not in plain.headers
    assert plain.json()["items"] == requests.models.complexjson.loads(body)["items"]


def test_live_feed_makes_rate_events_a_minute(make_backend):
    demo = make_backend(rate=600)  # ten a second
    with demo:
        first, started = demo.store.last_event_id, time.monotonic()
        wait_until(lambda: demo.store.last_event_id - first >= 10, 20, "ten events")
        took = time.monotonic() - started
    assert took >= 0.4  # not more than 25 a second (a busy machine may make them later)
    assert {a["type"] for a in demo.store.items("alerts")} == {"ai_detection"}


def test_a_cut_link_keeps_the_city_changing():
    from ioc_console.demo.backend import DemoBackend

    backend = DemoBackend(seed=2, rate=600)  # ten events a second
    backend.start()
    backend.stop(keep_live=True)
    before = backend.store.last_event_id
    # events go on while unreachable
    wait_until(lambda: backend.store.last_event_id > before, 5, "an event while cut off")
    feed = backend._feed
    backend.stop()
    after = backend.store.last_event_id
    assert not feed._thread.is_alive()  # a real stop ends the live feed ...
    assert backend.store.last_event_id == after  # ... and nothing came after it


@pytest.mark.parametrize("seconds", [0, -1, float("nan"), float("inf")])
def test_the_heartbeat_must_be_more_than_zero(seconds):
    with pytest.raises(ValueError, match="heartbeat"):
        DemoBackend(world=small_world(), rate=0, heartbeat_s=seconds)
    with pytest.raises(SystemExit):
        parse_args(["--heartbeat", str(seconds)])
    assert parse_args(["--heartbeat", "0.5"]).heartbeat == 0.5
