"""The operator's alarm load: ISA-18.2 bands, flood mode entered at the 11th alarm in 10
minutes and left below 5, time in flood, the noisiest sources and the priority mix."""

from __future__ import annotations

import logging
from datetime import timedelta

from alert_fixtures import T0, iso, wire_alert

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.load import AlarmLoad, band, stale, standing
from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.sla import SlaPolicy


def test_the_isa_bands():
    assert [band(n) for n in (0, 1, 2, 3, 40)] == [
        "acceptable", "acceptable", "manageable", "over", "over"]


def test_flood_starts_at_the_eleventh_alarm_in_ten_minutes_and_ends_below_five(clock, caplog):
    caplog.set_level(logging.INFO, "ioc_console.core.alerts.load")
    load = AlarmLoad(clock)
    heard: list[bool] = []
    load.flood_changed.connect(heard.append)
    for _ in range(10):  # ten alarms, one every 50 s: 10 in the window, not a flood
        load.record(clock(), "CAM-001", 2)
        clock.advance(50)
    assert load.rate_10min == 10 and not load.in_flood and heard == []
    load.record(clock(), "CAM-002", 2)  # the 11th within 10 minutes
    assert load.in_flood and heard == [True]
    entered = clock()
    assert load.flood_since == entered
    assert "Alarm flood: 11 alarms in 10 minutes" in caplog.text

    # quiet from now: the window empties one alarm every 50 s; 5 still in it is still a flood
    last = clock()
    clock.advance(600 - 50 * 6)  # the window (now-10 min, now] holds the last 6 alarms
    assert load.rate_10min == 6 and load.in_flood
    clock.advance(50)
    assert load.rate_10min == 5 and load.in_flood  # 5 is not fewer than 5
    clock.advance(49)
    assert load.in_flood
    clock.advance(1)  # the 5th latest alarm leaves the window: 4 left
    assert load.rate_10min == 4
    assert not load.in_flood and heard == [True, False]
    assert "Alarm flood over" in caplog.text
    (flood,) = load.floods()
    assert flood == (entered, last + timedelta(seconds=600 - 4 * 50))
    assert load.flood_seconds_today == (flood[1] - flood[0]).total_seconds() == 400


def test_the_flood_ends_at_its_moment_even_when_nobody_looks_until_later(clock):
    load = AlarmLoad(clock)
    for _ in range(11):
        load.record(clock(), "CAM-001", 3)
        clock.advance(10)
    assert load.in_flood
    entered = load.flood_since
    clock.advance(3600)  # an hour later another alarm comes
    load.record(clock(), "CAM-001", 3)
    assert not load.in_flood
    # the 5th latest of the burst was at +60 s: the window fell to 4 at +660 s
    assert load.floods() == [(entered, entered + timedelta(seconds=560))]
    assert load.flood_seconds_between(T0, T0 + timedelta(seconds=300)) == 200


def test_a_flood_can_start_again_after_it_ended(clock):
    load = AlarmLoad(clock)
    heard: list[bool] = []
    load.flood_changed.connect(heard.append)
    for _burst in range(2):
        for _ in range(11):
            load.record(clock(), "CAM-001", 3)
            clock.advance(1)
        clock.advance(1200)
        load.tick()
    assert heard == [True, False, True, False]
    assert len(load.floods()) == 2


def test_noisiest_sources_and_priority_mix_of_today(clock):
    load = AlarmLoad(clock)
    for source, priority, times in (("CAM-001", 3, 6), ("1022", 2, 3), ("kpi:aqi", 1, 1)):
        for _ in range(times):
            load.record(clock(), source, priority)
    load.record(clock() - timedelta(days=1), "CAM-OLD", 1)  # yesterday's: not today's figures
    noisiest = load.noisiest(2)
    assert [(s.source, s.count, s.share) for s in noisiest] == [("CAM-001", 6, 0.6),
                                                               ("1022", 3, 0.3)]
    mix = load.priority_mix()
    assert mix.counts == {1: 1, 2: 3, 3: 6}
    assert mix.shares == {"low": 0.6, "medium": 0.3, "high": 0.1}
    assert mix.recommended == {"low": 0.80, "medium": 0.15, "high": 0.05}
    clock.advance(24 * 3600)  # tomorrow starts afresh
    assert load.noisiest() == [] and load.priority_mix().counts == {}


