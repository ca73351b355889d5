"""Every GeoReport v2 example and every fixture of the Ruby Open311 client, parsed.

Each file gives parsed objects or an Open311Error with a message, never another exception.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ioc_console.core.api import open311_parse as parse
from ioc_console.core.api.open311_parse import Open311Error

DATA = Path(__file__).resolve().parents[2] / "data" / "open311"
FOLDERS = ("spec-georeport-v2-examples", "ruby-open311-gem-fixtures")
FILES = sorted(p for folder in FOLDERS for p in (DATA / folder).glob("*")
               if p.suffix in (".json", ".xml"))
PARSERS = (
    parse.parse_requests,
    parse.parse_services,
    parse.parse_service_definition,
    parse.parse_discovery,
)
PST = timezone(timedelta(hours=-8))



def test_the_fixture_files_are_there():
    assert len(FILES) > 20, f"the Open311 fixtures are missing from {DATA}"


def parser_for(name: str):
    if name.startswith("discovery"):
        return parse.parse_discovery
    if name.startswith(("service-list", "services")):
        return parse.parse_services
    if "definition" in name:
        return parse.parse_service_definition
    return parse.parse_requests


def read(folder: str, name: str):
    path = DATA / folder / name
    return parser_for(name)(path.read_bytes(), path.suffix[1:], "city.example", name)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_file_parses_or_gives_a_clear_error(path):
    for parser in PARSERS:
        try:
            result = parser(path.read_bytes(), path.suffix[1:], "city.example", path.name)
        except Open311Error as exc:
            assert "city.example" in str(exc) and path.name in str(exc)
            assert exc.problem
        else:
            assert result is not None
    try:
        read(path.parent.name, path.name)
    except Open311Error as exc:
        assert "error" in path.name or "403" in path.name or "not_found" in path.name, exc


@pytest.mark.parametrize(
    "folder, name",
    [
        (FOLDERS[0], "service-requests.json"),
        (FOLDERS[0], "service-requests.xml"),
        (FOLDERS[1], "service_requests.xml"),
    ],
)
def test_request_lists_in_both_formats(folder, name):
    first, second = read(folder, name)
    assert first.service_request_id == "638344"
    assert first.status == "closed"
    assert first.status_notes == "Duplicate request."
    assert first.service_code == "006"  # 006 in the JSON is not valid JSON: read as text
    assert first.service_name == "Sidewalk and Curb Issues"
    assert first.description is None and first.agency_responsible is None
    assert first.requested_datetime == datetime(2010, 4, 14, 6, 37, 38, tzinfo=PST)
    assert first.expected_datetime == datetime(2010, 4, 15, 6, 37, 38, tzinfo=PST)
    assert first.address == "8TH AVE and JUDAH ST"
    assert first.lat == pytest.approx(37.762221815)
    assert first.long == pytest.approx(-122.4651145)
    assert first.media_url.endswith("638344.jpg") or first.media_url.endswith("638344.rss")
    assert str(first.extensions["address_id"]) == "545483"
    assert str(first.extensions["zipcode"]) == "94122"
    assert second.service_request_id == "638349" and second.status == "open"
    assert second.status_notes is None


def test_json_and_xml_examples_agree():
    from_json = read(FOLDERS[0], "service-requests.json")
    from_xml = read(FOLDERS[0], "service-requests.xml")
    for a, b in zip(from_json, from_xml, strict=True):
        assert {**a.__dict__, "extensions": None} == {**b.__dict__, "extensions": None}


def test_empty_list_is_no_requests():
    assert read(FOLDERS[1], "service_requests_empty.xml") == []


def test_services_with_leading_zero_codes():
    services = read(FOLDERS[0], "service-list.json")
    assert [s.service_code for s in services] == ["001", "002", "003"]
    assert services[0].metadata is True and services[0].type == "realtime"
    assert services[1].group == "street"
    ruby = read(FOLDERS[1], "services.xml")  # with namespace declarations and empty keywords
    assert len(ruby) == 36 and ruby[0].service_code == "001" and ruby[0].metadata is False
    assert ruby[0].keywords is None and ruby[-1].service_code == "379"


@pytest.mark.parametrize(
    "folder, name",
    [
        (FOLDERS[0], "service-definition.json"),
        (FOLDERS[0], "service-definition.xml"),
        (FOLDERS[1], "service_definition.xml"),  # <attribute> directly below the root
    ],
)
def test_service_definitions(folder, name):
    definition = read(folder, name)
    assert definition.service_code == "DMV66"
    (attribute,) = definition.attributes
    assert attribute.code == "WHISHETN" and attribute.datatype == "singlevaluelist"
    assert attribute.required is True and attribute.variable is True and attribute.order == 1
    assert attribute.datatype_description is None
    assert attribute.values == (("123", "Ford"), ("124", "Chrysler"))


@pytest.mark.parametrize("name", ["discovery.json", "discovery.xml"])
def test_discovery(name):
    found = read(FOLDERS[0], name)
    assert found.changeset == "2011-02-03 14:18"
    assert [e.type for e in found.endpoints] == ["production", "test", "test"]
    assert found.endpoints[0].formats == ("text/xml",)
    assert found.endpoints[1].formats == ("text/xml", "application/json")
    assert found.endpoints[1].url == "http://open311.mycity.gov/test/v2"


def test_error_lists_are_errors():
    with pytest.raises(Open311Error) as caught:
        read(FOLDERS[1], "get_service_request_not_found.xml")
    assert caught.value.errors == [(404, "Service request not found with id or token not-an-id")]
    assert "not-an-id" in str(caught.value)


@pytest.mark.parametrize("name", ["errors.with-http-status-line.json",
                                  "errors.with-http-status-line.xml"])
def test_a_status_line_before_the_body_is_not_a_document(name):
    with pytest.raises(Open311Error, match=r"invalid (JSON|XML)"):
        read(FOLDERS[0], name)


@pytest.mark.parametrize("name", ["request-from-token.json", "request-from-token.xml"])
def test_token_answers_give_the_request_id(name):
    (request,) = read(FOLDERS[0], name)
    assert request.service_request_id == "638344"
    assert str(request.extensions["token"]) == "12345"


def test_post_answer_keeps_the_notice():
    (created,) = read(FOLDERS[1], "post_service_request.xml")
    assert created.service_request_id == "293944"
    assert created.extensions["service_notice"].startswith("The City will inspect")
    assert created.extensions["account_id"] is None
