"""The console's link to its backend: the REST client and the sync engine over the cache,
built from the site profile (or the embedded demo backend's address)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict, Unpack

from ioc_console.core.store.cache import Cache
from ioc_console.core.store.datasets import Dataset
from ioc_console.core.sync.engine import SyncEngine
from ioc_console.core.sync.feeds import FeedErrorHandler

if TYPE_CHECKING:
    from ioc_console.core.api.rest import RestClient


@dataclass(frozen=True)
class BackendTarget:
    """Where the backend is and who signs in; the password is used once, never stored."""

    url: str
    username: str | None = None
    password: str | None = None
    ward: str | None = None
    ca_bundle: str | None = None
    timeout_s: float = 10.0
    keep_token: bool = True  # in the OS keyring; the demo backend's tokens live in memory
    console_id: str | None = None  # sent as X-Console-Id with every request


def server_root(url: str) -> str:
    """The server's address: a profile may name the API's own address (``…/api/v1``)."""
    from ioc_console.core.api.rest import API_PREFIX

    url = url.rstrip("/")
    return url[: -len(API_PREFIX)] if url.endswith(API_PREFIX) else url


class EngineOptions(TypedDict, total=False):
    """What :func:`build_engine` passes on to :class:`SyncEngine` besides the target."""

    datasets: tuple[Dataset, ...] | None
    poll_s: float
    resync_s: float
    events: bool
    page_limit: int
    on_feed_error: FeedErrorHandler | None


def build_client(target: BackendTarget) -> RestClient:
    from ioc_console.core.api.rest import RestClient
    from ioc_console.core.api.tokens import TokenStore

    return RestClient(
        server_root(target.url),
        token_store=TokenStore(use_keyring=target.keep_token),
        ca_bundle=target.ca_bundle,
        connect_timeout=min(target.timeout_s, 5.0),
        read_timeout=target.timeout_s,
        console_id=target.console_id,
    )


def build_engine(
    cache: Cache, target: BackendTarget, **options: Unpack[EngineOptions]
) -> SyncEngine:
    credentials = None
    if target.username and target.password is not None:
        credentials = (target.username, target.password)
    return SyncEngine(
        cache,
        build_client(target),
        ward=target.ward,
        credentials=credentials,
        username=target.username,
        **options,
    )
