"""Datasets of the demo backend: cursor paging over changing data, updated_since with
tombstones, ETags, ward scope."""

from __future__ import annotations

import base64
import json

from demo_world import alert_item
from waiting import wait_until

from ioc_console.demo.timeutil import parse


def _all_pages(session, url, params, between=None):
    """Every page of a collection; ``between(page_number)`` runs after each page."""
    pages, cursor = [], None
    while True:
        answer = session.get(url, params={**params, **({"cursor": cursor} if cursor else {})},
                             timeout=5)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        pages.append(body)
        if between:
            between(len(pages))
        cursor = body["next_cursor"]
        if cursor is None:
            return pages


def test_paging_never_skips_or_repeats_while_items_change(backend, api):
    session = api()
    url = f"{backend.url}/api/v1/complaints"
    before = {item["id"] for item in _all_pages(session, url, {"limit": 1000})[0]["items"]}
    assert len(before) == 30
    order = [item["id"] for item in backend.store.items("complaints")]
    unseen_changed, unseen_deleted = order[20], order[25]

    def change(page_number):
        if page_number == 1:
            backend.touch("complaints", 3)  # three items of the first page change
            item = backend.store.get("complaints", unseen_changed)
            backend.store.put("complaints", {**item, "description": "đã cập nhật"})
            backend.store.delete("complaints", unseen_deleted)
        if page_number == 2:
            backend.touch("complaints", 1)

    pages = _all_pages(session, url, {"limit": 5}, between=change)
    items = [item for page in pages for item in page["items"]]
    versions = [(item["id"], item["updated_at"]) for item in items]
    assert len(versions) == len(set(versions)), "a version was sent twice"
    seen = [item["id"] for item in items]
    assert set(seen) == before - {unseen_deleted}, "an item was skipped"
    assert seen.count(unseen_changed) == 1
    assert next(i for i in items if i["id"] == unseen_changed)["description"] == "đã cập nhật"
    stamps = [(item["updated_at"], item["id"]) for item in items]
    assert all(not item["deleted"] for item in items)
    assert len(stamps) >= 30


def test_updated_since_returns_changes_and_tombstones(backend, api):
    session = api()
    url = f"{backend.url}/api/v1/alerts"
    first = session.get(url, timeout=5).json()
    assert len(first["items"]) == 12 and first["next_cursor"] is None
    since = first["server_time"]
    assert session.get(url, params={"updated_since": since}, timeout=5).json()["items"] == []
    changed = [c.item_id for c in backend.touch("alerts", 2)]
    backend.store.delete("alerts", "AL-000007")
    later = session.get(url, params={"updated_since": since}, timeout=5).json()
    assert [item["id"] for item in later["items"]] == [*changed, "AL-000007"]
    tombstone = later["items"][-1]
    assert tombstone == {"id": "AL-000007", "updated_at": tombstone["updated_at"],
                         "deleted": True}
    assert later["server_time"] >= tombstone["updated_at"]
    full = session.get(url, timeout=5).json()["items"]
    assert "AL-000007" not in {item["id"] for item in full}
    gone = session.get(f"{url}/AL-000007", timeout=5)
    assert gone.status_code == 404 and gone.json()["code"] == "not_found"
    # the next incremental read from the last server_time is empty
    assert session.get(url, params={"updated_since": later["server_time"]},
                       timeout=5).json()["items"] == []


def test_etag_gives_304_until_the_data_changes(backend, api):
    session = api()
    url = f"{backend.url}/api/v1/kpis"
    first = session.get(url, timeout=5)
    tag = first.headers["ETag"]
    assert tag.startswith('"') and not tag.startswith("W/")
    same = session.get(url, headers={"If-None-Match": tag}, timeout=5)
    assert same.status_code == 304 and same.content == b"" and same.headers["ETag"] == tag
    item_url = f"{url}/complaints.satisfaction"
    item_tag = session.get(item_url, timeout=5).headers["ETag"]
    assert session.get(item_url, headers={"If-None-Match": item_tag}, timeout=5).status_code == 304
    backend.touch("kpis", 2)
    changed = session.get(url, headers={"If-None-Match": tag}, timeout=5)
    assert changed.status_code == 200 and changed.headers["ETag"] != tag
    assert session.get(item_url, headers={"If-None-Match": item_tag},
                       timeout=5).status_code == 200
    # the gzip representation has its own tag, which is honoured too
    big = f"{backend.url}/api/v1/complaints"
    zipped = session.get(big, headers={"Accept-Encoding": "gzip"}, timeout=5)
    assert zipped.headers["Content-Encoding"] == "gzip"
    again = session.get(big, headers={"Accept-Encoding": "gzip",
                                      "If-None-Match": zipped.headers["ETag"]}, timeout=5)
    assert again.status_code == 304


