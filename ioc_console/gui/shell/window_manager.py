"""Windows and panels: opens windows on screens, builds panels from the registry, moves them.

The window manager is the only owner of console windows and dock widgets. Layouts are
captured and applied by :mod:`ioc_console.gui.shell.layout_io` through it.
"""

from __future__ import annotations

import itertools
import logging

import PySide6QtAds as QtAds
from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ioc_console.core.panels import DockArea, PanelContext, panel_kind
from ioc_console.core.services import Services
from ioc_console.gui.i18n import tr
from ioc_console.gui.icons import icon
from ioc_console.gui.shell.docking import AREAS, new_dock
from ioc_console.gui.shell.panel_host import build_panel
from ioc_console.gui.shell.panel_kinds import PanelKinds
from ioc_console.gui.shell.screens import screen_index, screens
from ioc_console.gui.shell.window import ConsoleWindow

log = logging.getLogger(__name__)
MAIN = "main"


class WindowManager(QObject):
    windowsChanged = Signal()
    """Emitted after a window was opened or closed."""

    mainClosing = Signal()
    """Emitted when the operator closes the main window, before the console quits."""

    def __init__(self, services: Services, window_factory) -> None:
        super().__init__()
        self.services = services
        self._window_factory = window_factory  # callable(window_id) -> ConsoleWindow
        self.windows: dict[str, ConsoleWindow] = {}
        self.docks: dict[str, QtAds.CDockWidget] = {}
        self._counter = itertools.count(2)
        self.quitting = False
        self.kinds = PanelKinds(self)  # docks of a plugin's panels close and reopen with it

    # -- windows -----------------------------------------------------------------------------
    @property
    def main_window(self) -> ConsoleWindow:
        return self.windows[MAIN] if MAIN in self.windows else self.open_window(MAIN)

    def open_window(self, window_id: str | None = None, screen: int | None = None) -> ConsoleWindow:
        if window_id is None:
            window_id = f"window-{next(self._counter)}"
            while window_id in self.windows:
                window_id = f"window-{next(self._counter)}"
        window = self._window_factory(window_id)
        window.closing.connect(self._window_closing)
        self.windows[window_id] = window
        if screen is not None:
            self.show_on_screen(window, screen)
        self.windowsChanged.emit()
        return window

    def show_on_screen(
        self, window: ConsoleWindow, index: int, rect: QRect | None = None, mode: str = "maximized"
    ) -> None:
        """Show ``window`` on screen ``index`` at ``rect`` (default: the whole available area).

        The rectangle is set before maximising, so that the window fills its screen even where
        no window manager acts on the maximise request.
        """
        target = screens()[min(max(index, 0), len(screens()) - 1)]
        if window.windowHandle() is not None and window.windowHandle().screen() is not target:
            window.windowHandle().setScreen(target)
        window.setScreen(target)
        window.setGeometry(rect if rect is not None else target.availableGeometry())
        if mode == "fullscreen":
            window.setGeometry(target.geometry())
            window.showFullScreen()
        elif mode == "maximized":
            window.showMaximized()
        else:
            window.showNormal()

    def window_on_screen(self, index: int) -> ConsoleWindow | None:
        for window in self.windows.values():
            if screen_index(window.screen()) == index:
                return window
        return None

    def open_window_on_every_screen(self) -> None:
        for index in range(len(screens())):
            if self.window_on_screen(index) is None:
                self.open_window(screen=index)

    def window_of(self, instance_id: str) -> ConsoleWindow | None:
        dock = self.docks.get(instance_id)
        if dock is None:
            return None
        for window in self.windows.values():
            if dock.dockManager() is window.dock_manager:
                return window
        return None

    def _window_closing(self, window: ConsoleWindow) -> None:
        if window.window_id == MAIN:
            if not self.quitting:
                self.quitting = True
                self.mainClosing.emit()
            return
        for instance_id in self.panels_in(window):
            self.discard_panel(instance_id)
        self.windows.pop(window.window_id, None)
        window.deleteLater()
        self.windowsChanged.emit()

    def forget_window(self, window: ConsoleWindow) -> None:
        """Remove a window without the quit logic (used when a layout replaces windows)."""
        window.closing.disconnect(self._window_closing)
        for instance_id in self.panels_in(window):
            self.discard_panel(instance_id)
        self.windows.pop(window.window_id, None)
        window.close()
        window.deleteLater()

    # -- panels ------------------------------------------------------------------------------
    def panels_in(self, window: ConsoleWindow) -> list[str]:
        return sorted(i for i, d in self.docks.items() if d.dockManager() is window.dock_manager)

    def is_open(self, panel_id: str) -> bool:
        return any(panel_kind(i) == panel_id for i in self.docks)

    def new_instance_id(self, panel_id: str) -> str:
        spec = self.services.panels.get(panel_id)
        if spec is None or not spec.multi_instance or panel_id not in self.docks:
            return panel_id
        for n in itertools.count(2):
            candidate = f"{panel_id}#{n}"
            if candidate not in self.docks:
                return candidate
        raise AssertionError("unreachable")

    def create_dock(self, instance_id: str, window: ConsoleWindow, state: dict | None = None):
        """Build the panel ``instance_id`` (not yet placed) for ``window``; None if unknown."""
        spec = self.services.panels.get(instance_id)
        if spec is None:
            log.info("panel %s is not available in this installation; left out", instance_id)
            return None
        dock = new_dock(window.dock_manager, instance_id, tr(spec.title))
        dock.setIcon(icon(spec.icon))
        dock.setWidget(self._build(instance_id, spec, state))
        dock.closed.connect(lambda: self._dock_closed(instance_id, dock))
        self.docks[instance_id] = dock
        return dock

    def place(self, dock, window: ConsoleWindow, area: DockArea, tab_with: str | None = None):
        manager = window.dock_manager
        other = self.docks.get(tab_with) if tab_with else None
        if other is not None and other.dockManager() is manager and other.dockAreaWidget():
            manager.addDockWidgetTabToArea(dock, other.dockAreaWidget())
        else:
            manager.addDockWidget(AREAS[DockArea(area)], dock)

    def open_panel(self, panel_id: str, window: ConsoleWindow | None = None):
        """Open (or bring forward) a panel in ``window`` (default: the active window)."""
        window = window or self.active_window()
        spec = self.services.panels.get(panel_id)
        if spec is None:
            return None
        if spec.one_per_window:  # this window's own instance, if it has one, comes forward
            existing = self.instance_in(window, panel_id)
        else:
            existing = panel_id if not spec.multi_instance and panel_id in self.docks else None
        if existing is not None:
            dock = self.docks[existing]
            dock.toggleView(True)
            dock.raise_()
            dock.setAsCurrentTab()
            return dock
        instance_id = self.new_instance_id(panel_id)
        dock = self.create_dock(instance_id, window)
        if dock is not None:
            self.place(dock, window, spec.area)
        return dock

    def instance_in(self, window: ConsoleWindow, panel_id: str) -> str | None:
        """The instance of panel kind ``panel_id`` in ``window``, if it holds one."""
        return next((i for i in self.panels_in(window) if panel_kind(i) == panel_id), None)

    def close_panel(self, instance_id: str) -> None:
        dock = self.docks.get(instance_id)
        if dock is not None:
            dock.closeDockWidget()

    def _dock_closed(self, instance_id: str, dock) -> None:
        if self.docks.get(instance_id) is dock:
            del self.docks[instance_id]

    def discard_panel(self, instance_id: str) -> None:
        """Remove and delete a panel without asking it (layout changes, closing windows)."""
        dock = self.docks.pop(instance_id, None)
        if dock is not None:
            dock.dockManager().removeDockWidget(dock)
            dock.deleteLater()

    def detach(self, instance_id: str) -> None:
        dock = self.docks[instance_id]
        manager = dock.dockManager()
        if manager is not None:
            manager.removeDockWidget(dock)

    def move_panel(self, instance_id: str, window: ConsoleWindow, area: DockArea | None = None):
        dock = self.docks.get(instance_id)
        if dock is None:
            return
        source = self.window_of(instance_id)
        spec = self.services.panels.get(instance_id)
        if spec is not None and spec.one_per_window and source is not window:
            other = self.instance_in(window, panel_kind(instance_id))
            if other is not None:
                log.warning(
                    "panel %s not moved: window %s holds %s already (one per window)",
                    instance_id,
                    window.window_id,
                    other,
                )
                return
        self.detach(instance_id)
        self.place(dock, window, area or (spec.area if spec else DockArea.CENTER))
        dock.toggleView(True)
        log.info("panel %s moved to window %s", instance_id, window.window_id)
        if source is not None and source is not window and source.window_id != MAIN:
            if not self.panels_in(source):
                QTimer.singleShot(0, source.close)  # an emptied extra window goes away

    def send_to_screen(self, instance_id: str, index: int) -> None:
        """Move a panel to the console window on screen ``index``, opening one if needed."""
        if not 0 <= index < len(screens()):
            log.warning("there is no screen %d", index + 1)
            return
        window = self.window_on_screen(index) or self.open_window(screen=index)
        self.move_panel(instance_id, window)
        window.activateWindow()

    def float_panel(self, instance_id: str) -> None:
        dock = self.docks.get(instance_id)
        if dock is not None:
            dock.setFloating()
            _keep_on_screen(dock.window())

    def _build(self, instance_id: str, spec, state: dict | None):
        context = PanelContext(instance_id, self.services, dict(state or {}))
        return build_panel(spec, context, retry=lambda: self.rebuild(instance_id))

    def rebuild(self, instance_id: str) -> None:
        """Build a panel's widget again (after its construction failed)."""
        dock = self.docks.get(instance_id)
        spec = self.services.panels.get(instance_id)
        if dock is None or spec is None:
            return
        old = dock.takeWidget()
        dock.setWidget(self._build(instance_id, spec, None))
        if old is not None:
            old.deleteLater()

    def active_window(self) -> ConsoleWindow:
        active = QApplication.activeWindow()
        for window in self.windows.values():
            if window is active:
                return window
        return self.main_window

    def current_panel(self, window: ConsoleWindow | None = None) -> str | None:
        """The panel the operator works in: the focused one, else the window's first."""
        if window is None:
            if not self.windows:
                return None
            window = self.active_window()
        dock = window.dock_manager.focusedDockWidget()
        if dock is None or dock.objectName() not in self.docks:
            opened = [
                d for d in window.dock_manager.openedDockWidgets() if d.objectName() in self.docks
            ]
            dock = opened[0] if opened else None
        return dock.objectName() if dock is not None else None

    def retranslate(self) -> None:
        for instance_id, dock in self.docks.items():
            spec = self.services.panels.get(instance_id)
            if spec is not None:
                suffix = instance_id.partition("#")[2]
                dock.setWindowTitle(tr(spec.title) + (f" {suffix}" if suffix else ""))


def _keep_on_screen(window: QWidget) -> None:
    """Move a window just floated out of a narrow side area (wider than the area was) back
    inside its screen, where a saved layout's restore would put it too."""
    screen = window.screen()
    if screen is None:
        return
    area, frame = screen.availableGeometry(), window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)
