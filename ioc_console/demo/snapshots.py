"""``GET /api/v1/alerts/<id>/snapshot``: the frame an AI-camera detection was made on, as PNG.

The demo cameras film nothing real, so the frame is drawn: a street scene in the colours of the
camera (sky, buildings, road with lane marks) and the detected object where the alert's
``snapshot.box`` says (fractions x, y, w, h of the frame). The box itself is not drawn: the
console draws it over the picture. The same alert gives the same bytes (strong ETag).
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from functools import lru_cache

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from .api_auth import authenticate
from .context import Context
from .problems import ProblemError
from .responses import conditional, etag_of

WIDTH, HEIGHT = 480, 270


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def encode_png(rows: list[bytes], width: int, height: int) -> bytes:
    """An 8-bit RGB PNG of ``rows`` (each ``width`` × 3 bytes)."""
    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 6)) + _chunk(b"IEND", b""))


def _fill(row: bytearray, x0: int, x1: int, rgb: tuple[int, int, int]) -> None:
    x0, x1 = max(0, x0), min(WIDTH, x1)
    if x1 > x0:
        row[x0 * 3:x1 * 3] = bytes(rgb) * (x1 - x0)


@lru_cache(maxsize=64)
def draw_frame(seed: str, box: tuple[float, float, float, float]) -> bytes:
    """A drawn street frame (its colours from ``seed``) with an object in ``box``, as PNG."""
    tone = hashlib.sha256(seed.encode()).digest()
    horizon, road_top = int(HEIGHT * 0.35), int(HEIGHT * 0.55)
    buildings = [(i * 60 + tone[i] % 20, 40 + tone[i + 8] % 50) for i in range(8)]
    x, y, w, h = (int(box[0] * WIDTH), int(box[1] * HEIGHT), max(2, int(box[2] * WIDTH)),
                  max(2, int(box[3] * HEIGHT)))
    body = (200 + tone[20] % 55, 60 + tone[21] % 80, 40 + tone[22] % 60)
    rows = []
    for r in range(HEIGHT):
        row = bytearray()
        if r < horizon:
            shade = 150 + r * 80 // horizon
            row = bytearray(bytes((shade - 40, shade - 10, min(255, shade + 30))) * WIDTH)
            for left, tall in buildings:
                if r >= horizon - tall:
                    _fill(row, left, left + 45, (90 + tone[left % 32] % 60, 90, 100))
        elif r < road_top:
            row = bytearray(bytes((120, 125, 115)) * WIDTH)
        else:
            row = bytearray(bytes((70, 72, 75)) * WIDTH)
            if (r - road_top) % 40 < 4:
                for mark in range(10, WIDTH, 60):
                    _fill(row, mark, mark + 30, (230, 230, 220))
        if y <= r < y + h:
            inset = w // 6 if r < y + h // 3 else 0  # a roof, narrower than the body
            _fill(row, x + inset, x + w - inset, body)
            if r >= y + h - max(2, h // 8):  # its shadow / wheels
                _fill(row, x + w // 8, x + w // 3, (20, 20, 20))
                _fill(row, x + 2 * w // 3, x + 7 * w // 8, (20, 20, 20))
        rows.append(bytes(row))
    return encode_png(rows, WIDTH, HEIGHT)


def snapshot_box(alert: dict) -> tuple[float, float, float, float] | None:
    """The alert's detection box, when it has a snapshot with a well-formed one."""
    snapshot = alert.get("snapshot")
    box = snapshot.get("box") if isinstance(snapshot, dict) else None
    if not isinstance(box, list) or len(box) != 4:
        return None
    if not all(isinstance(v, int | float) and 0 <= v <= 1 for v in box):
        return None
    return (float(box[0]), float(box[1]), float(box[2]), float(box[3]))


def snapshot(ctx: Context, request: Request, alert_id: str) -> Response:
    user = authenticate(ctx, request)
    alert = ctx.store.get("alerts", alert_id)
    if alert is None or alert.get("deleted"):
        raise ProblemError(404, f"No alert {alert_id!r}.")
    if user["role"] == "ward_clerk" and ctx.store.ward_of("alerts", alert_id) not in (
        None, user.get("ward")
    ):
        raise ProblemError(403, "This alert lies outside the ward of a ward clerk.")
    box = snapshot_box(alert)
    if box is None:
        raise ProblemError(404, f"Alert {alert_id} has no snapshot (only camera detections "
                                "have one).")
    seed = f"{alert.get('source')}:{alert.get('created_at')}"
    tag = etag_of(ctx.base_url(), "snapshot", alert_id, seed, box)

    def build() -> Response:
        response = Response(draw_frame(seed, box), mimetype="image/png")
        response.headers["Cache-Control"] = "private, max-age=3600"
        return response

    return conditional(request, tag, build)


def rules() -> list[Rule]:
    return [Rule("/api/v1/alerts/<alert_id>/snapshot", endpoint=snapshot, methods=["GET"])]
