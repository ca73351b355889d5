"""RestClient against real loopback servers: sign-in, reads, paging, actions."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone

import pytest
from api_loopback import send, send_json, send_problem

from ioc_console.core.api.errors import ApiError
from ioc_console.core.api.tokens import TokenStore

ICT = timezone(timedelta(hours=7))
NOW = "2026-11-29T14:03:00+07:00"


def item(n: int, **extra) -> dict:
    return {"id": f"PA-{n:03d}", "updated_at": NOW, "deleted": False, **extra}


def test_login_stores_the_token_and_sends_it(server, auth, make_client, memory_keyring):
    seen = {}

    def me(h):
        seen["auth"] = h.headers.get("Authorization")
        seen["encoding"] = h.headers.get("Accept-Encoding")
        if auth.check(h):
            send_json(
                h, {"username": "operator", "display_name": "Op", "role": "operator", "ward": None}
            )

    server.route("GET", "/api/v1/me", me)
    client = make_client(server.url, token_store=TokenStore())
    user = client.login("operator", "operator-demo")
    assert user["role"] == "operator"
    assert client.me()["username"] == "operator"
    assert seen["auth"] == "Bearer token-1"
    assert "gzip" in seen["encoding"]
    assert memory_keyring.passwords == {("ioc-console", f"operator@{server.url}"): "token-1"}

    again = make_client(server.url, token_store=TokenStore())
    assert again.restore("operator")
    assert again.me()["username"] == "operator"  # the saved token, no new sign-in
    assert auth.issued == ["token-1"]


def test_wrong_password_is_unauthorized_with_the_servers_reason(server, auth, make_client):
    client = make_client(server.url)
    with pytest.raises(ApiError) as err:
        client.login("operator", "nope")
    assert err.value.kind == "unauthorized"
    assert err.value.status == 401
    assert "wrong user name or password" in err.value.message
    assert "nope" not in err.value.message


def test_a_refused_token_signs_in_again_once_and_repeats_the_call(server, auth, make_client):
    def complaints(h):
        if auth.check(h):
            send_json(h, {"items": [item(1)], "next_cursor": None, "server_time": NOW})

    server.route("GET", "/api/v1/complaints", complaints)
    client = make_client(server.url)
    client.login("operator", "operator-demo")
    auth.expire()
    body, _ = client.get_json("/complaints")
    assert body["items"][0]["id"] == "PA-001"
    assert auth.issued == ["token-1", "token-2"]
    assert [r[2].get("Authorization") for r in server.hits("/api/v1/complaints")] == [
        "Bearer token-1",
        "Bearer token-2",
    ]


def test_a_refused_token_without_credentials_is_unauthorized(server, auth, make_client):
    server.route("GET", "/api/v1/me", lambda h: auth.check(h) and send_json(h, {}))
    store = TokenStore(use_keyring=False)
    store.set(server.url, "operator", "stale")
    client = make_client(server.url, token_store=store)
    assert client.restore("operator")
    with pytest.raises(ApiError) as err:
        client.me()
    assert err.value.kind == "unauthorized"
    assert store.get(server.url, "operator") is None  # the refused token is forgotten
    assert len(server.hits("/api/v1/me")) == 1


def test_a_login_that_keeps_failing_gives_up_after_one_renewal(server, auth, make_client):
    server.route("GET", "/api/v1/me", lambda h: send_problem(h, 401, "unauthorized", "No"))
    client = make_client(server.url)
    client.login("operator", "operator-demo")
    with pytest.raises(ApiError) as err:
        client.me()
    assert err.value.kind == "unauthorized"
    assert len(server.hits("/api/v1/me")) == 2
    assert len(auth.issued) == 2


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (400, "invalid_request", "invalid_request"),
        (403, "forbidden", "forbidden"),
        (404, "not_found", "not_found"),
        (422, "invalid_request", "invalid_request"),
    ],
)
def test_problem_answers_become_api_errors(server, make_client, status, code, kind):
    server.route(
        "GET", "/api/v1/alerts/AL-1", lambda h: send_problem(h, status, code, "Refused", "why")
    )
    with pytest.raises(ApiError) as err:
        make_client(server.url).get_json("/alerts/AL-1")
    assert (err.value.kind, err.value.status) == (kind, status)
    assert "Refused — why" in err.value.message
    assert err.value.body["code"] == code
    assert len(server.hits("/api/v1/alerts/AL-1")) == 1  # client errors are not retried


def test_a_plain_error_page_still_gives_the_kind_and_an_excerpt(server, make_client):
    server.route(
        "GET",
        "/api/v1/units",
        lambda h: send(h, 403, b"<html>Forbidden by proxy</html>", "text/html"),
    )
    with pytest.raises(ApiError) as err:
        make_client(server.url).get_json("/units")
    assert err.value.kind == "forbidden"
    assert "Forbidden by proxy" in err.value.message


def test_conflict_carries_the_current_item(server, make_client):
    current = item(7, state="closed")

    def action(h):
        send_problem(h, 409, "conflict", "Conflict", "alert is closed", current=current)

    server.route("POST", "/api/v1/alerts/AL-7/actions", action)
    with pytest.raises(ApiError) as err:
        make_client(server.url).post_json("/alerts/AL-7/actions", {"action": "resolve"}, "k-1")
    assert err.value.kind == "conflict"
    assert err.value.body["current"] == current


def test_rate_limited_read_waits_for_retry_after_then_succeeds(server, make_client):
    def kpis(h):
        if len(server.hits("/api/v1/kpis")) == 1:
            send_problem(h, 429, "rate_limited", "Too Many Requests", headers={"Retry-After": "1"})
        else:
            send_json(h, {"items": [], "next_cursor": None, "server_time": NOW})

    server.route("GET", "/api/v1/kpis", kpis)
    started = time.monotonic()
    body, _ = make_client(server.url).get_json("/kpis")
    assert body["items"] == []
    assert time.monotonic() - started >= 0.9
    assert len(server.hits("/api/v1/kpis")) == 2


def test_a_long_retry_after_is_left_to_the_caller(server, make_client):
    server.route(
        "GET",
        "/api/v1/kpis",
        lambda h: send_problem(
            h, 503, "unavailable", "Maintenance", headers={"Retry-After": "120"}
        ),
    )
    started = time.monotonic()
    with pytest.raises(ApiError) as err:
        make_client(server.url).get_json("/kpis")
    assert time.monotonic() - started < 1.0
    assert (err.value.kind, err.value.retry_after, err.value.status) == ("unavailable", 120, 503)
    assert "retry after 120 s" in err.value.message
    assert len(server.hits("/api/v1/kpis")) == 1


def test_server_errors_are_retried_for_reads_only(server, make_client):
    server.route("GET", "/api/v1/tasks", lambda h: send_problem(h, 500, "server_error", "Boom"))
    server.route(
        "POST", "/api/v1/alerts/AL-1/actions", lambda h: send_problem(h, 500, "server_error", "X")
    )
    client = make_client(server.url, retries=2)
    with pytest.raises(ApiError) as err:
        client.get_json("/tasks")
    assert err.value.kind == "server_error"
    assert len(server.hits("/api/v1/tasks")) == 3
    with pytest.raises(ApiError) as err:
        client.post_json("/alerts/AL-1/actions", {"action": "acknowledge"}, "key-1")
    assert err.value.kind == "server_error"
    assert len(server.hits("/api/v1/alerts/AL-1/actions")) == 1


def test_a_503_then_success_is_transparent(server, make_client):
    def units(h):
        if len(server.hits("/api/v1/units")) == 1:
            send(h, 503, b"")
        else:
            send_json(h, {"items": [], "next_cursor": None, "server_time": NOW})

    server.route("GET", "/api/v1/units", units)
    assert make_client(server.url).get_json("/units")[0]["items"] == []


def test_etag_and_304(server, make_client):
    def cameras(h):
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.send_header("ETag", '"v1"')
            h.end_headers()
        else:
            send_json(
                h, {"items": [], "next_cursor": None, "server_time": NOW}, headers={"ETag": '"v1"'}
            )

    server.route("GET", "/api/v1/cameras", cameras)
    client = make_client(server.url)
    body, etag = client.get_json("/cameras")
    assert (body["items"], etag) == ([], '"v1"')
    assert client.get_json("/cameras", etag=etag) == (None, '"v1"')


def test_gzip_answers_are_decoded(server, make_client):
    items = [item(n, description="Đèn đường hỏng " * 20) for n in range(50)]
    server.route(
        "GET",
        "/api/v1/complaints",
        lambda h: send_json(h, {"items": items, "next_cursor": None, "server_time": NOW}),
    )
    client = make_client(server.url)
    body, _ = client.get_json("/complaints")
    assert body["items"] == items
    resp = client.session.get(server.url + "/api/v1/complaints", stream=True)
    assert resp.headers["Content-Encoding"] == "gzip"
    resp.close()


def test_pages_follow_the_cursor_and_send_updated_since(server, make_client):
    pages = {
        None: ([item(1), item(2)], "c2"),
        "c2": ([item(3)], "c3"),
        "c3": ([item(4, deleted=True)], None),
    }

    def complaints(h):
        items, cursor = pages[h.query.get("cursor")]
        send_json(h, {"items": items, "next_cursor": cursor, "server_time": NOW})

    server.route("GET", "/api/v1/complaints", complaints)
    client = make_client(server.url)
    since = datetime(2026, 11, 1, 8, 0, tzinfo=ICT)
    got = list(client.updated_since("/complaints", since, {"ward": "29869", "limit": 2}))
    assert [[i["id"] for i in items] for items, _, _ in got] == [
        ["PA-001", "PA-002"],
        ["PA-003"],
        ["PA-004"],
    ]
    assert [cursor for _, cursor, _ in got] == ["c2", "c3", None]
    assert got[0][2] == NOW
    queries = [r[1] for r in server.hits("/api/v1/complaints")]
    assert all("updated_since=2026-11-01T08%3A00%3A00%2B07%3A00" in q for q in queries)
    assert all("ward=29869" in q and "limit=2" in q for q in queries)
    with pytest.raises(ValueError, match="time zone"):
        list(client.updated_since("/complaints", datetime(2026, 11, 1)))


def test_a_cursor_that_comes_back_stops_paging(server, make_client):
    server.route(
        "GET",
        "/api/v1/alerts",
        lambda h: send_json(h, {"items": [item(1)], "next_cursor": "same", "server_time": NOW}),
    )
    with pytest.raises(ApiError, match="cursor 'same' again") as err:
        list(make_client(server.url).pages("/alerts", {}))
    assert err.value.kind == "bad_response"


def test_post_json_sends_the_idempotency_key(server, make_client):
    def action(h):
        send_json(
            h,
            {
                "alert": {"id": "AL-1"},
                "applied": True,
                "echo": h.json_body(),
                "key": h.headers["Idempotency-Key"],
            },
        )

    server.route("POST", "/api/v1/alerts/AL-1/actions", action)
    client = make_client(server.url)
    answer = client.post_json("/alerts/AL-1/actions", {"action": "acknowledge"}, "key-42")
    assert answer["key"] == "key-42"
    assert answer["echo"] == {"action": "acknowledge"}
    with pytest.raises(ValueError):
        client.post_json("/alerts/AL-1/actions", {}, "")


def test_paths_below_the_api_and_full_urls(make_client):
    client = make_client("https://ioc.example/")
    assert client.url("/complaints") == "https://ioc.example/api/v1/complaints"
    assert client.url("complaints") == "https://ioc.example/api/v1/complaints"
    assert client.url("/api/v1/units") == "https://ioc.example/api/v1/units"
    assert client.url("https://other/x") == "https://other/x"


def test_requests_json_shape(server, make_client):
    """The body is JSON, UTF-8, with the Vietnamese text intact."""
    server.route("POST", "/api/v1/alerts/AL-2/actions", lambda h: send(h, 200, h.body))
    text = "Đã xử lý – phường Mỹ Ngãi"
    answer = make_client(server.url).post_json(
        "/alerts/AL-2/actions", {"action": "comment", "text": text}, "k"
    )
    assert answer["text"] == text
    assert json.loads(server.hits("/api/v1/alerts/AL-2/actions")[0][3])["text"] == text
