"""What the queue shows: filtering and sorting kept while alerts arrive, and flood mode."""

from __future__ import annotations

import random
from datetime import timedelta

from PySide6.QtCore import Qt

from ioc_console.gui.alerts.ordering import OrderedIndex, QueueFilter
from ioc_console.gui.alerts.rows import COL
from tests.gui.alerts.conftest import alert_row


def shown(panel, column: int) -> list[str]:
    model = panel.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def ids(panel) -> list[str]:
    return [panel.model.ids_at(r)[0] for r in range(panel.model.rowCount())]


def test_the_text_filter_ignores_diacritics_and_case_and_combines_with_state_and_ward(
    qtbot, make_panel, fill
):
    fill(
        [
            alert_row(1, place="Chợ Cao Lãnh", ward="29869"),
            alert_row(2, place="Cầu Đúc", ward="29884"),
            alert_row(3, place="chợ cao lãnh, cổng sau", ward="29884", state="resolved"),
            alert_row(4, place="Bến xe Cao Lãnh", ward="29869"),
        ]
    )
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)  # open alerts by default

    panel.filter_bar.text.setText("CHO cao LANH")
    qtbot.waitUntil(lambda: ids(panel) == ["AL-000001"])
    panel.filter_bar.set_states(set(panel.filter_bar.states) | {"resolved"})
    qtbot.waitUntil(lambda: sorted(ids(panel)) == ["AL-000001", "AL-000003"])
    panel.filter_bar.set_wards({"29884"})
    assert ids(panel) == ["AL-000003"]
    panel.filter_bar.set_wards(set())
    panel.filter_bar.text.setText("duc")
    qtbot.waitUntil(lambda: ids(panel) == ["AL-000002"])
    panel.filter_bar.text.setText("")
    panel.filter_bar.set_column(COL["place"], "ben xe")
    assert ids(panel) == ["AL-000004"]
    assert "Place" in panel.filter_bar.columns_button.text()
    panel.filter_bar.clear_columns()
    assert len(ids(panel)) == 4


def test_sorting_by_a_column_is_kept_as_alerts_arrive_and_change_and_hidden_ones_stay_hidden(
    qtbot, make_panel, fill
):
    fill([alert_row(n, place=f"Điểm {n:02d}") for n in (5, 1, 9, 3)])
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    panel.table.sortByColumn(COL["place"], Qt.SortOrder.DescendingOrder)
    assert shown(panel, COL["place"]) == ["Điểm 09", "Điểm 05", "Điểm 03", "Điểm 01"]
    panel.table.selectRow(panel.model.row_of("AL-000003"))

    fill([alert_row(7, place="Điểm 07"), alert_row(2, place="Điểm 02", state="closed")])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert shown(panel, COL["place"]) == ["Điểm 09", "Điểm 07", "Điểm 05", "Điểm 03", "Điểm 01"]
    assert panel.current_alert().id == "AL-000003"  # the selection follows its alert

    fill([alert_row(9, place="Điểm 00"), alert_row(5, state="resolved", place="Điểm 05")])
    qtbot.waitUntil(
        lambda: shown(panel, COL["place"]) == ["Điểm 07", "Điểm 03", "Điểm 01", "Điểm 00"]
    )
    panel.table.sortByColumn(COL["priority"], Qt.SortOrder.AscendingOrder)
    priorities = shown(panel, COL["priority"])
    assert [p.lstrip("● ") for p in priorities] == sorted(p.lstrip("● ") for p in priorities)


def test_new_rows_are_marked_until_the_operator_has_seen_them(qtbot, make_panel, fill):
    fill([alert_row(1, priority=2)])
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    fill([alert_row(2, priority=1)])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    row = panel.model.row_of("AL-000002")
    assert panel.model.index(row, 0).data().startswith("●")
    assert panel.model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "1 not seen yet" in panel.status.text()
    panel._go(row)
    assert not panel.model.index(row, 0).data().startswith("●")
    assert "not seen" not in panel.status.text()


