"""Open311 GeoReport v2 client: import service requests from any GeoReport v2 server.

JSON or XML, with or without ``jurisdiction_id``, paged by the common ``page``/``page_size``
extension. Every failure — no connection, a timeout, an HTTP error, an HTML page, a body that
is not what GeoReport says — is an :class:`Open311Error` naming the server, the URL and what was
wrong. Blocking: run it off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, tzinfo
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from ioc_console.core.api import open311_parse as parse
from ioc_console.core.api.open311_model import (
    DEFAULT_TZ,
    Discovery,
    Service,
    ServiceDefinition,
    ServiceRequest,
)
from ioc_console.core.api.open311_parse import Open311Error

__all__ = ["Open311Client", "Open311Error", "ServiceRequest"]

log = logging.getLogger(__name__)

ACCEPT = {"json": "application/json", "xml": "text/xml, application/xml"}


class Open311Client:
    """A GeoReport v2 endpoint, e.g. ``https://city.example/open311/v2``."""

    def __init__(
        self,
        base_url: str,
        *,
        fmt: str = "json",
        jurisdiction_id: str | None = None,
        api_key: str | None = None,
        session: requests.Session | None = None,
        ca_bundle: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        page_size: int = 100,
        max_pages: int = 10_000,
        max_body: int = 32 * 1024 * 1024,
        naive_tz: tzinfo = DEFAULT_TZ,
    ) -> None:
        if fmt not in ACCEPT:
            raise ValueError(f"Open311 format must be json or xml, not {fmt!r}")
        self.base_url = base_url.rstrip("/")
        self.server = urlsplit(self.base_url).netloc or self.base_url
        self.fmt = fmt
        self.jurisdiction_id = jurisdiction_id
        self.api_key = api_key
        self.session = session or requests.Session()
        self.verify: bool | str = ca_bundle or True
        self.timeout = (connect_timeout, read_timeout)
        self.page_size = page_size
        self.max_pages = max_pages
        self.max_body = max_body
        self.naive_tz = naive_tz

    # -- the endpoints -------------------------------------------------------------------------

    def discovery(self) -> Discovery:
        body, url, status = self._get("discovery", {})
        return parse.parse_discovery(body, self.fmt, self.server, url, status)

    def services(self) -> list[Service]:
        body, url, status = self._get("services", self._params())
        return parse.parse_services(body, self.fmt, self.server, url, status)

    def service_definition(self, service_code: str) -> ServiceDefinition:
        body, url, status = self._get(f"services/{quote(service_code, safe='')}", self._params())
        return parse.parse_service_definition(body, self.fmt, self.server, url, status)

    def request(self, service_request_id: str) -> ServiceRequest:
        """One service request; an :class:`Open311Error` when the server has none by that id."""
        path = f"requests/{quote(str(service_request_id), safe='')}"
        body, url, status = self._get(path, self._params())
        found = parse.parse_requests(body, self.fmt, self.server, url, status, self.naive_tz)
        if not found:
            raise Open311Error(self.server, url, f"no service request {service_request_id}",
                               status=status)
        return found[0]

    def requests(
        self,
        *,
        service_request_ids: list[str] | None = None,
        service_code: str | None = None,
        status: str | None = None,
        start_date: datetime | str | None = None,
        end_date: datetime | str | None = None,
        page_size: int | None = None,
    ) -> Iterator[ServiceRequest]:
        """Every matching service request, page after page, each once.

        Stops on an empty page or one shorter than ``page_size``, and when a server that
        ignores paging sends a page of requests already seen.
        """
        size = page_size or self.page_size
        filters = self._params(
            service_request_id=",".join(service_request_ids) if service_request_ids else None,
            service_code=service_code,
            status=status,
            start_date=_when(start_date),
            end_date=_when(end_date),
            page_size=size,
        )
        seen: set[str] = set()
        for page in range(1, self.max_pages + 1):
            body, url, code = self._get("requests", {**filters, "page": page})
            found = parse.parse_requests(body, self.fmt, self.server, url, code, self.naive_tz)
            fresh = [r for r in found if r.service_request_id not in seen]
            seen.update(r.service_request_id for r in fresh)
            yield from fresh
            if not found or len(found) < size:
                return
            if not fresh:
                log.warning("Open311 server %s repeats page %d: it ignores paging (%s)",
                            self.server, page, url)
                return
            if len(found) > size:
                log.info("Open311 server %s sent %d requests for a page of %d: paging ignored",
                         self.server, len(found), size)
                return
        log.warning("Open311 server %s: stopped after %d pages", self.server, self.max_pages)

    def all_requests(self, **filters: Any) -> list[ServiceRequest]:
        return list(self.requests(**filters))

    # -- HTTP ----------------------------------------------------------------------------------

    def _params(self, **extra: Any) -> dict[str, Any]:
        params = {k: v for k, v in extra.items() if v is not None}
        if self.jurisdiction_id:
            params["jurisdiction_id"] = self.jurisdiction_id
        return params

    def _get(self, path: str, params: dict[str, Any]) -> tuple[bytes, str, int]:
        url = f"{self.base_url}/{path}.{self.fmt}"
        shown = requests.Request("GET", url, params=params).prepare().url or url
        try:
            response = self.session.get(
                url, params=params, timeout=self.timeout, verify=self.verify, stream=True,
                headers={"Accept": ACCEPT[self.fmt]},
            )
        except requests.exceptions.SSLError as exc:
            raise Open311Error(self.server, shown, f"TLS certificate not accepted: {exc}") from None
        except requests.exceptions.Timeout:
            raise Open311Error(self.server, shown, "no answer in time") from None
        except requests.exceptions.RequestException as exc:
            raise Open311Error(self.server, shown,
                               f"cannot connect ({type(exc).__name__})") from None
        with response:
            body = self._read(response, shown)
        status = response.status_code
        if status >= 400:
            raise self._http_error(body, shown, status)
        if status != 200:
            raise Open311Error(self.server, shown, f"unexpected HTTP {status}", status=status)
        kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if kind == "text/html":
            page = parse.excerpt(body.decode(errors="replace"))
            raise Open311Error(self.server, shown, f"answered with an HTML page, not "
                               f"{self.fmt.upper()}: {page}", status=status)
        return body, shown, status

    def _read(self, response: requests.Response, url: str) -> bytes:
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > self.max_body:
                    raise Open311Error(self.server, url,
                                       f"answer larger than {self.max_body // 1024 // 1024} MiB")
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            raise Open311Error(self.server, url,
                               f"the answer broke off ({type(exc).__name__})") from None
        return b"".join(chunks)

    def _http_error(self, body: bytes, url: str, status: int) -> Open311Error:
        try:
            parse.decode(body, self.fmt, self.server, url, status)
        except Open311Error as exc:
            if exc.errors:
                return exc
        return Open311Error(self.server, url, f"HTTP {status}", status=status)


def _when(value: datetime | str | None) -> str | None:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value
