"""The wall's grid kinds: how many tiles, where the big one is, how cameras carry over."""

import pytest

from ioc_console.core.video.grids import GRID_KINDS, Cell, carry_over, grid, tile_count

COUNTS = {"1x1": 1, "2x2": 4, "3x3": 9, "4x4": 16, "1+5": 6, "1+7": 8, "1+12": 13}


@pytest.mark.parametrize("kind", GRID_KINDS)
def test_every_kind_tiles_its_lattice_exactly_once(kind):
    g = grid(kind)
    assert tile_count(kind) == COUNTS[kind]
    covered = [
        (r, c)
        for cell in g.cells
        for r in range(cell.row, cell.row + cell.rowspan)
        for c in range(cell.col, cell.col + cell.colspan)
    ]
    assert sorted(covered) == [(r, c) for r in range(g.size) for c in range(g.size)]


def test_big_tiles_come_first_where_an_nvr_puts_them():
    assert grid("1+5").cells[0] == Cell(0, 0, 2, 2) and grid("1+5").size == 3
    assert grid("1+7").cells[0] == Cell(0, 0, 3, 3) and grid("1+7").size == 4
    assert grid("1+12").cells[0] == Cell(1, 1, 2, 2) and grid("1+12").size == 4
    # the small tiles follow in reading order
    assert grid("1+5").cells[1:] == (Cell(0, 2), Cell(1, 2), Cell(2, 0), Cell(2, 1), Cell(2, 2))


def test_cameras_carry_over_by_position():
    cams = ["a", "b", "c", "d"]
    assert carry_over(cams, "1x1") == ["a"]
    assert carry_over(cams, "1+5") == ["a", "b", "c", "d", None, None]
    assert carry_over(carry_over(cams, "3x3"), "2x2") == cams


def test_unknown_kind_names_the_known_ones():
    with pytest.raises(KeyError, match="2x2"):
        grid("5x5")