def test_flood_mode_collapses_repeats_and_folds_low_priorities_then_leaves(
    qtbot, make_panel, fill, clock
):
    fill([alert_row(1, priority=1, source="CAM-A")])
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert not panel.banner.isVisible()
    panel.show()

    burst = [
        alert_row(n, priority=1 if n % 2 else 3, source="CAM-A" if n < 20 else "CAM-B")
        for n in range(10, 30)
    ]  # 20 alerts within a minute: more than 10 in 10 min
    fill(burst)
    qtbot.waitUntil(lambda: panel.model.flood and len(panel.model.index_.rows) == 21)
    assert panel.banner.isVisible()
    assert "alerts in the last 10 minutes" in panel.banner.label.text()
    rows = [panel.model.group_at(r) for r in range(panel.model.rowCount())]
    sources = [g.lead.source for g in rows if not g.summary]
    assert sources == ["CAM-A", "CAM-B"]  # one row per source for priorities 1-2
    cam_a = rows[0]
    assert len(cam_a.ids) == 6  # AL-1 and the five odd ones below 20
    assert panel.model.index(0, COL["duplicates"]).data() == "×6"
    summary_row = next(r for r, g in enumerate(rows) if g.summary)
    assert len(rows[summary_row].ids) == 10
    assert "10 lower-priority alerts" in panel.model.index(summary_row, COL["source"]).data()

    panel._go(summary_row)
    panel.run_command("details")  # Enter on the summary row opens it
    assert panel.model.expanded
    assert panel.model.rowCount() == 3 + 2  # the two sources' low alerts, one row each

    clock.now += timedelta(minutes=15)  # a quiet spell
    panel.runtime.load.tick()
    qtbot.waitUntil(lambda: not panel.model.flood)
    assert not panel.banner.isVisible()
    assert panel.model.rowCount() == 21


def test_the_ordered_index_agrees_with_a_full_sort_and_filter_after_random_changes():
    from ioc_console.core.alerts.model import Alert
    from ioc_console.gui.alerts.rows import AlertRow, Names

    names = Names()
    rng = random.Random(4)
    index = OrderedIndex(column=COL["place"])
    index.set_filter(QueueFilter("nguyen", states=frozenset({"new", "assigned"})))
    alive: dict[str, AlertRow] = {}
    for step in range(600):
        n = rng.randrange(200)
        alert_id = f"AL-{n:06d}"
        if alert_id in alive and rng.random() < 0.3:
            index.remove(alert_id)
            del alive[alert_id]
            continue
        row = AlertRow(
            Alert.from_row(
                alert_row(
                    n,
                    state=rng.choice(["new", "assigned", "resolved"]),
                    place=rng.choice(["Nguyễn Huệ", "Lê Lợi", "nguyen trai"])
                    + f" {rng.randrange(9)}",
                )
            ),
            names,
        )
        index.remove(alert_id)
        index.insert(row)
        alive[alert_id] = row
        if step % 97 == 0:
            index.sort(rng.randrange(len(COL)), rng.random() < 0.5)
    expected = sorted(
        (r.keys[index.column], r.id) for r in alive.values() if index.filter.accepts(r)
    )
    assert index.shown == expected
    assert index.ids() == [k[1] for k in (expected[::-1] if index.descending else expected)]


def test_typing_on_in_the_search_box_narrows_what_is_shown_exactly_as_a_fresh_filter():
    from ioc_console.core.alerts.model import Alert
    from ioc_console.gui.alerts.rows import AlertRow, Names

    names = Names()
    rows = [
        AlertRow(Alert.from_row(alert_row(n, place=p)), names)
        for n, p in enumerate(["Nguyễn Huệ 1", "Nguyễn Trãi", "Lê Lợi", "nguyen hue 12"])
    ]
    typed, fresh = OrderedIndex(), OrderedIndex()
    typed.load(rows)
    fresh.load(rows)
    steps = ["n", "ng", "nguyen", "nguyen h", "nguyen hue 1", "nguyen hue 12", "le", ""]
    for text in steps:
        typed.set_filter(QueueFilter(text))
        fresh.load(rows)
        fresh.set_filter(QueueFilter(text))
        assert typed.shown == fresh.shown, text
    assert QueueFilter("nguyen hue").narrows(QueueFilter("nguy"))
    assert not QueueFilter("nguy").narrows(QueueFilter("nguyen hue"))
    assert not QueueFilter("x", states=frozenset()).narrows(QueueFilter(states=frozenset({"new"})))
