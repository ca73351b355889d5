"""RestClient against servers and networks that misbehave: every fault is an ApiError."""

from __future__ import annotations

import gzip
import socket
import threading
import time

import pytest
from api_loopback import free_port, reset_connection, send, send_json

from ioc_console.core.api.errors import ApiError

NOW = "2026-11-29T14:03:00+07:00"
MB = 1024 * 1024


def fail(client, kind: str, path: str = "/complaints", pages: bool = False) -> ApiError:
    """The ApiError of reading ``path`` (as pages when ``pages``); its kind must be ``kind``."""
    with pytest.raises(ApiError) as err:
        if pages:
            list(client.pages(path))
        else:
            client.get_json(path)
    assert err.value.kind == kind, err.value.message
    return err.value


def test_malformed_json_quotes_the_start_of_the_answer(server, make_client):
    server.route("GET", "/api/v1/complaints", lambda h: send(h, 200, b'{"items": [1, 2,'))
    err = fail(make_client(server.url), "bad_response")
    assert "not valid JSON" in err.message and "'{\"items\": [1, 2,'" in err.message


def test_html_instead_of_json(server, make_client):
    page = b"<html><body>" + b"Captive portal " * 100 + b"</body></html>"
    server.route("GET", "/api/v1/complaints", lambda h: send(h, 200, page, "text/html"))
    err = fail(make_client(server.url), "bad_response")
    assert "<html><body>Captive portal" in err.message
    assert len(err.message) < 400  # an excerpt, not the page


@pytest.mark.parametrize(
    ("page", "named"),
    [
        ([], "the page must be a JSON object, not a list"),
        ({"next_cursor": None, "server_time": NOW}, "the page has no 'items'"),
        ({"items": {}, "next_cursor": None, "server_time": NOW}, "'items' must be a list"),
        ({"items": [], "server_time": NOW}, "the page has no 'next_cursor'"),
        ({"items": [], "next_cursor": 5, "server_time": NOW}, "'next_cursor' must be"),
        ({"items": [], "next_cursor": None, "server_time": "soon"}, "server_time is not an ISO"),
        ({"items": ["x"], "next_cursor": None, "server_time": NOW}, "items[0] must be a JSON"),
        (
            {
                "items": [{"updated_at": NOW, "deleted": False}],
                "next_cursor": None,
                "server_time": NOW,
            },
            "items[0] has no 'id'",
        ),
        (
            {
                "items": [{"id": 5, "updated_at": NOW, "deleted": False}],
                "next_cursor": None,
                "server_time": NOW,
            },
            "items[0].id must be a non-empty text, not a number",
        ),
        (
            {
                "items": [{"id": "a", "updated_at": 17, "deleted": False}],
                "next_cursor": None,
                "server_time": NOW,
            },
            "items[0] (id 'a').updated_at must be an ISO 8601",
        ),
        (
            {
                "items": [{"id": "a", "updated_at": "2026-11-29T14:03:00", "deleted": False}],
                "next_cursor": None,
                "server_time": NOW,
            },
            "has no time zone offset",
        ),
        (
            {"items": [{"id": "a", "updated_at": NOW}], "next_cursor": None, "server_time": NOW},
            "items[0] (id 'a') has no 'deleted'",
        ),
        (
            {
                "items": [{"id": "a", "updated_at": NOW, "deleted": "no"}],
                "next_cursor": None,
                "server_time": NOW,
            },
            "items[0] (id 'a').deleted must be true or false, not a text",
        ),
    ],
)
def test_pages_that_break_the_contract_name_the_field(server, make_client, page, named):
    server.route("GET", "/api/v1/complaints", lambda h: send_json(h, page))
    err = fail(make_client(server.url), "bad_response", pages=True)
    assert named in err.message
    assert "GET http://127.0.0.1:" in err.message


def stream_zeros(h, total: int, sent: list[int], declare: bool = True,
                 done: threading.Event | None = None) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    if declare:
        h.send_header("Content-Length", str(total))
    h.end_headers()
    block = b"0" * (256 * 1024)
    try:
        while sent[0] < total:
            h.wfile.write(block)
            sent[0] += len(block)
    except OSError:  # the client hung up
        pass
    finally:
        h.close_connection = True
        if done is not None:
            done.set()


