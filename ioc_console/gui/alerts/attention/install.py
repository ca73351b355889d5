"""The attention features of a running console: built once, the status-bar badge in each
window, the alert queue's tab title, the menu commands and the shift clock."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ioc_console.core.clock import city_now
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.intents import ShowRecords
from ioc_console.core.services import Services
from ioc_console.gui.alerts.attention.badge import AlertBadge
from ioc_console.gui.alerts.attention.controller import Attention
from ioc_console.gui.alerts.attention.counts import tab_title
from ioc_console.gui.alerts.attention.escalation import SlaEscalation
from ioc_console.gui.alerts.attention.feed import AlertFeed
from ioc_console.gui.alerts.attention.handover import Handover
from ioc_console.gui.alerts.attention.shared import register
from ioc_console.gui.alerts.attention.site import attention_settings
from ioc_console.gui.alerts.attention.sounds import SoundBank
from ioc_console.gui.alerts.attention.tray import TrayNotifier
from ioc_console.gui.alerts.runtime import alerts_runtime
from ioc_console.gui.i18n import tr
from ioc_console.gui.icons import icon

log = logging.getLogger(__name__)
QUEUE_PANEL = "alert_queue"
QT_OPEN_ITEMS = QT_TRANSLATE_NOOP("Alerts", "Open items of the shift handover (%1)")
QT_NOT_SHOWN = QT_TRANSLATE_NOOP(
    "Alerts", "%1 open item(s) taken over; there is no alert queue here: see the handover."
)


def raise_window(window: QWidget) -> None:
    """Bring a console window forward (restored if it was minimised)."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def install(console: Any) -> Attention:
    """Build the console's attention features (``console``: the running Console)."""
    services: Services = console.services
    settings = attention_settings(services.profile)
    # the console's one alert book, alarm load and SLA policy: the queue's runtime keeps them
    runtime = alerts_runtime(services)
    feed = AlertFeed(services.cache, parent=console, shared=runtime.shared())
    tray = TrayNotifier(icon("app"), lambda: raise_window(console.wm.main_window), console)
    tray.raise_on_click = lambda: bool(services.settings.get("alerts.notification_raises_console"))
    attention = Attention(
        feed,
        SoundBank(services.status, parent=console),
        tray,
        repeat_seconds=settings.sound_repeat_seconds,
        mute_minutes=settings.mute_minutes,
        parent=console,
    )
    escalation = SlaEscalation(
        feed, tray, lambda: runtime.operator().role, console.notify, attention,
        cache=services.cache,
    )
    attention.timer.timeout.connect(escalation.tick)
    attention.escalation = escalation
    attention.handover = Handover(
        feed,
        services.paths.data_dir / "handovers",
        settings.shift_starts,
        city_now,
        console.wm.active_window,
        attention,
    )

    def take_over(ids: tuple[str, ...]) -> None:
        """The incoming operator sees the open items first: the queue, brought forward (opened
        if it was not), shows exactly them (most urgent first) until the operator clears it."""
        description = tr(QT_OPEN_ITEMS).replace("%1", str(len(ids)))
        if not services.intents.post(
            ShowRecords("alerts", ids, description, source="shift_handover")
        ):  # a console without the queue panel: the handover lists them
            console.notify("info", tr(QT_NOT_SHOWN).replace("%1", str(len(ids))))

    attention.handover.takenOver.connect(take_over)

    def queue_title(*_args: object) -> None:
        dock = console.wm.docks.get(QUEUE_PANEL)
        spec = services.panels.get(QUEUE_PANEL)
        if dock is not None and spec is not None:
            title = tab_title(tr(spec.title), attention.counts)
            if dock.windowTitle() != title:
                dock.setWindowTitle(title)

    attention.countsChanged.connect(queue_title)
    attention.timer.timeout.connect(queue_title)  # a queue opened later, a language change
    register(services, attention)
    return attention


def add_badge(attention: Attention, window: Any) -> AlertBadge:
    """The badge in ``window``'s status bar (a console window)."""
    badge = AlertBadge(attention)
    window.statusBar().addPermanentWidget(badge)
    return badge
