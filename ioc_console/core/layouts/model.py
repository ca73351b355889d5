"""A named layout: which windows, on which screens, which panels where, full screen or not.

Stored as versioned JSON. Window and floating-panel rectangles are in virtual-desktop
coordinates, together with the screen they were on, so that a restore can move them onto a
screen that exists.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from ioc_console.core.panels import DockArea

LAYOUT_FORMAT = "ioc-console-layout"
LAYOUT_VERSION = 1


class LayoutError(ValueError):
    """A layout document that cannot be used."""


class WindowMode(StrEnum):
    NORMAL = "normal"
    MAXIMIZED = "maximized"
    FULLSCREEN = "fullscreen"


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    def contains_point(self, x: int, y: int) -> bool:
        return self.x <= x < self.x + self.width and self.y <= y < self.y + self.height


@dataclass(frozen=True)
class ScreenRef:
    """The screen a window was on when saved: its position in the list, name and geometry."""

    index: int
    name: str = ""
    geometry: Rect | None = None


@dataclass(frozen=True)
class PanelPlacement:
    """Where a panel instance docks when no saved dock state applies."""

    id: str
    area: DockArea = DockArea.CENTER
    tab_with: str | None = None
    share: float | None = None  # of the width (left/right) or height (top/bottom); None: default


@dataclass(frozen=True)
class FloatingPanels:
    """A floating group of panels with its own rectangle."""

    panels: tuple[str, ...]
    rect: Rect
    screen: ScreenRef


@dataclass(frozen=True)
class WindowLayout:
    id: str
    screen: ScreenRef
    panels: tuple[PanelPlacement, ...] = ()
    rect: Rect | None = None  # None: fill the screen's available area
    mode: WindowMode = WindowMode.NORMAL
    dock_state: str | None = None  # the docking library's own state (XML), when saved
    floating: tuple[FloatingPanels, ...] = ()

    @property
    def panel_ids(self) -> list[str]:
        return [p.id for p in self.panels]


@dataclass(frozen=True)
class Layout:
    name: str
    windows: tuple[WindowLayout, ...]
    panel_states: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": LAYOUT_FORMAT,
            "version": LAYOUT_VERSION,
            "name": self.name,
            "windows": [_clean(asdict(w)) for w in self.windows],
            "panel_states": self.panel_states,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Layout:
        if not isinstance(data, dict) or data.get("format") != LAYOUT_FORMAT:
            raise LayoutError("not an IOC Console layout")
        try:
            windows = tuple(_window(w) for w in data["windows"])
            name = str(data["name"])
            states = data.get("panel_states", {})
            if not isinstance(states, dict):
                raise LayoutError("'panel_states' must be an object")
        except (KeyError, TypeError, ValueError) as exc:
            raise LayoutError(f"layout is incomplete or malformed: {exc!r}") from exc
        if not windows:
            raise LayoutError("layout has no windows")
        ids = [w.id for w in windows]
        if len(set(ids)) != len(ids):
            raise LayoutError("two windows share an id")
        return cls(name=name, windows=windows, panel_states=states)


def _clean(value: Any) -> Any:
    """asdict() output as plain JSON: enums to strings, tuples to lists."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if isinstance(value, StrEnum):
        return str(value)
    return value


def _rect(data: Any) -> Rect | None:
    return None if data is None else _given_rect(data)


def _given_rect(data: Any) -> Rect:
    rect = Rect(int(data["x"]), int(data["y"]), int(data["width"]), int(data["height"]))
    if rect.width <= 0 or rect.height <= 0:
        raise ValueError(f"empty rectangle {rect}")
    return rect


def _floating(data: Any) -> FloatingPanels:
    """A floating group; one saved without a rectangle is left out (its panels then float
    where the screens present allow, as for a group the layout does not know)."""
    panels = tuple(map(str, data["panels"]))
    return FloatingPanels(panels, _given_rect(data["rect"]), _screen(data["screen"]))


def _screen(data: Any) -> ScreenRef:
    if isinstance(data, int):
        return ScreenRef(data)
    return ScreenRef(int(data["index"]), str(data.get("name", "")), _rect(data.get("geometry")))


def _window(data: dict[str, Any]) -> WindowLayout:
    return WindowLayout(
        id=str(data["id"]),
        screen=_screen(data.get("screen", 0)),
        panels=tuple(
            PanelPlacement(
                str(p["id"]),
                DockArea(p.get("area", "center")),
                p.get("tab_with"),
                _share(p.get("share")),
            )
            for p in data.get("panels", [])
        ),
        rect=_rect(data.get("rect")),
        mode=WindowMode(data.get("mode", "normal")),
        dock_state=data.get("dock_state"),
        floating=tuple(_floating(f) for f in data.get("floating", []) if f.get("rect") is not None),
    )


def _share(value: object) -> float | None:
    """A placement's share of its window (0.05 to 0.8); anything else is the default."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 0.05 <= value <= 0.8:
        return float(value)
    return None
