"""An item that moves to another ward leaves the scope of the ward it left: that ward's
readers get a scoped tombstone (``left_ward``) in their ``updated_since`` reads and a delete on
their event stream; the new ward and the whole city get the item. The live feed moves a
complaint now and then."""

from __future__ import annotations

import random

import pytest
from demo_world import session_for
from openapi_schema_validator import OAS31Validator
from test_demo_events import Stream

from ioc_console.core.api.contract import load_contract
from ioc_console.demo import DemoBackend
from ioc_console.demo.data import transfer_complaint

CONTRACT = load_contract()
OLD, NEW = "29884", "29869"  # Mỹ Ngãi -> Cao Lãnh


def check(name: str, value: object) -> None:
    schema = {"$ref": f"#/components/schemas/{name}", "components": CONTRACT["components"]}
    OAS31Validator(schema).validate(value)


def move(backend: DemoBackend, complaint_id: str, ward: str) -> dict:
    unit = next(u for u in backend.store.items("units") if u["code"] == ward and
                not u.get("valid_to"))
    complaint = backend.store.get("complaints", complaint_id)
    moved = {**complaint, "ward": ward, "unit_id": unit["id"], "current_ward": ward,
             "lat": unit["lat"], "long": unit["lon"]}
    return backend.store.put("complaints", moved).item


def a_complaint_of(backend: DemoBackend, ward: str) -> dict:
    return next(c for c in backend.store.items("complaints") if c["current_ward"] == ward)


def test_a_ward_scoped_read_gets_a_scoped_tombstone_for_a_complaint_that_left_the_ward(
    backend, api
):
    clerk, other, operator = api("clerk.myngai"), api("clerk.caolanh"), api()
    url = f"{backend.url}/api/v1/complaints"
    since = clerk.get(url, timeout=5).json()["server_time"]
    complaint = a_complaint_of(backend, OLD)
    moved = move(backend, complaint["id"], NEW)

    page = clerk.get(url, params={"updated_since": since}, timeout=5).json()
    check("ComplaintPage", page)
    assert page["items"] == [{"id": complaint["id"], "updated_at": moved["updated_at"],
                              "deleted": True, "left_ward": OLD}]
    asked = operator.get(url, params={"updated_since": since, "ward": OLD}, timeout=5).json()
    assert asked["items"] == page["items"]  # any ward= read, not only a clerk's
    for reader in (other, operator):  # the new ward and the city get the complaint itself
        items = reader.get(url, params={"updated_since": since}, timeout=5).json()["items"]
        assert [(i["id"], i.get("current_ward"), i["deleted"]) for i in items] == [
            (complaint["id"], NEW, False)]
    full = clerk.get(url, timeout=5).json()["items"]  # a full read carries no tombstones
    assert complaint["id"] not in {i["id"] for i in full}
    assert clerk.get(f"{url}/{complaint['id']}", timeout=5).status_code == 403


def test_a_ward_that_never_had_the_item_gets_no_tombstone(backend, api):
    third = api("clerk.mytra")
    url = f"{backend.url}/api/v1/complaints"
    since = third.get(url, timeout=5).json()["server_time"]
    move(backend, a_complaint_of(backend, OLD)["id"], NEW)
    assert third.get(url, params={"updated_since": since}, timeout=5).json()["items"] == []


def test_the_event_stream_of_the_ward_left_gets_a_delete_naming_it(backend, api):
    old_stream = Stream(api("clerk.myngai"), f"{backend.url}/api/v1/events")
    new_stream = Stream(api("clerk.caolanh"), f"{backend.url}/api/v1/events")
    try:
        old_stream.next_block()
        new_stream.next_block()
        complaint = a_complaint_of(backend, OLD)
        move(backend, complaint["id"], NEW)
        (left,) = old_stream.changes(1)
        data = {k: v for k, v in left.items() if k != "event_id"}
        check("ChangeEvent", data)
        assert data == {"dataset": "complaints", "op": "delete", "id": complaint["id"],
                        "item": None, "left_ward": OLD}
        (joined,) = new_stream.changes(1)
        assert joined["op"] == "upsert" and joined["item"]["current_ward"] == NEW
        # later changes of the moved complaint are no business of the ward it left
        move(backend, complaint["id"], NEW)
        alert = next(a for a in backend.store.items("alerts") if a["ward"] == OLD)
        backend.store.put("alerts", alert)
        (nxt,) = old_stream.changes(1)
        assert (nxt["dataset"], nxt["id"]) == ("alerts", alert["id"])
    finally:
        old_stream.close()
        new_stream.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_live_feed_transfers_a_complaint_to_another_ward(make_backend, seed):
    backend = make_backend(live={"transfer_complaint": transfer_complaint}, seed=seed)
    backend.start()
    before = {c["id"]: c["current_ward"] for c in backend.store.items("complaints")}
    (change,) = backend.emit_event()
    assert change.dataset == "complaints" and change.moved
    assert change.item["current_ward"] != before[change.item_id] == change.previous_ward
    assert change.item["status_history"][-1]["note"].startswith("Chuyển ")
    check("Complaint", {k: v for k, v in change.item.items()})
    clerk = session_for(backend, {"29869": "clerk.caolanh", "29884": "clerk.myngai",
                                  "29888": "clerk.mytra"}[change.previous_ward])
    try:
        page = clerk.get(f"{backend.url}/api/v1/complaints", timeout=5,
                         params={"updated_since": "2020-01-01T00:00:00+07:00"}).json()
        assert {"id": change.item_id, "updated_at": change.item["updated_at"],
                "deleted": True, "left_ward": change.previous_ward} in page["items"]
    finally:
        clerk.close()


def test_transfer_complaint_keeps_the_world_consistent():
    from ioc_console.demo.data import build_world

    world = build_world(seed=1)
    moved = transfer_complaint(random.Random(3), world, world.now)
    assert moved is not None
    assert [c for c in world.complaints if c["id"] == moved["id"]] == [moved]
    unit = next(u for u in world.units if u["id"] == moved["unit_id"])
    assert (unit["code"], unit["current_ward"], unit.get("valid_to")) == (
        moved["ward"], moved["current_ward"], None)
