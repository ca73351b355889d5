"""The Open311 client against real HTTP servers on loopback serving real servers' answers."""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from open311_loopback import TYPES, GeoReportServer

from ioc_console.core.api.open311 import Open311Client, Open311Error

DATA = Path(__file__).resolve().parents[2] / "data" / "open311"
SPEC = DATA / "spec-georeport-v2-examples"
RUBY = DATA / "ruby-open311-gem-fixtures"


def fixture_answer(path: Path):
    """A fixture file as (status, content type, body); a leading HTTP status line sets status."""
    raw = path.read_bytes()
    status = 200
    if raw.startswith(b"HTTP/"):
        line, _, raw = raw.partition(b"\n")
        status = int(line.split()[1])
        raw = raw.lstrip()
    return status, TYPES[path.suffix[1:]], raw


class Open311Server(GeoReportServer):
    """The loopback GeoReport server with GET routes ``answer(query) -> (status, type, body)``."""

    def serve(self, path, answer):
        route = (lambda query, form: answer(query)) if callable(answer) else answer
        super().serve(path, route)


@pytest.fixture
def server():
    srv = Open311Server()
    yield srv
    srv.close()


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_discovery_services_and_requests(server, fmt):
    server.serve(f"discovery.{fmt}", fixture_answer(SPEC / f"discovery.{fmt}"))
    server.serve(f"services.{fmt}", fixture_answer(SPEC / f"service-list.{fmt}"))
    server.serve(f"services/DMV66.{fmt}", fixture_answer(SPEC / f"service-definition.{fmt}"))
    server.serve(f"requests.{fmt}", fixture_answer(SPEC / f"service-requests.{fmt}"))
    server.serve(f"requests/638344.{fmt}", fixture_answer(SPEC / f"service-request.{fmt}"))
    client = Open311Client(server.url, fmt=fmt)
    assert len(client.discovery().endpoints) == 3
    assert [s.service_code for s in client.services()] == ["001", "002", "003"]
    assert client.service_definition("DMV66").attributes[0].code == "WHISHETN"
    assert [r.service_request_id for r in client.requests()] == ["638344", "638349"]
    one = client.request("638344")
    assert one.status == "closed" and one.service_code == "006"
    assert all("jurisdiction_id" not in query for _, query in server.asked())


def test_jurisdiction_id_is_sent_with_every_data_request(server):
    server.serve("services.xml", fixture_answer(RUBY / "services.xml"))
    server.serve("requests.xml", fixture_answer(RUBY / "service_requests.xml"))
    server.serve("requests/638344.xml", fixture_answer(RUBY / "get_service_request.xml"))
    client = Open311Client(server.url, fmt="xml", jurisdiction_id="sfgov.org")
    assert len(client.services()) == 36
    assert len(client.all_requests(status="open")) == 2
    assert client.request("638344").address == "8TH AVE and JUDAH ST"
    assert [q["jurisdiction_id"] for _, q in server.asked()] == ["sfgov.org"] * len(server.seen)
    assert server.asked()[1][1]["status"] == "open"


def test_error_list_with_http_status(server):
    server.serve("requests.json", fixture_answer(SPEC / "errors.with-http-status-line.json"))
    with pytest.raises(Open311Error) as caught:
        Open311Client(server.url).all_requests()
    assert caught.value.status == 403
    assert caught.value.errors == [
        (403, "Invalid api_key received -- can't proceed with create_request.")
    ]
    assert "127.0.0.1" in str(caught.value) and "/requests.json" in str(caught.value)


@pytest.mark.parametrize(
    "fixture, status, text",
    [
        (SPEC / "errors.with-http-status-line.xml", 403, "Invalid api_key"),
        (RUBY / "403.xml", 403, "Invalid api_key"),
        (RUBY / "get_service_request_not_found.xml", 200, "not-an-id"),
    ],
)
def test_xml_errors(server, fixture, status, text):
    server.serve("requests/not-an-id.xml", fixture_answer(fixture))
    with pytest.raises(Open311Error, match=text) as caught:
        Open311Client(server.url, fmt="xml").request("not-an-id")
    assert caught.value.status == status


