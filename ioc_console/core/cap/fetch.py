"""Reading a CAP document over HTTP(S): certificates verified, at most the size limit read, and
every failure as :class:`FeedError` with a reason — the poller never sees requests' exceptions."""

from __future__ import annotations

from pathlib import Path

import requests

from ioc_console.core.cap.safe_xml import MAX_BYTES

ACCEPT = "application/cap+xml, application/atom+xml, application/rss+xml, application/xml;q=0.9"


class FeedError(Exception):
    """The document could not be read; ``str()`` says why (English, for the log)."""


def fetch(
    url: str,
    *,
    timeout: float = 10.0,
    ca_bundle: Path | None = None,
    limit: int = MAX_BYTES,
    session: requests.Session | None = None,
) -> bytes:
    """The body at ``url`` (at most ``limit`` bytes)."""
    getter = session or requests
    try:
        with getter.get(
            url,
            timeout=timeout,
            stream=True,
            verify=str(ca_bundle) if ca_bundle else True,
            headers={"Accept": ACCEPT},
            allow_redirects=True,
        ) as answer:
            if answer.status_code != 200:
                raise FeedError(f"{url} answered HTTP {answer.status_code}")
            body = b""
            for chunk in answer.iter_content(64 * 1024):
                body += chunk
                if len(body) > limit:
                    raise FeedError(f"{url} sent more than the limit of {limit} bytes")
            return body
    except FeedError:
        raise
    except requests.exceptions.SSLError as exc:
        raise FeedError(f"{url}: the certificate was not accepted ({exc})") from None
    except requests.exceptions.Timeout:
        raise FeedError(f"{url} did not answer within {timeout:g} s") from None
    except requests.exceptions.RequestException as exc:
        raise FeedError(f"{url} could not be read: {exc}") from None
