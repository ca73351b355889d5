"""Builds a panel's widget from its spec; a factory that raises leaves an error panel instead."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ioc_console.core.panels import PanelContext, PanelSpec, RestoresState
from ioc_console.gui.i18n import tr
from ioc_console.gui.widgets.error_panel import ErrorPanel

log = logging.getLogger(__name__)


def build_panel(
    spec: PanelSpec, context: PanelContext, retry: Callable[[], None] | None = None
) -> QWidget:
    try:
        widget = spec.factory(context)
        if not isinstance(widget, QWidget):
            raise TypeError(f"the factory returned {type(widget).__name__}, not a widget")
    except Exception as exc:
        details = traceback.format_exc()
        log.error(
            "panel %s (%s) could not be built: %s\n%s",
            context.instance_id,
            spec.plugin_id or "console",
            exc,
            details,
        )
        if spec.plugin_id and context.services is not None:  # shown next to the plugin too
            context.services.plugins.report_error(
                spec.plugin_id, f"panel {context.instance_id}", exc
            )
        return ErrorPanel(tr(spec.title), f"{type(exc).__name__}: {exc}", details, retry)
    if context.state and isinstance(widget, RestoresState):
        try:
            widget.restore_state(context.state)
        except Exception:
            log.exception("panel %s could not restore its saved state", context.instance_id)
    return widget
