"""Merging duplicates from the queue against the demo backend on loopback: two alerts of one
source and type chosen, M merges the others into the first; the backend gets one ``merge``
(once, however often the outbox is pushed), the other alert is closed as merged into the first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ioc_console.core.intents import ShowRecords
from tests.gui.alerts.test_queue_keyboard import focus, press


def test_merging_two_alerts_of_one_source_and_type_reaches_the_backend_once(
    qtbot, services, make_panel, backend
):
    from ioc_console.core.sync.link import BackendTarget, build_engine

    store = backend.store
    first, second = [a for a in store.items("alerts") if a["state"] == "new"][:2]
    store.put(  # the same camera raised the same kind twice (different places: two rows)
        "alerts",
        {**second, "source": first["source"], "type": first["type"], "place": "Cổng sau"},
    )
    engine = build_engine(
        services.cache, BackendTarget(backend.url, "operator", "operator-demo"), events=False
    )
    engine.login()
    engine.pull_all()
    panel = make_panel()
    focus(qtbot, panel)
    pair = (first["id"], second["id"])
    qtbot.waitUntil(lambda: all(panel.model.row_of(i) is not None for i in pair))
    services.intents.post(ShowRecords("alerts", pair, "duplicates", source="test"))
    assert panel.model.rowCount() == 2
    assert not panel.commands["merge"].isEnabled()  # one alert alone: nothing to merge
    panel.table.selectAll()
    assert panel.commands["merge"].isEnabled()
    chosen = [a.id for a in panel.selected_alerts()]
    target, duplicate = chosen
    press(qtbot, panel, Qt.Key.Key_M)

    qtbot.waitUntil(lambda: len(services.cache.outbox()) == 1)
    queued = services.cache.outbox()[0]
    assert queued.item_id == target
    assert queued.body["action"] == "merge"
    assert queued.body["duplicates"] == [duplicate]

    assert engine.push() == 1
    assert engine.push() == 0  # nothing left: the backend has it once
    merges = [a for a in store.applied_actions if a[2] == "merge"]
    assert merges == [(queued.key, target, "merge")]
    merged = store.get("alerts", duplicate)
    assert merged["state"] == "closed"
    assert merged["history"][-1]["text"] == f"merged into {target}"
    assert int(store.get("alerts", target)["duplicate_count"]) >= 1
    # the closed duplicate reaches the queue through the cache
    engine.pull_all()
    qtbot.waitUntil(lambda: str(panel.runtime.book.get(duplicate).state) == "closed")
    engine.stop()
