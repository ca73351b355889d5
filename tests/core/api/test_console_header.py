"""Every request of the REST client names the console position in ``X-Console-Id``; a name
beyond ASCII (a Vietnamese desk name) arrives percent-encoded from UTF-8 and decodes whole."""

from __future__ import annotations

from urllib.parse import unquote

from api_loopback import send_json

from ioc_console.core.api.rest import RestClient
from ioc_console.core.api.transport import header_text


def test_every_request_sends_the_console_id(server):
    server.route("POST", "/api/v1/auth/token", lambda h: send_json(
        h, {"access_token": "t", "user": {"username": "operator", "role": "operator"}}))
    server.route("GET", "/api/v1/me", lambda h: send_json(h, {"username": "operator"}))
    server.route("POST", "/api/v1/alerts/AL-1/actions", lambda h: send_json(h, {"applied": True}))
    with RestClient(server.url, console_id="Bàn số 1 (trực ca)") as client:
        client.login("operator", "operator-demo")
        client.me()
        client.post_json("/alerts/AL-1/actions", {"action": "acknowledge"}, "key-1")

    sent = [headers.get("X-Console-Id") for _method, _path, headers, _body in server.requests]
    assert len(sent) == 3 and len(set(sent)) == 1
    assert sent[0].isascii() and unquote(sent[0]) == "Bàn số 1 (trực ca)"


def test_an_ascii_id_goes_as_it_is_and_none_is_sent_without_one(server):
    server.route("GET", "/api/v1/me", lambda h: send_json(h, {"username": "operator"}))
    with RestClient(server.url, console_id="IOC-01") as client:
        client.me()
    with RestClient(server.url) as client:
        client.me()
    assert [h.get("X-Console-Id") for _m, _p, h, _b in server.requests] == ["IOC-01", None]
    assert header_text("50% xong") == "50%25 xong" and unquote("50%25 xong") == "50% xong"
