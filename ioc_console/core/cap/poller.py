"""The site's CAP feed, polled off the GUI thread: its messages become ``cap_warning`` alert
records in the cache's ``alerts`` dataset (source ``cap:<sender>``), where the queue and the
map find them as they find the backend's.

Each poll reads the feed (a CAP message, an Atom/RSS feed with the messages inside or linked,
or an EDXL-DE envelope), follows at most :data:`MAX_LINKS` links of an index feed, applies the
messages to the CAP records the cache already holds (so Update and Cancel find their alert)
and writes what changed. A feed that fails is reported (:attr:`CapFeedPoller.polled`, shown in
System status) and retried sooner, doubling up to the poll interval; nothing raises.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ioc_console.core.cap.alerts import (
    ALERT_TYPE,
    ALREADY_TAKEN,
    LANGUAGES,
    CapAlerts,
    Outcome,
    known_records,
)
from ioc_console.core.cap.areas import CityUnits
from ioc_console.core.cap.fetch import FeedError, fetch
from ioc_console.core.cap.model import Document, Message, Refused
from ioc_console.core.cap.parser import parse_document
from ioc_console.core.clock import city_now
from ioc_console.core.config.cap_source import CapSettings
from ioc_console.core.events import Event
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.i18n import Message as Sentence
from ioc_console.core.store import dataset_writes
from ioc_console.core.store.changes import Change

if TYPE_CHECKING:
    from ioc_console.core.store.cache import Cache

log = logging.getLogger(__name__)

MAX_LINKS = 20  # messages an index feed may make us fetch per poll
RETRY_FIRST_S = 5.0
WRITE_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class FeedStatus:
    """The outcome of one poll: ``ok`` False when the feed could not be read at all."""

    ok: bool
    at: datetime
    detail: Sentence
    outcomes: tuple[Outcome, ...] = ()
    refused: tuple[Refused, ...] = ()
    written: int = 0


@dataclass
class _Seen:
    links: set[str] = field(default_factory=set)  # linked messages already taken


class CapFeedPoller:
    """Polls ``settings.feed_url`` every ``settings.poll_seconds`` on its own thread."""

    def __init__(
        self,
        cache: Cache,
        settings: CapSettings,
        *,
        clock: Callable[[], datetime] = city_now,
        languages: tuple[str, ...] = LANGUAGES,
        ca_bundle: Path | None = None,
        timeout: float = 10.0,
        retry_first_s: float = RETRY_FIRST_S,
        scope_ward: str | None = None,
    ) -> None:
        if not settings.feed_url:
            raise ValueError("the site profile names no CAP feed ([alerts] cap_feed_url)")
        self.cache = cache
        self.settings = settings
        self.url: str = settings.feed_url
        self.clock = clock
        self.languages = languages
        self.ca_bundle = ca_bundle
        self.timeout = timeout
        self.retry_first_s = retry_first_s
        self.scope_ward = scope_ward  # a ward office keeps its ward's and city-wide alerts
        self.polled: Event[[FeedStatus]] = Event("cap_feed.polled")
        """After each poll, on the poller's thread: what it read, wrote and refused."""
        self.last: FeedStatus | None = None
        self._seen = _Seen()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0

    # -- the thread ------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="cap-feed", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def kick(self) -> None:
        """Poll now instead of at the next interval."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            status = self.poll_once()
            if status.ok:
                self._failures = 0
                delay = self.settings.poll_seconds
            else:
                self._failures += 1
                delay = min(self.settings.poll_seconds,
                            self.retry_first_s * 2 ** min(self._failures - 1, 16))
            self._wake.wait(delay)
            self._wake.clear()

    # -- one poll --------------------------------------------------------------------------

    def poll_once(self) -> FeedStatus:
        """Read the feed once and write what it says; never raises."""
        try:
            status = self._poll()
        except Exception as exc:  # a fault of ours must not end the polling
            log.exception("CAP feed %s: the poll failed", self.url)
            status = FeedStatus(False, self.clock(), Sentence(
                QT_TRANSLATE_NOOP("CapFeed", "the CAP feed could not be read: %1"), repr(exc)))
        self.last = status
        self.polled.emit(status)
        return status

    def _poll(self) -> FeedStatus:
        now = self.clock()
        try:
            document = parse_document(self._fetch(self.url))
        except FeedError as exc:
            log.warning("CAP feed: %s", exc)
            return FeedStatus(False, now, Sentence(
                QT_TRANSLATE_NOOP("CapFeed", "the CAP feed could not be read: %1"), exc))
        if document.kind == "unknown":  # the whole document was refused
            reason = document.refused[0].reason if document.refused else ""
            log.warning("CAP feed %s refused: %s", self.url, reason)
            return FeedStatus(False, now, Sentence(
                QT_TRANSLATE_NOOP("CapFeed", "the CAP feed sent a document that was refused: %1"),
                reason), refused=document.refused)
        messages, refused = list(document.messages), list(document.refused)
        self._follow_links(document, messages, refused)
        city = CityUnits.from_cache(self.cache, now.date())
        outcomes: list[Outcome] = []
        rows: dict[str, dict] = {}

        def write(conn: sqlite3.Connection) -> list[Change]:
            # the messages meet the records as they are at the write, in the same transaction:
            # an operator's action written meanwhile is kept by an Update, never overwritten
            known = known_records(json.loads(body) for (body,) in conn.execute(
                "SELECT body FROM alerts WHERE json_extract(body, '$.type') = ? ORDER BY id",
                (ALERT_TYPE,)))
            book = CapAlerts(city, self.settings.priority, self.languages, known)
            outcomes.extend(book.apply(messages, now))
            rows.update((o.row["id"], o.row) for o in outcomes if o.row is not None)
            if not rows:
                return []
            return [dataset_writes.apply_items(conn, "alerts", list(rows.values()),
                                               self.scope_ward)]

        self.cache.writer.submit(write).result(WRITE_TIMEOUT_S)
        for outcome in outcomes:
            say = log.debug if outcome.action == "skip" else log.info
            say("CAP %s %s: %s%s", outcome.message.key, outcome.action,
                outcome.row["id"] if outcome.row else "", outcome.reason)
        taken = sum(1 for o in outcomes if o.action != "skip")
        known_before = sum(1 for o in outcomes if o.reason == ALREADY_TAKEN)
        detail = Sentence(
            QT_TRANSLATE_NOOP(
                "CapFeed",
                "%1 message(s) read: %2 new or changed, %3 already known, %4 not raised, "
                "%5 refused"),
            len(messages), taken, known_before, len(outcomes) - taken - known_before,
            len(refused))
        return FeedStatus(True, now, detail, tuple(outcomes), tuple(refused), len(rows))

    def _fetch(self, url: str) -> bytes:
        return fetch(url, timeout=self.timeout, ca_bundle=self.ca_bundle)

    def _follow_links(
        self, document: Document, messages: list[Message], refused: list[Refused]
    ) -> None:
        fresh = [u for u in document.links if u not in self._seen.links]
        for url in fresh[:MAX_LINKS]:
            if not url.startswith(("https://", "http://")):
                refused.append(Refused(url, "the link is not an http(s) address"))
                continue
            try:
                linked = parse_document(self._fetch(url))
            except FeedError as exc:
                refused.append(Refused(url, str(exc)))
                continue  # tried again at the next poll
            self._seen.links.add(url)
            messages.extend(linked.messages)
            refused.extend(Refused(f"{url} {r.where}", r.reason, r.identifier)
                           for r in linked.refused)
        if len(fresh) > MAX_LINKS:
            log.info("CAP feed: %d more linked messages are read at the next polls",
                     len(fresh) - MAX_LINKS)
