"""Built-in plugin: Cao Lãnh's administrative units on a chosen date.

Registering is cheap: Qt and the panel module are imported only when the panel is built.
"""

from __future__ import annotations

from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.panels import PanelContext


def _build_panel(context: PanelContext):
    from .panel import AdminUnitsPanel

    return AdminUnitsPanel()


def register(api) -> None:
    api.register_panel(
        "units",
        QT_TRANSLATE_NOOP("AdminUnitsPanel", "Administrative units"),
        _build_panel,
        icon="icon.svg",
        area="left",
    )
