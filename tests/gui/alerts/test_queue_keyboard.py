"""The queue from the keyboard alone, against the demo backend; a ward clerk's disabled actions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ioc_console.gui.link_texts import refusal_text
from tests.gui.alerts.conftest import alert_row


def press(qtbot, panel, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(panel.table, key, modifier)


def focus(qtbot, panel) -> None:
    """Show the panel in the active window with the keyboard in its table (as an operator
    working in it has); its commands' keys work from there."""
    from PySide6.QtWidgets import QApplication

    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel and panel.table.hasFocus())


def test_an_operator_acknowledges_an_alert_with_the_keyboard_alone_and_the_backend_has_it(
    qtbot, services, make_panel, backend
):
    from ioc_console.core.sync.link import BackendTarget, build_engine

    engine = build_engine(
        services.cache, BackendTarget(backend.url, "operator", "operator-demo"), events=False
    )
    engine.login()
    engine.pull_all()
    panel = make_panel()
    focus(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)

    # J down the queue until the current alert is one nobody has acknowledged
    for _ in range(panel.model.rowCount()):
        alert = panel.current_alert()
        if alert is not None and alert.is_unacknowledged:
            break
        press(qtbot, panel, Qt.Key.Key_J)
    alert = panel.current_alert()
    assert alert is not None and alert.is_unacknowledged
    assert panel.commands["acknowledge"].isEnabled()
    press(qtbot, panel, Qt.Key.Key_A)

    def queued():
        return [a for a in services.cache.outbox() if a.item_id == alert.id]

    qtbot.waitUntil(lambda: len(queued()) == 1)
    action = queued()[0]
    assert action.body["action"] == "acknowledge"
    assert action.body["expected_state"] == str(alert.state)
    assert "queued" in panel.reason.text()

    assert engine.push() == 1
    applied = [a for a in backend.store.applied_actions if a[1] == alert.id]
    assert applied == [(action.key, alert.id, "acknowledge")]
    assert backend.store.get("alerts", alert.id)["state"] == "acknowledged"
    # the server's answer reaches the queue's row through the cache
    qtbot.waitUntil(lambda: str(panel.runtime.book.get(alert.id).state) == "acknowledged")
    qtbot.waitUntil(
        lambda: panel.model.index(panel.model.row_of(alert.id), 6).data() == "Acknowledged"
    )
    engine.stop()


def test_a_ward_clerk_sees_the_actions_on_a_city_wide_alert_disabled_with_the_reason(
    qtbot, make_panel, fill, services
):
    fill(
        [
            alert_row(1, ward=None, priority=1, title="Ngập toàn thành phố"),
            alert_row(2, ward="29869", priority=2),
            alert_row(3, ward="29884", priority=3),
        ],
        scope="http://backend||ward_clerk|29869",
    )
    panel = make_panel()
    focus(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)

    panel._go(panel.model.row_of("AL-000001"))
    for name in ("acknowledge", "assign", "shelve", "resolve", "escalate"):
        command = panel.commands[name]
        assert not command.isEnabled(), name
        assert "A ward clerk cannot act on a city-wide alert" in command.toolTip()
    assert "A ward clerk cannot act on a city-wide alert" in panel.reason.text()
    press(qtbot, panel, Qt.Key.Key_A)  # a disabled command's key does nothing
    assert services.cache.outbox() == []

    panel._go(panel.model.row_of("AL-000003"))  # another ward's
    assert not panel.commands["acknowledge"].isEnabled()
    assert "own ward (29869)" in panel.commands["acknowledge"].toolTip()

    panel._go(panel.model.row_of("AL-000002"))  # the clerk's own ward
    assert panel.commands["acknowledge"].isEnabled()
    assert panel.reason.text() == ""
    press(qtbot, panel, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(services.cache.outbox()) == 1)
    assert services.cache.outbox()[0].item_id == "AL-000002"


