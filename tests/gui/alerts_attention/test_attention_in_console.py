"""The attention features in a running console: alerts written to the cache reach the badge of
every window and the queue's tab title; the Console menu mutes and opens the handover; the
alarm-load panel opens from the Panels menu; System status says whether sounds are heard."""

from __future__ import annotations

from datetime import timedelta

from attention_rows import row
from PySide6.QtWidgets import QLabel

from ioc_console.core.clock import city_now
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.intents import ShowRecords
from ioc_console.core.panels import DockArea, PanelSpec
from ioc_console.gui.alerts.attention.badge import AlertBadge
from ioc_console.gui.alerts.runtime import alerts_runtime


def test_cached_alerts_reach_the_badges_and_the_queue_tab(console, qtbot):
    if "alert_queue" not in console.services.panels:  # the queue itself is built elsewhere
        console.services.panels.register(
            PanelSpec(
                "alert_queue",
                QT_TRANSLATE_NOOP("Panels", "Alerts"),
                lambda _context: QLabel("queue"),
                area=DockArea.RIGHT,
            )
        )
    console.wm.open_panel("alert_queue")
    other = console.wm.open_window(screen=1)
    qtbot.waitUntil(lambda: console.attention.feed.is_loaded, timeout=5000)  # the cache read
    console.services.cache.apply_items(
        "alerts", [row(priority=1), row(priority=2), row(priority=2)]
    ).result(10)
    for window in (console.wm.main_window, other):
        badge = window.statusBar().findChild(AlertBadge)
        qtbot.waitUntil(
            lambda b=badge: b.counts_label.text() == "Unacknowledged: P1 1 · P2 2", timeout=5000
        )
    qtbot.waitUntil(
        lambda: console.wm.docks["alert_queue"].windowTitle() == "Alerts (P1 1 · P2 2)",
        timeout=5000,
    )
    assert console.attention.sounds.played == [1]


def test_the_console_menu_mutes_the_sounds_and_opens_the_shift_handover(console, menu_item):
    badge = console.wm.main_window.statusBar().findChild(AlertBadge)
    mute = menu_item(console, "&Mute alert sounds")
    mute.trigger()
    assert console.attention.muted_until is not None
    assert badge.mute_button.text().startswith("Muted until ")
    mute.trigger()
    assert console.attention.muted_until is None
    menu_item(console, "Shift &handover…").trigger()
    dialog = console.attention.handover.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_the_alarm_load_panel_opens_and_system_status_tells_about_sound(console, qtbot):
    dock = console.wm.open_panel("alarm_load")
    assert dock.widget().rate_label.text().endswith("in the last 10 min")
    qtbot.waitUntil(lambda: "audio" in console.services.status.capabilities, timeout=5000)


def test_taking_over_opens_the_queue_on_exactly_the_open_items(console, qtbot):
    qtbot.waitUntil(lambda: console.attention.feed.is_loaded, timeout=5000)
    rows = [row(priority=1), row(priority=3), row(priority=2, state="resolved")]
    console.services.cache.apply_items("alerts", rows).result(10)
    qtbot.waitUntil(lambda: sum(console.attention.counts.values()) == 2, timeout=5000)
    shown = []
    forget = console.services.intents.handle(ShowRecords, lambda i: shown.append(i) or None)
    if console.wm.is_open("alert_queue"):  # closed: the take-over opens it
        console.wm.close_panel("alert_queue")
        qtbot.waitUntil(lambda: not console.wm.is_open("alert_queue"), timeout=5_000)
    console.attention.handover.open().take_over_button.click()
    forget()
    assert shown and shown[0].dataset == "alerts"
    assert console.attention.feed.get(shown[0].ids[0]).priority == 1  # the most urgent first
    assert sorted(shown[0].ids) == sorted(r["id"] for r in rows[:2])
    qtbot.waitUntil(lambda: console.wm.is_open("alert_queue"), timeout=5000)
    queue = console.wm.docks["alert_queue"].widget()
    model = queue.model
    qtbot.waitUntil(
        lambda: sorted(model.ids_at(r)[0] for r in range(model.rowCount())) == sorted(shown[0].ids),
        timeout=5000,
    )
    assert "Open items of the shift handover (2)" in queue.drill.text.text()
    notices = [n.label.text() for n in console.wm.main_window.notifications.notices()]
    assert not any("taken over" in text for text in notices), notices


def test_a_supervisor_signed_in_here_is_told_of_an_sla_breach(console, qtbot):
    cache = console.services.cache
    qtbot.waitUntil(lambda: console.attention.feed.is_loaded, timeout=5000)
    cache.set_meta("scope", "http://backend||supervisor|").result(10)
    runtime = alerts_runtime(console.services)
    qtbot.waitUntil(lambda: runtime.operator().role == "supervisor", timeout=5000)
    late = row(city_now() - timedelta(minutes=2), priority=1, title="Cháy tại chợ Cao Lãnh")
    cache.apply_items("alerts", [late]).result(10)
    window = console.wm.main_window

    def told() -> bool:
        return any(
            "SLA breached: P1 Cháy tại chợ Cao Lãnh" in n.label.text()
            for n in window.notifications.notices()
        )

    qtbot.waitUntil(told, timeout=5000)
    assert console.attention.tray.shown[-1][0] == "SLA breached: P1 Cháy tại chợ Cao Lãnh"
