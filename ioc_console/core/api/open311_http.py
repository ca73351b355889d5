"""HTTP for the Open311 client: GET and form POST to one GeoReport v2 endpoint.

Every failure — no connection, a timeout, an HTTP error, an HTML page, an answer too large —
is an :class:`Open311Error` naming the server, the URL and what was wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests

from ioc_console.core.api import open311_decode as decoding
from ioc_console.core.api.open311_decode import Open311Error

ACCEPT = {"json": "application/json", "xml": "text/xml, application/xml"}


@dataclass(frozen=True)
class Answer:
    """A server's answer that is no HTTP error: its body, the URL asked, status and links."""

    body: bytes
    url: str
    status: int
    links: dict[str, dict[str, str]] = field(default_factory=dict)


class Open311Http:
    """A GeoReport v2 endpoint, e.g. ``https://city.example/open311/v2``, over HTTP."""

    def __init__(
        self,
        base_url: str,
        *,
        fmt: str = "json",
        session: requests.Session | None = None,
        ca_bundle: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        max_body: int = 32 * 1024 * 1024,
    ) -> None:
        if fmt not in ACCEPT:
            raise ValueError(f"Open311 format must be json or xml, not {fmt!r}")
        self.base_url = base_url.rstrip("/")
        self.server = urlsplit(self.base_url).netloc or self.base_url
        self.fmt = fmt
        self.session = session or requests.Session()
        self.verify: bool | str = ca_bundle or True
        self.timeout = (connect_timeout, read_timeout)
        self.max_body = max_body

    def _get(self, path: str, params: dict[str, Any]) -> Answer:
        url = f"{self.base_url}/{path}.{self.fmt}"
        shown = requests.Request("GET", url, params=params).prepare().url or url
        return self._send("GET", url, shown, params=params)

    def _post(self, path: str, form: list[tuple[str, str]]) -> Answer:
        """A form-encoded POST (the key is in the form: the URL shown is the bare one)."""
        url = f"{self.base_url}/{path}.{self.fmt}"
        return self._send("POST", url, url, data=form)

    def _send(self, method: str, url: str, shown: str, **kw: Any) -> Answer:
        sent = "; the request may have been filed" if method == "POST" else ""
        try:
            response = self.session.request(
                method, url, timeout=self.timeout, verify=self.verify, stream=True,
                headers={"Accept": ACCEPT[self.fmt]}, **kw,
            )
        except requests.exceptions.SSLError as exc:
            raise Open311Error(self.server, shown, f"TLS certificate not accepted: {exc}") from None
        except requests.exceptions.ConnectTimeout:
            raise Open311Error(self.server, shown, "no answer in time") from None
        except requests.exceptions.Timeout:
            raise Open311Error(self.server, shown, f"no answer in time{sent}") from None
        except requests.exceptions.RequestException as exc:
            raise Open311Error(self.server, shown,
                               f"cannot connect ({type(exc).__name__})") from None
        with response:
            body = self._read(response, shown)
        status = response.status_code
        if status >= 400:
            raise self._http_error(body, shown, status)
        if status not in ((200, 201, 202) if method == "POST" else (200,)):
            raise Open311Error(self.server, shown, f"unexpected HTTP {status}", status=status)
        kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if kind == "text/html":
            page = decoding.excerpt(body.decode(errors="replace"))
            raise Open311Error(self.server, shown, f"answered with an HTML page, not "
                               f"{self.fmt.upper()}: {page}", status=status)
        return Answer(body, shown, status, dict(response.links))

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
            decoding.decode(body, self.fmt, self.server, url, status)
        except Open311Error as exc:
            if exc.errors:
                return exc
        return Open311Error(self.server, url, f"HTTP {status}", status=status)
