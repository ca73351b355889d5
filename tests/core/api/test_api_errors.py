"""ApiError built from HTTP error answers."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from ioc_console.core.api.errors import ApiError, error_from_response, parse_retry_after

PROBLEM = "application/problem+json"


def problem(**fields) -> bytes:
    return json.dumps({"type": "about:blank", **fields}).encode()


def test_problem_fields_make_the_message_and_kind():
    err = error_from_response(
        "GET https://x/api/v1/alerts",
        429,
        "Too Many Requests",
        PROBLEM,
        "7",
        problem(title="Too Many Requests", detail="slow down", status=429, code="rate_limited"),
    )
    assert (err.kind, err.status, err.retry_after) == ("rate_limited", 429, 7.0)
    assert err.message == (
        "GET https://x/api/v1/alerts: the server answered 429 Too Many Requests: "
        "Too Many Requests — slow down (code rate_limited); retry after 7 s"
    )


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, "invalid_request"),
        (401, "unauthorized"),
        (410, "invalid_request"),
        (500, "server_error"),
        (501, "server_error"),
        (502, "unavailable"),
        (504, "unavailable"),
    ],
)
def test_the_status_decides_without_a_problem(status, kind):
    err = error_from_response("GET u", status, "", "text/plain", None, b"")
    assert err.kind == kind and err.body is None


def test_an_unknown_code_keeps_the_status_kind():
    err = error_from_response("GET u", 409, "Conflict", PROBLEM, None, problem(code="weird"))
    assert err.kind == "conflict"


def test_retry_after_as_a_date():
    now = datetime(2026, 11, 29, 7, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Sun, 29 Nov 2026 07:00:30 GMT", now) == 30.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_kinds_are_checked():
    with pytest.raises(ValueError):
        ApiError("oops", "message")
