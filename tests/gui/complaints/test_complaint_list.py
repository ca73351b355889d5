"""The complaint list panel: what the operator sees, searches, drills into, handles and exports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ioc_console.core.complaints.export import read_csv
from ioc_console.core.complaints.workflow import Action
from ioc_console.core.intents import Notice, ShowCamera, ShowPlace, ShowRecords


def shown_ids(panel) -> list[str]:
    return [panel.model.row_at(i).id for i in range(panel.model.rowCount())]


def test_every_cached_complaint_is_listed_with_open_ones_first(panel, services):
    assert panel.model.rowCount() == services.cache.count("complaints")
    first = panel.model.row_at(0)
    assert not first.handled  # not yet handled comes before handled
    assert "of" in panel.count.text()


def test_names_sort_as_shown_in_the_vietnamese_way_both_ways(panel):
    from ioc_console.core.text import fold

    model = panel.model
    for column in (2, 3, 4, 5, 6):  # channel, category, ward, agency, status
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            panel.table.sortByColumn(column, order)
            if column == 4:  # today's ward first, then the ward of the day received
                shown = [fold(model.ward_names.get(model.row_at(i).current_ward, ""))
                         for i in range(model.rowCount())]
            else:
                shown = [fold(model.index(i, column).data()) for i in range(model.rowCount())]
            expected = sorted(shown, reverse=order == Qt.SortOrder.DescendingOrder)
            assert shown == expected, (column, order)
            assert len(shown) == len(model.rows)
    panel.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    names = list(dict.fromkeys(model.index(i, 3).data() for i in range(model.rowCount())))
    assert names.index("Đất đai") < names.index("Hư hỏng đường sá")  # Đ among the D's, not after Z


def test_search_ignores_diacritics(panel, qtbot):
    panel.filters.search.setText("phuong my tra")
    qtbot.waitUntil(lambda: panel.model.rowCount() < len(panel.model.rows), timeout=5_000)
    plain = set(shown_ids(panel))
    panel.filters.search.setText("Phường Mỹ Trà")
    qtbot.waitUntil(lambda: set(shown_ids(panel)) == plain, timeout=5_000)
    assert plain


def test_a_drill_down_lists_exactly_its_records_in_words_and_can_be_cleared(panel, services, qtbot):
    ids = tuple(r.id for r in panel.model.rows[10:17])
    description = "Phường Mỹ Trà, quá hạn, 30 ngày qua"
    assert services.intents.post(ShowRecords("complaints", ids, description, source="dash"))
    assert sorted(shown_ids(panel)) == sorted(ids)
    assert panel.drill.isVisible()
    assert description in panel.drill.text.text()
    assert panel.drill.text.textFormat() == Qt.TextFormat.PlainText
    panel.filters.search.setText("zzzz-nothing")  # filters narrow the drill-down further
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5_000)
    panel.filters.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(ids), timeout=5_000)
    panel.drill.clear.click()
    assert not panel.drill.isVisible()
    assert panel.model.rowCount() == len(panel.model.rows)


def test_the_details_show_the_citizens_text_as_plain_text_and_the_history(panel, services):
    complaint = next(c for c in services.cache.items("complaints") if c["state"] == "closed")
    unsafe = {**complaint, "description": "<b>Đèn</b> & <script>iocReport(1)</script>"}
    services.cache.apply_items("complaints", [unsafe]).result()
    QApplication.processEvents()  # the change reaches the list
    assert panel.select(complaint["id"])
    details = panel.details
    assert details.text.toPlainText() == unsafe["description"]
    assert details.history.rowCount() == len(complaint["status_history"])
    assert details.resolution.toPlainText() == complaint["resolution"]
    assert details.action_buttons["reopen"].isVisibleTo(details)
    assert not details.action_buttons["resolve"].isVisibleTo(details)


def test_show_on_map_asks_the_map_for_the_place(panel, services):
    complaint = services.cache.items("complaints")[0]
    panel.select(complaint["id"])
    asked = []
    services.intents.handle(ShowPlace, asked.append)
    panel.details.map_button.click()
    assert asked == [
        ShowPlace(complaint["long"], complaint["lat"], complaint["id"], source="complaint_list")
    ]


def test_the_details_list_the_cameras_near_the_place_and_play_the_one_chosen(panel, services):
    from ioc_console.core.complaints.duplicates import distance_m

    cameras = services.cache.items("cameras")

    def near(complaint):
        found = [(distance_m(complaint["lat"], complaint["long"], c["lat"], c["lon"]), c)
                 for c in cameras if c.get("lat") is not None]
        return sorted((f for f in found if f[0] <= 500), key=lambda f: f[0])

    complaint = next(c for c in services.cache.items("complaints") if near(c))
    assert panel.select(complaint["id"])
    listed = panel.details.cameras
    expected = near(complaint)
    assert listed.count() == len(expected)
    first = listed.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == expected[0][1]["id"]  # the nearest first
    assert first.text().startswith(expected[0][1]["name"])
    played = []
    services.intents.handle(ShowCamera, played.append)
    listed.itemActivated.emit(first)
    assert [p.camera_id for p in played] == [expected[0][1]["id"]]

    lonely = next(c for c in services.cache.items("complaints") if not near(c))
    assert panel.select(lonely["id"])
    assert listed.count() == 1 and not listed.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_a_ward_renamed_in_2025_shows_todays_ward_and_the_ward_of_its_day(panel, services):
    complaints = services.cache.items("complaints")
    old = next(c for c in complaints if c["requested_datetime"] < "2025"
               and c["ward"] != c["current_ward"])
    row = panel.model.row_of(old["id"])
    text = panel.model.index(row, 4).data()  # the ward column
    today = panel.model.ward_names[old["current_ward"]]
    then = panel.model.unit_names[old["unit_id"]]
    assert today != then and text == f"{today} (was {then})"
    recent = next(c for c in complaints if c["requested_datetime"] >= "2026")
    assert panel.model.index(panel.model.row_of(recent["id"]), 4).data() == \
        panel.model.ward_names[recent["current_ward"]]


def test_a_handling_action_is_checked_queued_and_shown_in_the_history(panel, services, qtbot):
    complaint = next(
        c for c in services.cache.items("complaints") if c["state"] in ("assigned", "in_progress")
    )
    panel.select(complaint["id"])
    notices = []
    services.intents.handle(Notice, notices.append)
    assert not panel.queue(complaint, Action("close", rating=5))  # not resolved yet
    assert notices and notices[0].level == "warning"
    assert services.cache.outbox_count() == 0

    panel.details.action_buttons["resolve"].click()
    qtbot.waitUntil(lambda: _dialog(panel) is not None, timeout=5_000)
    dialog = _dialog(panel)
    dialog.text.setPlainText("Đã thay bóng đèn")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: services.cache.outbox_count() == 1, timeout=5_000)
    [queued] = services.cache.outbox()
    assert queued.body == {
        "action": "resolve",
        "text": "Đã thay bóng đèn",
        "expected_state": complaint["state"],
    }
    details = panel.details
    qtbot.waitUntil(
        lambda: details.history.rowCount() == len(complaint["status_history"]) + 1, timeout=5_000
    )
    last = details.history.rowCount() - 1
    assert "queued" in details.history.item(last, 2).text()
    assert details.action_buttons["close"].isVisibleTo(details)  # what the queue leads to
    assert not details.action_buttons["resolve"].isVisibleTo(details)


def _dialog(panel):
    from ioc_console.gui.complaints.handling_dialog import HandlingDialog

    found = [d for d in panel.findChildren(HandlingDialog) if d.isVisible()]
    return found[0] if found else None


def test_the_shown_list_exports_to_csv_with_its_vietnamese_text(panel, tmp_path, qtbot):
    panel.filters.search.setText("Mỹ Trà")
    qtbot.waitUntil(lambda: panel.model.rowCount() < len(panel.model.rows), timeout=5_000)
    path = tmp_path / "phan-anh.csv"
    panel.export_csv(str(path))
    rows = read_csv(path)
    assert rows[0][0] == "Number" and len(rows) == panel.model.rowCount() + 1
    assert rows[1][0] == panel.model.row_at(0).id
    assert any("Mỹ Trà" in cell for row in rows[1:] for cell in row)
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"


def test_a_complaint_changed_in_the_cache_is_shown_at_once(panel, services, qtbot):
    complaint = next(c for c in services.cache.items("complaints") if c["state"] == "assigned")
    changed = {**complaint, "state": "resolved", "status": "closed", "resolution": "Xong"}
    services.cache.apply_items("complaints", [changed]).result()
    qtbot.waitUntil(
        lambda: panel.model.row_by_id(complaint["id"]).state == "resolved", timeout=5_000
    )


def test_the_deadline_is_extended_with_a_reason_through_the_dialog(panel, services, qtbot):
    complaint = next(
        c for c in services.cache.items("complaints") if c["state"] in ("assigned", "in_progress")
    )
    panel.select(complaint["id"])
    panel.details.action_buttons["extend"].click()
    qtbot.waitUntil(lambda: _dialog(panel) is not None, timeout=5_000)
    dialog = _dialog(panel)
    dialog.buttons.accepted.emit()  # no reason yet: refused in the dialog
    assert "required" in dialog.problem.text() and services.cache.outbox_count() == 0
    dialog.text.setPlainText("Chờ kết quả giám định")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: services.cache.outbox_count() == 1, timeout=5_000)
    [queued] = services.cache.outbox()
    assert queued.body["action"] == "extend" and queued.body["text"] == "Chờ kết quả giám định"
    assert queued.body["deadline"].endswith("+07:00")
    assert queued.body["deadline"] > complaint["legal_deadline"][:19]


def test_the_panel_keeps_its_search_and_deadline_filter_in_the_layout(panel, services, qtbot):
    from ioc_console.gui.complaints.list_panel import ComplaintListPanel

    panel.filters.search.setText("đèn")
    panel.filters.set_due("overdue_or_soon")
    state = panel.save_state()
    other = ComplaintListPanel(services, "complaint_list#2")
    try:
        other.restore_state(state)
        assert other.filters.search.text() == "đèn"
        assert other.filters.due.currentData() == "overdue_or_soon"
        other.restore_state({"search": 5, "sort": "x", "due": None})  # an older or broken state
    finally:
        other.deleteLater()


def test_overdue_then_soon_due_complaints_come_first_marked(panel, services, qtbot):
    from datetime import timedelta

    from PySide6.QtCore import Qt as QtCore

    from ioc_console.core.clock import city_now

    now = city_now()
    handled = [c for c in services.cache.items("complaints") if c["state"] == "closed"][:3]
    due = {
        "late": now - timedelta(hours=5),
        "later": now - timedelta(days=2),
        "soon": now + timedelta(hours=20),
    }
    planted = []
    for (name, deadline), source in zip(due.items(), handled, strict=True):
        planted.append(
            {
                **source,
                "id": f"PA-2026-8{len(planted):05d}",
                "state": "assigned",
                "status": "open",
                "legal_deadline": deadline.isoformat(),
            }
        )
        del name
    services.cache.apply_items("complaints", planted).result()
    qtbot.waitUntil(lambda: panel.model.row_by_id(planted[-1]["id"]) is not None, timeout=5_000)
    shown = [panel.model.row_at(i) for i in range(panel.model.rowCount())]
    ts = panel.model.now
    kinds = [
        0 if r.overdue(ts) else 1 if r.due_soon(ts) else 2 if not r.handled else 3 for r in shown
    ]
    assert kinds == sorted(kinds)  # overdue, then due soon, then open, then handled
    overdue = [r.deadline_ts for r in shown if r.overdue(ts)]
    assert overdue == sorted(overdue)  # the most overdue first
    order = [r.id for r in shown]
    assert (
        order.index(planted[1]["id"])
        < order.index(planted[0]["id"])
        < order.index(planted[2]["id"])
    )
    left = panel.model.index(0, panel.model.columnCount() - 1)
    assert panel.model.data(left).startswith("overdue")
    assert panel.model.data(left, QtCore.ItemDataRole.ForegroundRole) is not None
    panel.filters.set_due("overdue")
    overdue_ids = {panel.model.row_at(i).id for i in range(panel.model.rowCount())}
    assert {planted[0]["id"], planted[1]["id"]} <= overdue_ids
    assert planted[2]["id"] not in overdue_ids


def test_a_read_that_ends_after_the_panel_closed_is_dropped(services, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    from ioc_console.gui import tasks
    from ioc_console.gui.complaints.list_panel import ComplaintListPanel

    panel = ComplaintListPanel(services)
    qtbot.waitUntil(lambda: panel.loaded, timeout=20_000)
    complaint = services.cache.items("complaints")[0]
    panel._changed_ids = {complaint["id"]}
    panel._apply_changes()  # the changed complaint is read off the GUI thread
    panel.reload()  # and the whole list too
    panel.deleteLater()  # the console closes the panel meanwhile
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not tasks.pending(), timeout=20_000)  # the reads end: nothing raises
