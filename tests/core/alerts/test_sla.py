"""SLA countdowns (amber at 80 %, red when breached) and breaches announced once, on a clock
the test moves by hand."""

from __future__ import annotations

from datetime import timedelta

from alert_fixtures import T0, iso, wire_alert

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.sla import Breach, SlaPolicy, SlaWatch

BACKEND_ROWS = [
    {"id": "P1", "priority": 1, "type": None, "acknowledge_seconds": 60,
     "resolve_seconds": 1800},
    {"id": "P2", "priority": 2, "type": None, "acknowledge_seconds": 300,
     "resolve_seconds": 7200},
    {"id": "P2-cap", "priority": 2, "type": "cap_warning", "acknowledge_seconds": 120,
     "resolve_seconds": 3600},
    {"id": "gone", "priority": 3, "type": None, "acknowledge_seconds": 5, "deleted": True},
    {"id": "bad", "priority": 9, "type": None, "acknowledge_seconds": 5},
]


def alert(**fields: object) -> Alert:
    return Alert.from_row(wire_alert(T0, **fields))


def test_targets_come_from_the_backend_per_priority_and_type_with_defaults_for_the_rest():
    policy = SlaPolicy.from_rows(BACKEND_ROWS)
    assert policy.targets(alert(priority=1)) == (60, 1800)
    assert policy.targets(alert(priority=2)) == (300, 7200)
    assert policy.targets(alert(priority=2, type="cap_warning")) == (120, 3600)
    assert policy.targets(alert(priority=3)) == (900, 8 * 3600)  # the built-in default
    assert SlaPolicy.from_rows([]).targets(alert(priority=1)) == (60, 1800)


def test_the_site_profile_overrides_the_backend_field_by_field():
    overrides = {(1, None): {"acknowledge_seconds": 30},
                 (2, "cap_warning"): {"resolve_seconds": 900}}
    policy = SlaPolicy.from_rows(BACKEND_ROWS, overrides)
    assert policy.targets(alert(priority=1)) == (30, 1800)
    assert policy.targets(alert(priority=1, type="cap_warning")) == (30, 1800)
    assert policy.targets(alert(priority=2, type="cap_warning")) == (120, 900)


def test_the_countdown_turns_amber_at_80_percent_and_red_when_breached(clock):
    policy = SlaPolicy.from_rows(BACKEND_ROWS)
    p1 = alert(priority=1)
    assert policy.countdown(p1, clock()).level == "ok"
    clock.advance(47)
    running = policy.countdown(p1, clock())
    assert (running.level, running.left_s, running.phase) == ("ok", 13, "acknowledge")
    clock.advance(1)  # 48 of 60 s: 80 %
    assert policy.countdown(p1, clock()).level == "amber"
    clock.advance(12)
    breached = policy.countdown(p1, clock())
    assert breached.level == "red" and breached.left_s == 0
    assert breached.deadline == T0 + timedelta(seconds=60)


def test_once_acknowledged_the_clock_runs_against_the_resolve_target(clock):
    policy = SlaPolicy.from_rows(BACKEND_ROWS)
    acked = alert(priority=1, state="acknowledged", acknowledged_at=iso(T0 + timedelta(seconds=30)))
    clock.advance(120)
    running = policy.countdown(acked, clock())
    assert running.phase == "resolve" and running.level == "ok"
    assert running.deadline == T0 + timedelta(minutes=30)
    assert policy.countdown(alert(state="shelved"), clock()) is None
    assert policy.countdown(alert(state="resolved"), clock()) is None


def test_a_breach_is_announced_once_per_alert_and_kind(clock):
    policy = SlaPolicy.from_rows(BACKEND_ROWS)
    watch = SlaWatch(policy, clock)
    told: list[Breach] = []
    watch.breached.connect(told.append)
    p1, p2 = alert(priority=1), alert(priority=2)
    assert watch.check([p1, p2]) == []
    clock.advance(61)
    assert [b.alert_id for b in watch.check([p1, p2])] == [p1.id]
    assert watch.check([p1, p2]) == []  # already told
    clock.advance(300)
    assert [(b.alert_id, b.kind) for b in watch.check([p1, p2])] == [(p2.id, "acknowledge")]
    assert [(b.alert_id, b.kind, b.priority) for b in told] == [
        (p1.id, "acknowledge", 1), (p2.id, "acknowledge", 2)]
    # acknowledged late, it then breaches its resolve target too, once
    acked = alert(id=p1.id, priority=1, state="assigned", acknowledged_at=iso(clock()))
    clock.advance(1800)
    assert [(b.alert_id, b.kind) for b in watch.check([acked])] == [(p1.id, "resolve")]


