"""The complaint intake and handling endpoints against the contract: every request the
console's REST client sent and every answer of the demo backend validated with openapi-core."""

from __future__ import annotations

import pytest
import test_contract as base

import ioc_console.core.api.rest as rest
from ioc_console.core.api.errors import ApiError

INTAKE = {
    "channel": "zalo",
    "category": "thoat_nuoc",
    "description": "Cống bị tắc, nước ngập nửa bánh xe",
    "address": "đường Lê Duẩn, Phường Mỹ Phú",
    "contact": {"name": "Trần Thị Hoa", "phone": "0913 000 111", "consent": True},
}


# the contract suite's own backend, contract and recording client
backend, contract, openapi = base.backend, base.contract, base.openapi
recorder, client = base.recorder, base.client


@pytest.fixture
def unchecked(backend):
    """A client whose requests break the contract on purpose (not recorded)."""
    api = rest.RestClient(backend.url, retries=0)
    api.login("operator", "operator-demo")
    yield api
    api.close()


def point(backend) -> dict:
    unit = next(u for u in backend.store.items("units") if not u.get("valid_to"))
    return {"lat": unit["lat"], "long": unit["lon"]}


def test_taking_and_handling_a_complaint_follow_the_contract(backend, client, unchecked):
    taken = client.post_json("/complaints", {**INTAKE, **point(backend)}, "k-take-1")
    assert taken["contact_kept"] is True
    complaint = taken["complaint"]
    assert complaint["state"] == "received" and complaint["channel"] == "zalo"
    assert client.post_json("/complaints", {**INTAKE, **point(backend)}, "k-take-1") == taken
    path = f"/complaints/{complaint['id']}/actions"
    steps = [
        {"action": "assign", "agency": "UBND phường Mỹ Phú", "expected_state": "received"},
        {
            "action": "forward",
            "agency": "Công ty Cổ phần Cấp nước và Môi trường đô thị Đồng Tháp",
            "text": "đúng chuyên môn",
        },
        {"action": "extend", "deadline": "2027-01-15T17:00:00+07:00", "text": "chờ vật tư"},
        {"action": "add_call", "text": "Người dân gọi lại hỏi tiến độ"},
        {"action": "resolve", "text": "Đã nạo vét cống"},
        {"action": "close", "rating": 4, "text": "Đã gọi lại"},
        {"action": "reopen", "text": "Ngập lại sau mưa"},
    ]
    for n, body in enumerate(steps):
        done = client.post_json(path, body, f"k-step-{n}")
        assert done["applied"] is True
    final = done["complaint"]
    assert final["state"] == "reopened"
    assert [h.get("action") for h in final["status_history"]] == [
        "receive",
        "assign",
        "forward",
        "extend",
        "add_call",
        "resolve",
        "close",
        "reopen",
    ]
    with pytest.raises(ApiError) as caught:
        client.post_json(path, {"action": "close", "rating": 5}, "k-close-reopened")
    assert caught.value.kind == "conflict"
    assert caught.value.body["current"]["state"] == "reopened"
    with pytest.raises(ApiError) as caught:
        unchecked.post_json(path, {"action": "assign"}, "k-bad")
    assert caught.value.status == 400
    with pytest.raises(ApiError) as caught:
        client.post_json(
            "/complaints/PA-1999-000001/actions", {"action": "add_call", "text": "x"}, "k-none"
        )
    assert caught.value.kind == "not_found"


@pytest.mark.parametrize(
    "change",
    [
        {"channel": "fax"},
        {"category": "khong_co"},
        {"description": ""},
        {"lat": 91},
        {"lat": 10.0, "long": 100.0},  # outside the city
        {"contact": {"name": "A", "email": "a@b"}},
    ],
)
def test_a_bad_intake_is_refused_with_400_not_500(backend, unchecked, change):
    body = {**INTAKE, **point(backend), **change}
    with pytest.raises(ApiError) as caught:
        unchecked.post_json("/complaints", body, f"k-bad-{sorted(change)[0]}")
    assert caught.value.status == 400
