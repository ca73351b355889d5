"""What a video wall keeps in the named layout, and the cameras an empty demo wall starts with.

State, version 1: ``{"version": 1, "grid": kind, "cameras": [id or null per tile],
"overrides": ["auto"|"low"|"high" per tile], "selected": index, "tour": name or null}``.
Anything unknown or out of range is left out with a log line; the wall never fails to open.
"""

from __future__ import annotations

import logging
from typing import Any

from ioc_console.core.video.grids import GRIDS, carry_over
from ioc_console.core.video.streams import StreamChoice

log = logging.getLogger(__name__)
STATE_VERSION = 1
# version found in a layout -> function lifting it one version up (none yet: 1 is the first)
MIGRATIONS: dict = {}


def save_state(wall) -> dict[str, Any]:
    return {
        "version": STATE_VERSION,
        "grid": wall.grid.kind,
        "cameras": list(wall.cameras),
        "overrides": [t.override.value for t in wall.tiles],
        "selected": wall.selected,
        "tour": wall.runner.tour.name if wall.runner.running else None,
    }


def restore_state(wall, state: Any) -> None:
    version = state.get("version") if isinstance(state, dict) else None
    while version in MIGRATIONS:
        state = MIGRATIONS[version](state)
        version = state.get("version")
    if version != STATE_VERSION:
        log.warning("%s: saved wall state %r not understood; left empty", wall.instance_id, state)
        return
    kind = state.get("grid")
    if isinstance(kind, str) and kind in GRIDS:
        wall.set_grid(kind, log_it=False)
    cameras = state.get("cameras")
    if isinstance(cameras, list):
        wanted = [c if isinstance(c, str) and c else None for c in cameras]
        wall.cameras = carry_over(wanted, wall.grid.kind)
        for index in range(wall.tile_count()):
            wall.resolve(index)
    overrides = state.get("overrides")
    if isinstance(overrides, list):
        for tile, value in zip(wall.tiles, overrides, strict=False):
            try:
                tile.set_override(StreamChoice(value))
            except ValueError:
                log.warning("%s: unknown stream choice %r", wall.instance_id, value)
    selected = state.get("selected")
    if isinstance(selected, int) and not isinstance(selected, bool):
        wall.select(min(max(selected, 0), wall.tile_count() - 1))
    tour = state.get("tour")
    if isinstance(tour, str) and tour:
        wall.start_tour(tour)


def fill_empty_wall(wall) -> bool:
    """An empty wall gets the first online cameras of the cache; True while it still waits
    for them (nothing cached yet), False once filled or when the operator filled it."""
    if any(wall.cameras):
        return False
    cache = wall.services.cache
    if cache is None:
        return True
    online = [
        c["id"]
        for c in cache.items("cameras")
        if c.get("status") == "online" and not c.get("deleted")
    ]
    if not online:
        return True  # not cached yet: the next change of the cameras tries again
    chosen = online[: wall.tile_count()]
    for index, camera_id in enumerate(chosen):
        wall.cameras[index] = camera_id
        wall.resolve(index)
    log.info("%s filled with cameras %s", wall.instance_id, ", ".join(chosen))
    wall.camerasChanged.emit()
    return False