def test_a_watch_that_follows_the_book_announces_breaches_as_they_come_due(clock):
    book = AlertBook()
    p1, p2 = wire_alert(T0, priority=1, place="A"), wire_alert(T0, priority=2, place="B")
    book.load([p1, p2, wire_alert(T0, priority=1, place="C", state="closed")])
    watch = SlaWatch(SlaPolicy.from_rows(BACKEND_ROWS), clock)
    watch.follow(book)
    told: list[Breach] = []
    watch.breached.connect(told.append)
    assert watch.check() == []
    # the P1 is acknowledged in time: its acknowledge deadline passes without a breach
    acked_at = iso(T0 + timedelta(seconds=30))
    book.apply([{**p1, "state": "acknowledged", "acknowledged_at": acked_at,
                 "updated_at": acked_at}])
    clock.advance(61)
    assert watch.check() == []
    clock.advance(300)  # the P2 is still new after 5 minutes
    assert [(b.alert_id, b.kind) for b in watch.check()] == [(p2["id"], "acknowledge")]
    assert watch.check() == []
    clock.advance(1800)  # the P1 is not resolved within 30 minutes
    assert [(b.alert_id, b.kind) for b in watch.check()] == [(p1["id"], "resolve")]
    # an alert raised later joins the watch through the book's changes
    late = wire_alert(clock(), priority=1, place="D")
    book.apply([late])
    clock.advance(61)
    assert [b.alert_id for b in watch.check()] == [late["id"]]
    assert len(told) == 3
    # new targets from the backend: every deadline anew
    watch.set_policy(SlaPolicy.from_rows([], {(3, None): {"acknowledge_seconds": 1}}))
    p3 = wire_alert(clock(), priority=3, place="E")
    book.apply([p3])
    clock.advance(2)
    assert [b.alert_id for b in watch.check()] == [p3["id"]]
    watch.unfollow()


def test_breaches_already_past_when_the_book_is_read_are_known_not_announced(clock):
    """A console that starts (or reads its cache anew) with alerts long past their SLA does
    not announce each of them; what passes its deadline from then on is announced."""
    book = AlertBook()
    old = wire_alert(T0 - timedelta(hours=3), priority=1, place="A")
    fresh = wire_alert(T0, priority=1, place="B")
    book.load([old, fresh])
    watch = SlaWatch(SlaPolicy.from_rows(BACKEND_ROWS), clock)
    watch.follow(book)
    assert watch.check() == []
    clock.advance(61)
    assert [(b.alert_id, b.kind) for b in watch.check()] == [(fresh["id"], "acknowledge")]
    # read anew (the cache reset): still nothing old is news
    late = wire_alert(T0 - timedelta(hours=2), priority=2, place="C")
    book.load([old, fresh, late])
    assert watch.check() == []
    # an old alert that arrives by itself later (the link was down) is news at once
    missed = wire_alert(T0 - timedelta(hours=1), priority=2, place="D")
    book.apply([missed])
    assert [(b.alert_id, b.kind) for b in watch.check()] == [(missed["id"], "acknowledge")]


def test_a_check_that_must_not_wait_finds_nothing_while_the_deadlines_are_read_anew(clock):
    book = AlertBook()
    book.load([wire_alert(T0, priority=1, place="A")])
    watch = SlaWatch(SlaPolicy.from_rows(BACKEND_ROWS), clock)
    watch.follow(book)
    clock.advance(61)
    with watch._lock:  # as while another thread reads every deadline anew
        assert watch.check(wait=False) == []
    assert len(watch.check(wait=False)) == 1  # the next tick finds it


def test_a_cache_filled_anew_by_the_sync_does_not_announce_its_old_breaches(clock):
    """The first sync into an empty cache (a new install, a changed ward scope) adds every open
    alert at once: those long past their deadline are known, as when the book is read anew;
    a fresh one in the same fill is announced when its deadline passes."""
    book = AlertBook()
    book.load([])
    watch = SlaWatch(SlaPolicy.from_rows(BACKEND_ROWS), clock)
    watch.follow(book)
    old = [wire_alert(T0 - timedelta(hours=3), priority=2, place=f"P{i}") for i in range(80)]
    fresh = wire_alert(T0, priority=1, place="B")
    book.apply([*old, fresh])
    assert watch.check() == []
    clock.advance(61)
    assert [(b.alert_id, b.kind) for b in watch.check()] == [(fresh["id"], "acknowledge")]