def test_bulk_acknowledgement_queues_the_allowed_and_says_why_the_others_were_not(
    qtbot, make_panel, fill, services
):
    fill(
        [alert_row(n, priority=1) for n in range(1, 5)]
        + [alert_row(5, priority=1, state="resolved")]
    )
    panel = make_panel()
    focus(qtbot, panel)
    panel.filter_bar.set_states({"new", "resolved"})
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    panel.table.selectAll()
    assert panel.commands["acknowledge"].isEnabled()  # allowed on some of them
    press(qtbot, panel, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(services.cache.outbox()) == 4)
    assert {a.item_id for a in services.cache.outbox()} == {f"AL-00000{n}" for n in range(1, 5)}
    assert "not taken for 1" in panel.reason.text()


def test_the_next_unacknowledged_p1_is_one_key_away(qtbot, make_panel, fill):
    fill(
        [
            alert_row(1, priority=2),
            alert_row(
                2, priority=1, state="acknowledged", acknowledged_at="2026-12-06T08:59:00+07:00"
            ),
            alert_row(3, priority=1),
            alert_row(4, priority=3),
        ]
    )
    panel = make_panel()
    focus(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    panel._go(panel.model.rowCount() - 1)
    press(qtbot, panel, Qt.Key.Key_P)
    assert panel.current_alert().id == "AL-000003"
    press(qtbot, panel, Qt.Key.Key_K)
    assert panel.table.currentIndex().row() == panel.model.row_of("AL-000003") - 1


def test_the_operator_is_told_when_someone_else_acted_first_and_nothing_is_overwritten(
    qtbot, services, make_panel, backend
):
    from ioc_console.core.sync.link import BackendTarget, build_engine

    engine = build_engine(
        services.cache, BackendTarget(backend.url, "operator", "operator-demo"), events=False
    )
    engine.login()
    engine.pull_all()
    panel = make_panel()
    focus(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    for _ in range(panel.model.rowCount()):
        if panel.current_alert().is_unacknowledged:
            break
        press(qtbot, panel, Qt.Key.Key_J)
    alert = panel.current_alert()
    press(qtbot, panel, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(services.cache.outbox()) == 1)

    # meanwhile a colleague at another console assigned it
    store = backend.store
    with store.lock:
        taken = dict(store.get("alerts", alert.id), state="assigned", assignee="Trần Văn B")
        store.put("alerts", taken)
    refusals = []
    engine.refused.connect(refusals.append)  # the console's notification bar tells them
    engine.push()  # the server answers 409 with the alert as it is now

    qtbot.waitUntil(lambda: len(refusals) == 1)
    told = refusal_text(refusals[0])
    assert "someone else changed it first" in told and alert.id in told
    assert "It is now “In progress”" in told
    assert store.get("alerts", alert.id)["state"] == "assigned"  # nothing overwritten
    assert services.cache.outbox() == []
    qtbot.waitUntil(lambda: panel.runtime.book.get(alert.id).owner == "Trần Văn B")
    engine.stop()


def test_shelving_asks_for_a_reason_and_a_duration_within_the_site_limit(
    qtbot, make_panel, fill, services
):
    fill([alert_row(1, priority=2)])
    asked = []

    def ask(_parent, form):
        asked.append(form)
        return {"minutes": 45, "reason": "Đang bảo trì camera"}

    panel = make_panel(ask=ask)
    focus(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    press(qtbot, panel, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: len(services.cache.outbox()) == 1)
    form = asked[0]
    minutes = next(f for f in form.fields if f.name == "minutes")
    reason = next(f for f in form.fields if f.name == "reason")
    assert minutes.maximum == 120 and reason.required
    body = services.cache.outbox()[0].body
    assert body == {
        "action": "shelve",
        "expected_state": "new",
        "minutes": 45,
        "reason": "Đang bảo trì camera",
    }


def test_a_detections_snapshot_and_its_live_camera_are_one_key_away(
    qtbot, services, make_panel, backend
):
    from ioc_console.core.intents import ShowCamera
    from ioc_console.core.sync.link import BackendTarget, build_engine

    engine = build_engine(
        services.cache, BackendTarget(backend.url, "operator", "operator-demo"), events=False
    )
    engine.login()
    engine.pull_all()
    services.status.update_backend(url=backend.url)
    asked: list[ShowCamera] = []
    services.intents.handle(ShowCamera, lambda intent: asked.append(intent) or True)
    panel = make_panel()
    focus(qtbot, panel)
    panel.filter_bar.set_states(set(panel.filter_bar.states) | {"resolved", "closed"})
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    detection = next(
        a for a in panel.runtime.book.alerts() if a.snapshot_url and a.snapshot_box
    )
    panel._go(panel.model.row_of(detection.id))
    assert panel.commands["snapshot"].isEnabled()
    press(qtbot, panel, Qt.Key.Key_V)
    assert panel.details.tabs.currentWidget() is panel.details.snapshot
    qtbot.waitUntil(lambda: panel.details.snapshot.image is not None, timeout=10_000)
    assert panel.details.snapshot.box == detection.snapshot_box
    assert asked and asked[-1].target == "popup"
    engine.stop()


def test_ticking_a_procedure_step_queues_it_and_resolve_waits_for_the_mandatory_steps(
    qtbot, services, make_panel, backend
):
    from ioc_console.core.sync.link import BackendTarget, build_engine

    engine = build_engine(
        services.cache, BackendTarget(backend.url, "operator", "operator-demo"), events=False
    )
    engine.login()
    engine.pull_all()
    panel = make_panel()
    focus(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    procedures = panel.runtime.procedures
    alert = next(
        a
        for a in panel.runtime.book.alerts()
        if a.is_open and not a.steps and procedures.for_alert(a) is not None
    )
    procedure = procedures.for_alert(alert)
    panel._go(panel.model.row_of(alert.id))
    assert not panel.commands["resolve"].isEnabled()
    assert "mandatory steps" in panel.commands["resolve"].toolTip()
    press(qtbot, panel, Qt.Key.Key_Return)  # open details: the checklist has the keyboard
    assert panel.details.steps.hasFocus()
    steps = panel.details.steps
    assert steps.count() == len(procedure.steps) + 1  # the title, then each step
    steps.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: len(services.cache.outbox()) == 1)
    assert services.cache.outbox()[0].body == {
        "action": "step",
        "expected_state": str(alert.state),
        "step": 0,
        "done": True,
    }
    engine.stop()


def test_every_command_is_in_the_tables_menu_with_its_key(make_panel, fill):
    fill([alert_row(1)])
    panel = make_panel()
    listed = [a for a in panel.table.actions() if not a.isSeparator()]
    assert set(listed) == set(panel.commands.values())
    assert all(not a.shortcut().isEmpty() for a in listed)
    tip = panel.commands["acknowledge"].toolTip()
    assert tip.startswith("Acknowledge (A)")


def test_the_alerts_of_one_incident_are_chosen_together_and_handled_in_bulk(
    qtbot, make_panel, fill, services
):
    fill(
        [
            alert_row(1, place="Chợ Cao Lãnh", source="CAM-A", priority=1),
            alert_row(2, place="Chợ Cao Lãnh", source="CAM-B", priority=2),
            alert_row(3, place="Cầu Đúc", source="CAM-C", priority=2, lat=10.6, lon=105.9),
        ]
    )
    panel = make_panel()
    focus(qtbot, panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    panel._go(panel.model.row_of("AL-000001"))
    assert panel.commands["incident"].isEnabled()
    assert "incident of 2" in panel.details.facts.text()
    press(qtbot, panel, Qt.Key.Key_I)
    chosen = {a.id for a in panel.selected_alerts()}
    assert chosen == {"AL-000001", "AL-000002"}
    press(qtbot, panel, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(services.cache.outbox()) == 2)
    panel._go(panel.model.row_of("AL-000003"))
    assert not panel.commands["incident"].isEnabled()
