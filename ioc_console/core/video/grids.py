"""The video wall's grids as data: which cells each tile covers on an n×n lattice.

A grid kind is a name ("2x2", "1+5" …). Its tiles are listed in the order an operator reads
them — the big tile first in the one-big-plus-small kinds — and tile *i* of one grid is tile
*i* of the next, so cameras carry over by position when the grid changes (the first N stay).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText


@dataclass(frozen=True)
class Cell:
    """Where one tile sits: its top-left lattice cell and how many rows and columns it spans."""

    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class Grid:
    kind: str
    size: int  # the lattice is size × size
    cells: tuple[Cell, ...]
    title: TrText

    @property
    def tile_count(self) -> int:
        return len(self.cells)


def _square(n: int) -> tuple[Cell, ...]:
    return tuple(Cell(r, c) for r in range(n) for c in range(n))


def _big_plus_small(n: int, big: Cell) -> tuple[Cell, ...]:
    """``big`` first, then every lattice cell it does not cover, row by row."""

    def covered(r: int, c: int) -> bool:
        return big.row <= r < big.row + big.rowspan and big.col <= c < big.col + big.colspan

    return (big, *(Cell(r, c) for r in range(n) for c in range(n) if not covered(r, c)))


def _grid(kind: str, size: int, cells: tuple[Cell, ...], title: TrText) -> Grid:
    return Grid(kind, size, cells, title)


GRIDS: dict[str, Grid] = {
    g.kind: g
    for g in (
        _grid("1x1", 1, _square(1), QT_TRANSLATE_NOOP("Grids", "1 × 1")),
        _grid("2x2", 2, _square(2), QT_TRANSLATE_NOOP("Grids", "2 × 2")),
        _grid("3x3", 3, _square(3), QT_TRANSLATE_NOOP("Grids", "3 × 3")),
        _grid("4x4", 4, _square(4), QT_TRANSLATE_NOOP("Grids", "4 × 4")),
        # one big tile top-left (2×2 of 3×3), five small along the right and the bottom
        _grid("1+5", 3, _big_plus_small(3, Cell(0, 0, 2, 2)), QT_TRANSLATE_NOOP("Grids", "1 + 5")),
        # one big tile top-left (3×3 of 4×4), seven small along the right and the bottom
        _grid("1+7", 4, _big_plus_small(4, Cell(0, 0, 3, 3)), QT_TRANSLATE_NOOP("Grids", "1 + 7")),
        # the usual NVR "1+12": a 2×2 big tile in the centre of 4×4, twelve small around it
        _grid(
            "1+12", 4, _big_plus_small(4, Cell(1, 1, 2, 2)), QT_TRANSLATE_NOOP("Grids", "1 + 12")
        ),
    )
}
GRID_KINDS: tuple[str, ...] = tuple(GRIDS)
DEFAULT_GRID = "2x2"


def grid(kind: str) -> Grid:
    """The grid of ``kind``; an unknown kind raises ``KeyError`` naming the known ones."""
    try:
        return GRIDS[kind]
    except KeyError:
        raise KeyError(f"unknown grid {kind!r}; known: {', '.join(GRID_KINDS)}") from None


def tile_count(kind: str) -> int:
    return grid(kind).tile_count


T = TypeVar("T")


def carry_over(items: Sequence[T | None], kind: str, empty: T | None = None) -> list[T | None]:
    """``items`` (one per tile of the old grid) fitted to grid ``kind``: the first N are kept,
    missing tiles get ``empty``."""
    count = tile_count(kind)
    kept = list(items[:count])
    return kept + [empty] * (count - len(kept))