@pytest.mark.parametrize("declare", [True, False], ids=["announced", "unannounced"])
def test_a_50_mb_answer_is_refused_without_reading_it(server, make_client, declare):
    sent, done = [0], threading.Event()
    server.route("GET", "/api/v1/complaints",
                 lambda h: stream_zeros(h, 50 * MB, sent, declare, done))
    err = fail(make_client(server.url, max_body=1 * MB), "too_large")
    assert "larger than the 1048576 bytes accepted" in err.message
    assert done.wait(20)  # the server stopped sending: all of it, or the client hung up
    assert sent[0] < 30 * MB  # the client closed the connection, it did not drain it


def test_a_compressed_bomb_counts_its_decompressed_size(server, make_client):
    bomb = gzip.compress(b" " * (50 * MB))
    assert len(bomb) < MB

    def complaints(h):
        send(h, 200, bomb, headers={"Content-Encoding": "gzip"})

    server.route("GET", "/api/v1/complaints", complaints)
    err = fail(make_client(server.url, max_body=1 * MB), "too_large")
    assert "more than 1048576 bytes received" in err.message


def test_a_server_that_never_answers_times_out(silent, make_client):
    client = make_client(silent.url, read_timeout=0.3, retries=2)
    started = time.monotonic()
    err = fail(client, "timeout")
    elapsed = time.monotonic() - started
    assert 0.25 <= elapsed < 1.5  # one read timeout: a silent server is not retried
    assert "no answer within 0.3 s" in err.message
    assert len(silent.accepted) == 1


def test_an_answer_that_stalls_mid_body_times_out(server, make_client):
    release = threading.Event()

    def complaints(h):
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", "1000")
        h.end_headers()
        h.wfile.write(b'{"items": [')
        h.wfile.flush()
        release.wait(5)

    server.route("GET", "/api/v1/complaints", complaints)
    try:
        err = fail(make_client(server.url, read_timeout=0.3), "timeout")
    finally:
        release.set()
    assert "the answer stalled for 0.3 s" in err.message


def test_a_connection_reset_mid_body(server, make_client):
    def complaints(h):
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b'{"items": [' + b" " * 5000)
        reset_connection(h)

    server.route("GET", "/api/v1/complaints", complaints)
    err = fail(make_client(server.url), "unreachable")
    assert "the connection broke after" in err.message


def test_nothing_listening_fails_within_seconds(make_client):
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    err = fail(make_client(url, backoff_factor=0.1), "unreachable")
    assert time.monotonic() - started < 3
    assert "cannot connect" in err.message and "refused" in err.message.lower()


def test_tls_is_verified(tmp_path, make_client):
    from api_tls import tls_server

    with tls_server(tmp_path) as (url, ca_file):
        err = fail(make_client(url), "unreachable", "/healthz")
        assert "TLS certificate was not accepted" in err.message
        body, _ = make_client(url, ca_bundle=ca_file).get_json("/healthz")
        assert body == {"status": "ok"}


def test_an_action_to_a_dead_server_is_unreachable_not_a_crash(make_client):
    client = make_client(f"http://127.0.0.1:{free_port()}")
    with pytest.raises(ApiError) as err:
        client.post_json("/alerts/AL-1/actions", {"action": "acknowledge"}, "key-1")
    assert err.value.kind == "unreachable"


def test_a_host_that_does_not_answer_fails_after_one_connect_timeout(make_client):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)  # never accepted: once the backlog is full, connections hang
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    try:
        client = make_client(f"http://127.0.0.1:{port}", connect_timeout=0.3, retries=2)
        started = time.monotonic()
        err = fail(client, "unreachable")
        assert time.monotonic() - started < 1.0  # not retried
        assert "no connection within 0.3 s" in err.message
    finally:
        for sock in [listener, *fillers]:
            sock.close()
