"""Reading datasets from the backend into the cache, incrementally and page by page.

A read starts where the last complete one ended (``updated_since`` = the server time of that
read's first page). Each page is applied with the read's progress in one transaction; a read
that is cut off resumes next time from the last applied page's cursor.
"""

from __future__ import annotations

import logging

from ioc_console.core.api.client import BackendClient
from ioc_console.core.api.errors import ApiError
from ioc_console.core.store import dataset_writes
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.dataset_writes import PageProgress
from ioc_console.core.store.datasets import Dataset
from ioc_console.core.sync.status import DatasetResult

log = logging.getLogger(__name__)

# failures that concern one dataset only; the others are still read
DATASET_ERRORS = frozenset(
    {"bad_response", "too_large", "not_found", "forbidden", "server_error", "invalid_request"}
)


def pull_dataset(
    cache: Cache, client: BackendClient, ds: Dataset, ward: str | None = None, page_limit: int = 500
) -> DatasetResult:
    """Read one dataset; raises :class:`ApiError` when the backend cannot be read at all."""
    cache.ensure_table(ds.name).result()  # a plugin's feed registered a moment ago
    status = cache.dataset_status(ds.name)
    cursor = None
    server_time = None
    since = status.since if status else None
    if status and status.resume_cursor:
        cursor, since = status.resume_cursor, status.resume_since
        server_time = status.resume_server_time
        log.info("%s: resuming a cut-off read", ds.name)
    params: dict[str, str | int] = {"limit": page_limit}
    if since:
        params["updated_since"] = since
    if ward:
        params["ward"] = ward
    received = 0
    resuming = cursor is not None
    try:
        if cursor:
            params["cursor"] = cursor
        for items, next_cursor, page_time in client.pages(ds.path, params):
            server_time = server_time or page_time
            progress = PageProgress(since, next_cursor, server_time)
            cache.apply_page(ds.name, items, progress, ward).result()
            received += len(items)
    except ApiError as exc:
        if resuming and received == 0 and exc.kind in ("invalid_request", "bad_response"):
            # the server no longer takes the saved cursor (restarted, upgraded): read again
            # from where the cut-off read started
            log.warning("%s: the saved cursor was refused (%s); reading again", ds.name, exc)
            cache.writer.submit(lambda c: dataset_writes.forget_resume(c, ds.name)).result()
            return pull_dataset(cache, client, ds, ward, page_limit)
        if exc.kind not in DATASET_ERRORS:
            raise
        log.warning("%s: %s", ds.name, exc)
        cache.record_error(ds.name, str(exc)).result()
        return _result(cache, ds.name, received, str(exc))
    result = _result(cache, ds.name, received)
    if received:
        log.info("%s: %d item(s) received, %d rows", ds.name, received, result.rows)
    return result


def _result(cache: Cache, name: str, received: int, error: str | None = None) -> DatasetResult:
    """What the read left in the cache; a dataset with no status row yet (no page was ever
    applied to it) has no rows and was never refreshed."""
    after = cache.dataset_status(name)
    if after is None:
        return DatasetResult(name, 0, received, None, error)
    return DatasetResult(name, after.rows, received, after.refreshed_at, error)
