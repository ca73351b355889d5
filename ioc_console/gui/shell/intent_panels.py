"""Panels that come forward for an intent: a drill-down (:class:`ShowRecords`) opens the
list of its dataset, a place to show or to pick opens the map. The panel, once open, handles
the intent itself; a panel that was not open yet is opened and given the intent again.
:class:`OpenPanel` opens a panel by its id (the overview opens a domain's dashboard)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ioc_console.core.intents import OpenPanel, PickPlace, ShowPlace, ShowRecords

if TYPE_CHECKING:
    from PySide6QtAds import CDockWidget

    from ioc_console.core.services import Services
    from ioc_console.gui.shell.window import ConsoleWindow
    from ioc_console.gui.shell.window_manager import WindowManager

log = logging.getLogger(__name__)
# dataset -> the panel that lists it
LISTS = {"complaints": "complaint_list", "alerts": "alert_queue"}
MAP = "map"


class IntentPanels:
    def __init__(self, services: Services, wm: WindowManager) -> None:
        self.services = services
        self.wm = wm
        self._removers = [
            services.intents.handle(ShowRecords, self._records),
            services.intents.handle(ShowPlace, self._place),
            services.intents.handle(PickPlace, self._place),
            services.intents.handle(OpenPanel, self._open),
        ]

    def close(self) -> None:
        for remove in self._removers:
            remove()
        self._removers.clear()

    def _records(self, intent: ShowRecords) -> bool:
        panel = LISTS.get(intent.dataset)
        return panel is not None and self._bring(panel, intent)

    def _open(self, intent: OpenPanel) -> bool:
        """Open the panel (in the window of the panel that asks) or bring it forward."""
        if intent.panel_id not in self.services.panels:
            log.warning("no panel %r to open (asked by %s)", intent.panel_id,
                        intent.source or "the console")
            return False
        window = self.wm.window_of(intent.source) if intent.source else None
        if not self.wm.is_open(intent.panel_id) and window is not None:
            dock = self._beside(intent.panel_id, intent.source, window)
        else:
            dock = self.wm.open_panel(intent.panel_id, window)
        if dock is None:
            return False
        holder = dock.window()
        if holder is not None and not holder.isVisible():
            holder.show()
        if holder is not None:
            holder.raise_()
        return True

    def _beside(self, panel_id: str, source: str, window: ConsoleWindow) -> CDockWidget | None:
        """A new panel, tabbed with the panel that asked for it (a dashboard opened from the
        overview takes the overview's room, not a strip at the window's edge)."""
        spec = self.services.panels.get(panel_id)
        if spec is None:
            return None
        dock = self.wm.create_dock(self.wm.new_instance_id(panel_id), window)
        if dock is not None:
            self.wm.place(dock, window, spec.area, tab_with=source)
            dock.setAsCurrentTab()
        return dock

    def _place(self, intent: ShowPlace | PickPlace) -> bool:
        return self._bring(MAP, intent)

    def _bring(self, panel_id: str, intent: ShowRecords | ShowPlace | PickPlace) -> bool:
        if panel_id not in self.services.panels:
            return False
        was_open = self.wm.is_open(panel_id)
        window = self.wm.window_of(intent.source) if intent.source else None
        if self.wm.open_panel(panel_id, window if not was_open else None) is None:
            return False
        if not was_open:  # the new panel handles it now (this handler only raises it again)
            log.info("%s opened for %s", panel_id, type(intent).__name__)
            self.services.intents.post(intent)
        return True
