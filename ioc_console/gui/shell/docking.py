"""The docking library (PySide6-QtAds): its configuration and the area names we use."""

from __future__ import annotations

import PySide6QtAds as QtAds

from ioc_console.core.panels import DockArea

AREAS = {
    DockArea.LEFT: QtAds.DockWidgetArea.LeftDockWidgetArea,
    DockArea.RIGHT: QtAds.DockWidgetArea.RightDockWidgetArea,
    DockArea.TOP: QtAds.DockWidgetArea.TopDockWidgetArea,
    DockArea.BOTTOM: QtAds.DockWidgetArea.BottomDockWidgetArea,
    DockArea.CENTER: QtAds.DockWidgetArea.CenterDockWidgetArea,
}

_configured = False


def configure() -> None:
    """Global flags; must run before the first dock manager is created."""
    global _configured
    if _configured:
        return
    flags = QtAds.CDockManager.eConfigFlag
    manager = QtAds.CDockManager
    manager.setConfigFlags(manager.configFlags() | flags.DefaultOpaqueConfig)
    manager.setConfigFlag(flags.XmlCompressionEnabled, False)  # readable layout files
    manager.setConfigFlag(flags.XmlAutoFormattingEnabled, False)
    manager.setConfigFlag(flags.FocusHighlighting, True)  # "current panel" for menu commands
    manager.setConfigFlag(flags.AllTabsHaveCloseButton, True)
    manager.setConfigFlag(flags.DockAreaHasUndockButton, True)
    manager.setConfigFlag(flags.FloatingContainerHasWidgetTitle, True)
    manager.setConfigFlag(flags.FloatingContainerHasWidgetIcon, True)
    manager.setConfigFlag(flags.EqualSplitOnInsertion, True)
    _configured = True


def new_dock(manager: QtAds.CDockManager, instance_id: str, title: str) -> QtAds.CDockWidget:
    dock = QtAds.CDockWidget(manager, title)
    dock.setObjectName(instance_id)
    # a closed panel is gone (and releases its players, web views ...); reopen from the menu
    dock.setFeature(QtAds.CDockWidget.DockWidgetFeature.DockWidgetDeleteOnClose, True)
    dock.setFeature(QtAds.CDockWidget.DockWidgetFeature.DockWidgetFocusable, True)
    return dock
