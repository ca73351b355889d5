"""The map draws attention without costing a frame forever: a new alert's pulse and the ring
around a selected item end by themselves, and the page is then idle (an endless animation keeps
the web view compositing every frame on the GUI thread)."""

from __future__ import annotations

from mapkit import js, layer, point, wait_js

BOUND_MS = 15_000  # the longest animation the page may run (the new alert's pulse: ~10 s)
RUNNING = (
    "document.getAnimations().filter(function (a) { return a.playState === 'running'; })"
    ".map(function (a) { var t = a.effect.getComputedTiming();"
    " return [a.animationName || a.transitionProperty || '', t.endTime]; })"
)


def test_a_new_alert_pulses_and_a_selected_item_is_ringed_for_a_while_then_the_page_is_idle(
    open_map, qtbot
):
    view = open_map({"layers": [layer("alerts")], "options": {}})
    alert = point("a-1", 105.63, 10.46, kind="alert", title="Ngập", priority=1, is_new=True)
    view.push([{"layer": "alerts", "added": [alert], "changed": [], "removed": []}])
    wait_js(qtbot, view, "window.iocMap.count('alerts')", 1)
    view.command("focus", layer="alerts", id="a-1")
    wait_js(qtbot, view, "window.iocMap.highlighted()", "alerts/a-1")

    running = js(qtbot, view, RUNNING)
    names = {name for name, _ in running}
    assert {"ioc-pulse", "ioc-ring"} <= names  # both draw attention at first
    # JSON has no Infinity: an endless animation's end time comes back as null
    assert all(end is not None and end <= BOUND_MS for _, end in running), running

    wait_js(qtbot, view, f"{RUNNING}.length", 0, timeout=BOUND_MS + 10_000)
    # the alert is still marked as new, and the item still ringed, without moving
    assert js(qtbot, view, "document.querySelectorAll('.ioc-alert--new').length") == 1
    assert js(qtbot, view, "window.iocMap.highlighted()") == "alerts/a-1"
