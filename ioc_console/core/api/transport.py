"""The HTTP layer under the REST client: retries, and requests' exceptions as :class:`ApiError`.

Only idempotent methods (GET, HEAD) are retried, with exponential backoff, on connection
failures and on 429/500/502/503/504 (honouring ``Retry-After`` up to a limit). A read timeout
or a connect timeout is never retried, so a server that accepts and never answers, or a
host that does not answer at all, fails after one timeout.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NewConnectionError,
    ReadTimeoutError,
    ResponseError,
)
from urllib3.util.retry import Retry

from ioc_console.core.api.errors import ApiError, parse_retry_after

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD"})


class IdempotentRetry(Retry):
    """urllib3 ``Retry`` that never retries a non-idempotent method or a timeout, and gives
    up at once when ``Retry-After`` asks for longer than :attr:`retry_after_limit` seconds (the
    caller gets the answer, with its ``Retry-After``, to schedule the next try itself)."""

    retry_after_limit: float = 10.0

    def new(self, **kw: Any) -> IdempotentRetry:
        retry = super().new(**kw)
        retry.retry_after_limit = self.retry_after_limit
        return retry

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: Any = None,
        error: Exception | None = None,
        _pool: Any = None,
        _stacktrace: Any = None,
    ) -> IdempotentRetry:
        if error is not None:
            not_idempotent = method is not None and not self._is_method_retryable(method)
            timed_out = isinstance(error, ReadTimeoutError) or (
                isinstance(error, ConnectTimeoutError) and not isinstance(error, NewConnectionError)
            )
            if not_idempotent or timed_out:  # give up now, as urllib3 does when retries run out
                raise MaxRetryError(_pool, url or "", error) from error
        elif response is not None:
            wait = parse_retry_after(response.headers.get("Retry-After"))
            if wait is not None and wait > self.retry_after_limit:
                reason = ResponseError(f"Retry-After of {wait:g} s is beyond the retry limit")
                raise MaxRetryError(_pool, url or "", reason)
        return super().increment(method, url, response, error, _pool, _stacktrace)


# printable ASCII but "%": what a header value carries as it is
_AS_IS = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != "%")


def header_text(value: str) -> str:
    """``value`` as a header value: HTTP carries ASCII only, so every other character (and "%")
    is percent-encoded from UTF-8 (RFC 3986); an ASCII value without "%" goes as it is.
    ``urllib.parse.unquote`` gives the value back."""
    return quote(value, safe=_AS_IS)


def retrying_adapter(retries: int, backoff_factor: float, retry_after_limit: float) -> HTTPAdapter:
    """An adapter whose idempotent calls retry up to ``retries`` times with backoff."""
    retry = IdempotentRetry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,
        backoff_factor=backoff_factor,
        backoff_max=max(backoff_factor * 8, 1.0),
        status_forcelist=RETRY_STATUSES,
        allowed_methods=IDEMPOTENT_METHODS,
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    retry.retry_after_limit = retry_after_limit
    return HTTPAdapter(max_retries=retry, pool_connections=4, pool_maxsize=8)


def is_read_timeout(exc: BaseException) -> bool:
    """Whether a requests exception is, underneath, a read that timed out."""
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return True
    inner = exc.args[0] if exc.args else None
    if isinstance(inner, MaxRetryError):
        inner = inner.reason
    return isinstance(inner, ReadTimeoutError)


def request_error(
    exc: requests.RequestException, what: str, timeouts: tuple[float, float]
) -> ApiError:
    """The :class:`ApiError` for a request to ``what`` that got no HTTP answer."""
    connect_s, read_s = timeouts
    if isinstance(exc, requests.exceptions.SSLError):
        refused = f"{what}: the TLS certificate was not accepted: {reason(exc)}"
        return ApiError("unreachable", refused)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return ApiError("unreachable", f"{what}: no connection within {connect_s:g} s")
    if is_read_timeout(exc):
        return ApiError("timeout", f"{what}: no answer within {read_s:g} s")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return ApiError("unreachable", f"{what}: cannot connect: {reason(exc)}")
    return ApiError("unreachable", f"{what}: {type(exc).__name__}: {reason(exc)}")


def reason(exc: BaseException) -> str:
    """The innermost useful text of a requests/urllib3 exception, without object addresses."""
    inner: Any = exc.args[0] if exc.args else exc
    if isinstance(inner, MaxRetryError) and inner.reason is not None:
        inner = inner.reason
    if isinstance(inner, NewConnectionError):
        return str(inner).split(": ", 1)[-1]
    return str(inner) or type(inner).__name__
