"""The alarm-load panel: this position's alarms per 10 minutes against the ISA-18.2 bands, the
flood banner, standing and stale counts, the noisiest sources and the priority mix."""

from __future__ import annotations

from datetime import timedelta

from attention_rows import T0, Clock, row

from ioc_console.gui.alerts.attention.feed import AlertFeed
from ioc_console.gui.alerts.attention.load_panel import AlarmLoadPanel


def panel_for(qtbot, clock: Clock, old_rows: list[dict] = ()):
    feed = AlertFeed(None, clock)
    feed.book.load(list(old_rows))
    panel = AlarmLoadPanel(feed)
    qtbot.addWidget(panel)
    return feed, panel


def arrive(feed: AlertFeed, clock: Clock, count: int, every_s: float, **fields) -> None:
    for _ in range(count):
        clock.advance(every_s)
        feed.book.apply([row(clock(), **fields)])


def test_the_rate_and_its_band_follow_the_alarms_of_the_last_10_minutes(qtbot):
    clock = Clock()
    feed, panel = panel_for(qtbot, clock)
    assert panel.rate_label.text() == "0 alarm(s) in the last 10 min"
    assert panel.band_label.text().startswith("acceptable")
    arrive(feed, clock, 2, 60)
    panel.refresh()
    assert panel.rate_label.text() == "2 alarm(s) in the last 10 min"
    assert panel.band_label.text().startswith("manageable")
    arrive(feed, clock, 1, 60)
    panel.refresh()
    assert panel.band_label.text() == "over the manageable load"
    clock.advance(11 * 60)
    panel.refresh()
    assert panel.rate_label.text() == "0 alarm(s) in the last 10 min"


def test_the_eleventh_alarm_in_10_minutes_shows_the_flood_and_its_time_is_counted(qtbot):
    clock = Clock()
    feed, panel = panel_for(qtbot, clock)
    arrive(feed, clock, 10, 30)
    panel.refresh()
    assert panel.flood_label.isHidden()
    arrive(feed, clock, 1, 30)
    panel.refresh()
    assert not panel.flood_label.isHidden()
    assert "09:05" in panel.flood_label.text()  # the 11th alarm came at 09:05:30
    clock.advance(20 * 60)  # quiet: the window falls below 5 and the flood ends
    panel.refresh()
    assert panel.flood_label.isHidden()
    assert panel.flood_today.text() != "0 h 00 min"


def test_standing_stale_noisiest_and_priority_mix(qtbot):
    clock = Clock()
    old = [
        row(T0 - timedelta(hours=30), priority=3, state="acknowledged"),  # stale
        row(T0 - timedelta(minutes=10), priority=2),  # unacknowledged past 5 min: standing
    ]
    feed, panel = panel_for(qtbot, clock, old)
    arrive(feed, clock, 3, 1, source="CAM-007", priority=4)
    arrive(feed, clock, 1, 1, source="1022", priority=1)
    panel.refresh()
    assert panel.standing_label.text() == "1"
    assert panel.stale_label.text() == "1"
    top = panel.sources.topLevelItem(0)
    # today's alarms: the standing P2 (raised 08:50, in the cache at start) and the four new
    assert (top.text(0), top.text(1), top.text(2)) == ("CAM-007", "3", "60%")
    mix = {
        panel.mix.topLevelItem(i).text(0): panel.mix.topLevelItem(i).text(2)
        for i in range(panel.mix.topLevelItemCount())
    }
    assert mix == {"High (P1)": "20%", "Medium (P2)": "20%", "Low (P3, P4)": "60%"}
    assert panel.curve.getData()[1][-1] == 4  # the chart's last point: 4 alarms in 10 min


def test_a_restarted_console_shows_the_flood_it_had_this_morning(qtbot):
    clock = Clock()  # 09:00; at 08:00-08:05, 12 alarms: a flood that ended by itself
    morning = [row(T0 - timedelta(minutes=60) + timedelta(seconds=25 * n)) for n in range(12)]
    _feed, panel = panel_for(qtbot, clock, morning)
    panel.refresh()
    assert panel.flood_label.isHidden()
    assert panel.flood_today.text() != "0 h 00 min"
    assert panel.sources.topLevelItemCount() == 10  # twelve sources, the ten shown
