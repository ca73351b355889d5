"""What the operator notices of arriving alerts: the sound, the repeat of a waiting P1, the
mute, the tray notice and the unacknowledged counts in the badge and the queue's tab."""

from __future__ import annotations

from datetime import timedelta

from attention_rows import Clock, attention_for, iso, row

from ioc_console.core.alerts.sla import SlaPolicy
from ioc_console.gui.alerts.attention.badge import AlertBadge
from ioc_console.gui.alerts.attention.counts import tab_title


def tick(attention, clock: Clock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        attention.tick()


def test_the_badge_counts_unacknowledged_alerts_per_priority(qtbot):
    clock = Clock()
    rows = [row(priority=1), row(priority=2), row(priority=2), row(priority=3)]
    rows += [row(priority=3, state="acknowledged", acknowledged_at=iso(clock()))]
    rows += [row(priority=4, state="resolved")]
    attention = attention_for(clock, rows)
    badge = AlertBadge(attention)
    qtbot.addWidget(badge)
    assert attention.counts == {1: 1, 2: 2, 3: 1, 4: 0}
    assert badge.counts_label.text() == "Unacknowledged: P1 1 · P2 2 · P3 1"
    assert tab_title("Alerts", attention.counts) == "Alerts (P1 1 · P2 2 · P3 1)"

    first = rows[0]
    acknowledged = {**first, "state": "acknowledged", "acknowledged_at": iso(clock())}
    attention.feed.book.apply([acknowledged, row(priority=4)])
    assert attention.counts == {1: 0, 2: 2, 3: 1, 4: 1}
    assert badge.counts_label.text() == "Unacknowledged: P2 2 · P3 1 · P4 1"


def test_no_waiting_alert_reads_as_such_and_the_tab_keeps_its_title(qtbot):
    attention = attention_for(Clock(), [row(state="resolved")])
    badge = AlertBadge(attention)
    qtbot.addWidget(badge)
    assert badge.counts_label.text() == "No unacknowledged alerts"
    assert tab_title("Alerts", attention.counts) == "Alerts"


def test_alerts_in_the_cache_at_start_sound_nothing_new_ones_sound_their_priority(qapp):
    clock = Clock()
    attention = attention_for(clock, [row(priority=2), row(priority=3)])
    assert attention.sounds.played == []
    attention.feed.book.apply([row(priority=3), row(priority=2)])
    assert attention.sounds.played == [2]  # the most urgent of what arrived, once
    assert attention.tray.shown[-1][0].startswith("P2 alert: ")
    attention.feed.book.apply([row(priority=4)])
    assert attention.sounds.played == [2, 4]
    assert len(attention.tray.shown) == 1  # P3/P4 are not worth a desktop notice


def test_a_waiting_p1_repeats_every_30_seconds_until_acknowledged(qapp):
    clock = Clock()
    attention = attention_for(clock)
    p1 = row(priority=1)
    attention.feed.book.apply([p1])
    tick(attention, clock, 65)
    assert attention.sounds.played == [1, 1, 1]
    attention.feed.book.apply([{**p1, "state": "acknowledged", "acknowledged_at": iso(clock())}])
    tick(attention, clock, 120)
    assert attention.sounds.played == [1, 1, 1]


def test_the_mute_is_visible_silences_for_its_minutes_and_can_be_lifted(qtbot):
    clock = Clock()
    attention = attention_for(clock, device=True)
    badge = AlertBadge(attention)
    qtbot.addWidget(badge)
    assert badge.mute_button.text() == "Sound on"
    badge.mute_button.click()
    assert badge.mute_button.text() == "Muted until 09:05"
    attention.feed.book.apply([row(priority=1)])
    tick(attention, clock, 299)
    assert attention.sounds.played == []
    tick(attention, clock, 1)  # five minutes: the mute ends by itself, the P1 still waits
    assert attention.sounds.played == [1]
    assert badge.mute_button.text() == "Sound on"
    badge.mute_button.click()
    attention.feed.book.apply([row(priority=2)])
    assert attention.sounds.played == [1]
    badge.mute_button.click()  # lifted by hand
    assert badge.mute_button.text() == "Sound on"
    attention.feed.book.apply([row(priority=2)])
    assert attention.sounds.played == [1, 2]


def test_without_an_audio_device_everything_but_the_sound_goes_on(qtbot, caplog):
    clock = Clock()
    attention = attention_for(clock, device=False)
    badge = AlertBadge(attention)
    qtbot.addWidget(badge)
    assert badge.mute_button.text() == "No audio device"  # not "Sound on"
    attention.feed.book.apply([row(priority=1), row(priority=2)])
    tick(attention, clock, 31)
    assert attention.sounds.played == [1, 1]
    assert attention.counts[1] == 1 and attention.counts[2] == 1
    assert "P1 1" in badge.counts_label.text()
    missing = [r for r in caplog.records if "no audio output" in r.getMessage()]
    assert len(missing) == 1


def test_over_a_book_and_load_kept_by_another_part_nothing_is_counted_twice(qapp):
    from PySide6.QtGui import QIcon

    from ioc_console.core.alerts.book import AlertBook
    from ioc_console.core.alerts.load import AlarmLoad
    from ioc_console.gui.alerts.attention.controller import Attention
    from ioc_console.gui.alerts.attention.feed import AlertFeed
    from ioc_console.gui.alerts.attention.sounds import SoundBank
    from ioc_console.gui.alerts.attention.tray import TrayNotifier

    clock = Clock()
    book, load = AlertBook(), AlarmLoad(clock)
    book.arrived.connect(load.record_alerts)  # as the owner of the book does
    book.load([row(clock() - timedelta(hours=1), priority=2)])  # known before: not an arrival
    feed = AlertFeed(None, clock, shared=(book, load, SlaPolicy))
    tray = TrayNotifier(QIcon(), lambda: None, available=lambda: False)
    attention = Attention(feed, SoundBank(None, has_device=lambda: False), tray, clock=clock)
    attention.start()
    assert attention.counts[2] == 1 and attention.sounds.played == []
    book.apply([row(clock(), priority=1)])
    assert attention.counts[1] == 1 and attention.sounds.played == [1]
    assert load.rate_10min == 1  # the arrival, once
    assert feed.rate_series(timedelta(minutes=1), timedelta(minutes=1))[-1][1] == 1


def test_in_an_alarm_flood_only_p1_and_p2_arrivals_sound(qapp):
    clock = Clock()
    attention = attention_for(clock)
    for _ in range(11):  # the 11th alarm in 10 minutes starts a flood
        clock.advance(10)
        attention.feed.book.apply([row(clock(), priority=4)])
    assert attention.feed.load.in_flood
    attention.sounds.played.clear()
    attention.feed.book.apply([row(clock(), priority=3)])
    attention.feed.book.apply([row(clock(), priority=2)])
    assert attention.sounds.played == [2]
    assert attention.counts[3] == 1  # still counted and shown


def test_clicking_a_notification_raises_the_console_when_the_option_says_so(qapp):
    from PySide6.QtGui import QIcon

    from ioc_console.gui.alerts.attention.tray import TrayNotifier

    raised = []
    tray = TrayNotifier(QIcon(), lambda: raised.append(True), available=lambda: False)
    tray._clicked()
    assert raised == [True]
    tray.raise_on_click = lambda: False
    tray._clicked()
    assert raised == [True]


def test_a_book_fed_on_another_thread_reaches_the_counts_on_the_gui_thread(qtbot):
    import threading

    from PySide6.QtCore import QThread
    from PySide6.QtGui import QIcon

    from ioc_console.core.alerts.book import AlertBook
    from ioc_console.core.alerts.load import AlarmLoad
    from ioc_console.gui.alerts.attention.controller import Attention
    from ioc_console.gui.alerts.attention.feed import AlertFeed
    from ioc_console.gui.alerts.attention.sounds import SoundBank
    from ioc_console.gui.alerts.attention.tray import TrayNotifier

    clock = Clock()
    book = AlertBook()
    feed = AlertFeed(None, clock, shared=(book, AlarmLoad(clock), SlaPolicy))
    tray = TrayNotifier(QIcon(), lambda: None, available=lambda: False)
    attention = Attention(feed, SoundBank(None, has_device=lambda: False), tray, clock=clock)
    attention.start()
    threads = []
    attention.countsChanged.connect(lambda _c: threads.append(QThread.currentThread()))
    writer = threading.Thread(target=lambda: book.apply([row(clock(), priority=1)]))
    writer.start()
    writer.join()
    qtbot.waitUntil(lambda: attention.counts[1] == 1, timeout=3000)
    assert threads == [qtbot_gui_thread()]
    assert attention.sounds.played == [1]


def qtbot_gui_thread():
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance().thread()


def test_the_counts_kept_change_by_change_equal_a_fresh_count(qapp):
    import random

    from ioc_console.gui.alerts.attention.counts import counts_by_priority, unacknowledged

    clock = Clock()
    attention = attention_for(clock)
    rows = {}
    draw = random.Random(12)
    for step in range(400):
        clock.advance(5)
        if rows and draw.random() < 0.5:
            key = draw.choice(sorted(rows))
            change = draw.choice(["ack", "worse", "resolve", "delete"])
            old = rows[key]
            if change == "ack":
                new = {**old, "state": "acknowledged", "acknowledged_at": iso(clock())}
            elif change == "worse":
                new = {**old, "priority": max(1, old["priority"] - 1), "updated_at": iso(clock())}
            elif change == "resolve":
                new = {**old, "state": "resolved"}
            else:
                new = {**old, "deleted": True}
            rows[key] = new
            attention.feed.book.apply([new])
        else:
            new = row(clock(), priority=draw.randint(1, 4))
            rows[new["id"]] = new
            attention.feed.book.apply([new])
        fresh = counts_by_priority(unacknowledged(attention.feed.book.alerts()).values())
        assert attention.counts == fresh, step
