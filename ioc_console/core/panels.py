"""The panel registry: what panels exist, what they are called, where they dock, how to build them.

The shell builds its menus and windows from this registry, so later features and plugins add
panels without touching the shell. The registry is Qt-free: a factory is any callable that
takes a :class:`PanelContext` and returns the panel's widget (the Qt layer calls it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ioc_console.core.events import Event
from ioc_console.core.i18n import TrText

if TYPE_CHECKING:
    from ioc_console.core.services import Services

PANEL_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")


class DockArea(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    TOP = "top"
    BOTTOM = "bottom"
    CENTER = "center"


@dataclass(frozen=True)
class PanelContext:
    """What a panel factory receives: its instance id and the console's Qt-free services."""

    instance_id: str
    services: Services
    state: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class SavesState(Protocol):
    """A panel asked for its state when a layout is saved (a panel without it is saved by its
    place alone)."""

    def save_state(self) -> dict[str, Any]:
        """The panel's own state as plain JSON values (what it shows, not where it is)."""
        ...


@runtime_checkable
class RestoresState(Protocol):
    """A panel given its saved state back when a layout is applied. A panel may instead read
    ``PanelContext.state`` when it is built, and implement :class:`SavesState` alone."""

    def restore_state(self, state: dict[str, Any]) -> None:
        """Show ``state`` as saved by ``save_state``; a state from an older console may lack
        keys or hold values of another type."""
        ...


@runtime_checkable
class Panel(SavesState, RestoresState, Protocol):
    """What a panel's widget may implement beyond being a widget: each of the two methods on
    its own (the shell checks :class:`SavesState` and :class:`RestoresState` apart)."""


@dataclass(frozen=True)
class PanelSpec:
    """A kind of panel. ``factory(context)`` returns the widget."""

    id: str
    title: TrText
    factory: Callable[[PanelContext], Any]
    icon: str = ""
    area: DockArea = DockArea.CENTER
    plugin_id: str = ""  # "" for the console's own panels
    multi_instance: bool = False
    one_per_window: bool = False  # with multi_instance: at most one instance in each window

    def __post_init__(self) -> None:
        if not PANEL_ID.match(self.id):
            raise ValueError(f"panel id {self.id!r} must look like 'name' or 'plugin.name'")
        object.__setattr__(self, "area", DockArea(self.area))


def panel_kind(instance_id: str) -> str:
    """The panel id of an instance id (``video_wall#2`` -> ``video_wall``)."""
    return instance_id.split("#", 1)[0]


class PanelRegistry:
    """Panel kinds by id, in registration order."""

    def __init__(self) -> None:
        self._specs: dict[str, PanelSpec] = {}
        self._offered: dict[str, PanelSpec] = {}
        self.changed: Event[[PanelSpec, bool]] = Event("panels.changed")
        """``(spec, added)`` after a kind is registered or unregistered (the shell closes the
        docks of a kind that went away)."""

    def register(self, spec: PanelSpec) -> PanelSpec:
        if spec.id in self._specs:
            raise ValueError(f"a panel with id {spec.id!r} is already registered")
        self._specs[spec.id] = spec
        self.changed.emit(spec, True)
        return spec

    def unregister(self, panel_id: str) -> None:
        spec = self._specs.pop(panel_id, None)
        if spec is not None:
            self.changed.emit(spec, False)

    def offer(self, spec: PanelSpec) -> None:
        """Make one of the console's panels available to a domain plugin, which registers it
        (``PluginAPI.register_console_panel``): it exists while that plugin is enabled."""
        self._offered[spec.id] = spec

    def offered(self, panel_id: str) -> PanelSpec | None:
        return self._offered.get(panel_id)

    def offers_any(self) -> bool:
        """Whether the console offers panels at all (not without its Qt layer)."""
        return bool(self._offered)

    def get(self, panel_id: str) -> PanelSpec | None:
        return self._specs.get(panel_kind(panel_id))

    def __contains__(self, panel_id: str) -> bool:
        return panel_kind(panel_id) in self._specs

    def __iter__(self) -> Iterator[PanelSpec]:
        return iter(list(self._specs.values()))

    def __len__(self) -> int:
        return len(self._specs)
