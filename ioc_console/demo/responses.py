"""JSON responses, strong ETags with If-None-Match, and gzip for larger bodies."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable

from werkzeug.wrappers import Request, Response

GZIP_MIN_BYTES = 1024
_GZ = "-gz"  # suffix of the ETag of the gzip-coded representation (a different strong tag)


def dump_json(body: object) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(body: object, status: int = 200, headers: dict | None = None) -> Response:
    response = Response(dump_json(body), status=status, mimetype="application/json")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def etag_of(*parts: object) -> str:
    """A strong validator from what determines a representation."""
    digest = hashlib.sha256(json.dumps(parts, default=str, separators=(",", ":")).encode())
    return digest.hexdigest()[:32]


def conditional(request: Request, tag: str, build: Callable[[], Response]) -> Response:
    """304 without body when If-None-Match names ``tag`` (either coding) by the weak
    comparison RFC 9110 §13.1.2 asks for (``W/"x"`` matches ``"x"``), else ``build()`` with
    the ETag set."""
    wanted = request.if_none_match
    if wanted and (
        wanted.star_tag or wanted.contains_weak(tag) or wanted.contains_weak(tag + _GZ)
    ):
        response = Response(status=304)
        response.set_etag(tag + _GZ if wanted.contains_weak(tag + _GZ) else tag)
        return response
    response = build()
    response.set_etag(tag)
    return response


def compress(request: Request, response: Response) -> Response:
    """gzip the body when the client accepts it and it is larger than 1 KB (not an image)."""
    response.vary.add("Accept-Encoding")
    if (
        response.is_streamed
        or response.direct_passthrough
        or response.status_code != 200
        or "Content-Encoding" in response.headers
        or (response.mimetype or "").startswith("image/")  # compressed already
        or request.accept_encodings.quality("gzip") <= 0
    ):
        return response
    data = response.get_data()
    if len(data) <= GZIP_MIN_BYTES:
        return response
    response.set_data(gzip.compress(data, compresslevel=5, mtime=0))
    response.headers["Content-Encoding"] = "gzip"
    tag, weak = response.get_etag()
    if tag and not weak:
        response.set_etag(tag + _GZ)
    return response
