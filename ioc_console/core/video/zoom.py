"""Digital zoom of a tile: which part of the picture is shown, kept inside the picture.

Coordinates are fractions of the picture (0…1). Zooming keeps the point under the cursor where
it is; panning moves the shown part by a fraction of the view.
"""

from __future__ import annotations

STEP = 1.25  # one wheel notch
MAX_FACTOR = 8.0


class Zoom:
    def __init__(self) -> None:
        self.factor = 1.0
        self.cx = 0.5  # centre of the shown part
        self.cy = 0.5

    @property
    def zoomed(self) -> bool:
        return self.factor > 1.0

    def reset(self) -> None:
        self.factor, self.cx, self.cy = 1.0, 0.5, 0.5

    def zoom_at(self, fx: float, fy: float, steps: float) -> None:
        """Zoom by ``STEP ** steps`` around the point at (fx, fy) of the view (fractions)."""
        span = 1.0 / self.factor
        px = self.cx - span / 2 + fx * span
        py = self.cy - span / 2 + fy * span
        self.factor = min(MAX_FACTOR, max(1.0, self.factor * STEP**steps))
        span = 1.0 / self.factor
        self.cx = px - (fx - 0.5) * span
        self.cy = py - (fy - 0.5) * span
        self._clamp()

    def pan(self, dx: float, dy: float) -> None:
        """Move the picture by (dx, dy) fractions of the view (a drag to the right: dx > 0)."""
        self.cx -= dx / self.factor
        self.cy -= dy / self.factor
        self._clamp()

    def crop(self, width: int, height: int) -> str:
        """libVLC's crop geometry ``"WxH+X+Y"`` for a picture of this size; ``""`` unzoomed."""
        if not self.zoomed or width <= 0 or height <= 0:
            return ""
        span = 1.0 / self.factor
        w, h = max(1, round(width * span)), max(1, round(height * span))
        x = min(width - w, max(0, round((self.cx - span / 2) * width)))
        y = min(height - h, max(0, round((self.cy - span / 2) * height)))
        return f"{w}x{h}+{x}+{y}"

    def _clamp(self) -> None:
        half = 0.5 / self.factor
        self.cx = min(1.0 - half, max(half, self.cx))
        self.cy = min(1.0 - half, max(half, self.cy))
