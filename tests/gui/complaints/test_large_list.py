"""100,000 complaints: filtering and sorting leave the GUI thread, so the console goes on
answering the operator while the list is rebuilt."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer

from ioc_console.core.complaints.filters import ComplaintFilter
from ioc_console.core.complaints.records import row_of

N = 100_000


def test_a_list_of_100000_complaints_is_filtered_and_sorted_off_the_gui_thread(qtbot, world):
    from ioc_console.gui.complaints.table_model import ComplaintTableModel

    base = [row_of(c) for c in world.complaints]
    rows = [replace(base[i % len(base)], id=f"PA-X-{i:06d}") for i in range(N)]
    model = ComplaintTableModel()
    model.set_rows(rows)
    qtbot.waitUntil(lambda: not model.busy and model.rowCount() == N, timeout=60_000)

    during = []
    model.set_filter(ComplaintFilter(text="phuong my tra", channels=frozenset({"zalo"})))
    QTimer.singleShot(0, lambda: during.append(model.busy))  # the event loop still turns
    qtbot.waitUntil(lambda: not model.busy, timeout=60_000)
    assert during == [True]
    expected = {
        r.id
        for r in rows
        if r.channel == "zalo" and all(f" {w}" in r.folded for w in ("phuong", "my", "tra"))
    }
    assert {model.row_at(i).id for i in range(model.rowCount())} == expected

    model.sort(1)  # by received time
    qtbot.waitUntil(lambda: not model.busy, timeout=60_000)
    times = [model.row_at(i).received_ts for i in range(model.rowCount())]
    assert times == sorted(times)


def test_complaints_removed_while_the_order_is_computed_leave_the_view_at_once(qtbot, world):
    from ioc_console.gui.complaints.table_model import ComplaintTableModel

    base = [row_of(c) for c in world.complaints]
    rows = [replace(base[i % len(base)], id=f"PA-X-{i:06d}") for i in range(N)]
    model = ComplaintTableModel()
    model.set_rows(rows)
    qtbot.waitUntil(lambda: not model.busy, timeout=60_000)
    gone = {r.id for r in rows[: N // 2]}
    model.set_filter(ComplaintFilter(channels=frozenset({"phone"})))  # computed off the thread
    assert model.busy
    model.upsert([], removed=gone)  # meanwhile half of the list goes away
    shown = [model.row_at(i).id for i in range(model.rowCount())]  # every row still readable
    assert not gone & set(shown)
    qtbot.waitUntil(lambda: not model.busy, timeout=60_000)
    expected = {r.id for r in rows[N // 2 :] if r.channel == "phone"}
    assert {model.row_at(i).id for i in range(model.rowCount())} == expected
