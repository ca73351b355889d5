"""The Open311 client against servers that answer as real ones do, not as the spec shows:
documents nested without end, the whole list (or another record) for ``requests/<id>``, a
single object instead of a list, pages capped below the size asked, times without an offset."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from open311_loopback import TYPES, GeoReportServer, document

from ioc_console.core.api import open311_parse as parse
from ioc_console.core.api.open311 import Open311Client, Open311Error
from ioc_console.core.api.open311_post import parse_posted
from ioc_console.core.config.profile import ProfileError, load_profile


@pytest.fixture
def geo():
    server = GeoReportServer()
    yield server
    server.close()


def complaints(n: int, **fields) -> list[dict]:
    return [{"service_request_id": f"PA-2026-{i:06d}", "status": "open",
             "service_code": "rac_thai", "requested_datetime": "2026-11-29T08:00:00+07:00",
             "description": f"Phản ánh số {i}", **fields} for i in range(1, n + 1)]


# -- nesting -------------------------------------------------------------------------------------

DEEP = [
    ("json", b"[" * 100_000 + b"]" * 100_000),
    ("json", b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
    ("json", b'[{"service_request_id": "1", "x": ' + b"[" * 5_000 + b"]" * 5_000 + b"}]"),
    ("xml", b"<service_requests>" + b"<a>" * 5_000 + b"</a>" * 5_000 + b"</service_requests>"),
]


@pytest.mark.parametrize("fmt, body", DEEP, ids=["json-lists", "json-objects", "json-field",
                                                 "xml"])
def test_a_deeply_nested_answer_is_an_open311_error_naming_the_server(geo, fmt, body):
    for path in (f"requests.{fmt}", f"requests/1.{fmt}", f"services.{fmt}",
                 f"services/x.{fmt}", f"discovery.{fmt}"):
        geo.serve(path, (200, TYPES[fmt], body))
    client = Open311Client(geo.url, fmt=fmt)
    for read in (client.all_requests, lambda: client.request("1"), client.services,
                 lambda: client.service_definition("x"), client.discovery):
        with pytest.raises(Open311Error, match="nested deeper than") as caught:
            read()
        assert caught.value.server == geo.url.split("/")[2]
    with pytest.raises(Open311Error, match="nested deeper than"):
        parse_posted(body, fmt, "city.example", "requests")


def test_an_error_page_nested_without_end_is_still_an_open311_error(geo):
    geo.serve("requests.json", (500, TYPES["json"], b"[" * 100_000 + b"]" * 100_000))
    with pytest.raises(Open311Error, match="HTTP 500"):
        Open311Client(geo.url).all_requests()


def test_nesting_as_deep_as_real_extensions_is_read(geo):
    nested: object = "leaf"
    for _ in range(40):
        nested = {"inner": [nested]}
    geo.serve("requests.json", document("json", "", [{"service_request_id": "7", "x": nested}]))
    (found,) = Open311Client(geo.url).all_requests()
    assert found.service_request_id == "7" and found.extensions["x"] == nested


@pytest.mark.parametrize("parser", [parse.parse_requests, parse.parse_services,
                                    parse.parse_service_definition, parse.parse_discovery])
def test_every_parse_failure_is_an_open311_error(parser):
    for fmt, body in [*DEEP, ("xml", b"<a>" + b"\xff\xfe" * 3 + b"</a>"), ("json", b"\x00")]:
        with pytest.raises(Open311Error) as caught:
            parser(body, fmt, "city.example", "u")
        assert "city.example" in str(caught.value)


# -- one request ---------------------------------------------------------------------------------

def test_a_server_answering_requests_id_with_its_whole_list_gives_the_record_asked(geo, caplog):
    records = complaints(5)
    for fmt in ("json", "xml"):
        geo.serve(f"requests/PA-2026-000004.{fmt}", document(fmt, "service_requests", records))
        with caplog.at_level(logging.WARNING):
            found = Open311Client(geo.url, fmt=fmt).request("PA-2026-000004")
        assert found.service_request_id == "PA-2026-000004"
        assert found.description == "Phản ánh số 4"
    assert "5 requests" in caplog.text


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_server_answering_with_another_record_says_it_did_not_return_it(geo, fmt):
    geo.serve(f"requests/PA-2026-000009.{fmt}",
              document(fmt, "service_requests", complaints(2)))
    with pytest.raises(Open311Error) as caught:
        Open311Client(geo.url, fmt=fmt).request("PA-2026-000009")
    assert "did not return service request PA-2026-000009" in str(caught.value)
    assert "PA-2026-000001" in str(caught.value) and geo.url.split("/")[2] in str(caught.value)


def test_a_number_id_is_the_same_id_as_its_text(geo):
    geo.serve("requests/638344.json", document("json", "", [{"service_request_id": 638344}]))
    assert Open311Client(geo.url).request("638344").service_request_id == "638344"


@pytest.mark.parametrize("fmt, root", [("json", ""), ("xml", "request")])
def test_a_single_object_answering_requests_id_is_the_request(geo, fmt, root):
    (record,) = complaints(1, status="closed")
    geo.serve(f"requests/PA-2026-000001.{fmt}", document(fmt, root, record))
    found = Open311Client(geo.url, fmt=fmt).request("PA-2026-000001")
    assert found.status == "closed" and found.description == "Phản ánh số 1"


def test_a_single_object_of_another_request_is_not_taken(geo):
    (record,) = complaints(1)
    geo.serve("requests/PA-2026-000002.json", document("json", "", record))
    with pytest.raises(Open311Error, match="did not return service request PA-2026-000002"):
        Open311Client(geo.url).request("PA-2026-000002")


# -- paging --------------------------------------------------------------------------------------

def capped_pages(records: list[dict], cap: int, links: bool = False):
    """The ``requests`` route of a server whose pages hold at most ``cap`` records."""

    def answer(query, form):
        page, size = int(query.get("page", 1)), min(int(query.get("page_size", cap)), cap)
        chunk = records[(page - 1) * size : page * size]
        status, kind, body = document("json", "", chunk)
        if not links:
            return status, kind, body
        more = page * size < len(records)
        return status, kind, body, ({"Link": f'<requests.json?page={page + 1}>; rel="next"'}
                                    if more else {"Link": '<requests.json?page=1>; rel="first"'})

    return answer


def test_pages_capped_below_the_size_asked_are_all_read(geo, caplog):
    records = complaints(35)
    geo.serve("requests.json", capped_pages(records, 10))
    with caplog.at_level(logging.INFO):
        found = Open311Client(geo.url, page_size=100).all_requests()
    assert [r.service_request_id for r in found] == [r["service_request_id"] for r in records]
    assert [q["page"] for _, q in geo.asked()] == ["1", "2", "3", "4", "5"]  # 5 is empty
    assert "sent 10 requests for a page of 100" in caplog.text


def test_the_servers_own_end_marker_ends_paging(geo):
    records = complaints(25)
    geo.serve("requests.json", capped_pages(records, 10, links=True))
    assert len(Open311Client(geo.url, page_size=100).all_requests()) == 25
    assert [q["page"] for _, q in geo.asked()] == ["1", "2", "3"]


def test_a_page_past_the_end_that_is_not_found_ends_paging(geo):
    records = complaints(12)

    def answer(query, form):
        page = int(query["page"])
        if page > 2:
            return 404, "text/plain", b"Not Found"
        return document("json", "", records[(page - 1) * 10 : page * 10])

    geo.serve("requests.json", answer)
    assert len(Open311Client(geo.url, page_size=10).all_requests()) == 12


def test_paging_is_bounded_with_a_log_line(geo, caplog):
    counter = iter(range(1_000_000))
    geo.serve("requests.json", lambda query, form: document(
        "json", "", complaints(1, service_request_id=f"N{next(counter)}")))
    with caplog.at_level(logging.WARNING):
        found = Open311Client(geo.url, page_size=1, max_pages=7).all_requests()
    assert len(found) == 7 and len(geo.asked()) == 7
    assert "stopped after 7 pages" in caplog.text


# -- time zones ----------------------------------------------------------------------------------

def naive_server(geo: GeoReportServer) -> None:
    geo.serve("requests.json", document("json", "", [
        {"service_request_id": "1", "requested_datetime": "2026-07-01T09:30:00",
         "updated_datetime": "2026-07-01T10:00:00-07:00"},
        {"service_request_id": "2", "requested_datetime": "2026-07-01T09:30:00Z"},
    ]))


def test_times_without_an_offset_are_the_citys_by_default_and_say_so(geo):
    naive_server(geo)
    first, second = Open311Client(geo.url).all_requests()
    assert first.requested_datetime == datetime(2026, 7, 1, 2, 30, tzinfo=UTC)
    assert first.updated_datetime.utcoffset() == timedelta(hours=-7)
    assert first.assumed_tz == "Asia/Ho_Chi_Minh"
    assert second.assumed_tz is None  # every time carried its offset


def test_the_site_profile_sets_the_open311_servers_zone(geo, tmp_path: Path):
    naive_server(geo)
    profile = tmp_path / "site.toml"
    profile.write_text(f'[backend]\nurl = "https://ioc.example"\n\n[open311]\nurl = "{geo.url}"\n'
                       'timezone = "America/Los_Angeles"\njurisdiction_id = "sfgov.org"\n')
    source = load_profile(profile).open311
    first, _ = Open311Client.from_source(source).all_requests()
    assert first.requested_datetime == datetime(2026, 7, 1, 16, 30, tzinfo=UTC)
    assert first.assumed_tz == "America/Los_Angeles"
    assert geo.asked()[0][1]["jurisdiction_id"] == "sfgov.org"


def test_a_profile_without_open311_has_no_source_and_a_bad_one_names_the_key(tmp_path: Path):
    profile = tmp_path / "site.toml"
    profile.write_text('[backend]\nurl = "https://ioc.example"\n')
    assert load_profile(profile).open311 is None
    profile.write_text('[backend]\nurl = "https://ioc.example"\n\n[open311]\n'
                       'url = "http://open311.example/v2"\nformat = "csv"\n'
                       'timezone = "Mars/Olympus"\n')
    with pytest.raises(ProfileError) as caught:
        load_profile(profile)
    problems = "\n".join(caught.value.errors)
    assert "[open311] url must use https://" in problems
    assert "[open311] format must be one of json, xml" in problems
    assert "[open311] timezone" in problems and "Mars/Olympus" in problems
    profile.write_text('[backend]\nurl = "https://ioc.example"\n\n[open311]\nformat = "xml"\n')
    with pytest.raises(ProfileError, match=r"\[open311\] url is required"):
        load_profile(profile)


def test_a_short_last_page_is_not_taken_for_a_capped_one(geo, caplog):
    geo.serve("requests.json", capped_pages(complaints(3), 100))
    with caplog.at_level(logging.INFO):
        assert len(Open311Client(geo.url, page_size=100).all_requests()) == 3
    assert "page size differs" not in caplog.text


def test_brackets_inside_text_are_no_nesting(geo):
    text = '[{"\\" ' * 300
    geo.serve("requests.json", document("json", "", [{"service_request_id": "8",
                                                       "description": text}]))
    (found,) = Open311Client(geo.url).all_requests()
    assert found.description == text.strip()


@pytest.mark.timeout(60)  # hangs for hours without the fix
@pytest.mark.parametrize("text", [
    '[' * 200 + '"' + '\\"' * 200_000 + '\\',  # deep, then an unclosed string
    '{"a": "' + '\\"' * 200_000 + '\\',  # shallow: read for numbers with leading zeros
])
def test_an_unclosed_string_of_escaped_quotes_is_an_open311_error_at_once(text):
    with pytest.raises(Open311Error):
        parse.parse_requests(text.encode(), "json", "slow.example", "https://slow.example/r.json")
