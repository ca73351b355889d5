"""Open311 GeoReport v2 of the demo backend, in JSON and XML (read with defusedxml)."""

from __future__ import annotations

from datetime import timedelta

import defusedxml.ElementTree as SafeET
import requests
from demo_world import NOW

from ioc_console.demo.timeutil import fmt, parse

KEY = "demo-open311-key"


def _xml(answer):
    assert answer.headers["Content-Type"].startswith("text/xml")
    return SafeET.fromstring(answer.content)


def test_discovery_and_services(backend):
    base = f"{backend.url}/open311/v2"
    discovery = requests.get(f"{base}/discovery.json", timeout=5).json()
    assert discovery["endpoints"][0]["url"] == base
    root = _xml(requests.get(f"{base}/discovery.xml", timeout=5))
    assert root.tag == "discovery"
    assert [f.text for f in root.find("endpoints/endpoint/formats")] == [
        "text/xml", "application/json"]
    services = requests.get(f"{base}/services.json", timeout=5).json()
    assert [s["service_code"] for s in services] == ["rac_thai", "chieu_sang"]
    root = _xml(requests.get(f"{base}/services.xml", timeout=5))
    assert [s.findtext("service_name") for s in root.findall("service")] == [
        "Rác thải – vệ sinh môi trường", "Chiếu sáng công cộng"]
    assert root.find("service/metadata").text == "false"
    definition = requests.get(f"{base}/services/chieu_sang.json", timeout=5).json()
    assert definition["attributes"][0]["code"] == "POLE"
    root = _xml(requests.get(f"{base}/services/chieu_sang.xml", timeout=5))
    assert root.findtext("attributes/attribute/required") == "false"
    missing = requests.get(f"{base}/services/nope.xml", timeout=5)
    assert missing.status_code == 404
    assert _xml(missing).findtext("error/code") == "404"
    assert requests.get(f"{base}/services.json", params={"jurisdiction_id": "elsewhere"},
                        timeout=5).status_code == 404


def test_requests_with_filters_and_pages(backend):
    base = f"{backend.url}/open311/v2"
    pages = [requests.get(f"{base}/requests.json", params={"page": p, "page_size": 12},
                          timeout=5).json() for p in (1, 2, 3, 4)]
    assert [len(p) for p in pages] == [12, 12, 6, 0]
    listed = [r for page in pages for r in page]
    assert len({r["service_request_id"] for r in listed}) == 30
    requested = [r["requested_datetime"] for r in listed]
    assert requested == sorted(requested)  # oldest first
    first = listed[0]
    assert first["status"] == "open" and first["channel"] == "zalo"
    assert "id" not in first and "updated_at" not in first and first["zipcode"] is None
    assert requests.get(f"{base}/requests.json", params={"status": "closed"},
                        timeout=5).json() == []
    some = requests.get(f"{base}/requests.json", timeout=5, params={
        "service_request_id": "PA-2026-000003,PA-2026-000001,PA-0000-000000"}).json()
    assert [r["service_request_id"] for r in some] == ["PA-2026-000003", "PA-2026-000001"]
    window = requests.get(f"{base}/requests.json", timeout=5, params={
        "start_date": listed[5]["requested_datetime"],
        "end_date": listed[9]["requested_datetime"]}).json()
    assert [r["service_request_id"] for r in window] == [
        r["service_request_id"] for r in listed[5:10]]
    bad = requests.get(f"{base}/requests.json", params={"status": "pending"}, timeout=5)
    assert bad.status_code == 400 and bad.json()[0]["code"] == 400
    bad = requests.get(f"{base}/requests.xml", params={"page_size": "1001"}, timeout=5)
    assert bad.status_code == 400 and _xml(bad).tag == "errors"
    root = _xml(requests.get(f"{base}/requests.xml", params={"page_size": 2}, timeout=5))
    request = root.find("request")
    # text from outside is escaped, not markup
    assert request.findtext("description") == "Rác <chưa> thu gom & bốc mùi #1"
    assert request.find("status_history/entry/state").text == "received"


def test_one_request_is_a_one_element_list(backend):
    base = f"{backend.url}/open311/v2"
    one = requests.get(f"{base}/requests/PA-2026-000002.json", timeout=5).json()
    assert len(one) == 1 and one[0]["service_request_id"] == "PA-2026-000002"
    root = _xml(requests.get(f"{base}/requests/PA-2026-000002.xml", timeout=5))
    assert root.tag == "service_requests" and len(root.findall("request")) == 1
    missing = requests.get(f"{base}/requests/PA-1999-000001.json", timeout=5)
    assert missing.status_code == 404 and missing.json()[0]["code"] == 404


