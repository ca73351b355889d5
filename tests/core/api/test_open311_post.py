"""Filing a complaint into an Open311 server: ``POST requests`` and the token flow, against
the demo backend's GeoReport v2 server and a loopback server answering as the specification's
examples and the Ruby Open311 client's fixtures do."""

from __future__ import annotations

from pathlib import Path

import pytest
from open311_loopback import TYPES, GeoReportServer, document

from ioc_console.core.api.open311 import Open311Client, Open311Error, PostedRequest

DATA = Path(__file__).resolve().parents[2] / "data" / "open311"
SPEC = DATA / "spec-georeport-v2-examples"
RUBY = DATA / "ruby-open311-gem-fixtures"
NOTICE = "The City will inspect and require the responsible party to correct within 24 hours"
DEMO_KEY = "demo-open311-key"
IN_CAO_LANH = {"lat": 10.4880, "long": 105.6020}


@pytest.fixture
def geo():
    server = GeoReportServer()
    yield server
    server.close()


@pytest.fixture(scope="module")
def demo():
    import ioc_console.demo.backend as backend_module

    backend = backend_module.DemoBackend(seed=5, rate=0.0, complaints=30)
    backend.start()
    yield backend
    backend.stop()


def answer_file(path: Path):
    return 200, TYPES[path.suffix[1:]], path.read_bytes()


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_complaint_filed_into_the_demo_server_can_be_read_back(demo, fmt):
    client = Open311Client(f"{demo.url}/open311/v2", fmt=fmt, api_key=DEMO_KEY,
                           jurisdiction_id="caolanh.dongthap.gov.vn")
    posted = client.create_request(
        "chieu_sang", **IN_CAO_LANH, description="Đèn đường hỏng trước số 12 Lý Thường Kiệt",
        media_url="https://anh.example/den.jpg", email="dan@example.vn", first_name="Lan",
    )
    assert posted.service_request_id and posted.service_request_id.startswith("PA-")
    assert posted.service_notice and posted.service_request_id in posted.service_notice
    filed = client.request(posted.service_request_id)
    assert filed.description == "Đèn đường hỏng trước số 12 Lý Thường Kiệt"
    assert filed.media_url == "https://anh.example/den.jpg" and filed.status == "open"
    assert filed.lat == pytest.approx(10.4880) and filed.long == pytest.approx(105.6020)


def test_the_demo_servers_refusals_are_open311_errors_with_its_words(demo):
    base = f"{demo.url}/open311/v2"
    with pytest.raises(Open311Error, match="Invalid api_key") as caught:
        Open311Client(base, api_key="wrong").create_request("chieu_sang", **IN_CAO_LANH)
    assert caught.value.status == 403 and caught.value.errors[0][0] == 403
    with pytest.raises(Open311Error, match="outside the city") as caught:
        Open311Client(base, api_key=DEMO_KEY).create_request("rac_thai", lat=21.0285,
                                                             long=105.8542)
    assert caught.value.status == 400


def test_the_form_carries_key_attributes_media_location_and_contact(geo):
    geo.serve("requests.json", answer_file(SPEC / "service-request-post.json"), "POST")
    client = Open311Client(geo.url, api_key="k-123", jurisdiction_id="city.example")
    posted = client.create_request(
        "DMV66", lat=37.76, long=-122.46, address_string="8TH AVE and JUDAH ST",
        description="Abandoned car", attributes={"WHISHETN": "123", "COLOURS": ["red", "blue"]},
        media_url="http://photos.example/1.jpg", email="a@example.org", phone="0277 3851 022",
        account_id="acc-9", device_id="dev-1", first_name="An", last_name="Nguyễn",
    )
    assert posted == PostedRequest("293944", None, posted.service_notice, None)
    assert posted.service_notice.startswith(NOTICE)
    ((method, path, query, form),) = geo.seen
    assert (method, path, query) == ("POST", "/open311/v2/requests.json", {})  # key in the body
    assert form == [
        ("service_code", "DMV66"), ("lat", "37.76"), ("long", "-122.46"),
        ("address_string", "8TH AVE and JUDAH ST"), ("description", "Abandoned car"),
        ("attribute[WHISHETN]", "123"), ("attribute[COLOURS][]", "red"),
        ("attribute[COLOURS][]", "blue"), ("media_url", "http://photos.example/1.jpg"),
        ("email", "a@example.org"), ("phone", "0277 3851 022"), ("account_id", "acc-9"),
        ("device_id", "dev-1"), ("first_name", "An"), ("last_name", "Nguyễn"),
        ("api_key", "k-123"), ("jurisdiction_id", "city.example"),
    ]