def test_request_not_in_an_empty_list(server):
    server.serve("requests/9.xml", fixture_answer(RUBY / "service_requests_empty.xml"))
    with pytest.raises(Open311Error, match="no service request 9"):
        Open311Client(server.url, fmt="xml").request("9")


@pytest.mark.parametrize(
    "status, kind, body, message",
    [
        (502, "text/html", b"<html><body><h1>502 Bad Gateway</h1></body></html>", "HTTP 502"),
        (200, "text/html", b"<!DOCTYPE html><html><body>Login</body></html>", "HTML page"),
        (200, "application/json", b"<html><body>Maintenance</body></html>", "HTML page"),
        (200, "application/json", b'{"service_requests": 3', "invalid JSON"),
        (200, "application/json", b"", "empty answer"),
        (200, "application/json", b'{"status": "ok"}', "expected a list of service requests"),
        (200, "application/json", b'["a", 1]', "none of the 2 entries"),
        (500, "application/json", b'[{"code": 500, "description": "db down"}]', "db down"),
    ],
)
def test_broken_answers(server, status, kind, body, message):
    server.serve("requests.json", (status, kind, body))
    with pytest.raises(Open311Error, match=message) as caught:
        Open311Client(server.url).all_requests()
    assert caught.value.server.startswith("127.0.0.1:")


def test_xml_with_another_root(server):
    server.serve("requests.xml", fixture_answer(RUBY / "services.xml"))
    with pytest.raises(Open311Error, match="expected <service_requests>, got <services>"):
        Open311Client(server.url, fmt="xml").all_requests()


def test_xml_entities_are_refused(server):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaa">]>'
            b"<service_requests><request><service_request_id>&a;</service_request_id>"
            b"</request></service_requests>")
    server.serve("requests.xml", (200, TYPES["xml"], bomb))
    with pytest.raises(Open311Error, match="XML refused"):
        Open311Client(server.url, fmt="xml").all_requests()


def test_odd_types_are_normalised(server, caplog):
    odd = [
        {"service_request_id": 17, "status": "OPEN", "service_code": 4, "lat": "10.45",
         "long": "105.63", "requested_datetime": "yesterday", "updated_datetime": None,
         "expected_datetime": "2026-11-29 14:03", "description": "", "media_url": [],
         "address": 12, "x_flag": "true", "attributes": []},
        {"service_request_id": "0042", "status": None, "lat": True, "long": "east",
         "requested_datetime": "2026-11-29T07:03:00Z"},
        {"status": "open"},
    ]
    server.serve("requests.json", (200, TYPES["json"], json.dumps(odd).encode()))
    with caplog.at_level(logging.WARNING):
        first, second = Open311Client(server.url).all_requests()
    assert first.service_request_id == "17" and first.status == "open"
    assert first.service_code == "4" and first.address == "12"
    assert (first.lat, first.long) == (10.45, 105.63)
    assert first.requested_datetime is None and first.updated_datetime is None
    assert first.expected_datetime.isoformat() == "2026-11-29T14:03:00+07:00"
    assert first.description is None and first.media_url is None
    assert first.extensions == {"x_flag": "true", "attributes": []}
    assert second.service_request_id == "0042" and second.status is None
    assert second.lat is None and second.long is None
    assert second.requested_datetime.isoformat() == "2026-11-29T07:03:00+00:00"
    assert "requested_datetime" in caplog.text and "skipped" in caplog.text


def make_requests(n):
    return [{"service_request_id": f"R{i:03d}", "status": "open", "service_code": "x",
             "requested_datetime": "2026-11-29T08:00:00+07:00"} for i in range(n)]


def test_paging_reads_every_page(server):
    records = make_requests(7)

    def page(query):
        number, size = int(query["page"]), int(query["page_size"])
        chunk = records[(number - 1) * size : number * size]
        return 200, TYPES["json"], json.dumps(chunk).encode()

    server.serve("requests.json", page)
    found = list(Open311Client(server.url, page_size=3).requests())
    assert [r.service_request_id for r in found] == [f"R{i:03d}" for i in range(7)]
    # a short page is no proof of the end (a server may cap its pages): the empty page is
    assert [q["page"] for _, q in server.asked()] == ["1", "2", "3", "4"]


