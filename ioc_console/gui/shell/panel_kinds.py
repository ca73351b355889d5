"""Panel kinds that come and go while the console runs (a plugin switched off and on).

When a kind is unregistered, each of its docks in every window closes: its widget is deleted
(players, web pages and timers go with it) and the dock itself stays in its place, hidden, with
the panel's saved state. When the kind is registered again, the docks are shown again where
they were, with a new widget built from that state. A layout opened in between forgets them.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

import PySide6QtAds as QtAds
from PySide6.QtCore import QObject
from shiboken6 import isValid

from ioc_console.core.panels import PanelContext, PanelSpec, SavesState, panel_kind
from ioc_console.gui.bridge import follow
from ioc_console.gui.i18n import tr
from ioc_console.gui.icons import icon
from ioc_console.gui.shell.panel_host import build_panel

if TYPE_CHECKING:
    from ioc_console.gui.shell.window_manager import WindowManager

log = logging.getLogger(__name__)


class PanelKinds(QObject):
    """Follows the panel registry for a window manager; holds the docks of absent kinds."""

    def __init__(self, wm: WindowManager) -> None:
        super().__init__(wm)
        self.wm = wm
        self.parked: dict[str, tuple[QtAds.CDockWidget, dict[str, Any]]] = {}
        """Instance id -> (its hidden dock, the panel's state when it closed)."""
        follow(self, wm.services.panels.changed, self._changed)

    def _changed(self, spec: PanelSpec, added: bool) -> None:
        if added:
            self.reopen(spec)
        else:
            self.close_kind(spec.id)

    def close_kind(self, kind: str) -> None:
        """Close every dock of ``kind``, remembering where it was."""
        for instance_id in [i for i in self.wm.docks if panel_kind(i) == kind]:
            dock = self.wm.docks.pop(instance_id)
            state = _saved_state(instance_id, dock.widget())
            dock.toggleView(False)
            old = dock.takeWidget()
            if old is not None:
                old.deleteLater()
            self.parked[instance_id] = (dock, state)
            dock.destroyed.connect(lambda *_a, i=instance_id: self.parked.pop(i, None))
            log.info("panel %s closed: its kind is no longer available", instance_id)
        self.wm.windowsChanged.emit()

    def reopen(self, spec: PanelSpec) -> None:
        """Show the remembered docks of ``spec``'s kind again where they were."""
        for instance_id in [i for i in self.parked if panel_kind(i) == spec.id]:
            dock, state = self.parked.pop(instance_id)
            if not isValid(dock) or not any(
                dock.dockManager() is w.dock_manager for w in self.wm.windows.values()
            ):
                continue  # its window went away meanwhile
            context = PanelContext(instance_id, self.wm.services, dict(state))
            dock.setWidget(build_panel(spec, context, retry=partial(self.wm.rebuild, instance_id)))
            dock.setIcon(icon(spec.icon))
            suffix = instance_id.partition("#")[2]
            dock.setWindowTitle(tr(spec.title) + (f" {suffix}" if suffix else ""))
            self.wm.docks[instance_id] = dock
            dock.toggleView(True)
            log.info("panel %s reopened where it was", instance_id)
        self.wm.windowsChanged.emit()

    def forget(self) -> None:
        """Drop the remembered docks (a layout is being applied: it places what it names)."""
        for dock, _state in list(self.parked.values()):
            manager = dock.dockManager()
            if manager is not None:
                manager.removeDockWidget(dock)
            dock.deleteLater()
        self.parked.clear()


def _saved_state(instance_id: str, widget: object) -> dict[str, Any]:
    if not isinstance(widget, SavesState):
        return {}
    try:
        return dict(widget.save_state())
    except Exception:
        log.exception("panel %s could not save its state", instance_id)
        return {}
