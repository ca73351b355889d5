"""Open311 GeoReport v2 client: import service requests from any GeoReport v2 server, and
file new ones into it.

JSON or XML, with or without ``jurisdiction_id``, paged by the common ``page``/``page_size``
extension. Every failure — no connection, a timeout, an HTTP error, an HTML page, a body that
is not what GeoReport says — is an :class:`Open311Error` naming the server, the URL and what was
wrong. Blocking: run it off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from datetime import datetime, tzinfo
from typing import Any
from urllib.parse import quote

import requests

from ioc_console.core.api import open311_parse as parse
from ioc_console.core.api.open311_http import Open311Http
from ioc_console.core.api.open311_model import (
    DEFAULT_TZ,
    Discovery,
    Service,
    ServiceDefinition,
    ServiceRequest,
)
from ioc_console.core.api.open311_parse import Open311Error
from ioc_console.core.api.open311_post import (
    AttributeValue,
    PostedRequest,
    parse_posted,
    request_form,
)
from ioc_console.core.api.open311_values import identifier
from ioc_console.core.clock import zone_name
from ioc_console.core.config.open311_source import Open311Source

__all__ = ["Open311Client", "Open311Error", "PostedRequest", "ServiceRequest"]

log = logging.getLogger(__name__)


class Open311Client(Open311Http):
    """A GeoReport v2 endpoint, e.g. ``https://city.example/open311/v2``.

    ``naive_tz`` is the zone of times the server writes without an offset (the city's unless
    the Open311 source names the server's); each record says in ``assumed_tz`` when it was used.
    """

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
        super().__init__(base_url, fmt=fmt, session=session, ca_bundle=ca_bundle,
                         connect_timeout=connect_timeout, read_timeout=read_timeout,
                         max_body=max_body)
        self.jurisdiction_id = jurisdiction_id
        self.api_key = api_key
        self.page_size = page_size
        self.max_pages = max_pages
        self.naive_tz = naive_tz
        self._told_tz = False

    @classmethod
    def from_source(cls, source: Open311Source, **kw: Any) -> Open311Client:
        """The client of a configured Open311 source (site profile ``[open311]``)."""
        return cls(source.url, fmt=source.fmt, jurisdiction_id=source.jurisdiction_id,
                   naive_tz=source.tz, **kw)

    # -- reading -------------------------------------------------------------------------------

    def discovery(self) -> Discovery:
        got = self._get("discovery", {})
        return parse.parse_discovery(got.body, self.fmt, self.server, got.url, got.status)

    def services(self) -> list[Service]:
        got = self._get("services", self._params())
        return parse.parse_services(got.body, self.fmt, self.server, got.url, got.status)

    def service_definition(self, service_code: str) -> ServiceDefinition:
        got = self._get(f"services/{quote(service_code, safe='')}", self._params())
        return parse.parse_service_definition(got.body, self.fmt, self.server, got.url,
                                              got.status)

    def request(self, service_request_id: str) -> ServiceRequest:
        """The service request of that id — never another one a server sent in its place; an
        :class:`Open311Error` when the server did not return it."""
        wanted = identifier(service_request_id) or str(service_request_id)
        got = self._get(f"requests/{quote(wanted, safe='')}", self._params())
        found = self._requests(got.body, got.url, got.status)
        if not found:
            raise Open311Error(self.server, got.url, f"no service request {wanted}",
                               status=got.status)
        match = next((r for r in found if r.service_request_id == wanted), None)
        if match is None:
            sent = ", ".join(r.service_request_id for r in found[:3])
            more = f" and {len(found) - 3} more" if len(found) > 3 else ""
            raise Open311Error(self.server, got.url,
                               f"did not return service request {wanted} (sent {sent}{more})",
                               status=got.status)
        if len(found) > 1:
            log.warning("Open311 server %s answered %s with %d requests; kept %s only",
                        self.server, got.url, len(found), wanted)
        return match

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

        Pages until one comes back empty or the server's ``Link`` header names no next page:
        a server may cap its pages below ``page_size`` (logged). Stops, with a log line, when
        a page brings nothing new (a server that ignores paging) or after ``max_pages``.
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
        first = 0  # the length of the first page: the server's own page size, if it pages
        for page in range(1, self.max_pages + 1):
            try:
                got = self._get("requests", {**filters, "page": page})
            except Open311Error as exc:
                if page > 1 and exc.status == 404 and not exc.errors:
                    log.info("Open311 server %s: page %d not found, taken as the end (%s)",
                             self.server, page, exc.url)
                    return
                raise
            found = self._requests(got.body, got.url, got.status)
            fresh = [r for r in found if r.service_request_id not in seen]
            seen.update(r.service_request_id for r in fresh)
            yield from fresh
            if not found:
                return
            first = first or len(found)
            if (page == 1 and first > size) or (page == 2 and fresh and first < size):
                log.info("Open311 server %s sent %d requests for a page of %d: its page size "
                         "differs from the one asked (%s)", self.server, first, size, got.url)
            if got.links and "next" not in got.links:
                return
            if not fresh:
                log.warning("Open311 server %s repeats page %d: it ignores paging (%s)",
                            self.server, page, got.url)
                return
        log.warning("Open311 server %s: stopped after %d pages; requests beyond may be missing",
                    self.server, self.max_pages)

    def all_requests(self, **filters: Any) -> list[ServiceRequest]:
        return list(self.requests(**filters))

    # -- filing --------------------------------------------------------------------------------

    def create_request(
        self,
        service_code: str,
        *,
        lat: float | None = None,
        long: float | None = None,
        address_string: str | None = None,
        address_id: str | None = None,
        description: str | None = None,
        attributes: Mapping[str, AttributeValue] | None = None,
        media_url: str | None = None,
        **contact: str | None,
    ) -> PostedRequest:
        """File a new service request (``POST requests``); the server's id for it, or a token
        for :meth:`request_id_for_token`. ValueError, before anything is sent, for a form no
        server takes (no location, a ``media_url`` that is not http(s), an unknown field)."""
        form = request_form(
            service_code, lat=lat, long=long, address_string=address_string,
            address_id=address_id, description=description, attributes=attributes,
            media_url=media_url, contact=contact,
        )
        form += list(self._params(api_key=self.api_key).items())
        got = self._post("requests", form)
        posted = parse_posted(got.body, self.fmt, self.server, got.url, got.status)
        if not posted:
            raise Open311Error(self.server, got.url,
                               "answered the new request with neither service_request_id nor "
                               "token: it may or may not have been filed", status=got.status)
        if len(posted) > 1:
            log.warning("Open311 server %s answered one new request with %d entries (%s)",
                        self.server, len(posted), got.url)
        return posted[0]

    def request_id_for_token(self, token: str) -> str | None:
        """The service_request_id a token stands for (``tokens/<token>``); None while the
        server has not given the request an id yet."""
        wanted = identifier(token) or str(token)
        got = self._get(f"tokens/{quote(wanted, safe='')}", self._params())
        posted = parse_posted(got.body, self.fmt, self.server, got.url, got.status)
        mine = [p for p in posted if p.token in (wanted, None)]
        ids = {p.service_request_id for p in mine if p.service_request_id}
        if len(ids) > 1:
            raise Open311Error(self.server, got.url,
                               f"token {wanted} stands for several requests: {sorted(ids)}",
                               status=got.status)
        if not mine and posted:
            raise Open311Error(self.server, got.url, f"did not return token {wanted}",
                               status=got.status)
        return ids.pop() if ids else None

    # -- helpers -------------------------------------------------------------------------------

    def _requests(self, body: bytes, url: str, status: int) -> list[ServiceRequest]:
        found = parse.parse_requests(body, self.fmt, self.server, url, status, self.naive_tz)
        if not self._told_tz and any(r.assumed_tz for r in found):
            self._told_tz = True
            log.info("Open311 server %s writes times without an offset: read in %s",
                     self.server, zone_name(self.naive_tz))
        return found

    def _params(self, **extra: Any) -> dict[str, Any]:
        params = {k: v for k, v in extra.items() if v is not None}
        if self.jurisdiction_id:
            params["jurisdiction_id"] = self.jurisdiction_id
        return params


def _when(value: datetime | str | None) -> str | None:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value
