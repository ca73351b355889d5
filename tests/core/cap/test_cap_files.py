"""Every file of tests/data/cap through the CAP parser: what each must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from ioc_console.core.cap.parser import parse_document

DATA = Path(__file__).resolve().parents[2] / "data" / "cap"
CAP_11 = "CAP 1.1 is not accepted"
NO_CAP = "carries no CAP <alert>"
NOT_XML = "not well-formed XML"

# file -> (messages, languages of the first, areas of the first, refusal reasons, links)
EXPECTED: dict[str, tuple[int, tuple[str, ...], int, tuple[str, ...], int]] = {
    "australia.cap": (1, ("en-AU",), 2, (), 0),
    "bushfire_valid.edxlde": (7, ("en-AU",), 1, (), 0),
    "bushfire_invalid.edxlde": (
        5, ("en-AU",), 1, ("<msgType> is missing", "<urgency> 'Foobar'"), 0),
    "canada.cap": (1, ("en-CA", "fr-CA"), 4, (), 0),
    "canada_signed.atom": (1, ("en-CA", "fr-CA"), 4, (), 0),
    "canada_signed.cap": (1, ("en-CA", "fr-CA"), 4, (), 0),
    "earthquake-iso8859-1.cap": (1, ("en-US",), 1, (), 0),
    "wcatwc-warning.cap": (1, ("en-US",), 1, (), 0),
    "amber.atom": (0, (), 0, (CAP_11,), 0),
    "earthquake.cap": (0, (), 0, (CAP_11,), 0),
    "earthquake_signed.cap": (0, (), 0, (CAP_11,), 0),
    "no_optional_fields.cap": (0, (), 0, (CAP_11,), 0),
    "noaa_errors.cap": (0, (), 0, (CAP_11,), 0),
    "weather.cap": (0, (), 0, (CAP_11,), 0),
    "weather.atom": (0, (), 0, (CAP_11,), 0),
    "weather_invalid.atom": (0, (), 0, (CAP_11,), 0),
    "canada_errors.cap": (0, (), 0, ("<references> is present but empty",), 0),
    "invalid.cap": (0, (), 0, ("<scope> is missing",), 0),
    "invalid.rss": (0, (), 0, (NO_CAP,), 0),
    "invalid_element.atom": (0, (), 0, (NO_CAP,), 0),
    "no_id.atom": (0, (), 0, (NO_CAP,), 0),
    "no_link.atom": (0, (), 0, (NO_CAP,), 0),
    "no_title.atom": (0, (), 0, (NO_CAP,), 0),
    "no_entries.atom": (0, (), 0, ("the feed has no entries",), 0),
    "empty_weather_index.atom": (0, (), 0, ("the feed has no entries",), 0),
    "CAP-v1.2.xsd": (0, (), 0, ("not a CAP message, Atom or RSS feed or EDXL-DE",), 0),
    "earthquake_index.atom": (0, (), 0, (), 1),
    "weather_index.atom": (0, (), 0, (), 2),
    "ny_index.rss": (0, (), 0, (), 2),
    "README.md": (0, (), 0, (NOT_XML,), 0),
    "LICENSE-Apache-2.0.txt": (0, (), 0, (NOT_XML,), 0),
}


def test_every_file_of_the_cap_data_has_an_expectation():
    assert sorted(p.name for p in DATA.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_cap_file_gives_its_messages_or_its_reasons(name):
    count, languages, areas, reasons, links = EXPECTED[name]
    document = parse_document((DATA / name).read_bytes())

    assert len(document.messages) == count
    assert len(document.refused) == len(reasons)
    for refusal, reason in zip(document.refused, reasons, strict=True):
        assert reason in refusal.reason
    assert len(document.links) == links
    if count:
        first = document.messages[0]
        assert first.languages == languages
        assert sum(len(i.areas) for i in first.infos) == areas
        assert first.identifier and first.sender and first.sent.tzinfo is not None
        assert "urn:oasis:names:tc:emergency:cap:1.2" in first.xml
        # the message's own XML reads back to the same message
        again = parse_document(first.xml).messages
        assert len(again) == 1 and again[0].key == first.key


def test_an_index_feed_gives_the_address_typed_as_cap_first():
    document = parse_document((DATA / "earthquake_index.atom").read_bytes())
    assert document.links == ("http://earthquake.usgs.gov/earthquakes/catalogs/cap/us2010apcd",)


def test_the_info_is_chosen_in_the_ui_language_then_english_then_the_first():
    message = parse_document((DATA / "canada.cap").read_bytes()).messages[0]
    assert message.infos_for(("vi", "en"))[0].language == "en-CA"
    assert message.infos_for(("fr", "en"))[0].language == "fr-CA"
    assert message.infos_for(("vi",))[0].language == "en-CA"  # the first block's language
    assert message.msg_type == "Update"
    assert [r.identifier for r in message.references] == [
        "2.49.0.1.124.a3f342a4.2012", "2.49.0.1.124.60f31a3a.2012"]


def test_areas_become_shapes_in_lon_lat_order():
    australia = parse_document((DATA / "australia.cap").read_bytes()).messages[0]
    circle = australia.infos[0].areas[0].shapes[0]
    assert circle == {"type": "Circle", "center": [147.0598, -35.3888], "radius_m": 25000.0}

    canada = parse_document((DATA / "canada.cap").read_bytes()).messages[0]
    area = canada.infos[0].areas[0]
    polygon = area.shapes[0]
    assert polygon["type"] == "Polygon"
    ring = polygon["coordinates"][0]
    assert ring[0] == ring[-1] and all(-180 <= lon <= -50 and 40 <= lat <= 50 for lon, lat in ring)
    assert area.geocodes and all(name and value for name, value in area.geocodes)

    quake = parse_document((DATA / "earthquake-iso8859-1.cap").read_bytes()).messages[0]
    assert quake.infos[0].areas[0].shapes[0] == {"type": "Point", "coordinates": [-88.783, 12.747]}
    assert "Usulután" in quake.infos[0].headline  # ISO-8859-1 read as declared


def test_a_cap_1_0_message_is_refused_naming_its_version():
    doc = ('<alert xmlns="http://www.incident.com/cap/1.0"><identifier>x</identifier>'
           "<sender>s</sender><sent>2003-06-17T14:57:00-07:00</sent><status>Actual</status>"
           "<msgType>Alert</msgType><scope>Public</scope></alert>")
    document = parse_document(doc)
    assert document.messages == ()
    assert document.refused[0].reason.startswith("CAP 1.0 is not accepted")
