"""The sync engine: a thread that keeps the cache current and delivers the outbox.

It logs in, reads every dataset incrementally, sends queued actions, then follows the event
stream; when the stream is down it polls. When the backend cannot be reached it says so and
tries again with a jittered back-off; a :meth:`kick` (a new queued action, the link back) makes
it try at once. :attr:`SyncEngine.status_changed` tells the link's state and
:attr:`SyncEngine.refused` the actions the backend refused; both are emitted on the engine's
threads (the Qt layer forwards them as queued signals).
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import Any
from urllib.parse import quote

from ioc_console.core.api.client import BackendClient
from ioc_console.core.api.errors import ApiError
from ioc_console.core.api.events import EventStream
from ioc_console.core.clock import city_now
from ioc_console.core.events import Event
from ioc_console.core.status import ConnectionState
from ioc_console.core.store import dataset_writes
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change
from ioc_console.core.store.datasets import BY_NAME, Dataset, all_datasets, feeds_changed
from ioc_console.core.sync.feeds import FeedErrorHandler, FeedHealth
from ioc_console.core.sync.pull import pull_dataset
from ioc_console.core.sync.push import push_outbox
from ioc_console.core.sync.status import DatasetResult, Refusal, SyncStatus

log = logging.getLogger(__name__)
LAST_EVENT_ID = "last_event_id"
SCOPE = "scope"
USER_META = "user"  # who signed in last (the token itself is in the keyring)


class SyncEngine:
    def __init__(
        self,
        cache: Cache,
        client: BackendClient,
        *,
        ward: str | None = None,
        credentials: tuple[str, str] | None = None,
        username: str | None = None,
        datasets: tuple[Dataset, ...] | None = None,
        poll_s: float = 30.0,
        resync_s: float = 300.0,
        events: bool = True,
        page_limit: int = 500,
        on_feed_error: FeedErrorHandler | None = None,
    ) -> None:
        """``datasets``: those read, by default the ones registered at each round (the
        console's own and the enabled plugins' feeds). ``on_feed_error(plugin_id, where,
        error)`` hears of a plugin's feed that fails (see :mod:`ioc_console.core.sync.feeds`)."""
        self.cache = cache
        self.client = client
        self.ward = ward
        self.credentials = credentials
        self.username = username or (credentials[0] if credentials else None)
        self._datasets = datasets
        self.feed_health = FeedHealth(on_feed_error, poll_s)
        self.poll_s = poll_s
        self.resync_s = resync_s
        self.page_limit = page_limit
        self.status = SyncStatus(ConnectionState.CONNECTING)
        self._use_events = events
        self._stream: EventStream | None = None
        self._live = False
        self._need_pull = True
        self._last_pull = 0.0
        self.user: dict[str, Any] | None = None  # who signed in, as the backend describes them
        self._status_lock = threading.Lock()
        self._logged_in = False
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._forget_feeds: Callable[[], None] | None = None
        self.status_changed: Event[[SyncStatus]] = Event("sync.status_changed")
        """The link's new :class:`SyncStatus` whenever its state or detail changes (emitted in
        order: one at a time)."""
        self.refused: Event[[Refusal]] = Event("sync.refused")
        """A :class:`Refusal`: the backend refused a queued action for good."""

    # -- control ---------------------------------------------------------------------------

    def start(self) -> None:
        # a plugin enabled while the console runs: its feed is read now, not at the next
        # resynchronisation (minutes away while the event stream is live)
        self._forget_feeds = feeds_changed.connect(self._feeds_changed)
        self._thread = threading.Thread(target=self._run, name="sync", daemon=True)
        self._thread.start()

    def _feeds_changed(self, feed: Dataset, added: bool) -> None:
        if added and self._datasets is None:
            self.feed_health.forget(feed.name)
            self._need_pull = True
            self.kick()

    def stop(self, timeout: float = 10.0) -> None:
        """End the engine's threads, waiting at most ``timeout`` seconds in all."""
        deadline = time.monotonic() + timeout
        if self._forget_feeds is not None:
            self._forget_feeds()
            self._forget_feeds = None
        self._stopping.set()
        self._wake.set()
        if self._stream is not None:
            self._stream.stop(timeout=timeout / 2)
        if self._thread is not None:
            self._thread.join(max(0.0, deadline - time.monotonic()))

    def kick(self) -> None:
        """Try now: new actions are queued, or the link may be back."""
        self._wake.set()

    def enqueue(
        self,
        path: str,
        body: dict[str, Any],
        *,
        method: str = "POST",
        dataset: str | None = None,
        item_id: str | None = None,
        key: str | None = None,
    ) -> Future:
        """Queue an operator action (see :meth:`Cache.enqueue`) and send it as soon as the
        backend can take it."""
        future = self.cache.enqueue(
            path, body, method=method, dataset=dataset, item_id=item_id, key=key
        )
        future.add_done_callback(lambda _f: self.kick())
        return future

    def update_item(
        self,
        name: str,
        item_id: str,
        change: Callable[[dict[str, Any] | None], dict[str, Any] | None],
    ) -> Future:
        """Change one cached item in one transaction (see :meth:`Cache.update_item`): an
        action on a record the backend does not know (an alert from the site's CAP feed)."""
        return self.cache.update_item(name, item_id, change)

    # -- one round, also used headless -----------------------------------------------------

    @property
    def scope_ward(self) -> str | None:
        """The ward the data is kept for: the profile's, else the signed-in clerk's."""
        return self.ward or (self.user or {}).get("ward")

    def scope(self) -> str:
        """What the cached data depends on: the backend, the profile's ward, and the role and
        ward of who signed in (a clerk sees less than a supervisor)."""
        user = self.user or {}
        base = getattr(self.client, "base_url", "")
        return "|".join([base, self.ward or "", user.get("role") or "", user.get("ward") or ""])

    def check_scope(self) -> None:
        """A cache filled for another backend, ward or role is emptied before it is used;
        actions queued for another backend are not sent to this one (they are reported)."""
        scope = self.scope()
        stored = self.cache.meta(SCOPE)
        if stored is not None and stored != scope:
            log.warning("the cache held data for %s; it is emptied for %s", stored, scope)
            if stored.split("|")[0] != scope.split("|")[0]:
                self._drop_outbox(stored.split("|")[0])
            self.cache.clear_datasets().result()
            self.cache.set_meta(LAST_EVENT_ID, None).result()
            if self._stream is not None:  # it follows the old scope: start it again
                self._stream.stop(timeout=1.0)
                self._stream = None
                self._live = False
        if stored != scope:
            self.cache.set_meta(SCOPE, scope).result()

    def _drop_outbox(self, other: str) -> None:
        for action in self.cache.outbox():
            self.cache.remove_action(action.seq).result()
            self.refused.emit(
                Refusal(action, "other_backend", f"queued for {other}, not sent to this one")
            )

    def login(self) -> None:
        """Sign in with the credentials given, else with the token kept for the user; then
        make sure the cache holds data for this scope."""
        if self._logged_in:
            return
        if self.credentials is not None:
            self.user = self.client.login(*self.credentials)
            self.credentials = None  # the password is used once; the token is kept
            self.cache.set_meta(USER_META, self.username).result()
        elif self.username and not self.client.restore(self.username):
            raise ApiError("unauthorized", f"no sign-in is kept for {self.username}; sign in")
        else:
            self.user = self.client.me()  # also tells whether the kept token still works
        self._logged_in = True
        self.check_scope()

    def sign_out(self) -> None:
        """Sign in again before the next round."""
        self._logged_in = False

    @property
    def datasets(self) -> tuple[Dataset, ...]:
        """The datasets read now: those given, else every one registered (a plugin's feed
        from its registration to its removal)."""
        return self._datasets if self._datasets is not None else all_datasets()

    def pull_all(self) -> list[DatasetResult]:
        """Read every dataset due; a failing plugin feed waits its pause (not in the
        results)."""
        self._need_pull = False  # a reset arriving during the read asks for another
        results = [self.pull(ds) for ds in self.datasets if self.feed_health.due(ds)]
        self._last_pull = time.monotonic()
        return results

    def pull(self, ds: Dataset) -> DatasetResult:
        """Read one dataset. A plugin's feed that fails in any way other than the backend
        being out of reach is contained, recorded and reported against its plugin."""
        read = partial(pull_dataset, self.cache, self.client, ds, self.scope_ward, self.page_limit)
        return read() if not ds.plugin_id else self.feed_health.pull(self.cache, ds, read)

    def push(self) -> int:
        return push_outbox(self.cache, self.client, self.refused.emit, self.scope_ward)

    # -- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            self._wake.clear()  # a kick during the round wakes the next wait at once
            try:
                self.login()
                if self._need_pull or not self._live or self._resync_due():
                    self.pull_all()
                self.push()
                failures = 0
                self._set_status(ConnectionState.ONLINE, last_contact=city_now())
                self._ensure_stream()
                wait = self.resync_s if self._live else self.poll_s
            except ApiError as exc:
                failures += 1
                if exc.kind == "unauthorized":
                    self._logged_in = False
                    self._set_status(ConnectionState.LOGIN_NEEDED, str(exc), exc.kind)
                    wait = 300.0
                else:
                    self._set_status(ConnectionState.OFFLINE, str(exc), exc.kind)
                    wait = min(60.0, 2.0 * 2 ** min(failures - 1, 5)) * random.uniform(0.8, 1.2)
                    if exc.retry_after is not None:
                        wait = max(wait, min(exc.retry_after, 600.0))
            except Exception as exc:  # a bug must not end the engine
                log.exception("sync round failed")
                detail = f"{type(exc).__name__}: {exc}"
                self._set_status(ConnectionState.OFFLINE, detail, "internal")
                wait = self.poll_s
            self._wake.wait(wait)
        if self._stream is not None:
            self._stream.stop()

    def _resync_due(self) -> bool:
        return time.monotonic() - self._last_pull >= self.resync_s

    def _ensure_stream(self) -> None:
        if not self._use_events or self._stream is not None:
            return
        last = self.cache.meta(LAST_EVENT_ID)
        ward = self.scope_ward
        self._stream = EventStream(
            self.client,
            last_event_id=last,
            on_event=self._event,
            on_reset=self._reset,
            on_state=self._stream_state,
            path=f"/events?ward={quote(ward)}" if ward else "/events",
            backoff_max=15.0,
        )
        self._stream.start()

    def _event(self, event_id: str | None, data: dict[str, Any]) -> None:
        """Apply one change from the stream together with its id, then return (the stream
        moves its resume point only after this returned)."""
        name = data.get("dataset") if isinstance(data, dict) else None
        item = data.get("item") if isinstance(data, dict) else None
        if data.get("op") == "delete" or not isinstance(item, dict):
            item = {"id": str(data.get("id", "")), "updated_at": "", "deleted": True}
        # the dataset the change is applied to: None when the console does not keep it
        target = name if isinstance(name, str) and name in BY_NAME else None
        if target is not None and not any(d.name == target for d in self.datasets):
            target = None
        if target is None:
            log.debug("event %s for dataset %r ignored", event_id, name)

        def write(conn: sqlite3.Connection) -> list[Change]:
            changes = []
            if target is not None:
                changes.append(dataset_writes.apply_items(conn, target, [item], self.scope_ward))
            dataset_writes.set_meta(conn, LAST_EVENT_ID, str(event_id))
            return changes

        self.cache.writer.submit(write).result()

    def _reset(self) -> None:
        log.info("the event stream asked for a full resynchronisation")
        self._need_pull = True
        self.kick()

    def _stream_state(self, state: str, detail: str = "") -> None:
        live = state == "live"
        if live != self._live:
            self._live = live
            log.debug("event stream %s %s", state, detail)
            self._set_status(None)
            if live:
                # what changed while no stream was heard (before it first started, or while
                # it reconnected "from now") is read once; queued actions go out now
                self._need_pull = True
            self.kick()  # down: poll meanwhile

    def _set_status(
        self,
        state: ConnectionState | None,
        detail: str = "",
        error_kind: str | None = None,
        last_contact: datetime | None = None,
    ) -> None:
        """A new state from the sync thread, or (``state`` None) the stream's liveness from
        its thread; serialised so neither overwrites the other with an older view."""
        with self._status_lock:
            old = self.status
            if state is None:
                new = replace(old, live=self._live)
            else:
                new = SyncStatus(
                    state, detail, error_kind, last_contact or old.last_contact, self._live
                )
            if new == old:
                return
            if new.state != old.state:
                log.log(
                    logging.WARNING if new.state is ConnectionState.OFFLINE else logging.INFO,
                    "backend link %s%s",
                    new.state,
                    f": {new.detail}" if new.detail else "",
                )
            self.status = new
            self.status_changed.emit(new)
