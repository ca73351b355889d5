"""Alert actions: idempotency keys, the state machine, conflicts, the record of what was
applied."""

from __future__ import annotations

import threading
from datetime import timedelta

import requests
from demo_world import NOW, alert_item, small_world
from waiting import wait_until

from ioc_console.demo import DemoBackend
from ioc_console.demo.api_actions import catch_up_all
from ioc_console.demo.timeutil import fmt


def _act(session, backend, alert_id, key, **body):
    headers = {"Idempotency-Key": key} if key is not None else {}
    return session.post(f"{backend.url}/api/v1/alerts/{alert_id}/actions", json=body,
                        headers=headers, timeout=5)


def test_replay_returns_the_stored_response_and_applies_once(backend, api):
    session = api()
    first = _act(session, backend, "AL-000001", "k-1", action="acknowledge", text="Đã xem")
    assert first.status_code == 200 and "Idempotent-Replayed" not in first.headers
    body = first.json()
    assert body["applied"] is True and body["alert"]["state"] == "acknowledged"
    assert body["alert"]["history"][-1]["by"] == "operator"
    assert body["alert"]["comments"][-1]["text"] == "Đã xem"
    replay = _act(session, backend, "AL-000001", "k-1", action="acknowledge", text="Đã xem")
    assert replay.status_code == 200 and replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json() == body
    assert backend.applied_actions == [("k-1", "AL-000001", "acknowledge")]
    other = _act(session, backend, "AL-000001", "k-1", action="escalate")
    assert other.status_code == 422 and other.json()["code"] == "invalid_request"
    missing = _act(session, backend, "AL-000001", None, action="escalate")
    assert missing.status_code == 400 and missing.json()["code"] == "invalid_request"
    assert _act(session, backend, "AL-000001", "x" * 129, action="escalate").status_code == 400
    assert len(backend.applied_actions) == 1


