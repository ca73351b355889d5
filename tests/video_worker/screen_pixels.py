"""What the screen shows of a window, measured coarsely."""

from __future__ import annotations


def colours(image) -> int:  # a QImage
    """How many colours a 40×30 grid of the image's pixels has (a blank window: 1)."""
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 30)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
    )
