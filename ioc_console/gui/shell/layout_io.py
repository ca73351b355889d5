"""Capture the windows and panels as a :class:`Layout`, and apply a layout to them."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QByteArray

from ioc_console.core.layouts.model import (
    FloatingPanels,
    Layout,
    PanelPlacement,
    WindowLayout,
    WindowMode,
)
from ioc_console.core.layouts.placement import place, screen_of
from ioc_console.core.panels import DockArea, SavesState
from ioc_console.gui.shell.proportions import apply_default_proportions
from ioc_console.gui.shell.screens import screen_infos, screen_ref, screens, to_qrect, to_rect
from ioc_console.gui.shell.window_manager import MAIN, WindowManager

log = logging.getLogger(__name__)


def capture(wm: WindowManager, name: str) -> Layout:
    windows = []
    for window in wm.windows.values():
        mode = WindowMode(window.mode())
        geometry = window.geometry()
        if mode is not WindowMode.NORMAL and window.normalGeometry().isValid():
            geometry = window.normalGeometry()
        panels = []
        for instance_id in wm.panels_in(window):
            spec = wm.services.panels.get(instance_id)
            panels.append(PanelPlacement(instance_id, spec.area if spec else DockArea.CENTER))
        floating = []
        for container in window.dock_manager.floatingWidgets():
            names = tuple(d.objectName() for d in container.dockWidgets())
            if names:
                rect = to_rect(container.geometry())
                floating.append(FloatingPanels(names, rect, screen_ref(container.screen())))
        windows.append(
            WindowLayout(
                id=window.window_id,
                screen=screen_ref(window.screen()),
                panels=tuple(panels),
                rect=to_rect(geometry),
                mode=mode,
                dock_state=bytes(window.dock_manager.saveState().data()).decode("utf-8"),
                floating=tuple(floating),
            )
        )
    states = {}
    for instance_id, dock in wm.docks.items():
        widget = dock.widget()
        if isinstance(widget, SavesState):
            try:
                states[instance_id] = widget.save_state()
            except Exception:
                log.exception("panel %s could not save its state", instance_id)
    return Layout(name, tuple(windows), states)


def apply(wm: WindowManager, layout: Layout) -> None:
    """Make the windows and panels look like ``layout`` on the screens present now."""
    infos = screen_infos()
    wm.kinds.forget()  # the docks of a plugin switched off: the layout places what it names
    wanted = {p.id for w in layout.windows for p in w.panels if p.id in wm.services.panels}
    for instance_id in list(wm.docks):
        if instance_id in wanted:
            wm.detach(instance_id)
        else:
            wm.discard_panel(instance_id)
    window_ids = [MAIN] + [w.id for w in layout.windows[1:]]
    for window in list(wm.windows.values()):
        if window.window_id not in window_ids:
            wm.forget_window(window)

    taken: set[int] = set()
    for number, (window_id, saved) in enumerate(zip(window_ids, layout.windows, strict=True)):
        present = _regroup([p for p in saved.panels if p.id in wm.services.panels])
        if number > 0 and not present:
            log.info(
                "window %s of layout %r left out: none of its panels is available",
                saved.id,
                layout.name,
            )
            if window_id in wm.windows:
                wm.forget_window(wm.windows[window_id])
            continue
        window = wm.windows.get(window_id) or wm.open_window(window_id)
        # the main view first: the docking library puts a centre panel added after side
        # panels above or below them, not between them
        for placement in sorted(present, key=_centre_first):
            dock = wm.docks.get(placement.id) or wm.create_dock(
                placement.id, window, layout.panel_states.get(placement.id)
            )
            if dock is not None:
                wm.place(dock, window, placement.area, placement.tab_with)
        restored = bool(
            saved.dock_state
            and window.dock_manager.restoreState(QByteArray(saved.dock_state.encode("utf-8")))
        )
        if saved.dock_state and not restored:
            log.warning(
                "the docking state of window %s could not be restored; "
                "panels keep their default places",
                window_id,
            )
        target, rect = place(saved.rect, saved.screen, infos, frozenset(taken))
        taken.add(target.index)
        if target.index != saved.screen.index or (
            saved.rect and to_qrect(rect) != to_qrect(saved.rect)
        ):
            log.info("window %s placed on screen %d at %s", window_id, target.index + 1, rect)
        wm.show_on_screen(window, target.index, to_qrect(rect), str(saved.mode))
        if not restored:
            apply_default_proportions(wm.docks, present)
            for placement in present:  # of a tab group, the panel named first is in front
                front = wm.docks.get(placement.tab_with) if placement.tab_with else None
                if front is not None:
                    front.setAsCurrentTab()
        _place_floating(window, saved, infos)
    wm.retranslate()
    wm.windowsChanged.emit()


def _regroup(present: list[PanelPlacement]) -> list[PanelPlacement]:
    """Tabs whose front panel is not available (a plugin disabled) stay one tab group: the
    first of them available comes to the front in its place."""
    ids = {p.id for p in present}
    fronts: dict[str, str] = {}
    out = []
    for placement in present:
        if placement.tab_with and placement.tab_with not in ids:
            front = fronts.setdefault(placement.tab_with, placement.id)
            placement = replace(placement, tab_with=None if front == placement.id else front)
        out.append(placement)
    return out


def _centre_first(placement: PanelPlacement) -> int:
    return 0 if placement.area is DockArea.CENTER and not placement.tab_with else 1


def _place_floating(window, saved: WindowLayout, infos) -> None:
    """Put floating panel groups back where they were, or onto a screen that exists."""
    by_panels = {frozenset(f.panels): f for f in saved.floating}
    for container in window.dock_manager.floatingWidgets():
        names = frozenset(d.objectName() for d in container.dockWidgets())
        entry = by_panels.get(names)
        if entry is not None:
            _, rect = place(entry.rect, entry.screen, infos)
        else:
            current = to_rect(container.geometry())
            here = screen_of(current, infos)
            _, rect = place(current, screen_ref(screens()[here.index]), infos)
        container.setGeometry(to_qrect(rect))
