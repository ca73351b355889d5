"""Reading the backend's answers: error statuses as :class:`ApiError`, bodies read in chunks up to
a limit (the decompressed size counts), JSON parsed with a short excerpt when it is not JSON."""

from __future__ import annotations

import json
from typing import Any

import requests

from ioc_console.core.api.errors import ApiError, error_from_response, excerpt
from ioc_console.core.api.transport import is_read_timeout

ERROR_BODY_LIMIT = 64 * 1024
CHUNK_BYTES = 64 * 1024


def raise_for_status(resp: requests.Response) -> None:
    """Raise the :class:`ApiError` of an HTTP error answer (4xx, 5xx); the response is closed."""
    if resp.status_code < 400:
        return
    body = read_body(resp, ERROR_BODY_LIMIT, truncate=True)
    raise error_from_response(
        _what(resp),
        resp.status_code,
        resp.reason or "",
        resp.headers.get("Content-Type", ""),
        resp.headers.get("Retry-After"),
        body,
    )


def read_json(resp: requests.Response, max_body: int, read_timeout: float | None = None) -> Any:
    """The JSON of a successful answer; ``bad_response`` with an excerpt when it is not JSON."""
    raise_for_status(resp)
    data = read_body(resp, max_body, read_timeout=read_timeout)
    try:
        return json.loads(data)
    except ValueError as exc:
        raise ApiError(
            "bad_response", f"{_what(resp)}: the answer is not valid JSON ({exc}): {excerpt(data)}"
        ) from None


def read_body(
    resp: requests.Response,
    limit: int,
    *,
    truncate: bool = False,
    read_timeout: float | None = None,
) -> bytes:
    """The body, decompressed, read in chunks and closed; beyond ``limit`` bytes it is cut off
    (``truncate``) or refused with ``too_large`` without reading the rest."""
    what = _what(resp)
    received = bytearray()
    try:
        declared = resp.headers.get("Content-Length", "")
        plain = resp.headers.get("Content-Encoding", "identity").lower() in ("", "identity")
        if not truncate and plain and declared.isdigit() and int(declared) > limit:
            raise _too_large(what, limit, f"{int(declared)} bytes announced")
        for chunk in resp.iter_content(CHUNK_BYTES):
            received += chunk
            if len(received) > limit:
                if truncate:
                    return bytes(received[:limit])
                raise _too_large(what, limit, f"more than {limit} bytes received")
        return bytes(received)
    except requests.exceptions.ContentDecodingError as exc:
        raise ApiError(
            "bad_response", f"{what}: the compressed answer cannot be decoded: {exc}"
        ) from None
    except requests.RequestException as exc:
        if is_read_timeout(exc):
            stalled = f"{read_timeout:g} s" if read_timeout else "the read timeout"
            raise ApiError(
                "timeout", f"{what}: the answer stalled for {stalled} after {len(received)} bytes"
            ) from None
        raise ApiError(
            "unreachable", f"{what}: the connection broke after {len(received)} bytes"
        ) from None
    finally:
        resp.close()


def _what(resp: requests.Response) -> str:
    return f"{resp.request.method} {resp.url}"


def _too_large(what: str, limit: int, detail: str) -> ApiError:
    return ApiError(
        "too_large", f"{what}: the answer is larger than the {limit} bytes accepted ({detail})"
    )
