"""The alert state machine: what each action leads to, what is refused and why, and that a
refused action never reaches the outbox."""

from __future__ import annotations

import pytest
from alert_fixtures import wire_alert

from ioc_console.core.alerts.model import Alert, State
from ioc_console.core.alerts.procedures import Procedure, ProcedureStep
from ioc_console.core.alerts.workflow import (
    ALLOWED_FROM,
    LEADS_TO,
    NOT_FROM_STATE,
    Acknowledge,
    ActionRefusedError,
    Assign,
    Close,
    Comment,
    Escalate,
    Merge,
    Operator,
    Resolve,
    Shelve,
    Step,
    Unshelve,
    allowed_actions,
    queue_action,
    rearm,
    refusal,
    request_body,
)
from ioc_console.core.i18n import Message

OPERATOR = Operator("operator", "operator", None, "IOC-01")
CLERK = Operator("clerk.caolanh", "ward_clerk", "29869", "PH1-01")
SOP = Procedure("QT-GT-01", "Xử lý vi phạm giao thông", (
    ProcedureStep("Xác minh qua camera", mandatory=True),
    ProcedureStep("Thông báo lực lượng tại chỗ", mandatory=False),
    ProcedureStep("Ghi nhận kết quả", mandatory=True),
))


def alert(state: str = "new", **fields: object) -> Alert:
    return Alert.from_row(wire_alert(state=state, **fields))


def done_steps(*indexes: int) -> list[dict]:
    return [{"step": i, "done": True, "skipped_reason": None, "by": "operator",
             "at": "2026-12-06T08:01:00+07:00"} for i in indexes]


# one action of each kind with valid fields
EXAMPLES = {
    "acknowledge": Acknowledge(),
    "assign": Assign("Đội CSGT số 2", "Xử lý ngay"),
    "escalate": Escalate("Cần lãnh đạo chỉ đạo"),
    "shelve": Shelve(30, "Chờ lực lượng đến"),
    "unshelve": Unshelve(),
    "comment": Comment("Đã gọi điện"),
    "step": Step(0, True),
    "resolve": Resolve("Đã xử lý xong"),
    "close": Close(),
    "merge": Merge(("AL-999999",)),
}


@pytest.mark.parametrize("state", list(State))
@pytest.mark.parametrize("name", list(EXAMPLES))
def test_each_action_is_allowed_exactly_in_its_states(state, name):
    fields = {"steps": done_steps(0, 2)} if name == "resolve" else {}
    reason = refusal(alert(state.value, **fields), EXAMPLES[name], OPERATOR, SOP)
    if state in ALLOWED_FROM[name]:
        assert reason is None
    else:
        assert reason == NOT_FROM_STATE[name]


def test_the_main_path_new_acknowledged_assigned_resolved_closed():
    assert LEADS_TO["acknowledge"] is State.ACKNOWLEDGED
    assert State.ACKNOWLEDGED in ALLOWED_FROM["assign"]
    assert LEADS_TO["assign"] is State.ASSIGNED
    assert State.ASSIGNED in ALLOWED_FROM["resolve"]
    assert LEADS_TO["resolve"] is State.RESOLVED
    assert ALLOWED_FROM["close"] == {State.RESOLVED}


@pytest.mark.parametrize("action, state, reason", [
    (Acknowledge(), "acknowledged", "Only a new or escalated alert can be acknowledged."),
    (Acknowledge(), "closed", "Only a new or escalated alert can be acknowledged."),
    (Close(), "new", "Only a resolved alert can be closed."),
    (Unshelve(), "assigned", "Only a shelved alert can be unshelved."),
    (Resolve("x"), "closed", "Only an open alert can be resolved."),
    (Escalate(), "escalated", "Only an open alert not escalated yet can be escalated."),
    (Shelve(10, "chờ"), "closed", "Only an open alert can be shelved."),
])
def test_refused_transitions_say_why_in_a_translatable_sentence(action, state, reason):
    refused = refusal(alert(state), action, OPERATOR, SOP)
    assert isinstance(refused, Message)
    assert refused.template.context == "Alerts"
    assert refused == reason


