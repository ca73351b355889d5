"""The alert book: repeats folded into one row, chattering marked, related alerts grouped under
an incident, and the changes a queue redraws announced by id."""

from __future__ import annotations

from datetime import timedelta

from alert_fixtures import T0, iso, wire_alert

from ioc_console.core.alerts.book import AlertBook, AlertChanges
from ioc_console.core.alerts.model import State


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def listen(book: AlertBook) -> tuple[list[AlertChanges], list[tuple]]:
    changes: list[AlertChanges] = []
    arrived: list[tuple] = []
    book.changed.connect(changes.append)
    book.arrived.connect(arrived.append)
    return changes, arrived


def test_a_repeat_of_the_same_source_type_and_place_raises_the_count_instead_of_a_row():
    first = wire_alert(T0)
    again = wire_alert(T0 + minutes(2), duplicate_count=2, last_repeat_at=iso(T0 + minutes(3)))
    book = AlertBook()
    book.load([first])
    changes, arrived = listen(book)
    book.apply([again])
    assert book.ids() == [first["id"]]
    shown = book.get(first["id"])
    assert shown.duplicate_count == 3  # the repeat itself + its own two repeats
    assert shown.last_repeat_at == T0 + minutes(3)
    assert book.duplicates_of(first["id"]) == (again["id"],)
    assert changes == [AlertChanges(updated=(first["id"],))]
    assert [a.id for batch in arrived for a in batch] == [again["id"]]


def test_the_earliest_alert_names_the_row_whichever_arrives_first():
    late = wire_alert(T0 + minutes(5))
    early = wire_alert(T0)
    book = AlertBook()
    book.load([late])
    changes, _ = listen(book)
    book.apply([early])
    assert book.ids() == [early["id"]]
    assert book.get(early["id"]).duplicate_count == 1
    assert changes == [AlertChanges(added=(early["id"],), removed=(late["id"],))]


def test_when_the_first_is_resolved_the_open_repeat_shows_again():
    first, again = wire_alert(T0), wire_alert(T0 + minutes(1))
    book = AlertBook()
    book.load([first, again])
    assert len(book) == 1
    changes, _ = listen(book)
    book.apply([{**first, "state": "resolved"}])
    assert sorted(book.ids()) == sorted([first["id"], again["id"]])
    assert book.get(first["id"]).state is State.RESOLVED
    assert book.get(again["id"]).duplicate_count == 0
    assert changes == [AlertChanges(added=(again["id"],), updated=(first["id"],))]


def test_different_places_types_or_sources_stay_apart_and_alerts_without_a_place_never_fold():
    rows = [
        wire_alert(T0),
        wire_alert(T0, place="Cầu Đình Trung"),
        wire_alert(T0, type="kpi_breach"),
        wire_alert(T0, source="CAM-002"),
        wire_alert(T0, place="", source="1022", type="complaint_overdue"),
        wire_alert(T0, place="", source="1022", type="complaint_overdue"),
    ]
    book = AlertBook()
    book.load(rows)
    assert sorted(book.ids()) == sorted(r["id"] for r in rows)


def test_an_alert_that_goes_active_three_times_within_a_minute_is_chattering():
    def reopen(seconds: int) -> dict:
        return {"action": "reopen", "by": "system", "at": iso(T0 + timedelta(seconds=seconds))}

    def resolve(seconds: int) -> dict:
        return {"action": "resolve", "by": "system", "at": iso(T0 + timedelta(seconds=seconds))}

    chattering = wire_alert(T0, history=[resolve(10), reopen(20), resolve(30), reopen(45)])
    slow = wire_alert(T0, place="Chợ Cao Lãnh",
                      history=[resolve(10), reopen(40), resolve(50), reopen(70)])
    twice = wire_alert(T0, place="Bến xe", history=[resolve(10), reopen(20)])
    book = AlertBook()
    book.load([chattering, slow, twice])
    assert book.get(chattering["id"]).chattering
    assert not book.get(slow["id"]).chattering  # 3 activations span 70 s
    assert not book.get(twice["id"]).chattering
    # the third activation arriving in an update marks it
    book.apply([{**twice, "history": [*twice["history"], resolve(30), reopen(50)]}])
    assert book.get(twice["id"]).chattering


def test_alerts_at_the_same_place_within_ten_minutes_form_one_incident():
    a = wire_alert(T0, source="CAM-001", related={"camera": "CAM-001"})
    b = wire_alert(T0 + minutes(4), type="kpi_breach", source="kpi:traffic", related={})
    c = wire_alert(T0 + minutes(30), type="kpi_breach", source="kpi:other", related={})
    book = AlertBook()
    book.load([a, b, c])
    assert book.get(a["id"]).incident_id == a["id"]
    assert book.get(b["id"]).incident_id == a["id"]
    assert book.get(c["id"]).incident_id == c["id"]  # too late for the first incident
    assert [x.id for x in book.incident(a["id"])] == [a["id"], b["id"]]


