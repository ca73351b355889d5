"""The alerts core follows the cache: rows written there reach the book, the SLA targets and
the procedures, with what changed announced by id."""

from __future__ import annotations

from datetime import timedelta

from alert_fixtures import T0, iso, wire_alert

from ioc_console.core.alerts.book import AlertBook, AlertChanges
from ioc_console.core.alerts.feed import AlertFeed
from ioc_console.core.alerts.model import Alert, State


def test_the_book_starts_from_the_cache_and_follows_its_changes(cache):
    first = wire_alert(T0, place="Chợ Cao Lãnh")
    cache.apply_items("alerts", [first]).result(5)
    feed = AlertFeed(cache)
    feed.start()
    try:
        assert feed.book.ids() == [first["id"]]
        changes: list[AlertChanges] = []
        feed.book.changed.connect(changes.append)

        burst = [wire_alert(T0 + timedelta(seconds=i), place=f"Điểm {i}") for i in range(1200)]
        later = iso(T0 + timedelta(minutes=5))
        acked = {**first, "state": "acknowledged", "acknowledged_at": later, "updated_at": later}
        cache.apply_items("alerts", [*burst, acked]).result(5)
        assert len(feed.book) == 1201
        assert feed.book.get(first["id"]).state is State.ACKNOWLEDGED
        assert changes == [AlertChanges(added=tuple(sorted(r["id"] for r in burst)),
                                        updated=(first["id"],))]

        gone = {**burst[0], "deleted": True, "updated_at": later}
        cache.apply_items("alerts", [gone]).result(5)
        assert burst[0]["id"] not in feed.book
        assert changes[-1] == AlertChanges(removed=(burst[0]["id"],))
    finally:
        feed.stop()


def test_sla_targets_and_procedures_come_from_their_datasets(cache):
    feed = AlertFeed(cache, sla_overrides={(1, None): {"acknowledge_seconds": 30}})
    feed.start()
    try:
        told: list[None] = []
        feed.rules_changed.connect(lambda: told.append(None))
        p2 = Alert.from_row(wire_alert(T0, priority=2, procedure="QT-GT-01"))
        assert feed.policy.targets(p2) == (300, 7200)  # defaults while the cache has none
        cache.apply_items("alert_sla", [{"id": "p2", "priority": 2, "type": None,
                                         "acknowledge_seconds": 120, "resolve_seconds": 3600,
                                         "updated_at": iso(T0)}]).result(5)
        cache.apply_items("alert_procedures", [{
            "id": "QT-GT-01", "title": "Xử lý vi phạm giao thông", "types": ["ai_detection"],
            "steps": [{"text": "Xác minh qua camera", "mandatory": True}],
            "updated_at": iso(T0)}]).result(5)
        assert feed.policy.targets(p2) == (120, 3600)
        assert feed.policy.targets(Alert.from_row(wire_alert(T0, priority=1)))[0] == 30
        assert feed.procedures.for_alert(p2).steps[0].mandatory
        assert len(told) == 2
    finally:
        feed.stop()


def test_a_book_given_to_the_feed_is_the_one_it_fills_even_while_empty(cache):
    """An empty book has no length; the feed must still fill that book, not one of its own."""
    book = AlertBook()
    cache.apply_items("alerts", [wire_alert(T0, place="Chợ Cao Lãnh")]).result(5)
    feed = AlertFeed(cache, book)
    feed.start()
    try:
        assert feed.book is book
        assert len(book) == 1
    finally:
        feed.stop()
