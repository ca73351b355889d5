"""The alerts of the cache as :class:`Alert` s by id: deduplicated, correlated, re-armed.

Fed from cache rows (:meth:`AlertBook.load` at start, :meth:`AlertBook.apply` on each change),
it announces what changed for the rows a queue shows (:attr:`AlertBook.changed`, ids only) and
which alarms just arrived (:attr:`AlertBook.arrived`, for the alarm load and the sounds).

Deduplication (Alerta's rule): open alerts with the same source + type + place are one row, the
earliest's id, its duplicate count raised by each other's count + 1; the others are hidden and
listed by :meth:`AlertBook.duplicates_of`. An alert without a place is never folded.

Every update costs the same however many alerts the book holds (dicts, buckets, sorted groups);
reads are thread-safe and return immutable alerts.
"""

from __future__ import annotations

import bisect
import heapq
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from ioc_console.core.alerts.correlation import Correlator, is_chattering
from ioc_console.core.alerts.dedup import DedupKey, Group, dedup_key, order_key
from ioc_console.core.alerts.model import Alert, HistoryEntry, State
from ioc_console.core.alerts.workflow import rearm
from ioc_console.core.events import Event

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class AlertChanges:
    """Which shown rows changed (ids). ``reset``: the whole book was replaced."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    reset: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.reset)


class AlertBook:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._raw: dict[str, Alert] = {}  # every alert as read (after re-arming)
        self._shown: dict[str, Alert] = {}  # the rows a queue shows, by id
        self._key_of: dict[str, DedupKey] = {}
        self._groups: dict[DedupKey, Group] = {}
        self._correlator = Correlator()
        self._shelves: list[tuple[float, str]] = []  # (shelved until, id), a heap
        self.changed: Event[[AlertChanges]] = Event("AlertBook.changed")
        """Emitted after rows were added, updated or removed (ids of shown rows)."""
        self.arrived: Event[[tuple[Alert, ...]]] = Event("AlertBook.arrived")
        """Emitted with alerts new to the book or repeated (duplicate count grew) by
        :meth:`apply`; not by :meth:`load` (those were there before). A first sync into an
        empty cache brings many old ones: look at their ``raised_at``."""

    # -- reads (thread-safe) -------------------------------------------------------------

    def get(self, alert_id: str) -> Alert | None:
        """The alert as shown (a hidden duplicate as read)."""
        with self._lock:
            return self._shown.get(alert_id) or self._raw.get(alert_id)

    def alerts(self) -> list[Alert]:
        """The shown rows (a snapshot)."""
        with self._lock:
            return list(self._shown.values())

    def ids(self) -> list[str]:
        with self._lock:
            return list(self._shown)

    def all_alerts(self) -> list[Alert]:
        """Every alert, hidden duplicates too (a snapshot)."""
        with self._lock:
            return list(self._raw.values())

    def __len__(self) -> int:
        return len(self._shown)

    def __contains__(self, alert_id: object) -> bool:
        return alert_id in self._shown

    def duplicates_of(self, alert_id: str) -> tuple[str, ...]:
        """The ids of the open repeats folded into the row ``alert_id`` (earliest first)."""
        with self._lock:
            key = self._key_of.get(alert_id)
            group = self._groups.get(key) if key else None
            if group is None or group.members[0][1] != alert_id:
                return ()
            return tuple(i for _, i in group.members[1:])

    def incident(self, incident_id: str) -> tuple[Alert, ...]:
        """The shown alerts of an incident, earliest first."""
        with self._lock:
            ids = self._correlator.members.get(incident_id, set())
            found = [self._shown[i] for i in ids if i in self._shown]
        return tuple(sorted(found, key=order_key))

    # -- writes ----------------------------------------------------------------------------

    def load(self, rows: Iterable[dict]) -> AlertChanges:
        """Replace everything with ``rows`` (the cache's alerts); announces a reset."""
        with self._lock:
            self._raw.clear()
            self._shown.clear()
            self._key_of.clear()
            self._groups.clear()
            self._correlator.clear()
            self._shelves.clear()
            touched: set[str] = set()
            for row in rows:
                alert = _read(row)
                if alert is not None:
                    touched |= self._put(alert)
            self._refresh(touched)
            changes = AlertChanges(added=tuple(self._shown), reset=True)
        self.changed.emit(changes)
        return changes

    def apply(self, rows: Iterable[dict], removed_ids: Iterable[str] = ()) -> AlertChanges:
        """Take changed ``rows`` and forget ``removed_ids``; announces what changed."""
        arrived: list[Alert] = []
        with self._lock:
            before = set()
            touched: set[str] = set()
            for alert_id in removed_ids:
                before.add(alert_id)
                touched |= self._drop(alert_id)
            for row in rows:
                if isinstance(row, dict) and row.get("deleted") and isinstance(row.get("id"), str):
                    before.add(row["id"])
                    touched |= self._drop(row["id"])
                    continue
                alert = _read(row)
                if alert is None:
                    continue
                previous = self._raw.get(alert.id)
                alert = rearm(previous, alert)
                if previous is None or alert.duplicate_count > previous.duplicate_count:
                    arrived.append(alert)
                touched |= self._put(alert)
            shown_before = {i for i in touched | before if i in self._shown}
            self._refresh(touched | before)
            changes = self._diff(touched | before, shown_before)
        if changes:
            self.changed.emit(changes)
        if arrived:
            self.arrived.emit(tuple(arrived))
        return changes

    def wake_due(self, now: datetime) -> AlertChanges:
        """Return each shelved alert whose time has run out to the state it left, as the
        backend does (offline too, until the backend's own row comes). Call it on the queue's
        clock tick: it costs nothing while none is due."""
        moment = now.timestamp()
        with self._lock:
            due = []
            while self._shelves and self._shelves[0][0] <= moment:
                until, alert_id = heapq.heappop(self._shelves)
                alert = self._raw.get(alert_id)
                if (alert is not None and alert.state is State.SHELVED and alert.shelved_until
                        and alert.shelved_until.timestamp() == until):
                    due.append(alert)
            if not due:
                return AlertChanges()
            ids = {a.id for a in due}
            shown_before = {i for i in ids if i in self._shown}
            touched: set[str] = set()
            for alert in due:
                assert alert.shelved_until is not None
                entry = HistoryEntry("unshelve", "system", alert.shelved_until)
                touched |= self._put(replace(
                    alert, state=alert.shelved_from or State.NEW, shelved_until=None,
                    shelved_from=None, shelve_reason=None, history=(*alert.history, entry)))
            shown_before |= {i for i in touched if i in self._shown}
            self._refresh(touched)
            changes = self._diff(touched, shown_before)
        if changes:
            self.changed.emit(changes)
        return changes

    # -- internals (lock held) ---------------------------------------------------------

    def _put(self, alert: Alert) -> set[str]:
        """File ``alert``; the ids whose shown row may change."""
        touched = self._drop(alert.id, keep_incident=True) | {alert.id}
        self._raw[alert.id] = alert
        if alert.state is State.SHELVED and alert.shelved_until is not None:
            heapq.heappush(self._shelves, (alert.shelved_until.timestamp(), alert.id))
        key = dedup_key(alert)
        if key is not None:
            group = self._groups.setdefault(key, Group())
            if group.members:
                touched.add(group.members[0][1])  # it may stop being the group's first
            bisect.insort(group.members, order_key(alert))
            group.total += alert.duplicate_count + 1
            group.note(alert)
            self._key_of[alert.id] = key
            touched.add(group.members[0][1])
        return touched

    def _drop(self, alert_id: str, keep_incident: bool = False) -> set[str]:
        """Unfile ``alert_id``; the ids whose shown row may change."""
        old = self._raw.pop(alert_id, None)
        touched = {alert_id}
        if old is None:
            return touched
        key = self._key_of.pop(alert_id, None)
        if key is not None:
            group = self._groups[key]
            index = bisect.bisect_left(group.members, order_key(old))
            if index < len(group.members) and group.members[index][1] == alert_id:
                del group.members[index]
            group.total -= old.duplicate_count + 1
            if group.members:
                touched.add(group.members[0][1])
                group.latest = None
                for _, member_id in group.members:  # a removal is rare: recount
                    group.note(self._raw[member_id])
            else:
                del self._groups[key]
        if not keep_incident:
            self._correlator.remove(alert_id)
        return touched

    def _refresh(self, ids: set[str]) -> None:
        """Recompute the shown row of each of ``ids``, earliest first (so an incident is named
        for its earliest alert whatever the order rows came in)."""
        known = sorted(order_key(self._raw[i]) for i in ids if i in self._raw)
        gone = [i for i in ids if i not in self._raw]
        for alert_id in [*gone, *(i for _, i in known)]:
            alert = self._raw.get(alert_id)
            if alert is None:
                self._shown.pop(alert_id, None)
                self._correlator.remove(alert_id)
                continue
            key = self._key_of.get(alert_id)
            group = self._groups.get(key) if key else None
            if group is not None and group.members[0][1] != alert_id:
                self._shown.pop(alert_id, None)  # a repeat folded into the group's first
                self._correlator.remove(alert_id)
                continue
            incident = None
            if alert.is_open:
                incident = self._incident_for(alert_id, self._shown.get(alert_id), alert)
            else:
                self._correlator.remove(alert_id)
            folded = group is not None and len(group.members) > 1
            chattering = is_chattering(alert)
            if not folded and incident == alert.incident_id and chattering == alert.chattering:
                self._shown[alert_id] = alert  # as read (most closed alerts): no copy
                continue
            self._shown[alert_id] = replace(
                alert, chattering=chattering, incident_id=incident,
                duplicate_count=group.total - 1 if group and folded else alert.duplicate_count,
                last_repeat_at=group.latest if group and folded else alert.last_repeat_at)

    def _incident_for(self, alert_id: str, old: Alert | None, new: Alert) -> str:
        kept = self._correlator.incident_of.get(alert_id)
        if kept is not None and old is not None and (
            old.raised_at, old.place, old.lat, old.lon, old.related_cameras
        ) == (new.raised_at, new.place, new.lat, new.lon, new.related_cameras):
            return kept
        return self._correlator.add(new)

    def _diff(self, ids: set[str], shown_before: set[str]) -> AlertChanges:
        added, updated, removed = [], [], []
        for alert_id in sorted(ids):
            now_shown = alert_id in self._shown
            if now_shown and alert_id in shown_before:
                updated.append(alert_id)
            elif now_shown:
                added.append(alert_id)
            elif alert_id in shown_before:
                removed.append(alert_id)
        return AlertChanges(tuple(added), tuple(updated), tuple(removed))


def _read(row: dict) -> Alert | None:
    try:
        return Alert.from_row(row)
    except ValueError as exc:
        log.warning("alert row skipped: %s", exc)
        return None