def test_concurrent_retries_apply_once(backend, api):
    sessions = [api() for _ in range(8)]
    answers = []

    def send(session):
        answers.append(_act(session, backend, "AL-000002", "same-key", action="assign",
                            assignee="Đội CSGT số 1"))

    threads = [threading.Thread(target=send, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [200] * 8
    assert sum(a.headers.get("Idempotent-Replayed") == "true" for a in answers) == 7
    assert backend.applied_actions == [("same-key", "AL-000002", "assign")]
    assert backend.store.get("alerts", "AL-000002")["assignee"] == "Đội CSGT số 1"


def test_state_machine_and_conflicts(backend, api):
    session = api()
    alert = "AL-000003"
    stale = _act(session, backend, alert, "c-1", action="assign", assignee="A",
                 expected_state="acknowledged")
    assert stale.status_code == 409
    problem = stale.json()
    assert problem["code"] == "conflict" and problem["current"]["state"] == "new"
    assert problem["current"]["id"] == alert
    early_close = _act(session, backend, alert, "c-2", action="close")
    assert early_close.status_code == 409
    steps = [("acknowledge", {}), ("assign", {"assignee": "Tổ phản ứng nhanh"}),
             ("escalate", {}), ("resolve", {"text": "Đã thông xe"}), ("close", {})]
    for n, (action, extra) in enumerate(steps):
        answer = _act(session, backend, alert, f"s-{n}", action=action, **extra)
        assert answer.status_code == 200, (action, answer.text)
    assert backend.store.get("alerts", alert)["state"] == "closed"
    for action in ("resolve", "close", "acknowledge"):
        refused = _act(session, backend, alert, f"late-{action}", action=action)
        assert refused.status_code == 409 and refused.json()["current"]["state"] == "closed"
    note = _act(session, backend, alert, "late-comment", action="comment", text="Ghi chú sau")
    assert note.status_code == 200 and note.json()["alert"]["state"] == "closed"
    # a refused action may be retried with its key: nothing was recorded under it
    assert _act(session, backend, alert, "c-2", action="comment", text="x").status_code == 200
    assert [a[2] for a in backend.applied_actions] == [s[0] for s in steps] + ["comment"] * 2
    # on a resolved alert only close and comment fit
    other = "AL-000004"
    assert _act(session, backend, other, "r-1", action="resolve").status_code == 200
    assert _act(session, backend, other, "r-2", action="escalate").status_code == 409
    assert _act(session, backend, other, "r-3", action="shelve", minutes=5,
                reason="wait").status_code == 409
    for body in ({"action": "fly"}, {"action": "assign"},
                 {"action": "shelve", "minutes": 0, "reason": "wait"},
                 {"action": "comment"}, {"action": "comment", "text": "x",
                                         "expected_state": "sleeping"}):
        assert _act(session, backend, other, f"bad-{body}", **body).status_code == 400
    assert _act(session, backend, "AL-999999", "nf", action="comment",
                text="x").status_code == 404


def test_a_shelve_returns_to_the_earlier_state_when_due(backend, api):
    session = api()
    alert = "AL-000005"
    assert _act(session, backend, alert, "z-1", action="acknowledge").status_code == 200
    shelved = _act(session, backend, alert, "z-2", action="shelve", minutes=30,
                   reason="Chờ đội CSGT").json()["alert"]
    assert shelved["state"] == "shelved" and shelved["shelved_until"] > shelved["updated_at"]
    assert shelved["shelved_from"] == "acknowledged"
    assert shelved["shelve_reason"] == "Chờ đội CSGT"
    # let the shelve run out now
    past = fmt(backend.store.clock.now() - timedelta(seconds=1))
    backend.store.put("alerts", {**shelved, "shelved_until": past})
    wait_until(lambda: backend.store.get("alerts", alert)["state"] != "shelved", 5,
               "the shelve to end")
    back = backend.store.get("alerts", alert)
    assert back["state"] == "acknowledged" and back["shelved_until"] is None
    assert back["shelved_from"] is None and back["shelve_reason"] is None
    assert back["history"][-1]["action"] == "unshelve" and back["history"][-1]["by"] == "system"


def test_ward_clerk_acts_only_in_its_ward(backend, api):
    clerk = api("clerk.mytra")
    mine = next(a for a in backend.store.items("alerts") if a["ward"] == "29888")
    theirs = next(a for a in backend.store.items("alerts") if a["ward"] == "29869")
    assert _act(clerk, backend, mine["id"], "w-1", action="acknowledge").status_code == 200
    refused = _act(clerk, backend, theirs["id"], "w-2", action="acknowledge")
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"


def test_a_key_belongs_to_its_user_and_scope_comes_first(backend, api):
    operator, supervisor, clerk = api(), api("supervisor"), api("clerk.mytra")
    foreign = next(a for a in backend.store.items("alerts") if a["ward"] == "29869")
    body = {"action": "comment", "text": "Đã chuyển tổ trực"}
    assert _act(operator, backend, foreign["id"], "shared-key", **body).status_code == 200
    # a clerk of another ward learns nothing through the key: 403, no replay
    refused = _act(clerk, backend, foreign["id"], "shared-key", **body)
    assert refused.status_code == 403 and "Idempotent-Replayed" not in refused.headers
    assert refused.json()["code"] == "forbidden"
    # no token, no replay
    anonymous = requests.post(f"{backend.url}/api/v1/alerts/{foreign['id']}/actions", json=body,
                              headers={"Idempotency-Key": "shared-key"}, timeout=5)
    assert anonymous.status_code == 401
    # another user's request with the same key is a request of its own
    own = _act(supervisor, backend, foreign["id"], "shared-key", **body)
    assert own.status_code == 200 and "Idempotent-Replayed" not in own.headers
    assert own.json()["alert"]["comments"][-1]["by"] == "supervisor"
    assert _act(supervisor, backend, foreign["id"], "shared-key",
                **body).headers["Idempotent-Replayed"] == "true"
    assert backend.applied_actions == [("shared-key", foreign["id"], "comment")] * 2


def test_a_clerk_does_not_act_on_city_wide_alerts(backend, api):
    backend.store.put("alerts", {**alert_item(90, None, 0), "type": "cap_warning"})
    refused = _act(api("clerk.mytra"), backend, "AL-000090", "cw-1", action="acknowledge")
    assert refused.status_code == 403
    assert _act(api(), backend, "AL-000090", "cw-1", action="acknowledge").status_code == 200


def test_shelved_alerts_of_the_world_return_to_the_state_they_left():
    world = small_world()
    earlier = fmt(NOW - timedelta(hours=1))
    history = [{"action": action, "by": "operator", "at": earlier}
               for action in ("create", "acknowledge", "assign", "shelve")]
    world.alerts[0] = {**world.alerts[0], "state": "shelved", "assignee": "Tổ 1",
                       "shelved_until": fmt(NOW - timedelta(minutes=1)),
                       "shelved_from": "assigned", "shelve_reason": "Chờ", "history": history}
    backend = DemoBackend(world=world, rate=0, now=NOW)
    assert catch_up_all(backend.store) == 1
    assert backend.store.get("alerts", "AL-000001")["state"] == "assigned"
