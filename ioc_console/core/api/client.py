"""What the sync engine needs from a backend client: sign-in, paged reads, actions, the event
stream. :class:`~ioc_console.core.api.rest.RestClient` is the one the console uses; a test or
another transport may give any object that has these members."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    import requests

Page = tuple[list[dict[str, Any]], str | None, str]
"""One page of a paged read: ``(items, next_cursor, server_time)``."""


@runtime_checkable
class BackendClient(Protocol):
    """One backend, one signed-in user, safe to share between worker threads. Failures are
    raised as :class:`~ioc_console.core.api.errors.ApiError`."""

    @property
    def base_url(self) -> str:
        """The server's root URL, without ``/api/v1`` (it names the backend a cache is for)."""
        ...

    def url(self, path: str) -> str:
        """The full URL of ``path`` (below ``/api/v1``), for messages."""
        ...

    def login(self, username: str, password: str) -> dict[str, Any]:
        """Sign in and keep the token; returns the User."""
        ...

    def restore(self, username: str) -> bool:
        """Use ``username``'s token kept by an earlier run; False when none is kept."""
        ...

    def me(self) -> dict[str, Any]:
        """The signed-in User; also tells whether the token still works."""
        ...

    def pages(self, path: str, params: Mapping[str, Any] | None = None) -> Iterator[Page]:
        """Follow the cursor from ``params["cursor"]`` (or the start), page by page."""
        ...

    def post_json(self, path: str, body: Any, idempotency_key: str) -> Any:
        """POST an action with its idempotency key; returns the answer's JSON."""
        ...

    def open_stream(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        read_timeout: float | None = None,
    ) -> requests.Response:
        """A streaming GET whose status was checked; the caller reads and closes it."""
        ...

