"""Delivering the outbox: queued actions are sent in order, each with its idempotency key.

An action leaves the outbox in the same transaction that stores the server's answer, so a
crash in between only means it is sent again, and the key makes the server answer it once.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from ioc_console.core.api.client import BackendClient
from ioc_console.core.api.errors import ApiError
from ioc_console.core.store import dataset_writes, outbox
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change
from ioc_console.core.store.outbox import OutboxAction
from ioc_console.core.sync.status import Refusal

log = logging.getLogger(__name__)

# the backend will never accept these as they are: they leave the outbox and are reported,
# but only when the backend itself said so (a problem document with that code); the same
# status from a proxy or a gateway (an HTML 404 during a deployment, a 408) is a passing fault
REFUSED = frozenset({"conflict", "invalid_request", "not_found", "forbidden"})


def refused_for_good(exc: ApiError) -> bool:
    body = exc.body
    return exc.kind in REFUSED and isinstance(body, dict) and body.get("code") == exc.kind


def push_outbox(
    cache: Cache,
    client: BackendClient,
    on_refused: Callable[[Refusal], None],
    scope_ward: str | None = None,
) -> int:
    """Send every queued action; returns how many were delivered. Stops at the first action
    the backend cannot take now (raising its :class:`ApiError`), so the order is kept."""
    delivered = 0
    for action in cache.outbox():
        try:
            answer = client.post_json(action.path, action.body, idempotency_key=action.key)
        except ApiError as exc:
            if not refused_for_good(exc):
                cache.action_failed(action.seq, str(exc)).result()
                raise
            current = _current_item(exc.body)
            log.warning("action %s %s refused (%s): %s", action.key, action.path, exc.kind, exc)
            _settle(cache, action, current, scope_ward)
            on_refused(Refusal(action, exc.kind, str(exc), current))
            continue
        _settle(cache, action, _answered_item(answer), scope_ward)
        delivered += 1
        log.info("action %s %s delivered", action.key, action.path)
    return delivered


def _settle(
    cache: Cache, action: OutboxAction, item: dict[str, Any] | None, scope_ward: str | None
) -> None:
    """Remove the action and store the item as the server now has it, in one transaction."""

    def write(conn: sqlite3.Connection) -> list[Change]:
        changes = outbox.remove(conn, action.seq)
        if item is not None and action.dataset:
            changes.append(dataset_writes.apply_items(conn, action.dataset, [item], scope_ward))
        return changes

    cache.writer.submit(write).result()  # a lost removal only resends: the key answers it once


def _answered_item(answer: Any) -> dict[str, Any] | None:
    if isinstance(answer, dict):
        for key in ("alert", "item", "task", "complaint"):
            if isinstance(answer.get(key), dict):
                return answer[key]
    return None


def _current_item(body: Any) -> dict[str, Any] | None:
    if isinstance(body, dict) and isinstance(body.get("current"), dict):
        return body["current"]
    return None
