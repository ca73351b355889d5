"""Procedures (SOPs): read from the backend's rows, found for an alert, and how far it is."""

from __future__ import annotations

import threading

from alert_fixtures import T0, wire_alert

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.procedures import ProcedureBook, mandatory_left, progress

ROWS = [
    {"id": "QT-GT-01 Xử lý vi phạm giao thông", "title": "Xử lý vi phạm giao thông",
     "types": ["ai_detection"],
     "steps": [{"text": "Xác minh qua camera", "mandatory": True},
               {"text": "Thông báo lực lượng tại chỗ", "mandatory": False},
               {"text": "Ghi nhận kết quả", "mandatory": True},
               "not a step"]},
    {"id": "QT-OLD", "title": "Quy trình cũ", "steps": [], "deleted": True},
    {"title": "no id"},
]


def mark(step: int, done: bool = True, reason: str | None = None) -> dict:
    return {"step": step, "done": done, "skipped_reason": reason, "by": "operator",
            "at": "2026-12-06T08:05:00+07:00"}


def test_procedures_are_read_tolerantly_and_found_by_name_or_by_type():
    book = ProcedureBook.from_rows(ROWS)
    assert len(book) == 1
    named = Alert.from_row(wire_alert(T0, procedure="QT-GT-01 Xử lý vi phạm giao thông"))
    by_type = Alert.from_row(wire_alert(T0, procedure="QT-KHONG-CO"))
    other = Alert.from_row(wire_alert(T0, procedure=None, type="manual"))
    assert [s.text for s in book.for_alert(named).steps] == [
        "Xác minh qua camera", "Thông báo lực lượng tại chỗ", "Ghi nhận kết quả"]
    assert book.for_alert(by_type) is book.for_alert(named)
    assert book.for_alert(other) is None


def test_progress_counts_done_and_skipped_steps_and_names_the_mandatory_ones_left():
    procedure = ProcedureBook.from_rows(ROWS).get("QT-GT-01 Xử lý vi phạm giao thông")
    fresh = Alert.from_row(wire_alert(T0))
    assert mandatory_left(fresh, procedure) == (0, 2)
    halfway = Alert.from_row(wire_alert(T0, steps=[mark(0), mark(1, False, "Không cần")]))
    state = progress(halfway, procedure)
    assert (state.done, state.skipped, state.total, state.mandatory_left) == (1, 1, 3, (2,))
    assert not state.complete
    # a mandatory step marked skipped (by an older backend) is still left to do
    forced = Alert.from_row(wire_alert(T0, steps=[mark(0, False, "bỏ"), mark(2)]))
    assert mandatory_left(forced, procedure) == (0,)
    done = Alert.from_row(wire_alert(T0, steps=[mark(0), mark(1), mark(2)]))
    assert progress(done, procedure).complete and mandatory_left(done, None) == ()


def test_the_book_can_be_read_while_a_burst_is_applied():
    book = AlertBook()
    failures: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                for alert in book.alerts():
                    book.get(alert.id)
                book.ids()
                len(book)
        except BaseException as exc:
            failures.append(exc)

    readers = [threading.Thread(target=read) for _ in range(2)]
    for reader in readers:
        reader.start()
    try:
        for batch in range(20):
            book.apply([wire_alert(T0, place=f"Điểm {batch}-{i}") for i in range(100)])
    finally:
        stop.set()
        for reader in readers:
            reader.join(10)
    assert failures == [] and len(book) == 2000


def test_a_plugins_procedure_serves_an_alert_type_the_backends_procedures_do_not_cover():
    from ioc_console.core.alerts.procedures import Procedure, ProcedureStep
    from ioc_console.core.domains.registry import DomainRegistry

    domains = DomainRegistry()
    for key, kinds in (("healthcare.beds", ("health_beds",)), ("traffic.ai", ("ai_detection",))):
        domains.procedures.add(key, Procedure(key, key, (ProcedureStep("Gọi", True),), kinds))
    book = ProcedureBook.from_rows(ROWS, domains.procedure_for)
    beds = Alert("AL-1", type="health_beds")
    assert book.for_alert(beds).id == "healthcare.beds"
    assert book.for_alert(Alert("AL-2", type="ai_detection")).title == "Xử lý vi phạm giao thông"
    assert book.for_alert(Alert("AL-3", type="flood")) is None
    domains.procedures.remove("healthcare.beds")  # the plugin switched off
    assert book.for_alert(beds) is None