def test_ward_clerk_sees_only_its_ward_rolled_up(backend, api):
    clerk = api("clerk.caolanh")
    base = f"{backend.url}/api/v1"
    mine = clerk.get(f"{base}/complaints", timeout=5).json()["items"]
    assert mine and {item["current_ward"] for item in mine} == {"29869"}
    # records of Phường 4 (a 2025 unit, now in Phường Cao Lãnh) are rolled up
    assert "29872" in {item["ward"] for item in mine}
    results = clerk.get(f"{base}/procedure-results", timeout=5).json()["items"]
    assert len(results) == 3 and {item["ward"] for item in results} == {"29872"}
    assert clerk.get(f"{base}/complaints", params={"ward": "29869"}, timeout=5).ok
    other = clerk.get(f"{base}/complaints", params={"ward": "29884"}, timeout=5)
    assert other.status_code == 403 and other.json()["code"] == "forbidden"
    foreign = next(c for c in backend.store.items("complaints") if c["current_ward"] == "29884")
    assert clerk.get(f"{base}/complaints/{foreign['id']}", timeout=5).status_code == 403
    # the city-wide KPI (ward null) concerns every ward
    caolanh_kpis = clerk.get(f"{base}/kpis", timeout=5).json()["items"]
    assert [item["id"] for item in caolanh_kpis] == ["complaints.satisfaction"]
    assert clerk.get(f"{base}/kpis/complaints.satisfaction", timeout=5).status_code == 200
    mytra = api("clerk.mytra").get(f"{base}/kpis", timeout=5).json()["items"]
    assert [item["id"] for item in mytra] == [
        "complaints.satisfaction", "complaints.satisfaction.29888"]
    operator = api()
    myngai = operator.get(f"{base}/complaints", params={"ward": "29884"}, timeout=5).json()
    assert myngai["items"] and {i["current_ward"] for i in myngai["items"]} == {"29884"}
    # Xã Mỹ Tân (code 29884 before 2025-07) lies in Phường Mỹ Ngãi (today's 29884)
    assert "29884@origin" in {i["unit_id"] for i in myngai["items"]}
    unknown = operator.get(f"{base}/complaints", params={"ward": "12345"}, timeout=5)
    assert unknown.status_code == 400


def test_bad_parameters_are_400_problems(backend, api):
    session = api()
    url = f"{backend.url}/api/v1/units"
    for params in ({"limit": "0"}, {"limit": "1001"}, {"limit": "x"}, {"cursor": "garbage!"},
                   {"updated_since": "yesterday"}):
        answer = session.get(url, params=params, timeout=5)
        assert answer.status_code == 400, params
        assert answer.headers["Content-Type"] == "application/problem+json"
        assert answer.json()["code"] == "invalid_request"
    assert session.get(url, params={"updated_since": "2026-11-29T00:00:00Z"}, timeout=5).ok


def test_camera_streams_are_urls_of_the_backend(backend, api):
    camera = api().get(f"{backend.url}/api/v1/cameras/cam-01", timeout=5).json()
    assert camera["streams"]["main"] == f"{backend.url}/streams/cam-01/main.ts"
    assert camera["streams"]["relay"] is None


def test_city_wide_alerts_are_in_every_wards_reads(backend, api):
    flood = {**alert_item(90, None, 0), "type": "cap_warning", "title": "Cảnh báo lũ"}
    backend.store.put("alerts", flood)
    operator = api()
    for username, ward in (("clerk.caolanh", None), ("operator", "29884")):
        session = operator if ward else api(username)
        params = {"ward": ward} if ward else {}
        items = session.get(f"{backend.url}/api/v1/alerts", params=params, timeout=5).json()
        assert "AL-000090" in {item["id"] for item in items["items"]}, username
        assert {item["ward"] for item in items["items"]} == {ward or "29869", None}
    clerk = api("clerk.mytra")
    assert clerk.get(f"{backend.url}/api/v1/alerts/AL-000090", timeout=5).status_code == 200


def _cursor(*parts) -> str:
    raw = json.dumps(list(parts)).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def test_an_undecodable_cursor_is_a_400_problem_not_a_500(backend, api):
    session = api()
    url = f"{backend.url}/api/v1/complaints"
    for cursor in (_cursor("2026-11-29T14:00:00", "PA-2026-000001", 0),  # no offset
                   _cursor("2026-11-29T14:00:00+07:00", 5, 0), _cursor(1, "x", 0),
                   _cursor("x", "y"), _cursor({"a": 1}), "%%%", "e30"):
        answer = session.get(url, params={"cursor": cursor, "limit": 2}, timeout=5)
        assert answer.status_code == 400, (cursor, answer.text)
        assert answer.headers["Content-Type"] == "application/problem+json"
        assert answer.json()["code"] == "invalid_request"
    good = session.get(url, params={"limit": 2}, timeout=5).json()["next_cursor"]
    assert session.get(url, params={"cursor": good, "limit": 2}, timeout=5).ok


def test_weak_if_none_match_is_compared_weakly(backend, api):
    session = api()
    url = f"{backend.url}/api/v1/kpis"
    tag = session.get(url, timeout=5).headers["ETag"]
    for asked in (f"W/{tag}", f'"other", W/{tag}'):
        same = session.get(url, headers={"If-None-Match": asked}, timeout=5)
        assert same.status_code == 304, asked
    item_url = f"{url}/complaints.satisfaction"
    item_tag = session.get(item_url, timeout=5).headers["ETag"]
    assert session.get(item_url, headers={"If-None-Match": f"W/{item_tag}"},
                       timeout=5).status_code == 304


def test_an_empty_pages_etag_follows_its_server_time(backend, api):
    session = api()
    url = f"{backend.url}/api/v1/alerts"
    since = session.get(url, timeout=5).json()["server_time"]
    first = session.get(url, params={"updated_since": since}, timeout=5)
    answered = parse(first.json()["server_time"])
    wait_until(lambda: backend.store.clock.now() > answered, 5, "the clock to move on")
    second = session.get(url, params={"updated_since": since},
                         headers={"If-None-Match": first.headers["ETag"]}, timeout=5)
    assert first.json()["items"] == [] and second.status_code == 200
    assert second.json()["server_time"] > first.json()["server_time"]
    assert second.headers["ETag"] != first.headers["ETag"]