def test_shelving_needs_a_reason_and_minutes_within_the_sites_limit():
    new = alert()
    assert refusal(new, Shelve(30, "  "), OPERATOR) == "Say why the alert is shelved."
    assert refusal(new, Shelve(0, "chờ"), OPERATOR) is not None
    assert refusal(new, Shelve(121, "chờ"), OPERATOR) == (
        "An alert can be shelved for 1 to 120 minutes.")
    assert refusal(new, Shelve(121, "chờ"), OPERATOR, shelve_limit=240) is None
    assert refusal(new, Shelve(61, "chờ"), OPERATOR, shelve_limit=60) is not None


def test_resolving_waits_for_the_mandatory_steps_and_only_those():
    assert refusal(alert("assigned"), Resolve("xong"), OPERATOR, SOP) == (
        "The alert cannot be resolved before the mandatory steps of its procedure are done: 1, 3.")
    one_done, both_done = alert("assigned", steps=done_steps(0)), alert(
        "assigned", steps=done_steps(0, 2))
    assert refusal(one_done, Resolve("xong"), OPERATOR, SOP) is not None
    assert refusal(both_done, Resolve("xong"), OPERATOR, SOP) is None
    assert refusal(alert("assigned"), Resolve(""), OPERATOR) == "Say how the alert was resolved."
    assert refusal(alert("assigned"), Resolve("xong"), OPERATOR, None) is None  # no procedure


def test_a_mandatory_step_cannot_be_skipped_and_an_optional_one_needs_a_reason():
    new = alert()
    assert refusal(new, Step(0, done=False, skipped_reason="không cần"), OPERATOR, SOP) == (
        "Step 1 is mandatory: it cannot be skipped.")
    assert refusal(new, Step(1, done=False), OPERATOR, SOP) == "Skipping step 2 needs a reason."
    assert refusal(new, Step(1, done=False, skipped_reason="Không có lực lượng"),
                   OPERATOR, SOP) is None
    assert refusal(new, Step(3), OPERATOR, SOP) == "The alert has no procedure with a step 4."
    assert refusal(new, Step(0), OPERATOR, None) is not None


def test_other_fields_are_checked_before_queueing():
    new = alert()
    assert refusal(new, Assign("  "), OPERATOR) is not None
    assert refusal(new, Comment(""), OPERATOR) == "A comment needs some text."
    assert refusal(new, Merge(()), OPERATOR) is not None
    assert refusal(new, Merge((new.id,)), OPERATOR) == "An alert cannot be merged into itself."


def test_a_ward_clerk_may_not_act_on_a_city_wide_alert():
    city_wide = alert(ward=None)
    for name, action in EXAMPLES.items():
        assert refusal(city_wide, action, CLERK, SOP) == (
            "A ward clerk cannot act on a city-wide alert; the city's operators handle it."), name
    assert set(allowed_actions(city_wide, CLERK, SOP).values()) == {
        "A ward clerk cannot act on a city-wide alert; the city's operators handle it."}
    assert refusal(city_wide, Acknowledge(), OPERATOR) is None


def test_a_ward_clerk_may_not_act_on_another_wards_alert_but_may_on_their_own():
    other = alert(ward="29884")
    assert refusal(other, Acknowledge(), CLERK) == (
        "A ward clerk can act only on the alerts of their own ward (29869).")
    assert all(allowed_actions(other, CLERK).values())
    own = alert(ward="29869")
    assert refusal(own, Acknowledge(), CLERK) is None
    assert allowed_actions(own, CLERK)["acknowledge"] is None


def test_allowed_actions_give_the_reason_for_each_disabled_action():
    assigned = allowed_actions(alert("assigned"), OPERATOR, SOP)
    assert assigned["assign"] is None and assigned["comment"] is None
    assert assigned["acknowledge"] == "Only a new or escalated alert can be acknowledged."
    assert assigned["resolve"] is not None and "mandatory" in assigned["resolve"]
    assert assigned["step"] is None
    assert allowed_actions(alert("assigned"), OPERATOR, None)["step"] == (
        "The alert has no procedure steps to tick.")


