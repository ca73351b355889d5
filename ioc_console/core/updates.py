"""The update notice's core: read the version feed, compare by PEP 440, name the newer release.

The feed is the backend's ``GET /api/v1/client-version`` (no sign-in needed), or the address a
site profile names in ``[updates] feed_url``; it answers
``{"version": "0.2.0", "download_url": "https://…", "notes": "…"}``. The console only tells
the operator; it never downloads or installs anything.

Pre-releases: a console running a release is told only about newer releases; a console running
a pre-release (a test station) is also told about newer pre-releases.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from urllib.parse import urlparse

import requests
from packaging.version import InvalidVersion, Version

log = logging.getLogger(__name__)

FEED_PATH = "/api/v1/client-version"
MAX_FEED_BYTES = 64 * 1024


class FeedError(Exception):
    """The feed could not be read or did not say a usable version."""


@dataclass(frozen=True)
class Release:
    version: str
    download_url: str
    notes: str = ""


def default_feed_url(backend_url: str) -> str:
    """The backend's own feed, whether the profile names the server or its ``/api/v1``."""
    root = backend_url.rstrip("/")
    if root.endswith("/api/v1"):
        root = root[: -len("/api/v1")]
    return root + FEED_PATH


def parse_feed(payload: object) -> Release:
    """The release a feed's JSON body announces; :class:`FeedError` says what is wrong."""
    if not isinstance(payload, dict):
        raise FeedError(f"the feed is not a JSON object but {type(payload).__name__}")
    version, url, notes = payload.get("version"), payload.get("download_url"), payload.get("notes")
    if not isinstance(version, str):
        raise FeedError("the feed names no version")
    try:
        Version(version)
    except InvalidVersion:
        raise FeedError(f"the feed's version {version[:40]!r} is not a PEP 440 version") from None
    if not isinstance(url, str) or urlparse(url).scheme not in ("http", "https"):
        raise FeedError("the feed's download_url is not an http(s) address")
    return Release(version, url, notes if isinstance(notes, str) else "")


def is_newer(current: str, offered: str) -> bool:
    """Whether ``offered`` should be announced to a console running ``current``."""
    try:
        mine, theirs = Version(current), Version(offered)
    except InvalidVersion:
        return False
    if theirs.is_prerelease and not mine.is_prerelease:
        return False
    return theirs > mine


def fetch_release(url: str, ca_bundle: str | None = None, timeout_s: float = 10.0) -> Release:
    """Read the feed at ``url`` (TLS verified, with the site's CA bundle when it has one)."""
    try:
        with requests.get(
            url,
            timeout=(min(timeout_s, 5.0), timeout_s),
            verify=ca_bundle or True,
            headers={"Accept": "application/json"},
            stream=True,
        ) as response:
            if response.status_code != 200:
                raise FeedError(f"{url} answered {response.status_code}")
            body = response.raw.read(MAX_FEED_BYTES + 1, decode_content=True)
    except requests.RequestException as exc:
        raise FeedError(f"{url} cannot be reached: {type(exc).__name__}") from exc
    if len(body) > MAX_FEED_BYTES:
        raise FeedError(f"{url} answered more than {MAX_FEED_BYTES} bytes")
    try:
        payload = json.loads(body)
    except ValueError as exc:
        raise FeedError(f"{url} did not answer JSON: {exc}") from None
    return parse_feed(payload)


def newer_release(
    current: str, url: str, ca_bundle: str | None = None, timeout_s: float = 10.0
) -> Release | None:
    """The release to announce, or None (up to date, or the feed unusable: logged, not
    raised, since an unreachable backend is no news to an operator)."""
    try:
        release = fetch_release(url, ca_bundle, timeout_s)
    except FeedError as exc:
        log.info("Update check skipped: %s", exc)
        return None
    if is_newer(current, release.version):
        log.info("IOC Console %s is out (this is %s): %s", release.version, current,
                 release.download_url)
        return release
    return None
