"""Complaints taken and handled while the backend is away: queued, then delivered exactly once
to the demo backend on loopback, with the user and the time in the complaint's history."""

from __future__ import annotations

from waiting import wait_until

from ioc_console.core.complaints import actions, workflow
from ioc_console.core.complaints.intake import PATH, IntakeForm, intake_body
from ioc_console.core.status import ConnectionState
from ioc_console.demo.api_complaints import contacts

TEXT = "Đèn đường trước chợ Mỹ Trà tắt cả tuần, người dân đi lại khó khăn"


def online_with_complaints(backend, cache, make_engine):
    engine = make_engine(backend)
    engine.start()
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, what="online")
    wait_until(lambda: cache.count("complaints") > 0, what="complaints cached")
    return engine


def form(backend, **extra) -> IntakeForm:
    unit = next(u for u in backend.store.items("units") if not u.get("valid_to"))
    return IntakeForm(
        "phone", "chieu_sang", TEXT, unit["lat"], unit["lon"], address="chợ Mỹ Trà", **extra
    )


def intakes(backend) -> list[str]:
    return [key for key, _id, what in backend.applied_actions if what == "intake"]


def test_a_complaint_taken_offline_reaches_the_backend_once_when_the_link_is_back(
    backend, cache, make_engine
):
    engine = online_with_complaints(backend, cache, make_engine)
    handled = next(
        c for c in backend.store.items("complaints") if c["state"] in ("assigned", "in_progress")
    )
    before = len(backend.store.items("complaints"))

    backend.stop()  # the link is cut while the operator is on the phone
    key = actions.queue_intake(
        cache,
        form(
            backend, contact_name="Lê Văn Bình", contact_phone="0912 345 678", contact_consent=True
        ),
        engine.kick,
    ).result(5)
    action_key = actions.queue_action(
        cache,
        cache.get("complaints", handled["id"]),
        workflow.Action("resolve", text="Đã thay bóng đèn"),
        engine.kick,
    ).result(5)
    wait_until(lambda: engine.status.state is ConnectionState.OFFLINE, what="offline")
    assert cache.outbox_count() == 2  # the console goes on taking calls

    backend.start()
    engine.kick()
    wait_until(lambda: cache.outbox_count() == 0, 30, "the outbox to drain")
    assert intakes(backend) == [key]  # once
    assert len(backend.store.items("complaints")) == before + 1
    new = next(c for c in backend.store.items("complaints") if c["description"] == TEXT)
    assert new["state"] == "received" and new["channel"] == "phone"
    assert new["status_history"][0]["by"] == "operator"
    assert cache.get("complaints", new["id"])["description"] == TEXT  # the answer is cached
    assert contacts(backend.store)[new["id"]] == {"name": "Lê Văn Bình", "phone": "0912 345 678"}
    assert "contact" not in new and "0912" not in str(new)  # never in the dataset
    resolved = cache.get("complaints", handled["id"])
    assert resolved["state"] == "resolved" and resolved["resolution"] == "Đã thay bóng đèn"
    assert resolved["status_history"][-1]["by"] == "operator"
    assert [k for k, _i, _a in backend.applied_actions if k == action_key] == [action_key]


def test_an_intake_sent_before_a_crash_is_not_filed_twice(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    engine.login()
    key = actions.queue_intake(cache, form(backend)).result(5)
    # the server got it, but the console died before it could take it off the outbox
    engine.client.post_json(PATH, intake_body(form(backend)), key)
    assert engine.push() == 1
    assert intakes(backend) == [key]
    assert sum(c["description"] == TEXT for c in backend.store.items("complaints")) == 1


def test_a_contact_without_consent_is_not_kept(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    engine.login()
    body = {**intake_body(form(backend)), "contact": {"name": "A", "phone": "09", "consent": False}}
    answer = engine.client.post_json(PATH, body, "k-no-consent")
    assert answer["contact_kept"] is False
    assert answer["complaint"]["id"] not in contacts(backend.store)


def test_an_action_the_state_no_longer_allows_is_refused_and_reported(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    engine.login()
    engine.pull_all()
    closed = next(c for c in backend.store.items("complaints") if c["state"] == "closed")
    refusals = []
    engine.refused.connect(refusals.append)
    # queued against an older view of the complaint (the check passed then)
    cache.enqueue(
        actions.action_path(closed["id"]),
        {"action": "resolve", "text": "xong", "expected_state": "in_progress"},
        dataset="complaints",
        item_id=closed["id"],
    ).result(5)
    engine.push()
    assert cache.outbox_count() == 0
    assert [r.kind for r in refusals] == ["conflict"]
    assert cache.get("complaints", closed["id"])["state"] == "closed"
