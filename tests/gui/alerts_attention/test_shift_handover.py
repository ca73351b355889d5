"""The shift handover: the figures of a hand-computed shift in the dialog, the PDF (a PDF, in
the bundled font, with the Vietnamese text findable in it) and the open items handed over."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from attention_rows import iso, row
from pypdf import PdfReader

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.intents import Intents, ShowRecords
from ioc_console.gui.alerts.attention.feed import AlertFeed
from ioc_console.gui.alerts.attention.handover import Handover
from ioc_console.gui.alerts.attention.shift_times import DEFAULT_STARTS, shift_at

START = datetime(2026, 12, 6, 6, 0, tzinfo=CITY_TZ)
END = datetime(2026, 12, 6, 14, 0, tzinfo=CITY_TZ)


def at(hours: float) -> datetime:
    return START + timedelta(hours=hours)


def shift_rows() -> dict[str, dict]:
    """Five alerts around the 06:00-14:00 shift (SLA defaults: P1 ack 60 s / resolve 30 min,
    P2 5 min / 2 h, P3 15 min / 8 h, P4 1 h / 24 h)."""
    a = row(
        at(1),  # 07:00, P1: acknowledged after 30 s, resolved at 07:20: handled in time
        priority=1,
        source="CAM-001",
        title="Xâm nhập khu vực cấm",
        state="resolved",
        acknowledged_at=iso(at(1) + timedelta(seconds=30)),
        history=[
            {"action": "create", "by": "system", "at": iso(at(1))},
            {"action": "acknowledge", "by": "an", "at": iso(at(1) + timedelta(seconds=30))},
            {"action": "resolve", "by": "an", "at": iso(at(1) + timedelta(minutes=20))},
        ],
    )
    b = row(at(2), priority=2, source="1022", title="Ngập nước đường Lê Lợi", place="Phường 1")
    c = row(
        at(-25),  # 05:00 yesterday, acknowledged then, still open: stale
        priority=3,
        source="CAM-003",
        title="Đèn tín hiệu hỏng",
        state="acknowledged",
        acknowledged_at=iso(at(-25) + timedelta(minutes=1)),
    )
    d = row(at(3), priority=4, source="CAM-002", title="Xe đỗ sai quy định", duplicate_count=2)
    e = row(at(9), priority=2, source="CAM-009", title="Sau ca")  # 15:00: the next shift's
    return {"a": a, "b": b, "c": c, "d": d, "e": e}


# by hand: raised a, b, d = 3 (repeats 2: d's); handled a = 1; open at the end b, c, d = 3;
# standing b (ack due 08:05) and d (ack due 10:00) = 2; stale c = 1; SLA breaches b's
# acknowledge (08:05) and resolve (10:00), d's acknowledge (10:00) = 3; no flood;
# sources: CAM-002 3 (60 %), CAM-001 1 (20 %), 1022 1 (20 %); mix P1 1, P2 1, P4 3 of 5.
EXPECTED = {
    "Alerts raised": "3",
    "Repeats of them": "2",
    "Alerts handled": "1",
    "Open at the end of the shift": "3",
    "Standing (unacknowledged past the SLA)": "2",
    "Stale (open more than 24 h)": "1",
    "SLA breaches": "3",
    "Time in flood": "0 h 00 min",
    "Priority mix high / medium / low (aim 5 / 15 / 80 %)": "20% / 20% / 60%",
}


@pytest.fixture
def handover(qapp, tmp_path):
    rows = shift_rows()
    feed = AlertFeed(None, lambda: END)
    feed.book.load(list(rows.values()))
    made = Handover(feed, tmp_path / "handovers", DEFAULT_STARTS, lambda: END, lambda: None)
    made.rows = rows
    yield made
    if made.dialog is not None:
        made.dialog.close()


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def test_the_dialog_shows_the_figures_of_the_shift_as_computed_by_hand(handover):
    dialog = handover.open(START, END)
    shown = {label: value.text() for label, value in dialog.figure_labels.items()}
    assert shown == EXPECTED
    noisiest = [
        tuple(dialog.noisiest_tree.topLevelItem(i).text(c) for c in range(3))
        for i in range(dialog.noisiest_tree.topLevelItemCount())
    ]
    assert noisiest[0] == ("CAM-002", "3", "60%")
    assert sorted(noisiest[1:]) == [("1022", "1", "20%"), ("CAM-001", "1", "20%")]
    titles = [
        dialog.open_tree.topLevelItem(i).text(2)
        for i in range(dialog.open_tree.topLevelItemCount())
    ]
    assert titles == ["Ngập nước đường Lê Lợi", "Đèn tín hiệu hỏng", "Xe đỗ sai quy định"]


def test_the_handover_is_saved_as_a_pdf_with_the_vietnamese_note_findable(handover, tmp_path):
    dialog = handover.open(START, END)
    note = "Đèn tín hiệu ngã tư Hùng Vương hỏng, đã báo Điện lực; gọi lại ông Nguyễn Văn Bảy."
    dialog.note_edit.setPlainText(unicodedata.normalize("NFD", note))  # as some keyboards type
    dialog.operator_edit.setText("Trần Thị Bình")
    target = tmp_path / "giao-ca.pdf"
    assert dialog.save_pdf(target)
    assert target.read_bytes().startswith(b"%PDF-")
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(target).pages
        for font in page["/Resources"]["/Font"].get_object().values()
    }
    assert any("NotoSans" in name for name in fonts), fonts
    text = pdf_text(target)
    assert note in text
    assert "Trần Thị Bình" in text
    assert "Ngập nước đường Lê Lợi" in text
    assert "Open items (most urgent first)" in text


def test_taking_over_hands_the_open_items_most_urgent_first_to_the_queue(handover, qtbot):
    dialog = handover.open(START, END)
    rows = handover.rows
    with qtbot.waitSignal(handover.takenOver) as taken:
        dialog.take_over_button.click()
    assert taken.args == [(rows["b"]["id"], rows["c"]["id"], rows["d"]["id"])]
    assert (handover.folder / "giao-ca-20261206-1400.pdf").is_file()  # kept, never lost


def test_the_handover_opens_by_itself_when_the_shift_ends(qapp, tmp_path):
    now = [datetime(2026, 12, 6, 13, 59, 59, tzinfo=CITY_TZ)]
    feed = AlertFeed(None, lambda: now[0])
    feed.book.load(list(shift_rows().values()))
    handover = Handover(feed, tmp_path, DEFAULT_STARTS, lambda: now[0], lambda: None)
    handover.check_shift_end()
    assert handover.dialog is None
    now[0] = END + timedelta(seconds=2)
    handover.check_shift_end()
    assert handover.dialog is not None
    assert handover.dialog.sheet.start == START and handover.dialog.sheet.end == END
    handover.dialog.close()


def test_shift_boundaries_follow_the_site_start_times():
    assert shift_at(datetime(2026, 12, 6, 23, 30, tzinfo=CITY_TZ)) == (
        datetime(2026, 12, 6, 22, 0, tzinfo=CITY_TZ),
        datetime(2026, 12, 7, 6, 0, tzinfo=CITY_TZ),
    )
    assert shift_at(datetime(2026, 12, 7, 5, 0, tzinfo=CITY_TZ))[0] == datetime(
        2026, 12, 6, 22, 0, tzinfo=CITY_TZ
    )
    assert shift_at(START) == (START, END)


def test_take_over_posts_the_queue_filter(handover):
    intents = Intents()
    posted = []
    intents.handle(ShowRecords, posted.append)
    handover.takenOver.connect(lambda ids: intents.post(ShowRecords("alerts", ids, "x")))
    handover.open(START, END).take_over_button.click()
    assert posted[0].ids[0] == handover.rows["b"]["id"]


def test_the_pdf_puts_the_open_items_and_the_note_before_the_figures_and_runs_over_pages(
    qapp, tmp_path
):
    from ioc_console.gui.alerts.attention.handover_sheet import HandoverSheet, OpenItem
    from ioc_console.gui.alerts.attention.shift_pdf import write_pdf

    items = tuple(
        OpenItem(2, "06/12 08:00", f"Cảnh báo ngập số {n}", "Phường Mỹ Trà", "New", f"A{n}")
        for n in range(150)
    )
    sheet = HandoverSheet(START, END, (("Alerts raised", "150"),), (), items, note="Ghi chú")
    target = write_pdf(sheet, tmp_path / "long.pdf")
    assert len(PdfReader(target).pages) > 1
    text = pdf_text(target)
    assert text.index("Open items") < text.index("Ghi chú") < text.index("Figures of the shift")
    assert "Cảnh báo ngập số 149" in text