def test_the_book_feeds_new_alerts_and_repeats_into_the_load(clock):
    load = AlarmLoad(clock)
    book = AlertBook()
    book.arrived.connect(load.record_alerts)
    row = wire_alert(T0)
    book.apply([row])
    book.apply([{**row, "duplicate_count": 1, "last_repeat_at": iso(T0)}])
    book.apply([{**row, "title": "edited"}])  # an edit is no new alarm
    assert load.rate_10min == 2


def test_a_rules_condition_standing_at_start_is_no_activation_but_its_repeat_is(clock):
    """A plugin rule's alerts found standing when the console started (its first look) are
    not new alarms of the operator's last ten minutes; a repeat later is."""
    load = AlarmLoad(clock)
    book = AlertBook()
    book.arrived.connect(load.record_alerts)
    standing_rows = [wire_alert(T0, origin="rule", standing_at_start=True) for _ in range(12)]
    book.apply(standing_rows)
    assert load.rate_10min == 0 and not load.in_flood
    fresh = wire_alert(T0, origin="rule", standing_at_start=False)
    book.apply([fresh])
    assert load.rate_10min == 1
    book.apply([{**standing_rows[0], "duplicate_count": 1, "last_repeat_at": iso(T0)}])
    assert load.rate_10min == 2
    replayed = AlarmLoad(clock)
    replayed.replay(book.all_alerts())  # a restart counts them the same way
    assert replayed.rate_10min == 2


def test_standing_and_stale_alarms(clock):
    policy = SlaPolicy.from_rows([])
    fresh = Alert.from_row(wire_alert(T0, priority=1))
    acked = Alert.from_row(wire_alert(T0, priority=1, state="acknowledged",
                                      acknowledged_at=iso(T0)))
    old = Alert.from_row(wire_alert(T0 - timedelta(hours=25), priority=4, state="assigned",
                                    acknowledged_at=iso(T0 - timedelta(hours=24))))
    closed = Alert.from_row(wire_alert(T0 - timedelta(hours=30), state="closed"))
    everything = [fresh, acked, old, closed]
    assert standing(everything, policy, T0 + timedelta(seconds=60)) == []
    assert standing(everything, policy, T0 + timedelta(seconds=61)) == [fresh]
    assert stale(everything, T0) == [old]
    load = AlarmLoad(clock)
    clock.advance(61)
    assert load.standing(everything, policy) == [fresh] and load.stale(everything) == [old]


def test_a_restarted_console_rebuilds_todays_floods_from_the_alerts_it_knows(clock):
    # eleven alarms within ten minutes this morning, and one old alert from yesterday
    burst = [Alert.from_row(wire_alert(T0 + timedelta(seconds=10 * i), source=f"CAM-{i % 2}"))
             for i in range(11)]
    old = Alert.from_row(wire_alert(T0 - timedelta(days=1), source="CAM-OLD"))
    clock.advance(3600)
    load = AlarmLoad(clock)
    heard: list[bool] = []
    load.flood_changed.connect(heard.append)
    load.replay([*reversed(burst), old])
    assert load.floods() == [(T0 + timedelta(seconds=100), T0 + timedelta(seconds=660))]
    assert load.flood_seconds_today == 560 and not load.in_flood and heard == []
    assert [(s.source, s.count) for s in load.noisiest()] == [("CAM-0", 6), ("CAM-1", 5)]

    # replayed during a flood, the console starts in flood mode and says so once
    clock.now = T0 + timedelta(seconds=200)
    flooded = AlarmLoad(clock)
    flooded.flood_changed.connect(heard.append)
    flooded.replay(burst)
    assert flooded.in_flood and heard == [True]
