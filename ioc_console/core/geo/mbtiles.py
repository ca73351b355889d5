"""Offline map tiles from an MBTiles file (a site profile's ``[map] mbtiles``).

MBTiles 1.3: an SQLite file with a ``metadata`` table (name, value) and a ``tiles`` table or
view (zoom_level, tile_column, tile_row, tile_data) whose rows count from the south (TMS).
The map asks in XYZ (rows from the north), so :meth:`MBTiles.tile` flips the row:
``tile_row = 2**z - 1 - y``. The file is opened read-only; one connection serves every thread
(tiles are read on the GUI thread, but a lock keeps any other use safe).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

MIME = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "webp": "image/webp",
    "pbf": "application/x-protobuf",
}
MAX_ZOOM = 30


class MBTilesError(Exception):
    """The file is missing, not SQLite, or not an MBTiles file."""


def _sniff(data: bytes | None) -> str:
    if not data:
        return "png"
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return "pbf"  # vector tiles, often gzipped


def _floats(value: str | None, count: int) -> tuple[float, ...] | None:
    if not value:
        return None
    try:
        numbers = tuple(float(v) for v in value.split(","))
    except ValueError:
        return None
    return numbers if len(numbers) == count else None


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


class MBTiles:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        if not self.path.is_file():
            raise MBTilesError(f"{self.path}: the MBTiles file does not exist")
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        try:
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise MBTilesError(f"{self.path}: cannot be opened: {exc}") from exc
        try:
            self.metadata = self._read_metadata()
            self.format = self._read_format()
        except MBTilesError:
            self._conn.close()
            raise
        except sqlite3.Error as exc:
            self._conn.close()
            raise MBTilesError(f"{self.path}: not a readable MBTiles file: {exc}") from exc

    def _read_metadata(self) -> dict[str, str]:
        try:
            objects = dict(
                self._conn.execute(
                    "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"
                ).fetchall()
            )
        except sqlite3.DatabaseError as exc:
            raise MBTilesError(f"{self.path}: not an SQLite file ({exc})") from exc
        if "tiles" not in objects:
            raise MBTilesError(f"{self.path}: not an MBTiles file (it has no 'tiles' table)")
        if "metadata" not in objects:
            return {}
        rows = self._conn.execute("SELECT name, value FROM metadata").fetchall()
        return {str(k): "" if v is None else str(v) for k, v in rows}

    def _read_format(self) -> str:
        declared = self.metadata.get("format", "").strip().lower()
        declared = {"jpeg": "jpg", "mvt": "pbf"}.get(declared, declared)
        if declared in MIME:
            return declared
        row = self._conn.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        return _sniff(row[0] if row else None)

    @property
    def mime(self) -> str:
        return MIME[self.format]

    @property
    def attribution(self) -> str:
        return self.metadata.get("attribution", "")

    @property
    def name(self) -> str:
        return self.metadata.get("name", self.path.stem)

    @property
    def minzoom(self) -> int | None:
        return _int(self.metadata.get("minzoom")) if "minzoom" in self.metadata else self._zoom(0)

    @property
    def maxzoom(self) -> int | None:
        return _int(self.metadata.get("maxzoom")) if "maxzoom" in self.metadata else self._zoom(1)

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) in degrees, when the file says."""
        return _floats(self.metadata.get("bounds"), 4)  # type: ignore[return-value]

    @property
    def center(self) -> tuple[float, float, float] | None:
        """(lon, lat, zoom), when the file says."""
        return _floats(self.metadata.get("center"), 3)  # type: ignore[return-value]

    def _zoom(self, which: int) -> int | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles"
            ).fetchone()
        return row[which] if row else None

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ ``z/x/y`` (rows from the north), or None when there is none."""
        if not all(isinstance(v, int) for v in (z, x, y)) or not 0 <= z <= MAX_ZOOM:
            return None
        size = 1 << z
        if not (0 <= x < size and 0 <= y < size):
            return None
        try:
            with self._lock:
                row = self._conn.execute(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                    "AND tile_row = ?",
                    (z, x, size - 1 - y),
                ).fetchone()
        except sqlite3.Error as exc:
            log.warning("tile %d/%d/%d of %s cannot be read: %s", z, x, y, self.path, exc)
            return None
        return bytes(row[0]) if row and row[0] is not None else None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> MBTiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_mbtiles(
    path: Path | str, tiles: dict[tuple[int, int, int], bytes], metadata: dict | None = None
) -> Path:
    """Write an MBTiles file holding ``tiles`` keyed by XYZ ``(z, x, y)`` (stored in TMS
    rows) and ``metadata`` (name, format, attribution, bounds …)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
            conn.execute(
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                "tile_row INTEGER, tile_data BLOB)"
            )
            conn.execute(
                "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)"
            )
            conn.executemany(
                "INSERT INTO metadata VALUES (?, ?)",
                [(str(k), str(v)) for k, v in (metadata or {}).items()],
            )
            conn.executemany(
                "INSERT INTO tiles VALUES (?, ?, ?, ?)",
                [(z, x, (1 << z) - 1 - y, data) for (z, x, y), data in tiles.items()],
            )
    finally:
        conn.close()
    return path
