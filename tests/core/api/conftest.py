"""Fixtures of the backend-client tests: loopback servers and an in-memory keyring."""

from __future__ import annotations

import pytest
from api_loopback import Loopback, SilentListener, send_json, send_problem

from ioc_console.core.api.rest import RestClient

USERS = {"operator": "operator-demo", "supervisor": "supervisor-demo"}


@pytest.fixture
def server():
    loopback = Loopback()
    yield loopback
    loopback.close()


@pytest.fixture
def silent():
    listener = SilentListener()
    yield listener
    listener.close()


class Auth:
    """Token issuing and checking for a loopback server; ``expire()`` revokes every token."""

    def __init__(self, server: Loopback) -> None:
        self.issued: list[str] = []
        self.valid: set[str] = set()
        server.route("POST", "/api/v1/auth/token", self._token)

    def _token(self, h) -> None:
        body = h.json_body()
        if USERS.get(body.get("username")) != body.get("password"):
            send_problem(h, 401, "unauthorized", "Unauthorized", "wrong user name or password")
            return
        token = f"token-{len(self.issued) + 1}"
        self.issued.append(token)
        self.valid.add(token)
        user = {"username": body["username"], "display_name": "Op", "role": "operator"}
        send_json(
            h,
            {
                "access_token": token,
                "token_type": "bearer",
                "expires_in": 3600,
                "user": {**user, "ward": None},
            },
        )

    def check(self, h) -> bool:
        """True when the request carries a valid token; else answers 401 and returns False."""
        header = h.headers.get("Authorization", "")
        if header.removeprefix("Bearer ") in self.valid:
            return True
        send_problem(h, 401, "unauthorized", "Unauthorized", "token missing or expired")
        return False

    def expire(self) -> None:
        self.valid.clear()


@pytest.fixture
def auth(server):
    return Auth(server)


@pytest.fixture
def make_client():
    """``make_client(url, **kw)``: a RestClient with short timeouts and quick retries."""
    clients: list[RestClient] = []

    def make(url: str, **kw) -> RestClient:
        kw.setdefault("connect_timeout", 1.0)
        kw.setdefault("read_timeout", 2.0)
        kw.setdefault("backoff_factor", 0.01)
        client = RestClient(url, **kw)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
