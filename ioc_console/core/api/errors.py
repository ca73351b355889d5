"""What can go wrong talking to the backend, as one exception with a kind the GUI can translate.

The message is English and meant for the log; the operator sees a translated text chosen by
:attr:`ApiError.kind`. RFC 9457 problem bodies (``application/problem+json``) from the backend
fill in the message, the kind (from the problem's ``code``), the status and ``Retry-After``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

KINDS = (
    "unreachable",  # no connection could be made, or it broke
    "timeout",  # connected, but the server did not answer in time
    "unauthorized",  # no valid sign-in (HTTP 401)
    "forbidden",  # signed in, but not allowed (HTTP 403)
    "not_found",  # HTTP 404
    "conflict",  # HTTP 409: the item changed; ``body["current"]`` holds it as it is now
    "rate_limited",  # HTTP 429; see ``retry_after``
    "server_error",  # HTTP 500 and other 5xx
    "unavailable",  # HTTP 502, 503, 504; see ``retry_after``
    "bad_response",  # the answer is not what the contract says (malformed JSON, wrong types)
    "too_large",  # the answer is larger than the client accepts
    "invalid_request",  # HTTP 400, 422 and other 4xx: the request itself was refused
)

_STATUS_KINDS = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    422: "invalid_request",
    429: "rate_limited",
    500: "server_error",
    502: "unavailable",
    503: "unavailable",
    504: "unavailable",
}

EXCERPT_CHARS = 120


class ApiError(Exception):
    """A backend call failed. ``kind`` is one of :data:`KINDS`; ``message`` is for the log.

    ``status`` is the HTTP status when the server answered, ``retry_after`` the seconds the
    server asked to wait (``Retry-After``), ``body`` the parsed problem document when there was
    one (a 409 conflict carries ``body["current"]``).
    """

    def __init__(
        self,
        kind: str,
        message: str,
        status: int | None = None,
        retry_after: float | None = None,
        body: Any = None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown ApiError kind {kind!r}")
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.retry_after = retry_after
        self.body = body

    def __repr__(self) -> str:
        return f"ApiError({self.kind!r}, {self.message!r}, status={self.status!r})"


def kind_for_status(status: int) -> str:
    """The error kind for an HTTP error status without a usable problem body."""
    if status in _STATUS_KINDS:
        return _STATUS_KINDS[status]
    return "server_error" if status >= 500 else "invalid_request"


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def excerpt(data: bytes | str, limit: int = EXCERPT_CHARS) -> str:
    """A short, printable start of ``data`` for a log message."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    short = text[:limit]
    return repr(short) + ("…" if len(text) > limit else "")


def error_from_response(
    what: str,
    status: int,
    reason: str,
    content_type: str,
    retry_after: str | None,
    body: bytes,
) -> ApiError:
    """The :class:`ApiError` for an HTTP error answer to ``what`` (e.g. ``"GET <url>"``).

    A problem document (or any JSON object with ``title``/``detail``/``code``) gives the
    message and the kind; otherwise the status decides and the body's start is quoted.
    """
    problem = _problem(content_type, body)
    kind = kind_for_status(status)
    wait = parse_retry_after(retry_after)
    answer = f"{what}: the server answered {status} {reason}".rstrip()
    if problem is None:
        tail = f": {excerpt(body)}" if body.strip() else ""
        return ApiError(kind, answer + tail, status=status, retry_after=wait)
    code = problem.get("code")
    if isinstance(code, str) and code in KINDS:
        kind = code
    parts = [str(problem[k]) for k in ("title", "detail") if isinstance(problem.get(k), str)]
    text = " — ".join(p for p in parts if p) or excerpt(body)
    if isinstance(code, str) and code:
        text += f" (code {code})"
    if wait is not None:
        text += f"; retry after {wait:g} s"
    return ApiError(kind, f"{answer}: {text}", status=status, retry_after=wait, body=problem)


def _problem(content_type: str, body: bytes) -> dict[str, Any] | None:
    media = content_type.split(";", 1)[0].strip().lower()
    if not (media.endswith("+json") or media == "application/json"):
        return None
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    if not isinstance(parsed, dict) or not any(k in parsed for k in ("title", "detail", "code")):
        return None
    return parsed
