"""In a running console on the demo backend: an action taken in the complaint list is sent at
once (the link is woken, not left to its next round) and comes back in the list."""

from __future__ import annotations

from ioc_console.core.complaints.workflow import Action
from ioc_console.core.status import ConnectionState


def test_an_action_taken_in_the_list_reaches_the_backend_at_once(start_console, qtbot):
    console = start_console("--lang", "en", link=True)
    status = console.services.status
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=30_000)
    cache = console.services.cache
    qtbot.waitUntil(lambda: cache.count("complaints") > 0, timeout=30_000)
    panel = console.wm.open_panel("complaint_list").widget()
    qtbot.waitUntil(lambda: panel.loaded and panel.model.rowCount() > 0, timeout=30_000)
    complaint = next(
        c for c in cache.items("complaints") if c["state"] in ("assigned", "in_progress")
    )
    assert panel.queue(complaint, Action("resolve", text="Đã xử lý xong"))
    qtbot.waitUntil(
        lambda: cache.get("complaints", complaint["id"])["state"] == "resolved", timeout=15_000
    )
    backend = console.link.demo
    assert backend.store.get("complaints", complaint["id"])["resolution"] == "Đã xử lý xong"
    qtbot.waitUntil(
        lambda: panel.model.row_by_id(complaint["id"]).state == "resolved", timeout=5_000
    )
