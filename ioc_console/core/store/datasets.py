"""The datasets the console keeps from the backend: their names, where they are read and which
field places an item in a ward (for ward scope and the per-ward views).

The console's own are :data:`DATASETS`; plugins add theirs as *feeds* (:func:`register_feed`),
which the cache gives a table and the sync engine reads like the others until the plugin is
disabled (:func:`unregister_feed`). :func:`all_datasets` is both, in registration order.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from ioc_console.core.events import Event
from ioc_console.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Dataset:
    name: str  # also the cache table's name
    path: str  # below /api/v1
    title: str  # translatable (context "Datasets")
    ward_field: str = "ward"  # the item field holding today's ward code ("": no ward)
    fields: tuple[str, ...] = ()  # the fields a feed declares (documentation and checks)
    plugin_id: str = ""  # the plugin whose feed this is ("" for the console's own)


DATASETS: tuple[Dataset, ...] = (
    Dataset(
        "units", "/units", QT_TRANSLATE_NOOP("Datasets", "Administrative units"), "current_ward"
    ),
    Dataset("cameras", "/cameras", QT_TRANSLATE_NOOP("Datasets", "Cameras")),
    Dataset(
        "complaints",
        "/complaints",
        QT_TRANSLATE_NOOP("Datasets", "Complaints (1022)"),
        "current_ward",
    ),
    Dataset(
        "procedure_results",
        "/procedure-results",
        QT_TRANSLATE_NOOP("Datasets", "Administrative procedure results"),
    ),
    Dataset("alerts", "/alerts", QT_TRANSLATE_NOOP("Datasets", "Alerts")),
    Dataset("facilities", "/facilities", QT_TRANSLATE_NOOP("Datasets", "Facilities")),
    Dataset("kpis", "/kpis", QT_TRANSLATE_NOOP("Datasets", "KPIs")),
    Dataset("tasks", "/tasks", QT_TRANSLATE_NOOP("Datasets", "Directive tasks")),
    # what the alert queue is measured and guided by (city-wide: no ward)
    Dataset("alert_sla", "/alert-sla", QT_TRANSLATE_NOOP("Datasets", "Alert SLA targets")),
    Dataset(
        "alert_procedures",
        "/alert-procedures",
        QT_TRANSLATE_NOOP("Datasets", "Alert procedures (SOP)"),
    ),
)
BY_NAME: dict[str, Dataset] = {d.name: d for d in DATASETS}
FEED_NAME = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
PATH = re.compile(r"^(/[A-Za-z0-9_.~-]+)+$")
# the cache's own tables (core/store/schema.py; a test keeps this list complete)
RESERVED = frozenset(
    {
        "datasets",
        "meta",
        "outbox",
        "complaint_facts",
        "procedure_facts",
        "ward_rollup",
        "work_calendar",
        "sqlite_master",
        "sqlite_sequence",
    }
)
_lock = threading.Lock()
_refs: dict[str, int] = {}  # feed name -> how many registrations hold it
feeds_changed: Event[[Dataset, bool]] = Event("datasets.feeds_changed")
"""``(dataset, added)`` after a feed is registered or its last registration removed."""


def dataset(name: str) -> Dataset:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown dataset {name!r}; known: {', '.join(BY_NAME)}") from None


def all_datasets() -> tuple[Dataset, ...]:
    """The console's datasets and the plugins' feeds registered now."""
    with _lock:
        return tuple(BY_NAME.values())


def register_feed(feed: Dataset) -> Dataset:
    """Add a plugin's feed. ValueError when its name or path is malformed, reserved or taken
    by a different dataset; registering the same feed again is allowed (and counted)."""
    if not FEED_NAME.match(feed.name) or feed.name in RESERVED or "__" in feed.name:
        raise ValueError(
            f"feed {feed.name!r}: a name is 2 to 48 lower-case letters, digits and _ "
            "(a table of the cache)"
        )
    if not PATH.match(feed.path):
        raise ValueError(f"feed {feed.name!r}: path {feed.path!r} is not like '/health-daily'")
    with _lock:
        known = BY_NAME.get(feed.name)
        if known is not None and known != feed:
            owner = f"plugin {known.plugin_id!r}" if known.plugin_id else "the console"
            raise ValueError(f"dataset {feed.name!r} is already declared by {owner}")
        added = known is None
        BY_NAME[feed.name] = feed
        _refs[feed.name] = _refs.get(feed.name, 0) + 1
    if added:
        feeds_changed.emit(feed, True)
    return feed


def unregister_feed(name: str) -> None:
    """Remove one registration of feed ``name``; the console's own datasets stay."""
    with _lock:
        if name not in _refs:
            return
        _refs[name] -= 1
        if _refs[name] > 0:
            return
        del _refs[name]
        feed = BY_NAME.pop(name)
    feeds_changed.emit(feed, False)
