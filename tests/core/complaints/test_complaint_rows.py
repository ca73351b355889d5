"""The complaint list's rows from the cache: search ignoring diacritics, filters, the drill-down
to exactly the records behind a figure, duplicates near a place, addresses, the CSV export."""

from __future__ import annotations

from datetime import timedelta

from complaints_moment import NOW

from ioc_console.core.complaints import actions, workflow
from ioc_console.core.complaints.duplicates import find_duplicates
from ioc_console.core.complaints.export import BOM, read_csv, write_csv
from ioc_console.core.complaints.filters import DUE_OVERDUE, ComplaintFilter, apply_filter
from ioc_console.core.complaints.intake import AddressBook, IntakeForm, intake_body, problems
from ioc_console.core.complaints.records import load_rows, row_of

TS = NOW.timestamp()


def ids_of(rows, flt, now=TS):
    return {rows[i].id for i in apply_filter(rows, flt, now)}


def test_search_ignores_diacritics_and_case(cache):
    rows = load_rows(cache.conn)
    with_marks = ids_of(rows, ComplaintFilter(text="Phường Mỹ Trà"))
    without = ids_of(rows, ComplaintFilter(text="PHUONG my tra"))
    assert with_marks and with_marks == without
    assert {r.id for r in rows if "Phường Mỹ Trà" in r.address} <= without
    assert ids_of(rows, ComplaintFilter(text="đèn đường")) == ids_of(
        rows, ComplaintFilter(text="den duong")
    )
    # a query word matches the start of a word: the number's last part finds it
    assert ids_of(rows, ComplaintFilter(text="000123")) == {
        r.id for r in rows if r.id.endswith("-000123")
    }
    assert ids_of(rows, ComplaintFilter(text="00123")) == set()  # not the middle of a word


def test_a_drill_down_shows_exactly_the_records_behind_the_figure(cache):
    rows = load_rows(cache.conn)
    behind = {rows[3].id, rows[40].id, rows[500].id, "PA-1999-000001"}  # one no longer cached
    flt = ComplaintFilter(ids=frozenset(behind), ids_description="Phường Mỹ Trà, quá hạn")
    assert ids_of(rows, flt) == behind - {"PA-1999-000001"}
    assert ids_of(rows, flt.without_ids()) == {r.id for r in rows}


def test_filters_combine(cache):
    rows = load_rows(cache.conn)
    ward = rows[0].current_ward
    flt = ComplaintFilter(channels=frozenset({"zalo"}), wards=frozenset({ward}))
    found = ids_of(rows, flt)
    assert found and found == {r.id for r in rows if r.channel == "zalo" and r.current_ward == ward}


def test_overdue_is_counted_against_the_deadline_at_the_moment_asked(cache):
    rows = load_rows(cache.conn)
    open_rows = [r for r in rows if not r.handled]
    assert open_rows  # the demo world has complaints still being handled
    assert ids_of(rows, ComplaintFilter(due=DUE_OVERDUE)) == set()  # all within deadline now
    later = max(r.deadline_ts for r in open_rows) + 60
    assert ids_of(rows, ComplaintFilter(due=DUE_OVERDUE), later) == {r.id for r in open_rows}
    first = sorted(rows, key=lambda r: r.urgency(later))[: len(open_rows)]
    assert {r.id for r in first} == {r.id for r in open_rows}  # overdue ones come first


def test_the_duplicate_suggestion_finds_a_planted_duplicate(cache, world):
    source = next(c for c in world.complaints if c["state"] == "closed")
    planted = {
        **source,
        "id": "PA-2026-900001",
        "service_request_id": "PA-2026-900001",
        "requested_datetime": (NOW - timedelta(days=2)).isoformat(),
        "lat": source["lat"] + 0.001,
        "long": source["long"],  # about 110 m north
    }
    far = {**planted, "id": "PA-2026-900002", "lat": source["lat"] + 0.01}  # about 1.1 km
    old = {
        **planted,
        "id": "PA-2026-900003",
        "requested_datetime": (NOW - timedelta(days=30)).isoformat(),
    }
    other = {
        **planted,
        "id": "PA-2026-900004",
        "category": "tieng_on" if source["category"] != "tieng_on" else "cay_xanh",
    }
    cache.apply_items("complaints", [planted, far, old, other]).result()
    found = find_duplicates(cache.conn, source["category"], source["lat"], source["long"], now=NOW)
    assert [d.row.id for d in found] == ["PA-2026-900001"]
    assert 100 < found[0].distance_m < 120


def test_csv_round_trips_vietnamese_text(tmp_path):
    header = ["Số", "Phường", "Nội dung"]
    rows = [
        ["PA-2026-000001", "Phường Mỹ Trà", 'Đèn đường "hỏng", ngập; nước\nrút chậm'],
        ["PA-2026-000002", "Xã Tân Thuận Đông", "=1+2 không phải công thức"],
    ]
    path = tmp_path / "phan-anh.csv"
    write_csv(path, header, rows)
    raw = path.read_bytes()
    assert raw.startswith(BOM.encode("utf-8"))  # spreadsheet software reads it as UTF-8
    back = read_csv(path)
    assert back[0] == header
    assert back[1] == rows[0]
    assert back[2][2] == "'=1+2 không phải công thức"  # never run as a formula


def test_an_address_is_resolved_against_the_citys_streets_and_units(cache):
    book = AddressBook.from_cache(cache.conn)
    place = book.resolve("số 12 đường Nguyễn Huệ, Phường 1")
    assert place is not None and "Nguyễn Huệ" in place.label
    unit = book.resolve("gần chợ, phuong my tra")  # no street known: the ward's centre
    assert unit is not None and unit.label == "Phường Mỹ Trà"
    assert book.resolve("123 Main Street, Springfield") is None


def test_the_contact_goes_to_the_backend_only_with_consent():
    base = IntakeForm(
        "phone",
        "chieu_sang",
        "Đèn tắt",
        10.46,
        105.63,
        contact_name="Nguyễn Văn A",
        contact_phone="0901 234 567",
    )
    assert problems(base)  # a contact without consent is not filed
    assert "contact" not in intake_body(base)
    agreed = IntakeForm(**{**base.__dict__, "contact_consent": True})
    assert problems(agreed) == []
    assert intake_body(agreed)["contact"] == {
        "name": "Nguyễn Văn A",
        "phone": "0901 234 567",
        "consent": True,
    }
    assert problems(IntakeForm("phone", "", " ", None, None))  # category, text, place


def test_actions_are_checked_against_the_state_with_what_is_queued(cache):
    item = next(
        c
        for c in (cache.get("complaints", r.id) for r in load_rows(cache.conn))
        if c["state"] == "assigned"
    )
    actions.queue_action(cache, item, workflow.Action("resolve", text="Đã sửa")).result(5)
    try:
        actions.queue_action(cache, item, workflow.Action("resolve", text="lần nữa"))
    except workflow.StateConflictError:
        pass
    else:
        raise AssertionError("a second resolve was queued")
    actions.queue_action(cache, item, workflow.Action("close", rating=4)).result(5)
    queued = actions.queued_for(cache, item["id"])
    assert [a.body["action"] for a in queued] == ["resolve", "close"]
    assert [a.body["expected_state"] for a in queued] == ["assigned", "resolved"]
    assert actions.effective(item, queued)["state"] == "closed"
    assert row_of(item).state == "assigned"  # the cache keeps the server's word until it answers
