"""What a plugin's panel receives (plugin API 3): no more than a panel of a domain needs.

Its instance id and saved state, a read-only view of the cached datasets, the intents hub (to
ask for a camera, follow or make a selection, post a notice), its logger and folder. Never the
console's services, the cache's connection or a window.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ioc_console.core.geo.rows import read_rows
from ioc_console.core.intents import Intents
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.datasets import all_datasets, dataset
from ioc_console.core.store.match import Match, as_filters


class CachedData:
    """Read-only access to the cached datasets (``cameras``, ``complaints``, ``facilities`` …)
    and the plugins' feeds (``health_daily`` …).

    Reads run on the calling thread (a panel's: the GUI thread) against the local cache and
    never wait for the network; without a cache (it could not be opened) every read is empty."""

    def __init__(self, cache: Cache | None) -> None:
        self._cache = cache

    @property
    def names(self) -> list[str]:
        """The datasets the cache holds: the console's own and the enabled plugins' feeds."""
        return [ds.name for ds in all_datasets()]

    def records(
        self, name: str, match: Match | None = None, keys: Sequence[str] = ()
    ) -> list[dict[str, Any]]:
        """The records of dataset ``name``, in id order: those matching ``match``
        (``{"kind": "hospital"}`` or :class:`~ioc_console.core.store.match.FieldFilter` s),
        only ``keys`` of each when given. KeyError for an unknown dataset, ValueError for a
        malformed ``match``."""
        dataset(name)
        filters = as_filters(match)
        if self._cache is None:
            return []
        return read_rows(self._cache, name, tuple(keys), match=filters)

    def get(self, name: str, item_id: str) -> dict[str, Any] | None:
        """Record ``item_id`` of dataset ``name`` (None: not cached)."""
        dataset(name)
        if self._cache is None:
            return None
        return self._cache.get(name, item_id)


@dataclass(frozen=True)
class PluginPanelContext:
    """What a plugin's panel factory receives (plugin API 3)."""

    instance_id: str
    """This panel's id in the layout (``<plugin>.<panel>``, ``…#2`` for a second one)."""
    plugin_id: str
    folder: Path
    """The plugin's folder, for its data files."""
    data: CachedData
    intents: Intents
    log: logging.Logger
    state: dict[str, Any] = field(default_factory=dict)
    """What the panel's ``save_state()`` returned when the layout was saved (empty: new)."""
