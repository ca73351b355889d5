"""CAP messages as the console's alerts: priority table, areas against the city, the language
chosen, Update/Cancel through references, expired and far-away messages not raised."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from cap_samples import CITY_SQUARE, HANOI_SQUARE, SENDER, area, city_warning, info, message

from ioc_console.core.cap.alerts import CapAlerts, record_id
from ioc_console.core.cap.areas import CityUnits
from ioc_console.core.cap.model import message_key
from ioc_console.core.cap.parser import parse_document
from ioc_console.core.cap.priority import PriorityTable
from ioc_console.core.clock import CITY_TZ
from ioc_console.core.config.profile import ProfileError, load_profile

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)
SENT = NOW - timedelta(minutes=10)


def _apply(*docs: str, book: CapAlerts | None = None, now: datetime = NOW):
    book = book or CapAlerts(CityUnits.bundled())
    messages = [m for d in docs for m in parse_document(d).messages]
    assert len(messages) == len(docs), [parse_document(d).refused for d in docs]
    return book, book.apply(messages, now)


@pytest.mark.parametrize(("urgency", "severity", "certainty", "priority"), [
    ("Immediate", "Extreme", "Observed", 1),
    ("Expected", "Severe", "Likely", 1),
    ("Expected", "Moderate", "Likely", 2),
    ("Expected", "Minor", "Likely", 3),
    ("Unknown", "Unknown", "Unknown", 4),
    ("Future", "Severe", "Possible", 3),
    ("Past", "Moderate", "Observed", 4),
])
def test_the_default_table_maps_urgency_severity_certainty_to_a_priority(
        urgency, severity, certainty, priority):
    assert PriorityTable().priority(urgency, severity, certainty) == priority


def test_the_site_profile_changes_the_priority_table(tmp_path):
    profile = tmp_path / "site.toml"
    profile.write_text(
        '[backend]\nurl = "https://ioc.example"\n[alerts]\n'
        'cap_feed_url = "https://kttv.example/cap.atom"\ncap_poll_seconds = 30\n'
        "cap_priority.severity.Moderate = 1\ncap_priority.certainty.Possible = 0\n",
        encoding="utf-8")
    cap = load_profile(profile).cap
    assert (cap.feed_url, cap.poll_seconds) == ("https://kttv.example/cap.atom", 30.0)
    assert cap.priority.priority("Expected", "Moderate", "Possible") == 1
    assert cap.priority.priority("Expected", "Minor", "Likely") == 3  # the rest as before


def test_a_bad_priority_table_or_feed_is_named_in_the_profile_errors(tmp_path):
    profile = tmp_path / "site.toml"
    profile.write_text(
        '[backend]\nurl = "https://ioc.example"\n[alerts]\n'
        'cap_feed_url = "http://kttv.example/cap.atom"\ncap_poll_seconds = 1\n'
        'cap_priority.severity.Huge = 1\ncap_priority.urgency.Past = 9\n', encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(profile)
    text = "\n".join(caught.value.errors)
    assert "cap_feed_url must use https://" in text
    assert "cap_poll_seconds must be between" in text
    assert "cap_priority.severity.Huge" in text and "cap_priority.urgency.Past" in text


def test_a_city_warning_becomes_a_new_cap_alert_in_vietnamese():
    doc = message("w1", SENT, (
        info("Heavy rain", language="en-US", expires=NOW + timedelta(hours=3),
             areas=(area("Cao Lanh", CITY_SQUARE),)),
        info("Mưa lớn tại Cao Lãnh", expires=NOW + timedelta(hours=3),
             areas=(area("Phường Cao Lãnh", CITY_SQUARE),)),
    ))
    _, [outcome] = _apply(doc)
    row = outcome.row
    assert outcome.action == "raise" and row is not None
    assert row["id"] == record_id(message_key(SENDER, "w1"))
    assert (row["type"], row["source"], row["state"]) == ("cap_warning", f"cap:{SENDER}", "new")
    assert row["title"] == "Mưa lớn tại Cao Lãnh" and row["cap_language"] == "vi-VN"
    assert row["priority"] == 1 and row["ward"] is None  # a shape over the city: city-wide
    assert 10.44 <= row["lat"] <= 10.47 and 105.62 <= row["lon"] <= 105.65
    assert "<identifier>w1</identifier>" in row["cap"]


def test_a_far_away_area_is_ignored_and_a_partly_near_one_is_kept():
    far = message("far", SENT, (info("Lũ ở Hà Nội", expires=NOW + timedelta(hours=3),
                                     areas=(area("Hà Nội", HANOI_SQUARE),)),))
    both = message("both", SENT, (info("Lũ", expires=NOW + timedelta(hours=3), areas=(
        area("Hà Nội", HANOI_SQUARE), area("Cao Lãnh", circle=(10.45, 105.63, 1.0)))),))
    _, outcomes = _apply(far, both)
    assert [(o.message.identifier, o.action) for o in outcomes] == [
        ("far", "skip"), ("both", "raise")]
    assert "outside the city" in outcomes[0].reason
    assert outcomes[1].row["place"] == "Cao Lãnh"


def test_geocodes_name_the_city_units_and_give_their_ward():
    doc = message("g", SENT, (info("Sạt lở", expires=NOW + timedelta(hours=3), areas=(
        area("Phường 6", geocodes=(("GSO", "29878"),)),)),))
    foreign = message("f", SENT, (info("Flood", expires=NOW + timedelta(hours=3), areas=(
        area("Humboldt", geocodes=(("FIPS6", "032013"),)),)),))
    _, outcomes = _apply(doc, foreign)
    assert outcomes[0].action == "raise" and outcomes[0].row["ward"] == "29869"  # today's ward
    assert outcomes[1].action == "skip"


def test_unit_shapes_from_the_cache_resolve_geocodes_to_polygons():
    from ioc_console.demo.data.units import build_atlas, unit_items

    city = CityUnits.from_rows(unit_items(build_atlas(), NOW), NOW.date())
    placed = city.place(parse_document(message("g", SENT, (info("x", areas=(
        area("Phường Mỹ Trà", geocodes=(("GSO", "29887"),)),)),))).messages[0].infos[0].areas[0])
    assert placed.in_city and placed.shapes[0]["type"] in ("Polygon", "MultiPolygon")
    far = parse_document(message("h", SENT, (info("x", areas=(area("HN", HANOI_SQUARE),)),)))
    assert not city.place(far.messages[0].infos[0].areas[0]).in_city


def test_an_expired_or_test_message_is_not_raised():
    expired = city_warning("old", NOW - timedelta(hours=13))
    drill = city_warning("drill", SENT, status="Test")
    _, outcomes = _apply(expired, drill)
    assert [o.action for o in outcomes] == ["skip", "skip"]
    assert "expired" in outcomes[0].reason and "Test" in outcomes[1].reason


def test_update_changes_the_alert_it_references_and_cancel_closes_it():
    book, [raised] = _apply(city_warning("a1", SENT))
    alert_id = raised.row["id"]
    raised.row["state"] = "acknowledged"  # the operator acted meanwhile
    update = message("a2", SENT + timedelta(minutes=5), (info(
        "Mưa giảm", severity="Moderate", expires=NOW + timedelta(hours=2),
        areas=(area("Cao Lãnh", CITY_SQUARE),)),), msg_type="Update", references=(("a1", SENT),))
    _, [updated] = _apply(update, book=book)
    assert updated.action == "update" and updated.row["id"] == alert_id
    assert updated.row["title"] == "Mưa giảm" and updated.row["priority"] == 2
    assert updated.row["state"] == "acknowledged"
    assert [h["action"] for h in updated.row["history"]] == ["create", "update"]

    cancel = message("a3", SENT + timedelta(minutes=9), msg_type="Cancel",
                     references=(("a2", SENT + timedelta(minutes=5)),))  # names the update
    _, [closed] = _apply(cancel, book=book)
    assert closed.action == "cancel" and closed.row["id"] == alert_id
    assert closed.row["state"] == "closed" and closed.row["history"][-1]["action"] == "cancel"
    assert closed.row["updated_at"] > updated.row["updated_at"]


def test_a_cancel_of_an_unknown_alert_and_a_repeat_change_nothing():
    book, _ = _apply(city_warning("a1", SENT))
    cancel = message("c", SENT, msg_type="Cancel", references=(("unknown", SENT),))
    _, outcomes = _apply(cancel, city_warning("a1", SENT), book=book)
    assert [o.action for o in outcomes] == ["skip", "skip"]


def test_every_demo_cap_document_parses_into_a_city_alert():
    from ioc_console.demo.data import build_world

    world = build_world(seed=3, now=NOW)
    docs = [a["cap"] for a in world.alerts if a.get("cap")]
    assert docs
    book = CapAlerts(CityUnits.bundled())
    for doc in docs:
        document = parse_document(doc)
        assert not document.refused and len(document.messages) == 1
        assert document.messages[0].languages == ("vi-VN",)
        places = [book.city.place(a) for a in document.messages[0].infos[0].areas]
        assert places and all(p.in_city for p in places)
