"""``GET /api/v1/events``: the change log as Server-Sent Events.

``retry: 3000`` first; then one ``event: change`` per change with its integer id; a
``: heartbeat`` comment when nothing was sent for ``heartbeat_s``; ``event: reset`` (carrying
the current last id) when the client's Last-Event-ID is no longer kept. Without a
Last-Event-ID the stream starts at the current end of the log. A ward-scoped stream (a ward
clerk's, or one asked with ``ward``) carries the items of that ward and the city-wide ones
(``ward: null``); an item that moves out of that scope comes as a delete with ``left_ward``.
The stream ends when the backend stops.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from .api_auth import authenticate, ward_scope
from .context import Context
from .problems import ProblemError
from .store import Change, in_scope

RETRY_MS = 3000


def _last_event_id(request: Request) -> int | None:
    text = request.headers.get("Last-Event-ID") or request.args.get("last_event_id")
    if text is None or not text.strip():
        return None
    if not text.strip().isdigit():
        raise ProblemError(400, "Last-Event-ID must be a non-negative integer.")
    return int(text)


def _change_text(ctx: Context, change: Change, ward: str | None) -> str:
    """The event of ``change`` for a stream scoped to ``ward`` (None: the whole city); empty
    when the change is none of that scope's business. An item that leaves the scope (moved to
    another ward) comes as a delete that names the ward it left (``left_ward``)."""
    data: dict = {
        "dataset": change.dataset,
        "op": change.op,
        "id": change.item_id,
        "item": ctx.present(change.dataset, change.item),
    }
    if ward is not None and not in_scope(change.ward, ward):
        if not (change.moved and in_scope(change.previous_ward, ward)):
            return ""
        data = {**data, "op": "delete", "item": None, "left_ward": ward}
    return f"id: {change.id}\nevent: change\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _reset_text(last_id: int) -> str:
    return f"id: {last_id}\nevent: reset\ndata: {{}}\n\n"


def stream(ctx: Context, cursor: int, ward: str | None) -> Iterator[bytes]:
    store, heartbeat, stopping = ctx.store, ctx.heartbeat_s, ctx.stopping
    yield f"retry: {RETRY_MS}\n\n".encode()
    last_write = time.monotonic()
    waiting = False  # the first round sends what is due at once (replay or reset)
    while not stopping.is_set():
        with store.changed:
            if waiting:
                store.changed.wait_for(
                    lambda seen=cursor: store.last_event_id > seen or stopping.is_set(),
                    timeout=max(0.0, last_write + heartbeat - time.monotonic()),
                )
            waiting = True
            changes, reset = store.changes_after(cursor)
            if reset:
                cursor = store.last_event_id
        if stopping.is_set():
            return
        if reset:
            text = _reset_text(cursor)
        else:
            text = "".join(_change_text(ctx, c, ward) for c in changes)
            cursor = changes[-1].id if changes else cursor
        if not text and time.monotonic() >= last_write + heartbeat:
            text = ": heartbeat\n\n"
        if text:
            yield text.encode("utf-8")
            last_write = time.monotonic()


def events(ctx: Context, request: Request) -> Response:
    user = authenticate(ctx, request)
    ward = ward_scope(user, request.args.get("ward") or None, ctx.store.resolver.current_wards)
    cursor = _last_event_id(request)
    if cursor is None:  # from now on: taken here, so nothing after the request is missed
        cursor = ctx.store.last_event_id
    headers = {
        "Cache-Control": "no-cache",
        "IOC-Heartbeat": f"{ctx.heartbeat_s:g}",
        "X-Accel-Buffering": "no",
    }
    return Response(
        stream(ctx, cursor, ward),
        mimetype="text/event-stream",
        headers=headers,
        direct_passthrough=True,
    )


def rules() -> list[Rule]:
    return [Rule("/api/v1/events", endpoint=events, methods=["GET"])]
