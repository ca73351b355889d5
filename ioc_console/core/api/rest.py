"""The backend's REST client (contract: ``/api/v1``): sign-in, JSON reads, pages, actions.

Every call has a connect and a read timeout; idempotent reads are retried a few times with
backoff (see :mod:`ioc_console.core.api.transport`); a refused token is renewed once with the
remembered credentials. Bodies are read as a stream and refused beyond ``max_body`` (the
decompressed size counts). Whatever goes wrong is raised as :class:`ApiError`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import requests

from ioc_console import __version__
from ioc_console.core.api.client import BackendClient, Page
from ioc_console.core.api.errors import ApiError
from ioc_console.core.api.payload import check_page, iso_datetime
from ioc_console.core.api.responses import raise_for_status, read_body, read_json
from ioc_console.core.api.tokens import TokenStore
from ioc_console.core.api.transport import header_text, request_error, retrying_adapter

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
MiB = 1024 * 1024


class RestClient:
    """One backend, one signed-in user; safe to share between worker threads.

    ``path`` arguments are below ``/api/v1`` (``"/complaints"``); a path that already starts
    with ``/api/v1/`` or a full ``http(s)://`` URL is used as it is.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token_store: TokenStore | None = None,
        ca_bundle: str | Path | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        max_body: int = 64 * MiB,
        session: requests.Session | None = None,
        retries: int = 2,
        backoff_factor: float = 0.5,
        retry_after_limit: float = 10.0,
        console_id: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_url = self.base_url + API_PREFIX
        self.tokens = token_store or TokenStore(use_keyring=False)
        self.verify: bool | str = str(ca_bundle) if ca_bundle else True
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_body = max_body
        self.session = session or requests.Session()
        adapter = retrying_adapter(retries, backoff_factor, retry_after_limit)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.update(
            {
                "Accept": "application/json",
                "Accept-Encoding": "gzip, deflate",
                "User-Agent": f"ioc-console/{__version__}",
            }
        )
        if console_id:  # which console position acts (the backend keeps it in the history)
            self.session.headers["X-Console-Id"] = header_text(console_id)
        self._auth = threading.RLock()
        self._token: str | None = None
        self._username: str | None = None
        self._password: str | None = None

    # -- sign-in ---------------------------------------------------------------------------

    @property
    def username(self) -> str | None:
        return self._username

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    def login(self, username: str, password: str) -> dict[str, Any]:
        """Sign in; the token goes to the token store, the credentials are remembered in memory
        (to sign in again when the token is refused). Returns the User."""
        with self._auth:
            resp = self._request(
                "POST", "/auth/token", json_body={"username": username, "password": password}
            )
            body = read_json(resp, self.max_body, self.read_timeout)
            what = f"POST {self.url('/auth/token')}"
            token = body.get("access_token") if isinstance(body, dict) else None
            user = body.get("user") if isinstance(body, dict) else None
            if not isinstance(token, str) or not token:
                raise ApiError("bad_response", f"{what}: the answer has no 'access_token' text")
            if not isinstance(user, dict) or not isinstance(user.get("username"), str):
                raise ApiError("bad_response", f"{what}: the answer has no 'user' object")
            self._token, self._username, self._password = token, username, password
            self.tokens.set(self.base_url, username, token)
        log.info("Signed in to %s as %s (role %s)", self.base_url, username, user.get("role"))
        return user

    def restore(self, username: str) -> bool:
        """Use ``username``'s token saved by an earlier run, if the token store has one."""
        token = self.tokens.get(self.base_url, username)
        with self._auth:
            self._username = username
            self._token = token or None
        return token is not None

    def logout(self) -> None:
        """Forget the token (in the store too) and the remembered credentials."""
        with self._auth:
            if self._username is not None:
                self.tokens.delete(self.base_url, self._username)
            self._token = self._password = None

    def me(self) -> dict[str, Any]:
        """The signed-in User (``GET /me``)."""
        body, _ = self.get_json("/me")
        if not isinstance(body, dict) or not isinstance(body.get("username"), str):
            raise ApiError("bad_response", f"GET {self.url('/me')}: the answer is not a User")
        return body

    # -- reads -----------------------------------------------------------------------------

    def get_json(
        self, path: str, params: Mapping[str, Any] | None = None, etag: str | None = None
    ) -> tuple[Any, str | None]:
        """``(body, etag)``; ``body`` is None when the server answered 304 to ``etag``."""
        headers = {"If-None-Match": etag} if etag else None
        resp = self._request("GET", path, params=params, headers=headers)
        if resp.status_code == 304:
            resp.close()
            return None, resp.headers.get("ETag") or etag
        return read_json(resp, self.max_body, self.read_timeout), resp.headers.get("ETag")

    def get_bytes(self, path: str, limit: int, accept: str = "*/*") -> bytes:
        """The body of a GET (a picture), at most ``limit`` bytes (``too_large`` beyond)."""
        resp = self._request("GET", path, headers={"Accept": accept})
        raise_for_status(resp)
        return read_body(resp, limit, read_timeout=self.read_timeout)

    def pages(self, path: str, params: Mapping[str, Any] | None = None) -> Iterator[Page]:
        """Follow the cursor: ``(items, next_cursor, server_time)`` per page, each checked
        against the contract (``items`` of objects with ``id``, ``updated_at``, ``deleted``)."""
        query = {k: v for k, v in (params or {}).items() if k != "cursor"}
        cursor = (params or {}).get("cursor")
        seen: set[str] = set()
        while True:
            page_params = {**query, "cursor": cursor} if cursor else query
            body, _ = self.get_json(path, page_params)
            items, cursor, server_time = check_page(body, self._what("GET", path, page_params))
            yield items, cursor, server_time
            if cursor is None:
                return
            if cursor in seen:
                raise ApiError(
                    "bad_response",
                    f"{self._what('GET', path, page_params)}: the server gave cursor "
                    f"{cursor!r:.60} again; paging stopped to avoid a loop",
                )
            seen.add(cursor)

    def updated_since(
        self,
        path: str,
        since: datetime | str | None,
        params: Mapping[str, Any] | None = None,
    ) -> Iterator[Page]:
        """:meth:`pages` of the items changed after ``since`` (tombstones included); all items
        when ``since`` is None. ``since`` must carry a time zone."""
        query = dict(params or {})
        if since is not None:
            query["updated_since"] = iso_datetime(since)
        return self.pages(path, query)

    # -- writes and streams ----------------------------------------------------------------

    def post_json(self, path: str, body: Any, idempotency_key: str) -> Any:
        """POST ``body`` with ``Idempotency-Key``; never retried here (the outbox retries)."""
        if not 1 <= len(idempotency_key) <= 128:
            raise ValueError("an idempotency key has 1 to 128 characters")
        resp = self._request(
            "POST", path, json_body=body, headers={"Idempotency-Key": idempotency_key}
        )
        replayed = resp.headers.get("Idempotent-Replayed", "").lower() == "true"
        result = read_json(resp, self.max_body, self.read_timeout)
        if replayed:
            log.info(
                "POST %s: key %s was already applied; the stored answer came back",
                self.url(path),
                idempotency_key,
            )
        return result

    def open_stream(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        read_timeout: float | None = None,
    ) -> requests.Response:
        """A streaming GET (the event stream) whose status was checked; the caller reads it
        from ``response.raw`` and closes it."""
        stream_headers = {
            "Accept": "text/event-stream",
            "Accept-Encoding": "identity",
            "Cache-Control": "no-cache",
            **(headers or {}),
        }
        resp = self._request(
            "GET", path, params=params, headers=stream_headers, read_timeout=read_timeout
        )
        raise_for_status(resp)
        return resp

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> RestClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------------

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        if not path.startswith("/"):
            path = "/" + path
        if path.startswith(API_PREFIX + "/"):
            return self.base_url + path
        return self.api_url + path

    def _what(self, method: str, path: str, params: Mapping[str, Any] | None = None) -> str:
        query = f"?{urlencode(params, doseq=True)}" if params else ""
        return f"{method} {self.url(path)}{query}"

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        read_timeout: float | None = None,
    ) -> requests.Response:
        """Send with the token; when it is refused (401), sign in again once and repeat."""
        timeouts = (self.connect_timeout, read_timeout or self.read_timeout)
        authorize = path != "/auth/token"
        for attempt in (1, 2):
            token = self._token if authorize else None
            sent = dict(headers or {})
            if token:
                sent["Authorization"] = f"Bearer {token}"
            try:
                resp = self.session.request(
                    method,
                    self.url(path),
                    params=params,
                    json=json_body,
                    headers=sent,
                    timeout=timeouts,
                    verify=self.verify,
                    stream=True,
                )
            except requests.RequestException as exc:
                raise request_error(exc, self._what(method, path, params), timeouts) from None
            log.debug("%s %s -> %s", method, resp.url, resp.status_code)
            if resp.status_code == 401 and authorize and attempt == 1:
                if self._sign_in_again(token, self._what(method, path, params)):
                    resp.close()
                    continue
            return resp
        raise AssertionError("unreachable")  # pragma: no cover

    def _sign_in_again(self, refused: str | None, what: str) -> bool:
        with self._auth:
            if self._token is not None and self._token != refused:
                return True  # another thread has signed in again meanwhile
            if self._username is None or self._password is None:
                if refused is not None and self._username is not None:
                    self.tokens.delete(self.base_url, self._username)
                    self._token = None
                log.warning("%s: the sign-in token was refused; no credentials to renew it", what)
                return False
            log.info("%s: the sign-in token was refused; signing in again", what)
            try:
                self.login(self._username, self._password)
            except ApiError as exc:
                log.warning("Signing in again failed: %s", exc.message)
                if exc.kind != "unauthorized":
                    raise  # the backend is unwell, not the account: retried like any fault
                return False
            return True


if TYPE_CHECKING:
    _checked: type[BackendClient] = RestClient  # mypy: the REST client is a BackendClient
