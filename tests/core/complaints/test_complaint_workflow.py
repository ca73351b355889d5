"""The handling workflow: each action fits some states only, and says so before it is queued."""

from __future__ import annotations

from datetime import datetime

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.complaints import workflow
from ioc_console.core.complaints.workflow import Action, ActionError, StateConflictError

NOW = datetime(2026, 12, 3, 9, 30, tzinfo=CITY_TZ)


def complaint(state: str = "received", **extra) -> dict:
    return {
        "id": "PA-2026-000001",
        "state": state,
        "status": "closed" if state in ("resolved", "closed") else "open",
        "agency_responsible": "UBND phường Mỹ Trà",
        "legal_deadline": "2026-12-10T17:00:00+07:00",
        "expected_datetime": "2026-12-10T17:00:00+07:00",
        "status_history": [
            {
                "state": "received",
                "at": "2026-12-01T08:00:00+07:00",
                "by": "Tổng đài 1022",
                "note": "Tiếp nhận qua điện thoại",
            }
        ],
        "resolution": None,
        "satisfaction": None,
        "satisfied": None,
        **extra,
    }


def test_a_complaint_goes_from_received_to_closed_with_each_step_in_its_history():
    c = complaint()
    c = workflow.apply(c, Action("assign", agency="Công an phường Mỹ Trà"), "operator", NOW)
    c = workflow.apply(
        c, Action("forward", agency="UBND phường Mỹ Trà", text="đúng thẩm quyền"), "supervisor", NOW
    )
    c = workflow.apply(
        c,
        Action("extend", deadline="2026-12-17T17:00:00+07:00", text="chờ kết quả giám định"),
        "supervisor",
        NOW,
    )
    c = workflow.apply(c, Action("resolve", text="Đã sửa đèn đường"), "operator", NOW)
    c = workflow.apply(c, Action("close", rating=5, text="Đã gọi lại"), "operator", NOW)
    assert c["state"] == "closed" and c["status"] == "closed"
    assert c["agency_responsible"] == "UBND phường Mỹ Trà"
    assert c["legal_deadline"] == "2026-12-17T17:00:00+07:00"
    assert c["resolution"] == "Đã sửa đèn đường"
    assert (c["satisfaction"], c["satisfied"]) == (5, True)
    steps = [(h["state"], h.get("action"), h["by"]) for h in c["status_history"]]
    assert steps == [
        ("received", None, "Tổng đài 1022"),
        ("assigned", "assign", "operator"),
        ("forwarded", "forward", "supervisor"),
        ("forwarded", "extend", "supervisor"),
        ("resolved", "resolve", "operator"),
        ("closed", "close", "operator"),
    ]
    assert all(h["at"] == "2026-12-03T09:30:00+07:00" for h in c["status_history"][1:])
    assert "chờ kết quả giám định" in c["status_history"][3]["note"]
    assert "5/5" in c["status_history"][-1]["note"]


@pytest.mark.parametrize(
    ("state", "action"),
    [
        ("received", Action("close", rating=4)),
        ("received", Action("resolve", text="xong")),
        ("received", Action("forward", agency="X")),
        ("assigned", Action("assign", agency="X")),
        ("closed", Action("resolve", text="xong")),
        ("closed", Action("extend", deadline="2026-12-20T17:00:00+07:00", text="lý do")),
        ("in_progress", Action("reopen", text="chưa xong")),
        ("in_progress", Action("close")),
    ],
)
def test_an_action_that_does_not_fit_the_state_is_refused(state, action):
    with pytest.raises(StateConflictError):
        workflow.check(complaint(state), action)


def test_a_closed_complaint_is_reopened_and_handled_again():
    c = workflow.apply(
        complaint("closed", resolution="xong", satisfaction=2, satisfied=False),
        Action("reopen", text="người dân báo chưa sửa"),
        "supervisor",
        NOW,
    )
    assert c["state"] == "reopened" and c["status"] == "open"
    assert c["resolution"] is None and c["satisfaction"] is None
    assert workflow.possible(c) == ["assign", "forward", "extend", "resolve", "add_call"]
    c = workflow.apply(c, Action("resolve", text="Đã sửa lại"), "operator", NOW)
    assert c["state"] == "resolved"


def test_a_deadline_can_only_be_extended_later_with_a_reason():
    with pytest.raises(StateConflictError):
        workflow.check(
            complaint("assigned"),
            Action("extend", deadline="2026-12-09T17:00:00+07:00", text="lý do"),
        )
    with pytest.raises(ActionError):
        workflow.parse_action({"action": "extend", "deadline": "2026-12-20T17:00:00+07:00"})


def test_the_state_expected_by_the_operator_must_still_hold():
    with pytest.raises(StateConflictError) as caught:
        workflow.check(
            complaint("resolved"), Action("resolve", text="x", expected_state="assigned")
        )
    assert "resolved" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        {"action": "delete"},
        {"action": "assign"},
        {"action": "assign", "agency": " "},
        {"action": "close", "rating": 6},
        {"action": "close", "rating": True},
        {"action": "resolve"},
        {"action": "close", "colour": "red"},
        {"action": "resolve", "text": "x" * 5000},
    ],
)
def test_malformed_actions_are_refused_with_a_reason(body):
    with pytest.raises(ActionError) as caught:
        workflow.parse_action(body)
    assert str(caught.value)


def test_the_original_record_is_not_changed():
    original = complaint("assigned")
    workflow.apply(original, Action("resolve", text="xong"), "operator", NOW)
    assert original["state"] == "assigned" and len(original["status_history"]) == 1


def test_forwarding_to_the_agency_it_is_with_is_refused_however_its_name_is_spelt():
    """The record says "Hoà Thuận" (2019), the list of agencies "Hòa Thuận" (2025): one agency,
    so forwarding there is a no-op refused before anything is queued."""
    c = complaint("assigned", agency_responsible="Công an phường Hoà Thuận")
    with pytest.raises(StateConflictError):
        workflow.check(c, Action("forward", agency="Công an phường Hòa Thuận", text="x"))
