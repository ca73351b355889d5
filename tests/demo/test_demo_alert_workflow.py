"""The alert workflow of the demo backend: shelve with a reason and unshelve, procedure steps,
resolve with an outcome only when the mandatory steps are done, merge, assign with a message,
the console in the history, and clear 400s for bodies that are not actions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from demo_world import alert_item

from ioc_console.core.clock import parse_time

PROCEDURE = {
    "id": "QT-T-01 Thử", "title": "Thử", "types": ["ai_detection"],
    "steps": [{"text": "Xem camera", "mandatory": True},
              {"text": "Báo đội", "mandatory": False},
              {"text": "Xác nhận", "mandatory": True}],
}


def _act(session, backend, alert_id, key, console=None, **body):
    headers = {"Idempotency-Key": key}
    if console is not None:
        headers["X-Console-Id"] = console
    return session.post(f"{backend.url}/api/v1/alerts/{alert_id}/actions", json=body,
                        headers=headers, timeout=5)


@pytest.fixture
def with_procedure(backend):
    backend.store.put("alert_procedures", PROCEDURE)
    alert = backend.store.get("alerts", "AL-000006")
    backend.store.put("alerts", {**alert, "procedure": PROCEDURE["id"]})
    return "AL-000006"


def test_shelve_needs_a_reason_and_unshelve_returns_to_the_state_it_left(backend, api):
    session = api()
    alert = "AL-000007"
    assert _act(session, backend, alert, "a", action="assign", assignee="Tổ 2",
                message="Đến ngay").status_code == 200
    refused = _act(session, backend, alert, "s0", action="shelve", minutes=30)
    assert refused.status_code == 400 and "reason" in refused.json()["detail"]
    too_long = _act(session, backend, alert, "s1", action="shelve", minutes=481, reason="x")
    assert too_long.status_code == 400 and "480" in too_long.json()["detail"]
    shelved = _act(session, backend, alert, "s2", console="IOC-03", action="shelve",
                   minutes=30, reason="Chờ điện lực").json()["alert"]
    assert shelved["state"] == "shelved" and shelved["shelved_from"] == "assigned"
    entry = dict(shelved["history"][-1])
    # the action's time; updated_at is the store's strictly increasing stamp (see below)
    at = parse_time(entry.pop("at"))
    assert timedelta(0) <= parse_time(shelved["updated_at"]) - at < timedelta(seconds=1)
    assert entry == {"action": "shelve", "by": "operator", "console": "IOC-03",
                     "text": "30 min: Chờ điện lực"}
    # shelved again: the state it returns to stays
    again = _act(session, backend, alert, "s3", action="shelve", minutes=60, reason="Thêm giờ")
    assert again.json()["alert"]["shelved_from"] == "assigned"
    back = _act(session, backend, alert, "u", action="unshelve").json()["alert"]
    assert back["state"] == "assigned" and back["assignee"] == "Tổ 2"
    assert back["shelved_until"] is None and back["shelve_reason"] is None
    assert _act(session, backend, alert, "u2", action="unshelve").status_code == 409


def test_assign_keeps_the_message_and_acknowledge_the_time(backend, api):
    session = api()
    alert = "AL-000008"
    acked = _act(session, backend, alert, "k", action="acknowledge").json()["alert"]
    # the time of the action; the store's updated_at is a strictly increasing stamp, so it may
    # come a millisecond later when other changes were stamped in the same one
    acknowledged, updated = (parse_time(acked[k]) for k in ("acknowledged_at", "updated_at"))
    assert timedelta(0) <= updated - acknowledged < timedelta(seconds=1)
    assigned = _act(session, backend, alert, "a", action="assign", assignee="Điện lực",
                    message="Mất điện khu vực chợ").json()["alert"]
    assert assigned["state"] == "assigned" and assigned["assignee"] == "Điện lực"
    assert assigned["history"][-1]["text"] == "Điện lực – Mất điện khu vực chợ"
    assert "console" not in assigned["history"][-1]  # no X-Console-Id header sent
    bad = _act(session, backend, alert, "b", console="\x7f", action="comment", text="x")
    assert bad.status_code == 400 and "X-Console-Id" in bad.json()["detail"]


def test_resolve_waits_for_the_mandatory_steps(backend, api, with_procedure):
    session, alert = api(), with_procedure
    early = _act(session, backend, alert, "r0", action="resolve", outcome="Xong")
    assert early.status_code == 409 and "mandatory" in early.json()["detail"]
    assert early.json()["current"]["state"] == "new"
    # a mandatory step cannot be skipped; an optional one only with a reason
    assert _act(session, backend, alert, "k0", action="step", step=0, done=False,
                skipped_reason="không").status_code == 409
    assert _act(session, backend, alert, "k1", action="step", step=1,
                done=False).status_code == 400
    assert _act(session, backend, alert, "k3", action="step", step=3,
                done=True).status_code == 409  # the procedure has three steps
    assert _act(session, backend, alert, "k4", action="step", step=0,
                done="yes").status_code == 400
    for key, step, extra in (("t0", 0, {"done": True}),
                             ("t1", 1, {"done": False, "skipped_reason": "Đã có CSGT"}),
                             ("t2", 2, {"done": True})):
        answer = _act(session, backend, alert, key, console="IOC-01", action="step", step=step,
                      **extra)
        assert answer.status_code == 200, answer.text
    marks = answer.json()["alert"]["steps"]
    assert [(m["step"], m["done"], m["skipped_reason"]) for m in marks] == [
        (0, True, None), (1, False, "Đã có CSGT"), (2, True, None)]
    assert all(m["by"] == "operator" and m["at"] for m in marks)
    blank = _act(session, backend, alert, "r1", action="resolve", outcome="  ")
    assert blank.status_code == 400
    done = _act(session, backend, alert, "r2", action="resolve", outcome="Đã thông xe")
    resolved = done.json()["alert"]
    assert resolved["state"] == "resolved" and resolved["outcome"] == "Đã thông xe"
    assert resolved["history"][-1]["text"] == "Đã thông xe"


def test_a_supervisor_may_resolve_with_steps_left_and_it_is_recorded(backend, api,
                                                                     with_procedure):
    answer = _act(api("supervisor"), backend, with_procedure, "r", action="resolve",
                  outcome="Báo nhầm")
    assert answer.status_code == 200
    entry = answer.json()["alert"]["history"][-1]
    assert entry["by"] == "supervisor" and "bỏ qua bước bắt buộc 1, 3" in entry["text"]


def test_merge_closes_the_duplicates_and_adds_their_counts(backend, api):
    session = api()
    store = backend.store
    store.put("alerts", {**store.get("alerts", "AL-000010"), "duplicate_count": 2})
    merged = _act(session, backend, "AL-000009", "m", console="IOC-02", action="merge",
                  duplicates=["AL-000010", "AL-000011"])
    assert merged.status_code == 200, merged.text
    alert = merged.json()["alert"]
    assert alert["duplicate_count"] == 3 + 1
    assert alert["last_repeat_at"] == store.get("alerts", "AL-000011")["created_at"]  # latest
    assert alert["history"][-1]["text"] == "AL-000010, AL-000011"
    for other in ("AL-000010", "AL-000011"):
        closed = store.get("alerts", other)
        assert closed["state"] == "closed"
        assert closed["history"][-1] == {"action": "merged", "by": "operator",
                                         "at": closed["history"][-1]["at"], "console": "IOC-02",
                                         "text": "merged into AL-000009"}
    # a closed alert cannot be merged again; nothing changes then
    before = store.get("alerts", "AL-000012")
    again = _act(session, backend, "AL-000009", "m2", action="merge",
                 duplicates=["AL-000012", "AL-000010"])
    assert again.status_code == 409 and again.json()["current"]["id"] == "AL-000009"
    assert store.get("alerts", "AL-000012") == before
    for bad in ([], ["AL-000012", "AL-000012"], [""], "AL-000012", [1]):
        assert _act(session, backend, "AL-000009", f"b{bad!r}"[:100], action="merge",
                    duplicates=bad).status_code == 400
    assert _act(session, backend, "AL-000009", "self", action="merge",
                duplicates=["AL-000009"]).status_code == 409


def test_a_clerk_merges_only_alerts_of_their_ward(backend, api):
    store = backend.store
    store.put("alerts", alert_item(95, "29888", 1))
    store.put("alerts", alert_item(96, "29869", 1))
    answer = _act(api("clerk.mytra"), backend, "AL-000095", "m", action="merge",
                  duplicates=["AL-000096"])
    assert answer.status_code == 403
    assert store.get("alerts", "AL-000096")["state"] == "new"


@pytest.mark.parametrize("body", [
    {"action": "shelve", "minutes": True, "reason": "x"},
    {"action": "shelve", "minutes": 10, "reason": "  "},
    {"action": "assign", "assignee": "A", "message": 5},
    {"action": "step", "done": True},
    {"action": "step", "step": -1, "done": True},
    {"action": "resolve", "outcome": ["x"]},
    {"action": "merge"},
])
def test_bodies_that_are_not_actions_are_400_with_a_reason(backend, api, body):
    answer = _act(api(), backend, "AL-000003", "bad", **body)
    assert answer.status_code == 400
    problem = answer.json()
    assert problem["code"] == "invalid_request" and problem["detail"]
    assert backend.applied_actions == []
