"""Bearer tokens: ``POST /api/v1/auth/token``, ``GET /api/v1/me`` and the check every other
/api/v1 call passes. Tokens are random, kept in memory (they survive stop/start)."""

from __future__ import annotations

import hmac
import secrets
import time

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from .context import Context
from .problems import ProblemError
from .responses import json_response
from .store import Session

TOKEN_LIFETIME_S = 12 * 3600
ROLES = ("operator", "supervisor", "ward_clerk", "admin")


def public_user(user: dict) -> dict:
    return {
        "username": user["username"],
        "display_name": user.get("display_name") or user["username"],
        "role": user["role"],
        "ward": user.get("ward") if user["role"] == "ward_clerk" else None,
    }


def authenticate(ctx: Context, request: Request) -> dict:
    """The user behind the request's bearer token; 401 problem otherwise."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ProblemError(401, "A bearer token is required (POST /api/v1/auth/token).")
    with ctx.store.lock:
        session = ctx.store.sessions.get(token.strip())
        if session is None or session.expires < time.monotonic():
            raise ProblemError(401, "The token is unknown or has expired.")
        return ctx.store.users[session.username]


def ward_scope(user: dict, asked: str | None, known_wards: frozenset[str]) -> str | None:
    """The ward a read is limited to: a ward clerk's own ward whatever is asked (403 for
    another), else the asked ward (400 when it is not a ward in force today)."""
    if asked is not None and asked not in known_wards:
        raise ProblemError(400, f"Unknown ward {asked!r}: give the code of a ward in force today.")
    if user["role"] == "ward_clerk":
        if asked is not None and asked != user.get("ward"):
            raise ProblemError(403, "A ward clerk may only read the data of their own ward.")
        return user.get("ward")
    return asked


def login(ctx: Context, request: Request) -> Response:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ProblemError(400, "Expected a JSON object with username and password.")
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        raise ProblemError(400, "username and password must be strings.")
    user = ctx.store.users.get(username)
    if user is None or not hmac.compare_digest(
        str(user["password"]).encode(), password.encode()
    ):
        raise ProblemError(401, "Wrong user name or password.")
    token = secrets.token_urlsafe(32)
    with ctx.store.lock:
        ctx.store.sessions[token] = Session(token, username, time.monotonic() + TOKEN_LIFETIME_S)
    return json_response(
        {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": TOKEN_LIFETIME_S,
            "user": public_user(user),
        },
        headers={"Cache-Control": "no-store"},
    )


def me(ctx: Context, request: Request) -> Response:
    return json_response(public_user(authenticate(ctx, request)))


def rules() -> list[Rule]:
    return [
        Rule("/api/v1/auth/token", endpoint=login, methods=["POST"]),
        Rule("/api/v1/me", endpoint=me, methods=["GET"]),
    ]