def test_post_creates_a_complaint_seen_by_the_api(backend, api):
    base = f"{backend.url}/open311/v2"
    # inside Phường Mỹ Ngãi's area (near Xã Mỹ Tân's centre, nearer Phường Cao Lãnh's)
    form = {"service_code": "chieu_sang", "lat": "10.4880", "long": "105.6020",
            "description": "Đèn đường tắt <cả> tuần & chưa sửa", "first_name": "An"}
    refused = requests.post(f"{base}/requests.json", data=form, timeout=5)
    assert refused.status_code == 403
    assert refused.json() == [{"code": 403, "description": "Invalid api_key received -- "
                                                         "can't proceed with create_request."}]
    assert requests.post(f"{base}/requests.json", timeout=5,
                         data={"api_key": KEY, "service_code": "chieu_sang"}).status_code == 400
    assert requests.post(f"{base}/requests.json", timeout=5, data={
        "api_key": KEY, "service_code": "nope", "lat": "10.4", "long": "105.6"}).status_code == 404
    session = api()
    since = session.get(f"{backend.url}/api/v1/complaints", timeout=5).json()["server_time"]
    created = requests.post(f"{base}/requests.json", data={**form, "api_key": KEY}, timeout=5)
    assert created.status_code == 200
    [answer] = created.json()
    assert answer["service_request_id"] == "PA-2026-000031"
    assert set(answer) == {"service_request_id", "service_notice", "account_id"}
    new = session.get(f"{backend.url}/api/v1/complaints", params={"updated_since": since},
                      timeout=5).json()["items"]
    assert [c["id"] for c in new] == ["PA-2026-000031"]
    complaint = new[0]
    assert complaint["current_ward"] == "29884" and complaint["channel"] == "website"
    assert complaint["state"] == "received" and complaint["status"] == "open"
    assert complaint["description"] == form["description"]
    xml = requests.post(f"{base}/requests.xml", data={**form, "api_key": KEY}, timeout=5)
    assert _xml(xml).findtext("request/service_request_id") == "PA-2026-000032"
    seen = requests.get(f"{base}/requests/PA-2026-000032.xml", timeout=5)
    assert _xml(seen).findtext("request/description") == form["description"]


def test_unknown_open311_path_answers_in_the_georeport_form(backend):
    missing = requests.get(f"{backend.url}/open311/v2/nothing.xml", timeout=5)
    assert missing.status_code == 404 and _xml(missing).findtext("error/code") == "404"


def test_post_is_due_by_the_categorys_working_day_deadline(backend, api):
    base = f"{backend.url}/open311/v2"
    form = {"api_key": KEY, "service_code": "chieu_sang", "lat": "10.4880", "long": "105.6020"}
    [answer] = requests.post(f"{base}/requests.json", data=form, timeout=5).json()
    [created] = requests.get(f"{base}/requests/{answer['service_request_id']}.json",
                             timeout=5).json()
    # received on Sunday 29 Nov 2026: five working days (chieu_sang) → Friday 4 Dec, 17:00
    assert parse(created["expected_datetime"]) == parse("2026-12-04T17:00:00+07:00")
    assert created["legal_deadline"] == created["expected_datetime"]
    assert "2026-12-04" in answer["service_notice"]


def test_post_outside_the_city_is_refused(backend):
    base = f"{backend.url}/open311/v2"
    before = len(backend.store.items("complaints"))
    for lat, lon in (("21.0285", "105.8542"), ("10.4500", "105.5000")):  # Hà Nội; west of it
        for fmt_ in ("json", "xml"):
            answer = requests.post(f"{base}/requests.{fmt_}", timeout=5, data={
                "api_key": KEY, "service_code": "rac_thai", "lat": lat, "long": lon})
            assert answer.status_code == 400, (lat, lon, fmt_)
            code = answer.json()[0]["code"] if fmt_ == "json" else int(
                _xml(answer).findtext("error/code"))
            assert code == 400
    assert len(backend.store.items("complaints")) == before


def test_requests_default_to_the_last_90_days_and_longer_spans_are_refused(backend):
    base = f"{backend.url}/open311/v2"
    old = backend.store.get("complaints", "PA-2026-000001")
    requested = fmt(NOW - timedelta(days=400))
    backend.store.put("complaints", {**old, "id": "PA-2025-000001",
                                     "service_request_id": "PA-2025-000001",
                                     "requested_datetime": requested})
    listed = requests.get(f"{base}/requests.json", params={"page_size": 1000}, timeout=5).json()
    assert len(listed) == 30 and "PA-2025-000001" not in {r["service_request_id"] for r in listed}
    span = {"start_date": fmt(NOW - timedelta(days=401)), "end_date": fmt(NOW - timedelta(
        days=399))}
    window = requests.get(f"{base}/requests.json", params=span, timeout=5).json()
    assert [r["service_request_id"] for r in window] == ["PA-2025-000001"]
    only_start = requests.get(f"{base}/requests.json", timeout=5,
                              params={"start_date": span["start_date"]}).json()
    assert [r["service_request_id"] for r in only_start] == ["PA-2025-000001"]
    too_long = {"start_date": fmt(NOW - timedelta(days=400)), "end_date": fmt(NOW)}
    for fmt_ in ("json", "xml"):
        refused = requests.get(f"{base}/requests.{fmt_}", params=too_long, timeout=5)
        assert refused.status_code == 400, fmt_
    backwards = {"start_date": span["end_date"], "end_date": span["start_date"]}
    assert requests.get(f"{base}/requests.json", params=backwards,
                        timeout=5).status_code == 400
    # an id list ignores the window
    by_id = requests.get(f"{base}/requests.json", timeout=5,
                         params={"service_request_id": "PA-2025-000001"}).json()
    assert [r["service_request_id"] for r in by_id] == ["PA-2025-000001"]
