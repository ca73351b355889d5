"""Offline tiles from an MBTiles file: XYZ requests find TMS rows; broken files are named."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from ioc_console.core.geo.mbtiles import MBTiles, MBTilesError, make_mbtiles

PNG = b"\x89PNG\r\n\x1a\n" + b"tile-3-5-2"
OTHER = b"\x89PNG\r\n\x1a\n" + b"tile-3-5-5"


@pytest.fixture
def fixture_file(tmp_path):
    return make_mbtiles(
        tmp_path / "bản đồ #1" / "Cao Lãnh 50%.mbtiles",  # read through a file: URI
        {(3, 5, 2): PNG, (4, 12, 7): OTHER},
        {
            "name": "Cao Lãnh",
            "format": "png",
            "attribution": "© OpenStreetMap contributors",
            "bounds": "105.565,10.41,105.685,10.505",
            "center": "105.63,10.46,13",
            "minzoom": "3",
            "maxzoom": "4",
        },
    )


def test_a_tile_is_found_at_its_xyz_address_not_at_the_unflipped_row(fixture_file):
    with MBTiles(fixture_file) as tiles:
        assert tiles.tile(3, 5, 2) == PNG
        assert tiles.tile(3, 5, 5) is None  # 2**3 - 1 - 2: the row as stored (TMS)
        assert tiles.tile(4, 12, 7) == OTHER
        assert tiles.tile(3, 5, 9) is None and tiles.tile(-1, 0, 0) is None
        # stored in TMS rows, as MBTiles says
        conn = sqlite3.connect(fixture_file)
        rows = conn.execute("SELECT zoom_level, tile_column, tile_row FROM tiles").fetchall()
        conn.close()
        assert (3, 5, 5) in rows


def test_metadata_is_read(fixture_file):
    with MBTiles(fixture_file) as tiles:
        assert tiles.format == "png" and tiles.mime == "image/png"
        assert tiles.attribution == "© OpenStreetMap contributors"
        assert tiles.minzoom == 3 and tiles.maxzoom == 4
        assert tiles.bounds == (105.565, 10.41, 105.685, 10.505)
        assert tiles.center == (105.63, 10.46, 13.0)
        assert tiles.metadata["name"] == "Cao Lãnh"


def test_format_and_zooms_from_the_tiles_when_the_metadata_is_silent(tmp_path):
    jpeg = b"\xff\xd8\xff\xe0" + b"jpeg"
    path = make_mbtiles(tmp_path / "bare.mbtiles", {(2, 1, 1): jpeg, (5, 3, 3): jpeg}, {})
    with MBTiles(path) as tiles:
        assert tiles.format == "jpg" and tiles.mime == "image/jpeg"
        assert (tiles.minzoom, tiles.maxzoom) == (2, 5)
        assert tiles.bounds is None and tiles.center is None and tiles.attribution == ""


def test_tiles_are_read_from_other_threads(fixture_file):
    found = []
    with MBTiles(fixture_file) as tiles:
        workers = [
            threading.Thread(target=lambda: found.append(tiles.tile(3, 5, 2))) for _ in range(4)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=10)
    assert found == [PNG] * 4


def test_the_file_is_opened_read_only(fixture_file):
    with MBTiles(fixture_file) as tiles:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            tiles._conn.execute("DELETE FROM tiles")


def test_broken_files_raise_a_clear_error(tmp_path):
    text = tmp_path / "notes.mbtiles"
    text.write_text("this is not a database, " * 100)
    with pytest.raises(MBTilesError, match="not an SQLite file") as err:
        MBTiles(text)
    assert str(text) in str(err.value)

    other = tmp_path / "other.mbtiles"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.close()
    with pytest.raises(MBTilesError, match="no 'tiles' table") as err:
        MBTiles(other)
    assert str(other) in str(err.value)

    with pytest.raises(MBTilesError, match="does not exist"):
        MBTiles(tmp_path / "missing.mbtiles")