def test_request_bodies_carry_the_state_the_console_saw():
    shelved = alert("acknowledged")
    assert request_body(shelved, Shelve(30, " Chờ lực lượng ")) == {
        "action": "shelve", "expected_state": "acknowledged", "minutes": 30,
        "reason": "Chờ lực lượng"}
    assert request_body(alert(), Assign("Đội CSGT", None)) == {
        "action": "assign", "expected_state": "new", "assignee": "Đội CSGT"}
    assert request_body(alert("assigned"), Step(1, False, "Không cần")) == {
        "action": "step", "expected_state": "assigned", "step": 1, "done": False,
        "skipped_reason": "Không cần"}
    assert request_body(alert(), Merge(("AL-2", "AL-3"))) == {
        "action": "merge", "expected_state": "new", "duplicates": ["AL-2", "AL-3"]}


def test_an_acknowledged_alert_whose_priority_worsens_becomes_new_again():
    before = alert("acknowledged", priority=3, acknowledged_at="2026-12-06T08:01:00+07:00")
    worse = Alert.from_row(wire_alert(id=before.id, state="acknowledged", priority=1,
                                      acknowledged_at="2026-12-06T08:01:00+07:00",
                                      updated_at="2026-12-06T08:05:00+07:00"))
    rearmed = rearm(before, worse)
    assert rearmed.state is State.NEW and rearmed.rearmed and rearmed.is_unacknowledged
    assert rearmed.history[-1].action == "rearm" and rearmed.history[-1].by == "system"
    # the operator can acknowledge it again: the server, which holds it acknowledged already,
    # gets a comment saying so (with who, where and when)
    assert refusal(rearmed, Acknowledge(), OPERATOR) is None
    assert request_body(rearmed, Acknowledge()) == {
        "action": "comment", "expected_state": "acknowledged",
        "text": "Xác nhận lại: mức ưu tiên tăng lên P1"}
    assert request_body(rearmed, Assign("Đội CSGT"))["expected_state"] == "acknowledged"
    # it stays new on the next unrelated update, until the server records a new acknowledgement
    assert rearm(rearmed, worse).state is State.NEW
    # an operator's action after the re-arm (that comment) ends it
    acknowledged_again = {"action": "comment", "by": "operator", "text": "Xác nhận lại",
                          "at": "2026-12-06T08:06:00+07:00", "console": "IOC-01"}
    again = Alert.from_row(wire_alert(id=before.id, state="acknowledged", priority=1,
                                      acknowledged_at="2026-12-06T08:01:00+07:00",
                                      history=[acknowledged_again]))
    assert rearm(rearmed, again).state is State.ACKNOWLEDGED
    # a server that re-arms it itself is followed as it is
    renewed = Alert.from_row(wire_alert(id=before.id, state="new", priority=1))
    assert rearm(before, renewed) is renewed


def test_a_better_or_equal_priority_leaves_an_acknowledged_alert_alone():
    before = alert("acknowledged", priority=2)
    for priority in (2, 3):
        same = Alert.from_row(wire_alert(id=before.id, state="acknowledged", priority=priority))
        assert rearm(before, same).state is State.ACKNOWLEDGED
    assert rearm(None, before) is before


def test_an_allowed_action_lands_in_the_outbox_with_its_body(cache):
    new = alert()
    key = queue_action(cache, new, Assign("Đội CSGT số 2", "Xử lý ngay"), OPERATOR).result(5)
    (queued,) = cache.outbox()
    assert queued.key == key
    assert queued.path == f"/alerts/{new.id}/actions"  # below /api/v1, as the outbox keeps it
    assert (queued.dataset, queued.item_id) == ("alerts", new.id)
    assert queued.body == {
        "action": "assign", "expected_state": "new", "assignee": "Đội CSGT số 2",
        "message": "Xử lý ngay"}


def test_a_refused_action_never_reaches_the_outbox(cache):
    with pytest.raises(ActionRefusedError) as refused:
        queue_action(cache, alert(ward=None), Acknowledge(), CLERK)
    assert "city-wide" in refused.value.reason
    with pytest.raises(ActionRefusedError):
        queue_action(cache, alert("closed"), Resolve("xong"), OPERATOR)
    with pytest.raises(ActionRefusedError):
        queue_action(cache, alert("assigned"), Resolve("xong"), OPERATOR, procedure=SOP)
    assert cache.outbox_count() == 0
