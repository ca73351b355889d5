"""The demo backend's in-memory state: every dataset with its (updated_at, id) index, the change
log with increasing event ids, idempotency records, tokens and the record of applied actions.

Event ids start at a base taken from the wall clock when the store is made (milliseconds since
the epoch × 1000), so the ids of a later backend process lie above every id an earlier one
handed out: a client resuming with an id of another instance finds it below the kept log or
in the future, and gets a reset instead of a silent gap.

One lock guards it all (``store.lock``; ``store.changed`` is a condition on it that is notified
after every change). Stored item dicts are never changed in place: a change stores a new dict,
so an item handed out may be serialised after the lock is released.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import types
from bisect import bisect_left, bisect_right, insort
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from operator import itemgetter

from ioc_console.core.store.datasets import DATASETS as CONTRACT_DATASETS

from .data.domains import DOMAIN_DATASETS
from .timeutil import StampClock, fmt, parse
from .wards import WardResolver

# dataset name -> path below /api/v1 (the contract's names, kept in one place)
DATASETS = {d.name: d.path.lstrip("/") for d in CONTRACT_DATASETS} | {
    d.name: d.path for d in DOMAIN_DATASETS
}
KEEP_EVENTS = 10_000
IDS_PER_MS = 1000

_base_lock = threading.Lock()
_last_base = 0


def boot_event_base() -> int:
    """The event-id base of a store made now: the wall clock in ms × 1000, and above the base
    of any store made before in this process."""
    global _last_base
    with _base_lock:
        _last_base = max(time.time_ns() // 1_000_000 * IDS_PER_MS, _last_base + IDS_PER_MS)
        return _last_base

Key = tuple[datetime, str]


@dataclass(frozen=True)
class Change:
    """One entry of the change log: what the event stream sends as event ``id``."""

    id: int
    dataset: str
    op: str  # "upsert" | "delete"
    item_id: str
    item: dict | None
    ward: str | None  # today's ward of the item (None: city-wide), for ward-scoped streams
    moved: bool = False  # this change gave the item another ward (or made it city-wide or not)
    previous_ward: str | None = None  # the item's ward before, when moved


def items_of(world: object, name: str) -> list[dict]:
    """Dataset ``name`` of a demo world (a World, or any object with the datasets as
    attributes)."""
    read = getattr(world, "dataset", None)
    if callable(read):
        return read(name)
    return getattr(world, name, []) or []


def in_scope(ward: str | None, scope: str) -> bool:
    """Whether an item of ``ward`` (None: city-wide) is shown to a reader scoped to ``scope``."""
    return ward is None or ward == scope


def scoped_tombstone(item: dict, scope: str) -> dict:
    """What a reader scoped to ``scope`` gets for an item that has left it: a tombstone that
    says which ward it left (the item lives on in another)."""
    return {"id": item["id"], "updated_at": item["updated_at"], "deleted": True,
            "left_ward": scope}


@dataclass
class Page:
    items: list[dict]
    last_key: Key | None  # key of the last item when more follow, else None
    server_time: datetime


@dataclass
class IdempotencyRecord:
    fingerprint: str
    status: int
    body: bytes


@dataclass
class Session:
    token: str
    username: str
    expires: float  # time.monotonic() deadline


class Store:
    def __init__(
        self,
        world,
        clock: StampClock,
        keep_events: int = KEEP_EVENTS,
        first_event_id: int | None = None,
    ) -> None:
        """``first_event_id``: the id before the first event (default: :func:`boot_event_base`)."""
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)
        self.world = world
        self.clock = clock
        self.users: dict[str, dict] = {user["username"]: dict(user) for user in world.users}
        self.services: list[dict] = list(getattr(world, "services", []) or [])
        self.sessions: dict[str, Session] = {}
        # (username, Idempotency-Key) -> the stored answer
        self.idempotency: dict[tuple[str, str], IdempotencyRecord] = {}
        self.applied_actions: list[tuple[str, str, str]] = []
        self._log: deque[Change] = deque(maxlen=keep_events)
        self._last_id = boot_event_base() if first_event_id is None else first_event_id
        self._items: dict[str, dict[str, dict]] = {}
        self._keys: dict[str, dict[str, Key]] = {}
        self._index: dict[str, list[Key]] = {}
        self._wards: dict[str, dict[str, str | None]] = {}
        # dataset -> id -> every ward the item has had (None: city-wide), for scoped tombstones
        self._past: dict[str, dict[str, set[str | None]]] = {}
        self.resolver = WardResolver(list(getattr(world, "units", [])))
        for name in DATASETS:
            self._load(name, items_of(world, name))

    def _load(self, dataset: str, items: list[dict]) -> None:
        self._items[dataset] = {}
        self._keys[dataset] = {}
        self._index[dataset] = []
        self._wards[dataset] = {}
        self._past[dataset] = {}
        for item in items:
            self._place(dataset, dict(item), parse(item["updated_at"]))
        self._index[dataset].sort()

    def _place(self, dataset: str, item: dict, stamp: datetime, sort: bool = False) -> None:
        item_id = str(item["id"])
        old = self._keys[dataset].get(item_id)
        index = self._index[dataset]
        if old is not None:
            del index[bisect_left(index, old)]
        key = (stamp, item_id)
        if sort:
            insort(index, key)
        else:
            index.append(key)
        self._keys[dataset][item_id] = key
        self._items[dataset][item_id] = item
        if not item.get("deleted"):
            ward = self.resolver.ward_of(item)
            self._wards[dataset][item_id] = ward
            self._past[dataset].setdefault(item_id, set()).add(ward)

    # reading

    def get(self, dataset: str, item_id: str) -> dict | None:
        """The item (a tombstone when deleted), or None."""
        with self.lock:
            return self._items[dataset].get(item_id)

    def ward_of(self, dataset: str, item_id: str) -> str | None:
        """Today's ward of the item; None for a city-wide item (or an unknown one)."""
        with self.lock:
            return self._wards[dataset].get(item_id)

    def items(self, dataset: str) -> list[dict]:
        """The live (not deleted) items of ``dataset``, in (updated_at, id) order."""
        with self.lock:
            data = self._items[dataset]
            found = (data[key[1]] for key in self._index[dataset])
            return [item for item in found if not item.get("deleted")]

    def page(
        self,
        dataset: str,
        *,
        since: datetime | None = None,
        after: Key | None = None,
        limit: int = 500,
        ward: str | None = None,
        include_deleted: bool = False,
    ) -> Page:
        """Items in (updated_at, id) order: after ``since`` (by updated_at) and after the
        ``after`` key, at most ``limit``; tombstones only with ``include_deleted``. Scoped to
        ``ward``, an item that was once in scope but lies in another ward now is a scoped
        tombstone (with ``include_deleted``; see :func:`scoped_tombstone`)."""
        with self.lock:
            index, data, wards = self._index[dataset], self._items[dataset], self._wards[dataset]
            past = self._past[dataset]
            start = bisect_right(index, since, key=itemgetter(0)) if since else 0
            if after is not None:
                start = max(start, bisect_right(index, after))
            items: list[dict] = []
            last: Key | None = None
            more = False
            for position in range(start, len(index)):
                key = index[position]
                item = data[key[1]]
                if item.get("deleted") and not include_deleted:
                    continue
                if ward is not None and not in_scope(wards.get(key[1]), ward):
                    if item.get("deleted") or not include_deleted or not any(
                        in_scope(was, ward) for was in past.get(key[1], ())
                    ):
                        continue
                    item = scoped_tombstone(item, ward)
                if len(items) == limit:
                    more = True
                    break
                items.append(item)
                last = key
            return Page(items, last if more else None, self.clock.peek())

    @property
    def last_event_id(self) -> int:
        with self.lock:
            return self._last_id

    def changes_after(self, last_id: int) -> tuple[list[Change], bool]:
        """The changes after event ``last_id``, and whether the log no longer reaches back to
        it (then the caller must resync: ``reset``): an id above the last one, or below the
        kept log (the ids of an earlier backend instance among them), is unknown."""
        with self.lock:
            if last_id > self._last_id:
                return [], True
            if last_id == self._last_id:
                return [], False
            if not self._log:
                return [], True
            first = self._log[0].id
            if last_id < first - 1:
                return [], True
            return list(islice(self._log, max(0, last_id - first + 1), None)), False

    # changing

    def put(self, dataset: str, item: dict) -> Change:
        """Store a new or changed item with a fresh ``updated_at``; log and announce it."""
        with self.lock:
            stamp = self.clock.next()
            item = {**item, "id": str(item["id"]), "updated_at": fmt(stamp), "deleted": False}
            existed = item["id"] in self._wards[dataset]
            before = self._wards[dataset].get(item["id"])
            self._place(dataset, item, stamp, sort=True)
            if dataset == "units":
                self.resolver = WardResolver(self.items("units"))
            moved = existed and self._wards[dataset].get(item["id"]) != before
            return self._record(dataset, "upsert", item["id"], item, moved, before)

    def delete(self, dataset: str, item_id: str) -> Change | None:
        """Replace the item by a tombstone; None when there is no such live item."""
        with self.lock:
            current = self._items[dataset].get(item_id)
            if current is None or current.get("deleted"):
                return None
            stamp = self.clock.next()
            tombstone = {"id": item_id, "updated_at": fmt(stamp), "deleted": True}
            self._place(dataset, tombstone, stamp, sort=True)
            return self._record(dataset, "delete", item_id, None)

    def touch(self, dataset: str, n: int) -> list[Change]:
        """Change the ``n`` least recently changed live items now (same content, new stamp)."""
        with self.lock:
            return [self.put(dataset, item) for item in self.items(dataset)[:n]]

    def _record(
        self, dataset: str, op: str, item_id: str, item: dict | None, moved: bool = False,
        previous_ward: str | None = None,
    ) -> Change:
        self._last_id += 1
        ward = self._wards[dataset].get(item_id)
        change = Change(self._last_id, dataset, op, item_id, item, ward, moved,
                        previous_ward if moved else None)
        self._log.append(change)
        self.changed.notify_all()
        return change

    def world_view(self):
        """The world as it is now, for the live-event functions of the data module."""
        with self.lock:
            lists = {name: self.items(name) for name in DATASETS}
            now = self.clock.now()
        if dataclasses.is_dataclass(self.world):
            names = {f.name for f in dataclasses.fields(self.world)}
            extra = {"now": now} if "now" in names else {}
            return dataclasses.replace(
                self.world, **{k: v for k, v in lists.items() if k in names}, **extra
            )
        return types.SimpleNamespace(**{**vars(self.world), **lists, "now": now})
