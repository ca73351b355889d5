"""Built-in plugin: Cao Lãnh's administrative units on a chosen date.

Registering is cheap: Qt and the panel module are imported only when the panel is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ioc_console.plugin_api import QT_TRANSLATE_NOOP, PluginAPI, PluginPanelContext

if TYPE_CHECKING:
    from .panel import AdminUnitsPanel


def _build_panel(context: PluginPanelContext) -> AdminUnitsPanel:
    from .panel import AdminUnitsPanel

    return AdminUnitsPanel()


def register(api: PluginAPI) -> None:
    api.register_panel(
        "units",
        QT_TRANSLATE_NOOP("AdminUnitsPanel", "Administrative units"),
        _build_panel,
        icon="icon.svg",
        area="left",
    )
