"""The site's CAP feed polled from a loopback server into the cache's alerts, as the queue reads
them: raised, updated and closed; expired and far-away messages not raised; a failing feed
reported and retried."""

from __future__ import annotations

from datetime import datetime, timedelta

from cap_samples import HANOI_SQUARE, SENDER, area, atom, city_warning, info, message
from waiting import wait_until

from ioc_console.core.cap.poller import CapFeedPoller
from ioc_console.core.clock import CITY_TZ
from ioc_console.core.config.cap_source import CapSettings

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)
SENT = NOW - timedelta(minutes=10)


def _poller(cache, url: str, **kwargs) -> CapFeedPoller:
    return CapFeedPoller(cache, CapSettings(url, 3600.0), clock=lambda: NOW, **kwargs)


def _cap_alerts(cache) -> dict[str, dict]:
    return {a["title"]: a for a in cache.items("alerts") if a.get("type") == "cap_warning"}


def test_a_polled_feed_raises_its_city_alerts_only(cache, feed_server):
    far = message("far", SENT, (info("Lũ lớn ở Hà Nội", expires=NOW + timedelta(hours=3),
                                     areas=(area("Hà Nội", HANOI_SQUARE),)),))
    expired = city_warning("old", NOW - timedelta(days=1), "Cảnh báo cũ")
    url = feed_server.put("/cap.atom", atom(city_warning("w1", SENT), far, expired))
    poller = _poller(cache, url)

    status = poller.poll_once()

    assert status.ok and status.written == 1
    alerts = _cap_alerts(cache)
    assert list(alerts) == ["Cảnh báo mưa lớn"]
    alert = alerts["Cảnh báo mưa lớn"]
    assert (alert["source"], alert["state"], alert["priority"]) == (f"cap:{SENDER}", "new", 1)
    assert cache.get("alerts", alert["id"]) == alert
    reasons = {o.message.identifier: o.reason for o in status.outcomes}
    assert "outside the city" in reasons["far"] and "expired" in reasons["old"]


def test_an_update_then_a_cancel_in_the_feed_change_and_close_the_alert(cache, feed_server):
    url = feed_server.put("/cap.atom", atom(city_warning("w1", SENT)))
    poller = _poller(cache, url)
    poller.poll_once()
    [raised] = _cap_alerts(cache).values()

    update = message("w2", SENT + timedelta(minutes=5), (info(
        "Mưa đã giảm", severity="Minor", expires=NOW + timedelta(hours=1),
        areas=(area("Cao Lãnh", circle=(10.45, 105.63, 2.0)),)),),
        msg_type="Update", references=(("w1", SENT),))
    feed_server.put("/cap.atom", atom(city_warning("w1", SENT), update))
    assert poller.poll_once().ok
    [updated] = _cap_alerts(cache).values()
    assert updated["id"] == raised["id"] and updated["priority"] == 3
    assert updated["state"] == "new" and updated["history"][-1]["action"] == "update"

    cancel = message("w3", SENT + timedelta(minutes=8), msg_type="Cancel",
                     references=(("w2", SENT + timedelta(minutes=5)),))
    feed_server.put("/cap.atom", atom(city_warning("w1", SENT), update, cancel))
    assert poller.poll_once().ok
    [closed] = _cap_alerts(cache).values()
    assert closed["id"] == raised["id"] and closed["state"] == "closed"
    assert [h["action"] for h in closed["history"]] == ["create", "update", "cancel"]

    changes = []
    cache.changed.connect(changes.append)
    status = poller.poll_once()  # the same feed again: nothing new to write
    assert status.ok and status.written == 0 and changes == []
    assert status.detail == (
        "3 message(s) read: 0 new or changed, 3 already known, 0 not raised, 0 refused")


def test_an_index_feed_has_its_linked_messages_fetched(cache, feed_server):
    linked = feed_server.put("/msg/1.xml", city_warning("L1", SENT, "Cảnh báo liên kết"),
                             "application/cap+xml")
    index = ('<feed xmlns="http://www.w3.org/2005/Atom"><id>i</id><title>t</title>'
             "<updated>2026-01-01T00:00:00Z</updated><entry><id>e</id><title>t</title>"
             f"<updated>2026-01-01T00:00:00Z</updated><link href='{linked}' "
             "type='application/cap+xml'/></entry></feed>")
    url = feed_server.put("/index.atom", index)
    assert _poller(cache, url).poll_once().ok
    assert "Cảnh báo liên kết" in _cap_alerts(cache)
    assert feed_server.seen == ["/index.atom", "/msg/1.xml"]


def test_a_failing_feed_is_reported_and_retried_until_it_answers(cache, feed_server):
    url = feed_server.put("/cap.atom", "overloaded", "text/plain", status=503)
    poller = _poller(cache, url, retry_first_s=0.05)
    reports = []
    poller.polled.connect(reports.append)
    poller.start()
    try:
        wait_until(lambda: len(reports) >= 2, what="two failed polls")
        assert not reports[0].ok and "503" in reports[0].detail
        feed_server.put("/cap.atom", atom(city_warning("w1", SENT)))
        wait_until(lambda: poller.last is not None and poller.last.ok, what="a good poll")
    finally:
        poller.stop()
    assert "Cảnh báo mưa lớn" in _cap_alerts(cache)


def test_a_feed_with_an_entity_trick_is_refused_and_nothing_else_is_fetched(cache, feed_server):
    secret = feed_server.put("/secret", "leaked", "text/plain")
    url = feed_server.put(
        "/cap.atom", f'<!DOCTYPE feed [<!ENTITY x SYSTEM "{secret}">]><feed>&x;</feed>')
    status = _poller(cache, url).poll_once()
    assert not status.ok and "DTD" in status.detail
    assert feed_server.seen == ["/cap.atom"] and _cap_alerts(cache) == {}


def test_a_ward_office_keeps_its_ward_and_city_wide_warnings_only(cache, feed_server):
    def ward_warning(identifier: str, code: str) -> str:
        return message(identifier, SENT, (info(f"Sạt lở {code}", expires=NOW + timedelta(hours=3),
                                               areas=(area(code, geocodes=(("GSO", code),)),)),))

    # 29878 (Phường 6) lies in Phường Cao Lãnh (29869) today, 29887 in Phường Mỹ Trà (29888)
    url = feed_server.put("/cap.atom", atom(
        ward_warning("w6", "29878"), ward_warning("wmt", "29887"), city_warning("all", SENT)))
    status = _poller(cache, url, scope_ward="29888").poll_once()
    assert status.ok
    kept = {a["title"]: a["ward"] for a in _cap_alerts(cache).values()}
    assert kept == {"Sạt lở 29887": "29888", "Cảnh báo mưa lớn": None}


def test_a_feed_that_does_not_answer_is_reported(cache):
    status = _poller(cache, "http://127.0.0.1:9/none.atom").poll_once()
    assert not status.ok and "could not be read" in status.detail
