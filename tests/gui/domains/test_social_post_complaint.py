"""A social-media post turned into a complaint: the social-media dashboard's action asks for
the complaint intake, which opens filled in from the post (text, channel, place) with its
possible duplicates; filing it sends the complaint through the outbox to the backend, which
receives the post's text and its reference."""

from __future__ import annotations

from ioc_console.core.intents import FileComplaint
from ioc_console.core.status import ConnectionState


def post_action(console):
    dashboard = console.services.domains.dashboards.get("social_media.dashboard")
    assert dashboard is not None, "the social_media plugin did not register its dashboard"
    [action] = dashboard.spec.table.actions
    return action


def test_a_post_filed_as_a_complaint_reaches_the_backend_with_its_text_and_reference(
    start_console, qtbot
):
    console = start_console("--lang", "en", link=True)
    services = console.services
    qtbot.waitUntil(
        lambda: services.status.backend.state is ConnectionState.ONLINE, timeout=30_000
    )
    cache = services.cache
    qtbot.waitUntil(lambda: cache.count("complaints") > 0, timeout=30_000)
    store = console.link.demo.store
    post = next(  # a post as the backend serves it (the feed the dashboard lists)
        p
        for p in reversed(store.items("social_posts"))
        if p["sentiment"] == "tiêu cực"
        and p["platform"] == "Zalo"
        and p["category"]
        and p["lat"] is not None
        and p["state"] == "mới"
    )
    intent = post_action(console).make(post)
    assert isinstance(intent, FileComplaint)
    assert services.intents.post(intent)
    qtbot.waitUntil(lambda: console.complaint_requests.dialog is not None, timeout=10_000)
    dialog = console.complaint_requests.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.book is not None, timeout=10_000)
    assert dialog.text.toPlainText() == post["text"]
    assert dialog.channel.currentData() == "zalo"
    assert dialog.category.currentData() == post["category"]
    assert (dialog.lat, dialog.lon) == (post["lat"], post["lon"])
    assert f"social_posts/{post['id']}" in dialog.windowTitle()
    assert dialog.duplicate_title.text().startswith("Possible duplicates")

    before = {c["id"] for c in store.items("complaints")}
    dialog.file.click()

    def arrived():
        return [c for c in store.items("complaints") if c["id"] not in before]

    qtbot.waitUntil(lambda: len(arrived()) == 1, timeout=20_000)
    [complaint] = arrived()
    assert complaint["description"].startswith(post["text"])
    assert f"social_posts/{post['id']}" in complaint["description"]
    assert complaint["channel"] == "zalo" and complaint["category"] == post["category"]


def test_a_post_already_turned_into_a_complaint_offers_no_second_one(start_console):
    console = start_console("--lang", "en")
    action = post_action(console)
    filed = {"id": "SM-1", "text": "Ngập", "state": "đã chuyển phản ánh", "complaint_id": "PA-1"}
    assert action.make(filed) is None
    unplaced = {"id": "SM-2", "text": "Rác", "platform": "TikTok", "state": "mới", "lat": None}
    intent = action.make(unplaced)
    assert intent.channel == "website" and intent.lat is None
    assert intent.reference == "social_posts/SM-2"
