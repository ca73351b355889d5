"""Error bodies of the /api/v1 endpoints: RFC 9457 problem JSON with the contract's ``code``."""

from __future__ import annotations

from werkzeug.http import HTTP_STATUS_CODES
from werkzeug.wrappers import Response

from .responses import dump_json

CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "invalid_request",
    409: "conflict",
    422: "invalid_request",
    429: "rate_limited",
    500: "server_error",
    503: "unavailable",
}


class ProblemError(Exception):
    """Raised by a route: answered as a problem response."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        current: dict | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.current = current
        self.headers = headers or {}

    def response(self) -> Response:
        return problem_response(self.status, self.detail, current=self.current,
                                headers=self.headers)


def problem_response(
    status: int,
    detail: str,
    *,
    current: dict | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body: dict = {
        "type": "about:blank",
        "title": HTTP_STATUS_CODES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "code": CODES.get(status, "server_error" if status >= 500 else "invalid_request"),
    }
    if current is not None:
        body["current"] = current
    response = Response(dump_json(body), status=status, mimetype="application/problem+json")
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="ioc"'
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response