def test_alerts_within_200_metres_join_and_farther_ones_do_not():
    base = dict(type="manual", related={})
    a = wire_alert(T0, place="Điểm A", source="s1", lat=10.4600, lon=105.6330, **base)
    near = wire_alert(T0 + minutes(1), place="Điểm B", source="s2", lat=10.4615, lon=105.6330,
                      **base)  # ~167 m north
    far = wire_alert(T0 + minutes(1), place="Điểm C", source="s3", lat=10.4575, lon=105.6330,
                     **base)  # ~280 m south
    book = AlertBook()
    book.load([a, near, far])
    assert book.get(near["id"]).incident_id == a["id"]
    assert book.get(far["id"]).incident_id == far["id"]


def test_alerts_of_the_same_camera_join_even_at_different_places():
    a = wire_alert(T0, place="Cổng chợ", related={"camera": "CAM-007"}, lat=10.40, lon=105.60)
    b = wire_alert(T0 + minutes(25), type="complaint_overdue", source="1022", place="Đường 30/4",
                   related={"camera": "CAM-007", "complaint": "PA-1"}, lat=10.45, lon=105.65)
    book = AlertBook()
    book.load([a, b])
    assert book.get(b["id"]).incident_id == a["id"]
    assert book.get(b["id"]).related_complaints == ("PA-1",)


def test_a_worsened_acknowledged_alert_is_shown_new_again():
    row = wire_alert(T0, state="acknowledged", priority=3, acknowledged_at=iso(T0))
    book = AlertBook()
    book.load([row])
    book.apply([{**row, "priority": 1, "updated_at": iso(T0 + minutes(2))}])
    shown = book.get(row["id"])
    assert shown.state is State.NEW and shown.priority == 1 and shown.rearmed


def test_removed_and_deleted_alerts_leave_and_bad_rows_are_skipped():
    a, b, c = wire_alert(T0, place="1"), wire_alert(T0, place="2"), wire_alert(T0, place="3")
    book = AlertBook()
    book.load([a, b, c, {"title": "no id"}, "not a row"])
    assert len(book) == 3
    changes, _ = listen(book)
    book.apply([{**b, "deleted": True}], removed_ids=[a["id"]])
    assert book.ids() == [c["id"]]
    assert changes == [AlertChanges(removed=tuple(sorted([a["id"], b["id"]])))]
    incident = book.get(c["id"]).incident_id  # the same camera: still named for the first
    assert [x.id for x in book.incident(incident)] == [c["id"]]


def test_a_row_with_unreadable_fields_is_still_shown():
    row = wire_alert(T0, priority="high", created_at="yesterday", lat="north", history="x",
                     related=["CAM-1"], state="snoozed", snoozed_until=iso(T0 + minutes(5)))
    book = AlertBook()
    book.load([row])
    shown = book.get(row["id"])
    assert shown.priority == 3 and shown.lat is None and shown.history == ()
    assert shown.state is State.SHELVED  # the older wire name
    assert shown.shelved_until == T0 + minutes(5)
    assert shown.raised_at == T0  # from updated_at, created_at being unreadable


def test_a_shelved_alert_returns_to_the_state_it_left_when_its_time_is_up():
    until = T0 + minutes(30)
    row = wire_alert(T0, state="shelved", shelved_from="assigned", shelved_until=iso(until),
                     shelve_reason="Chờ lực lượng", assignee="Đội CSGT")
    other = wire_alert(T0, place="Bến xe", state="shelved", shelved_until=iso(until + minutes(5)))
    book = AlertBook()
    book.load([row, other])
    changes, _ = listen(book)
    assert not book.wake_due(until - timedelta(seconds=1))
    assert book.wake_due(until) == AlertChanges(updated=(row["id"],))
    woken = book.get(row["id"])
    assert (woken.state, woken.shelved_until, woken.owner) == (State.ASSIGNED, None, "Đội CSGT")
    assert (woken.history[-1].action, woken.history[-1].by) == ("unshelve", "system")
    assert book.get(other["id"]).state is State.SHELVED
    book.wake_due(until + minutes(5))
    assert book.get(other["id"]).state is State.NEW  # shelved with no earlier state known
    assert changes == [AlertChanges(updated=(row["id"],)), AlertChanges(updated=(other["id"],))]
    # shelved again by the server for longer: the earlier time no longer wakes it
    book.apply([{**row, "shelved_until": iso(until + minutes(60)), "updated_at": iso(until)}])
    assert not book.wake_due(until + minutes(30))
    assert book.get(row["id"]).state is State.SHELVED
