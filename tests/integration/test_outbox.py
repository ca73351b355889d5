"""Operator actions while the backend is away: queued, then delivered exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from waiting import wait_until

from ioc_console.core.status import ConnectionState
from ioc_console.core.store.cache import Cache


def open_alerts(backend, n):
    """``n`` alerts in state new (live events raise more when the world has too few)."""
    for _ in range(200):
        alerts = [a["id"] for a in backend.store.items("alerts") if a["state"] == "new"]
        if len(alerts) >= n:
            return alerts[:n]
        backend.emit_event()
    raise AssertionError(f"fewer than {n} new alerts")


def test_actions_queued_offline_are_delivered_once_when_the_link_is_back(
    backend, cache, make_engine
):
    engine = make_engine(backend)
    engine.start()
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, what="online")
    ids = open_alerts(backend, 3)

    backend.stop()  # the link is cut
    keys = [
        engine.enqueue(f"/alerts/{i}/actions", {"action": "acknowledge"}, dataset="alerts",
                       item_id=i).result(5)
        for i in ids
    ]
    keys.append(
        engine.enqueue(f"/alerts/{ids[0]}/actions", {"action": "comment", "text": "Đã cử tổ"},
                       dataset="alerts", item_id=ids[0]).result(5)
    )
    wait_until(lambda: engine.status.state is ConnectionState.OFFLINE, what="offline")
    assert cache.outbox_count() == 4  # the console goes on accepting actions

    backend.start()  # plugged back in
    engine.kick()
    wait_until(lambda: cache.outbox_count() == 0, 30, "the outbox to drain")
    applied = [key for key, _alert, _action in backend.applied_actions]
    assert applied == keys  # each once, in the order they were taken
    for i in ids:
        assert cache.get("alerts", i)["state"] == "acknowledged"
    assert cache.get("alerts", ids[0])["comments"][-1]["text"] == "Đã cử tổ"


def test_an_action_sent_before_a_crash_is_not_applied_twice(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    engine.login()
    [alert] = open_alerts(backend, 1)
    key = cache.enqueue(f"/alerts/{alert}/actions", {"action": "acknowledge"},
                        dataset="alerts", item_id=alert).result(5)
    # the server got it, but the console died before it could take it off the outbox
    engine.client.post_json(f"/alerts/{alert}/actions", {"action": "acknowledge"}, key)
    assert engine.push() == 1
    assert [k for k, _a, _b in backend.applied_actions] == [key]
    assert cache.outbox_count() == 0


def test_killed_console_delivers_its_queued_action_after_restart(backend, tmp_path, make_engine):
    path = tmp_path / "killed.sqlite3"
    [alert] = open_alerts(backend, 1)
    script = textwrap.dedent(
        f"""
        from ioc_console.core.store.cache import Cache
        cache = Cache.open({str(path)!r})
        key = cache.enqueue("/alerts/{alert}/actions", {{"action": "acknowledge"}},
                            dataset="alerts", item_id="{alert}").result()
        print(key, flush=True)
        import signal; signal.pause()  # until killed
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    key = proc.stdout.readline().strip()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    restarted = Cache.open(path)
    try:
        assert [a.key for a in restarted.outbox()] == [key]
        from ioc_console.core.sync.link import BackendTarget, build_engine

        engine = build_engine(
            restarted, BackendTarget(backend.url, "operator", "operator-demo"), events=False
        )
        engine.login()
        assert engine.push() == 1 and engine.push() == 0
        assert [k for k, _a, _b in backend.applied_actions] == [key]
        assert restarted.get("alerts", alert)["state"] == "acknowledged"
    finally:
        restarted.close()


def test_a_conflict_is_reported_not_overwritten(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    engine.login()
    engine.pull_all()
    [alert] = open_alerts(backend, 1)
    # a colleague resolves it first, from another console
    other = make_engine(backend, user=("supervisor", "supervisor-demo"), events=False)
    other.login()
    other.client.post_json(f"/alerts/{alert}/actions", {"action": "resolve"}, "colleague-1")

    refusals = []
    engine.refused.connect(refusals.append)
    cache.enqueue(f"/alerts/{alert}/actions", {"action": "acknowledge"}, dataset="alerts",
                  item_id=alert).result(5)
    assert engine.push() == 0
    [refusal] = refusals
    assert refusal.kind == "conflict" and refusal.current["state"] == "resolved"
    assert cache.outbox_count() == 0
    assert cache.get("alerts", alert)["state"] == "resolved"  # the server's truth is kept
    assert [k for k, _a, _b in backend.applied_actions] == ["colleague-1"]


def test_the_link_coming_back_by_itself_delivers_without_a_kick(backend, cache, make_engine):
    engine = make_engine(backend, poll_s=3600)  # no polling: only the stream can wake it
    engine.start()
    wait_until(lambda: engine.status.live, what="live")
    [alert] = open_alerts(backend, 1)
    backend.stop()
    wait_until(lambda: engine.status.state is ConnectionState.OFFLINE, what="offline")
    key = cache.enqueue(f"/alerts/{alert}/actions", {"action": "acknowledge"},
                        dataset="alerts", item_id=alert).result(5)
    backend.start()  # nobody kicks the engine: the event stream's return must
    wait_until(lambda: cache.outbox_count() == 0, 40, "delivery")
    assert [k for k, _a, _b in backend.applied_actions] == [key]


def test_a_proxy_answering_for_the_backend_does_not_empty_the_outbox(cache):
    """An HTML 404 or a 408 from a gateway is a passing fault, not the backend's refusal."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import pytest

    from ioc_console.core.api.errors import ApiError
    from ioc_console.core.api.rest import RestClient
    from ioc_console.core.sync.push import push_outbox

    statuses = iter([404, 408])

    class Gateway(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = b"<html><body><h1>404 Not Found</h1>nginx</body></html>"
            self.send_response(next(statuses))
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Gateway)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = RestClient(f"http://127.0.0.1:{server.server_address[1]}", read_timeout=3)
        for i in range(3):
            cache.enqueue(f"/alerts/AL-{i}/actions", {"action": "acknowledge"}).result(5)
        refusals = []
        for _ in range(2):
            with pytest.raises(ApiError):
                push_outbox(cache, client, refusals.append)
        assert refusals == [] and cache.outbox_count() == 3
        assert cache.outbox()[0].attempts == 2 and "404" in cache.outbox()[0].last_error
    finally:
        server.shutdown()
        server.server_close()