def test_exact_pages_end_on_an_empty_page(server):
    records = make_requests(4)

    def page(query):
        number = int(query["page"])
        return 200, TYPES["json"], json.dumps(records[(number - 1) * 2 : number * 2]).encode()

    server.serve("requests.json", page)
    assert len(Open311Client(server.url, page_size=2).all_requests()) == 4
    assert len(server.seen) == 3


def test_a_server_that_ignores_paging_is_read_until_it_repeats_itself(server):
    server.serve("requests.json", (200, TYPES["json"], json.dumps(make_requests(2)).encode()))
    assert len(Open311Client(server.url, page_size=2).all_requests()) == 2
    assert len(server.seen) == 2  # the second page repeated the first: stop
    server.seen.clear()
    server.serve("requests.json", (200, TYPES["json"], json.dumps(make_requests(9)).encode()))
    assert len(Open311Client(server.url, page_size=5).all_requests()) == 9
    assert len(server.seen) == 2  # more than a page, then the same again: stop


def test_nobody_listening():
    with pytest.raises(Open311Error, match="cannot connect"):
        Open311Client("http://127.0.0.1:9/open311/v2", connect_timeout=1).services()


def test_a_server_that_does_not_answer_in_time(server):
    given_up = threading.Event()

    def slow(query):
        given_up.wait(10)  # answers only once the client has given up on it
        return 200, TYPES["json"], b"[]"

    server.serve("services.json", slow)
    try:
        with pytest.raises(Open311Error, match="no answer in time"):
            Open311Client(server.url, read_timeout=0.2).services()
    finally:
        given_up.set()


def test_tls_is_verified_by_default():
    client = Open311Client("https://open311.example/v2")
    assert client.verify is True
    assert Open311Client("https://x/v2", ca_bundle="/etc/site-ca.pem").verify == "/etc/site-ca.pem"


@pytest.fixture(scope="module")
def demo():
    import ioc_console.demo.backend as backend_module
    backend = backend_module.DemoBackend(seed=3, rate=0.0, complaints=120)
    backend.start()
    yield backend
    backend.stop()


def demo_complaints(demo):
    import requests

    with requests.Session() as session:
        token = session.post(
            f"{demo.url}/api/v1/auth/token",
            json={"username": "operator", "password": "operator-demo"}, timeout=10,
        ).json()["access_token"]
        session.headers["Authorization"] = f"Bearer {token}"
        items, cursor = [], None
        while True:
            params = {"limit": 1000, **({"cursor": cursor} if cursor else {})}
            page = session.get(f"{demo.url}/api/v1/complaints", params=params, timeout=10).json()
            items += page["items"]
            cursor = page["next_cursor"]
            if not cursor:
                return items


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_demo_backends_requests_are_its_complaints(demo, fmt):
    from ioc_console.core.api.open311_model import service_request

    client = Open311Client(f"{demo.url}/open311/v2", fmt=fmt,
                           jurisdiction_id="caolanh.dongthap.gov.vn", page_size=50)
    complaints = demo_complaints(demo)
    # GeoReport v2 spans at most 90 days a read: walk the whole history window by window
    start = min(datetime.fromisoformat(c["requested_datetime"]) for c in complaints)
    imported = {}
    while start <= demo.store.clock.now():
        end = start + timedelta(days=90)
        imported.update((r.service_request_id, r)
                        for r in client.requests(start_date=start, end_date=end))
        start = end
    assert len(imported) == len(complaints) > 100
    for complaint in complaints:
        expected = service_request(complaint)
        got = imported[complaint["id"]]
        core = {**expected.__dict__, "extensions": None}
        assert {**got.__dict__, "extensions": None} == core
        if fmt == "json":  # XML carries the extension values as text
            for name in ("channel", "ward", "unit_id", "state", "satisfaction", "satisfied",
                         "status_history", "legal_deadline"):
                assert got.extensions[name] == complaint[name]
        else:
            assert got.extensions["channel"] == complaint["channel"]
            assert len(got.extensions["status_history"] or []) == len(complaint["status_history"])
    assert client.services()
    assert client.discovery().endpoints