@pytest.mark.parametrize("fmt, answer", [
    ("xml", answer_file(SPEC / "service-request-post.xml")),
    ("xml", answer_file(RUBY / "post_service_request.xml")),
    ("json", document("json", "", {"service_request_id": 293944, "service_notice": NOTICE})),
    ("json", (201, TYPES["json"], b'[{"service_request_id": "293944", "account_id": 7}]')),
    ("xml", document("xml", "request", {"service_request_id": "293944"})),
], ids=["spec-xml", "ruby-xml", "single-object", "201-created", "xml-single-request"])
def test_the_spec_list_and_a_single_object_are_both_a_filed_request(geo, fmt, answer):
    geo.serve(f"requests.{fmt}", answer, "POST")
    posted = Open311Client(geo.url, fmt=fmt).create_request("001", address_id="545483")
    assert posted.service_request_id == "293944" and posted.token is None


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_token_is_traded_for_the_request_id_once_the_server_has_one(geo, fmt):
    geo.serve(f"requests.{fmt}", document(fmt, "service_requests", [{"token": "12345"}]), "POST")
    pending = document(fmt, "service_requests", [{"token": "12345", "service_request_id": None}])
    geo.serve(f"tokens/12345.{fmt}", pending)
    client = Open311Client(geo.url, fmt=fmt, jurisdiction_id="city.example")
    posted = client.create_request("001", lat=37.76, long=-122.46)
    assert posted.token == "12345" and posted.service_request_id is None
    assert client.request_id_for_token(posted.token) is None  # not processed yet
    geo.serve(f"tokens/12345.{fmt}", answer_file(SPEC / f"request-from-token.{fmt}"))
    assert client.request_id_for_token("12345") == "638344"
    assert geo.asked()[-1] == (f"/open311/v2/tokens/12345.{fmt}",
                               {"jurisdiction_id": "city.example"})


def test_the_ruby_clients_token_answer_gives_the_request_id(geo):
    geo.serve("tokens/12345.xml", answer_file(RUBY / "request_id_from_token.xml"))
    assert Open311Client(geo.url, fmt="xml").request_id_for_token("12345") == "638344"


def test_a_token_answer_for_another_token_is_refused(geo):
    geo.serve("tokens/999.json", document("json", "", [{"token": "1", "service_request_id": 2}]))
    with pytest.raises(Open311Error, match="did not return token 999"):
        Open311Client(geo.url).request_id_for_token("999")


@pytest.mark.parametrize("answer, message", [
    (document("json", "", [{"service_notice": "thanks"}]), "neither service_request_id nor"),
    (document("json", "", {"status": "ok"}), "expected a list"),
    (document("json", "", [{"code": 400, "description": "service_code missing"}], 400),
     "service_code missing"),
    ((200, "text/html", b"<html><body>Login</body></html>"), "HTML page"),
])
def test_a_post_answer_that_is_no_filed_request_is_an_open311_error(geo, answer, message):
    geo.serve("requests.json", answer, "POST")
    with pytest.raises(Open311Error, match=message):
        Open311Client(geo.url).create_request("001", lat=1.0, long=2.0)


def test_a_post_left_unanswered_says_it_may_have_been_filed(geo):
    import threading

    release = threading.Event()

    def hang(query, form):
        release.wait(5)
        return document("json", "", [])

    geo.serve("requests.json", hang, "POST")
    try:
        with pytest.raises(Open311Error, match="may have been filed"):
            Open311Client(geo.url, read_timeout=0.3).create_request("001", lat=1.0, long=2.0)
    finally:
        release.set()


@pytest.mark.parametrize("fields, message", [
    ({}, "a location is required"),
    ({"lat": 10.0}, "lat and long go together"),
    ({"lat": 100.0, "long": 105.0}, "not a WGS-84 position"),
    ({**IN_CAO_LANH, "media_url": "javascript:alert(1)"}, "media_url must be an http"),
    ({**IN_CAO_LANH, "media_url": "file:///etc/passwd"}, "media_url must be an http"),
    ({**IN_CAO_LANH, "nickname": "x"}, "nickname is no GeoReport v2 contact field"),
    ({**IN_CAO_LANH, "description": "x\ud83d"}, "description holds text that cannot be sent"),
])
def test_a_form_no_server_takes_is_refused_before_anything_is_sent(geo, fields, message):
    with pytest.raises(ValueError, match=message):
        Open311Client(geo.url).create_request("001", **fields)
    assert geo.seen == []
