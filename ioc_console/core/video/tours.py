"""Camera tours: a named list of cameras that rotates through one tile or a whole grid.

Tours are kept in ``tours.json`` in the configuration folder: a versioned document written
atomically. A file that cannot be read is kept aside (never deleted) with a log line, the
problem is kept for the operator, and the console goes on with no tours.

The rotation is plain arithmetic on a step number: a tile tour shows camera ``step`` (modulo
the list), a grid tour shows page ``step`` of the list cut into pages of one camera per tile.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ioc_console.core.atomic import write_json_atomic
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message
from ioc_console.core.versioned import lift

log = logging.getLogger(__name__)

TOURS_VERSION = 1
TARGETS = ("tile", "grid")
MIN_DWELL_S = 1
DEFAULT_DWELL_S = 10
Target = Literal["tile", "grid"]

# version found in a file -> function lifting it one version up (none yet: version 1 is first)
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class TourError(ValueError):
    """A tour or a tours document that cannot be used, and why."""


@dataclass(frozen=True)
class Tour:
    name: str
    camera_ids: tuple[str, ...]
    dwell_s: int = DEFAULT_DWELL_S
    target: Target = "tile"

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise TourError("a tour needs a name")
        ids = tuple(self.camera_ids)
        if not all(isinstance(i, str) and i for i in ids):
            raise TourError(f"tour {self.name!r}: camera ids must be non-empty text")
        object.__setattr__(self, "camera_ids", ids)
        dwell = self.dwell_s
        if isinstance(dwell, bool) or not isinstance(dwell, int) or dwell < MIN_DWELL_S:
            raise TourError(f"tour {self.name!r}: dwell must be at least {MIN_DWELL_S} s")
        if self.target not in TARGETS:
            raise TourError(f"tour {self.name!r}: target must be one of {', '.join(TARGETS)}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "cameras": list(self.camera_ids),
            "dwell_s": self.dwell_s,
            "target": self.target,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Tour:
        if not isinstance(data, dict):
            raise TourError("a tour must be an object")
        cameras = data.get("cameras", [])
        if not isinstance(cameras, list):
            raise TourError(f"tour {data.get('name')!r}: cameras must be a list")
        return cls(
            data.get("name", ""),
            tuple(cameras),
            data.get("dwell_s", DEFAULT_DWELL_S),
            data.get("target", "tile"),
        )


# -- rotation ----------------------------------------------------------------------------------


def steps(tour: Tour, tiles: int = 1) -> int:
    """How many distinct steps one round of ``tour`` has (1 for an empty tour)."""
    if tour.target == "tile":
        return max(1, len(tour.camera_ids))
    return max(1, math.ceil(len(tour.camera_ids) / max(1, tiles)))


def next_step(tour: Tour, step: int, tiles: int = 1) -> int:
    return (step + 1) % steps(tour, tiles)


def tile_camera(tour: Tour, step: int) -> str | None:
    """The camera a tile tour shows at ``step``."""
    if not tour.camera_ids:
        return None
    return tour.camera_ids[step % len(tour.camera_ids)]


def grid_page(tour: Tour, step: int, tiles: int) -> list[str | None]:
    """The cameras a grid tour of ``tiles`` tiles shows at ``step``: one page of the list,
    the last page filled up with None."""
    if tiles <= 0:
        return []
    page = step % steps(tour, tiles)
    chunk = list(tour.camera_ids[page * tiles : (page + 1) * tiles])
    return chunk + [None] * (tiles - len(chunk))


# -- the store -----------------------------------------------------------------------------------


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    return lift(data, TOURS_VERSION, MIGRATIONS, "tours", TourError, plural=True)


class TourStore:
    """The operator's tours, by name, in the order they were made."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.problems: list[Message] = []
        self._tours: dict[str, Tour] = {}
        self._loaded = False

    def take_problems(self) -> list[Message]:
        problems, self.problems = self.problems, []
        return problems

    def load(self) -> list[Tour]:
        self._loaded = True
        self._tours = {}
        if not self.path.is_file():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise TourError("the file does not hold tours")
            data = migrate(data)
            tours = [Tour.from_dict(t) for t in data.get("tours", [])]
        except (OSError, ValueError) as exc:  # TourError and JSON errors are ValueErrors
            self._set_aside(exc)
            return []
        self._tours = {t.name: t for t in tours}
        return list(self._tours.values())

    def _set_aside(self, exc: Exception) -> None:
        aside = self.path.with_name(f"{self.path.name}.unreadable-{int(time.time())}")
        try:
            self.path.replace(aside)
        except OSError as move_exc:
            log.error("tours file %s unreadable (%s) and not moved: %s", self.path, exc, move_exc)
            aside = self.path
        else:
            log.warning("tours file %s could not be read (%s); kept as %s", self.path, exc, aside)
        self.problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Problems", "the camera tours could not be read (%1); the file was kept as %2"
                ),
                exc,
                aside,
            )
        )

    def tours(self) -> list[Tour]:
        if not self._loaded:
            self.load()
        return list(self._tours.values())

    def names(self) -> list[str]:
        return [t.name for t in self.tours()]

    def get(self, name: str) -> Tour | None:
        self.tours()
        return self._tours.get(name)

    def save_all(self, tours: list[Tour]) -> None:
        """Replace every tour with ``tours`` and write the file."""
        by_name: dict[str, Tour] = {}
        for tour in tours:
            if tour.name in by_name:
                raise TourError(f"two tours are named {tour.name!r}")
            by_name[tour.name] = tour
        write_json_atomic(
            self.path,
            {"version": TOURS_VERSION, "tours": [t.to_dict() for t in by_name.values()]},
        )
        self._tours = by_name
        self._loaded = True
        log.info("%d camera tour(s) saved to %s", len(by_name), self.path)

    def put(self, tour: Tour) -> None:
        """Add ``tour``, or replace the tour of the same name."""
        tours = {t.name: t for t in self.tours()}
        tours[tour.name] = tour
        self.save_all(list(tours.values()))

    def remove(self, name: str) -> None:
        self.save_all([t for t in self.tours() if t.name != name])


def tours_file(config_dir: Path) -> Path:
    return Path(config_dir) / "tours.json"
