"""Shape checks of the backend's collection pages and items, before anything is cached.

A page that breaks the contract raises ``ApiError("bad_response")`` naming the first field that is
wrong, so the log says what the server sent instead of a ``KeyError`` deep in the sync engine.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ioc_console.core.api.errors import ApiError
from ioc_console.core.clock import NoOffsetError, parse_time


def check_page(body: Any, what: str) -> tuple[list[dict[str, Any]], str | None, str]:
    """``(items, next_cursor, server_time)`` of a collection page answered to ``what``."""
    if not isinstance(body, dict):
        raise _bad(what, f"the page must be a JSON object, not {_type(body)}")
    for key in ("items", "next_cursor", "server_time"):
        if key not in body:
            raise _bad(what, f"the page has no '{key}'")
    items = body["items"]
    if not isinstance(items, list):
        raise _bad(what, f"'items' must be a list, not {_type(items)}")
    for index, item in enumerate(items):
        check_item(item, what, f"items[{index}]")
    cursor = body["next_cursor"]
    if cursor is not None and (not isinstance(cursor, str) or not cursor):
        raise _bad(what, f"'next_cursor' must be a non-empty text or null, not {cursor!r:.40}")
    server_time = body["server_time"]
    _check_datetime(server_time, what, "server_time")
    return items, cursor, server_time


def check_item(item: Any, what: str, where: str = "the item") -> dict[str, Any]:
    """``item`` if it has the fields every item has (``id``, ``updated_at``, ``deleted``)."""
    if not isinstance(item, dict):
        raise _bad(what, f"{where} must be a JSON object, not {_type(item)}")
    item_id = item.get("id")
    if not isinstance(item_id, str) or not item_id:
        if "id" not in item:
            raise _bad(what, f"{where} has no 'id'")
        raise _bad(what, f"{where}.id must be a non-empty text, not {_type(item_id)}")
    label = f"{where} (id {item_id!r:.60})"
    if "updated_at" not in item:
        raise _bad(what, f"{label} has no 'updated_at'")
    _check_datetime(item["updated_at"], what, f"{label}.updated_at")
    if not isinstance(item.get("deleted"), bool):
        if "deleted" not in item:
            raise _bad(what, f"{label} has no 'deleted'")
        raise _bad(what, f"{label}.deleted must be true or false, not {_type(item['deleted'])}")
    return item


def iso_datetime(value: datetime | str) -> str:
    """An ISO 8601 text with offset for a query parameter; naive datetimes are refused."""
    if isinstance(value, str):
        try:
            parse_time(value, require_offset=True)
        except NoOffsetError:
            raise ValueError(f"{value!r} has no time zone; the backend needs an offset") from None
        return value
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{value!r} has no time zone; the backend needs an offset")
    return value.isoformat()


def _check_datetime(value: Any, what: str, where: str) -> None:
    if not isinstance(value, str):
        raise _bad(what, f"{where} must be an ISO 8601 date-time text, not {_type(value)}")
    try:
        parse_time(value, require_offset=True)
    except NoOffsetError:
        raise _bad(what, f"{where} has no time zone offset: {value!r:.60}") from None
    except ValueError:
        raise _bad(what, f"{where} is not an ISO 8601 date-time: {value!r:.60}") from None


def _bad(what: str, problem: str) -> ApiError:
    return ApiError("bad_response", f"{what}: {problem}")


def _type(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)
