"""The link's faults as the operator meets them: no backend at start-up, a damaged cache, a
backend that is overloaded, a refused sign-in."""

from __future__ import annotations

from waiting import wait_until

from ioc_console.core.status import ConnectionState
from ioc_console.core.store.cache import Cache
from ioc_console.core.sync.link import BackendTarget, build_engine


def test_backend_down_at_start_up_the_cache_serves_and_the_link_comes_back(
    backend, cache, make_engine
):
    first = make_engine(backend, events=False)
    first.login()
    first.check_scope()
    first.pull_all()
    rows = {d.name: d.rows for d in cache.datasets()}
    backend.stop()

    engine = make_engine(backend, events=False)
    engine.start()
    wait_until(lambda: engine.status.state is ConnectionState.OFFLINE, what="offline")
    assert engine.status.error_kind in ("unreachable", "timeout")
    assert {d.name: d.rows for d in cache.datasets()} == rows  # the last known data
    assert len(cache.items("complaints")) == len(backend.store.items("complaints"))

    backend.touch("alerts", 2)
    backend.start()
    engine.kick()
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, what="online again")
    changed = sorted(backend.store.items("alerts"), key=lambda a: a["updated_at"])[-2:]
    wait_until(lambda: all(cache.get("alerts", a["id"]) == a for a in changed), what="changes")


def test_a_damaged_cache_is_set_aside_and_rebuilt_from_the_server(backend, tmp_path):
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8192)
    cache = Cache.open(path)
    try:
        assert cache.problems and "moved to" in str(cache.problems[0])
        engine = build_engine(cache, BackendTarget(backend.url, "operator", "operator-demo"),
                              events=False)
        engine.login()
        engine.check_scope()
        engine.pull_all()
        assert cache.count("complaints") == len(backend.store.items("complaints"))
        assert cache.quick_check() == "ok"
    finally:
        cache.close()


def test_an_overloaded_backend_is_retried_later_not_hammered(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    backend.faults.fail_next(40, 503, retry_after=1)
    engine.start()
    wait_until(lambda: engine.status.state is ConnectionState.OFFLINE, what="offline")
    assert engine.status.error_kind == "unavailable"
    assert "503" in engine.status.detail
    backend.faults.clear()
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, 30, "online after back-off")
    assert cache.count("complaints") == len(backend.store.items("complaints"))


def test_a_refused_sign_in_asks_for_one(backend, cache, make_engine):
    engine = make_engine(backend, user=("operator", "wrong"), events=False)
    engine.start()
    wait_until(lambda: engine.status.state is ConnectionState.LOGIN_NEEDED, what="login needed")
    assert engine.status.error_kind == "unauthorized"
    assert cache.datasets() == []
    engine.credentials = ("operator", "operator-demo")
    engine.sign_out()
    engine.kick()
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, what="signed in")


def test_an_expired_session_signs_in_again_without_the_operator(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    engine.login()
    engine.pull_all()
    backend.store.sessions.clear()  # the server forgot every token
    backend.touch("kpis", 1)
    results = {r.name: r for r in engine.pull_all()}
    assert results["kpis"].received == 1 and results["kpis"].error is None


def test_a_fault_while_signing_in_again_is_a_fault_not_a_refused_account(
    backend, cache, make_engine
):
    engine = make_engine(backend, events=False)
    engine.start()
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, what="online")
    backend.store.sessions.clear()  # the token expires ...
    backend.faults.fail_next(2, 503, retry_after=1, prefix="/api/v1/auth")  # ... mid-outage
    engine.kick()
    wait_until(lambda: engine.status.state is ConnectionState.OFFLINE, what="offline")
    assert engine.status.error_kind == "unavailable"
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, 30, "online again")
