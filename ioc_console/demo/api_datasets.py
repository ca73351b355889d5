"""``GET /api/v1/<dataset>`` (incremental, cursor-paged, ward-scoped) and
``GET /api/v1/<dataset>/<id>``, both with strong ETags (a page's covers its items and
``next_cursor``; an empty page's also its ``server_time``)."""

from __future__ import annotations

import base64
import json
from datetime import datetime

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from .api_auth import authenticate, ward_scope
from .context import Context
from .problems import ProblemError
from .responses import conditional, etag_of, json_response
from .store import DATASETS, Key
from .timeutil import fmt, parse

BY_PATH = {path: name for name, path in DATASETS.items()}
DEFAULT_LIMIT = 500
MAX_LIMIT = 1000


def encode_cursor(key: Key, include_deleted: bool) -> str:
    raw = json.dumps([key[0].isoformat(), key[1], int(include_deleted)], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[Key, bool]:
    """The key and the tombstone flag a cursor carries; a 400 problem for anything this server
    could not have handed out (the stamp must carry its offset to compare with the index)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, item_id, include_deleted = json.loads(raw)
        moment = datetime.fromisoformat(stamp)
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("a cursor stamp without offset")
        if not isinstance(item_id, str) or not isinstance(include_deleted, int):
            raise TypeError("a cursor of other parts")
        return (moment, item_id), bool(include_deleted)
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        raise ProblemError(400, "The cursor is not one this server handed out.") from exc


def _limit(request: Request) -> int:
    text = request.args.get("limit")
    if text is None:
        return DEFAULT_LIMIT
    try:
        limit = int(text)
    except ValueError:
        limit = 0
    if not 1 <= limit <= MAX_LIMIT:
        raise ProblemError(400, f"limit must be an integer from 1 to {MAX_LIMIT}.")
    return limit


def _since(request: Request) -> datetime | None:
    text = request.args.get("updated_since")
    if text is None:
        return None
    try:
        return parse(text)
    except ValueError as exc:
        raise ProblemError(400, "updated_since must be an ISO 8601 date-time.") from exc


def collection(ctx: Context, request: Request, path: str) -> Response:
    user = authenticate(ctx, request)
    dataset = BY_PATH[path]
    limit, since = _limit(request), _since(request)
    after, include_deleted = None, since is not None
    if "cursor" in request.args:  # an empty cursor is none this server handed out: 400
        after, from_since = decode_cursor(request.args["cursor"])
        include_deleted = include_deleted or from_since
    ward = ward_scope(user, request.args.get("ward"), ctx.store.resolver.current_wards)
    page = ctx.store.page(
        dataset, since=since, after=after, limit=limit, ward=ward, include_deleted=include_deleted
    )
    next_cursor = encode_cursor(page.last_key, include_deleted) if page.last_key else None
    versions = [(item["id"], item["updated_at"]) for item in page.items]
    # an empty page says nothing but its server_time: its tag changes with it
    stamp = None if versions else fmt(page.server_time)
    tag = etag_of(ctx.base_url(), ward, versions, next_cursor, stamp)

    def build() -> Response:
        items = [ctx.present(dataset, item) for item in page.items]
        body = {"items": items, "next_cursor": next_cursor, "server_time": fmt(page.server_time)}
        return json_response(body)

    return conditional(request, tag, build)


def item(ctx: Context, request: Request, path: str, item_id: str) -> Response:
    user = authenticate(ctx, request)
    dataset = BY_PATH[path]
    found = ctx.store.get(dataset, item_id)
    if found is None or found.get("deleted"):
        raise ProblemError(404, f"No {dataset} item {item_id!r}.")
    if user["role"] == "ward_clerk" and ctx.store.ward_of(dataset, item_id) not in (
        None, user.get("ward")
    ):
        raise ProblemError(403, "This item lies outside the ward of a ward clerk.")
    tag = etag_of(ctx.base_url(), found["id"], found["updated_at"])
    return conditional(request, tag, lambda: json_response(ctx.present(dataset, found)))


def rules() -> list[Rule]:
    paths = ",".join(f"'{path}'" for path in DATASETS.values())
    return [
        Rule(f"/api/v1/<any({paths}):path>", endpoint=collection, methods=["GET"]),
        Rule(f"/api/v1/<any({paths}):path>/<item_id>", endpoint=item, methods=["GET"]),
    ]
