"""The console measures its own event-loop lag: a GUI thread held up shows in System status and,
past a quarter of a second, in the log with what was running."""

from __future__ import annotations

import logging
import time

from ioc_console.core.responsiveness import activity
from ioc_console.gui.responsiveness import INTERVAL_MS


def busy(seconds: float) -> None:
    """Hold the GUI thread, as a slow slot would."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def lag_rows(console) -> dict[str, str]:
    tree = console.wm.docks["system_status"].widget().tree
    section = tree.topLevelItem(0)  # Console
    return {section.child(i).text(0): section.child(i).text(1) for i in range(section.childCount())}


def test_a_blocked_gui_thread_shows_in_system_status_and_the_log(console, qtbot, caplog):
    lag = console.services.status.lag
    # the meter runs, and the console has settled after its start
    qtbot.waitUntil(
        lambda: len(lag.lags_ms()) >= 5 and max(lag.lags_ms()[-5:]) < 100, timeout=30_000
    )
    block_s = max(0.4, lag.summary().max_ms / 1000 + 0.3)  # the largest lag of the minute

    with caplog.at_level(logging.WARNING, logger="ioc_console.gui.responsiveness"):
        with activity.running("a deliberately slow slot"):
            busy(block_s)
        # the timer was due at most one interval after the block began: it is at least that late
        late_ms = block_s * 1000 - INTERVAL_MS
        qtbot.waitUntil(lambda: lag.summary().max_ms >= late_ms, timeout=10_000)
    summary = lag.summary()
    assert summary.slowest == "a deliberately slow slot"
    assert any(
        "did not respond" in r.getMessage() and "a deliberately slow slot" in r.getMessage()
        for r in caplog.records
    )

    # the panel refreshes its figures by itself every few seconds
    qtbot.waitUntil(lambda: "while running" in lag_rows(console)["Longest wait"], timeout=15_000)
    summary = lag.summary()
    rows = lag_rows(console)
    figures = rows["Event-loop lag (last minute)"]
    assert figures.startswith("p50 ") and " · p99 " in figures
    assert f"max {summary.max_ms:.0f} ms" in figures
    assert rows["Longest wait"].endswith("while running: a deliberately slow slot")
