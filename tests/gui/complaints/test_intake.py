"""Taking a complaint on the phone: the form, the place from the map or an address, possible
duplicates shown before filing, the call attached to one of them instead, all via the outbox."""

from __future__ import annotations

from datetime import timedelta

import pytest
from complaints_gui_moment import NOW
from shiboken6 import isValid

from ioc_console.core.intents import PickPlace


@pytest.fixture
def dialog(panel, qtbot):
    panel.open_intake()
    dialog = panel.intake
    qtbot.waitUntil(lambda: dialog.book is not None, timeout=10_000)
    yield dialog
    if isValid(dialog):  # a filed form closed itself
        dialog.close()


def plant(services, world):
    """A complaint received yesterday in the demo world's place of an older one; its copy."""
    source = next(c for c in world.complaints if c["state"] == "closed")
    recent = (NOW.now(NOW.tzinfo) - timedelta(days=1)).isoformat(timespec="seconds")
    planted = {
        **source,
        "id": "PA-2026-900001",
        "service_request_id": "PA-2026-900001",
        "requested_datetime": recent,
        "state": "assigned",
        "status": "open",
    }
    services.cache.apply_items("complaints", [planted]).result()
    return planted


def test_the_duplicate_suggestion_finds_a_planted_duplicate_and_attaches_the_call(
    dialog, services, world, qtbot
):
    planted = plant(services, world)
    qtbot.waitUntil(
        lambda: dialog.parent().model.row_by_id(planted["id"]) is not None, timeout=5_000
    )
    dialog.category.setCurrentIndex(dialog.category.findData(planted["category"]))
    picks = []
    services.intents.handle(PickPlace, picks.append)
    dialog.pick.click()
    [pick] = picks
    pick.on_picked(planted["long"] + 0.0008, planted["lat"])  # about 90 m east
    assert dialog.duplicate_list.count() == 1
    assert dialog.duplicate_list.item(0).data(256) == planted["id"]
    dialog.text.setPlainText("Người dân gọi lại, đèn vẫn chưa sáng")
    dialog.duplicate_list.setCurrentRow(0)
    assert dialog.attach.isEnabled()
    dialog.attach.click()
    [queued] = services.cache.outbox()
    assert queued.path == f"/complaints/{planted['id']}/actions"
    assert queued.body["action"] == "add_call"
    assert "đèn vẫn chưa sáng" in queued.body["text"]


def test_a_complaint_is_filed_through_the_outbox(dialog, services):
    dialog.category.setCurrentIndex(dialog.category.findData("chieu_sang"))
    dialog.address.setText("số 12 đường Nguyễn Huệ, Phường 1")
    dialog.find_button.click()
    assert dialog.lat is not None and "Nguyễn Huệ" in dialog.place.text()
    dialog.text.setPlainText("Đèn đường tắt")
    dialog.contact_name.setText("Nguyễn Văn An")
    dialog.file.click()
    assert "consent" in dialog.problem.text()  # the contact is kept only with consent
    assert services.cache.outbox_count() == 0
    dialog.consent.setChecked(True)
    dialog.file.click()
    [queued] = services.cache.outbox()
    assert queued.path == "/complaints"
    assert queued.body["description"] == "Đèn đường tắt"
    assert queued.body["channel"] == "phone" and queued.body["category"] == "chieu_sang"
    assert queued.body["contact"]["name"] == "Nguyễn Văn An"


def test_an_incomplete_form_says_what_is_missing(dialog, services):
    dialog.file.click()
    text = dialog.problem.text()
    assert "category" in text and "place" in text
    assert services.cache.outbox_count() == 0
