"""Where a saved window goes on the screens present now. Nothing ends up off-screen."""

from __future__ import annotations

from dataclasses import dataclass

from ioc_console.core.layouts.model import Rect, ScreenRef


@dataclass(frozen=True)
class ScreenInfo:
    """A screen present now: its index, name and available geometry (no task bars)."""

    index: int
    name: str
    available: Rect
    primary: bool = False


def match_screen(
    ref: ScreenRef, screens: list[ScreenInfo], taken: frozenset[int] = frozenset()
) -> ScreenInfo:
    """The present screen that best stands for ``ref``.

    A unique name wins (monitors keep their connector names when re-ordered); then the same
    position in the list; for a screen that is gone, a screen no other window took yet
    (``taken``), else the primary screen.
    """
    if not screens:
        raise ValueError("no screens")
    if ref.name:
        named = [s for s in screens if s.name == ref.name]
        if len(named) == 1:
            return named[0]
    if 0 <= ref.index < len(screens):
        return screens[ref.index]
    free = [s for s in screens if s.index not in taken]
    if free:
        return next((s for s in free if s.primary), free[0])
    return next((s for s in screens if s.primary), screens[0])


def fit_rect(rect: Rect | None, saved_on: ScreenRef, target: ScreenInfo) -> Rect:
    """Move ``rect`` from the screen it was saved on onto ``target``, wholly inside it.

    The offset from the old screen's corner is kept when it fits; a rectangle larger than the
    target shrinks to it. ``None`` means "fill the screen".
    """
    area = target.available
    if rect is None:
        return area
    origin = saved_on.geometry
    dx = rect.x - origin.x if origin else rect.x - area.x
    dy = rect.y - origin.y if origin else rect.y - area.y
    width = min(rect.width, area.width)
    height = min(rect.height, area.height)
    x = area.x + max(0, min(dx, area.width - width))
    y = area.y + max(0, min(dy, area.height - height))
    return Rect(x, y, width, height)


def place(
    rect: Rect | None,
    saved_on: ScreenRef,
    screens: list[ScreenInfo],
    taken: frozenset[int] = frozenset(),
) -> tuple[ScreenInfo, Rect]:
    """The screen for a saved window and its rectangle there (see :func:`match_screen`)."""
    target = match_screen(saved_on, screens, taken)
    return target, fit_rect(rect, saved_on, target)


def screen_of(rect: Rect, screens: list[ScreenInfo]) -> ScreenInfo:
    """The screen holding the centre of ``rect`` (or the nearest one)."""
    cx, cy = rect.center
    for screen in screens:
        if screen.available.contains_point(cx, cy):
            return screen

    def distance(s: ScreenInfo) -> int:
        sx, sy = s.available.center
        return (sx - cx) ** 2 + (sy - cy) ** 2

    return min(screens, key=distance)
