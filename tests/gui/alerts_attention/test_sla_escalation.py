"""An SLA breach escalates: a supervisor signed in at this console is told once (a desktop
notification and a notice in the console); an operator's console stays quiet about it. The
clock is moved by hand."""

from __future__ import annotations

from datetime import timedelta

from attention_rows import Clock, row
from PySide6.QtGui import QIcon

from ioc_console.gui.alerts.attention.escalation import SlaEscalation
from ioc_console.gui.alerts.attention.feed import AlertFeed
from ioc_console.gui.alerts.attention.tray import TrayNotifier


def escalation_for(
    clock: Clock, rows: list[dict], role: str, cache=None
) -> tuple[SlaEscalation, list]:
    feed = AlertFeed(None, clock)
    feed.book.load(rows)
    tray = TrayNotifier(QIcon(), lambda: None, available=lambda: False)
    notices: list[tuple[str, str]] = []
    escalation = SlaEscalation(
        feed, tray, lambda: role, lambda *n: notices.append(n), cache=cache
    )
    return escalation, notices


def test_a_supervisor_is_told_once_when_a_p1_waits_past_its_minute(qapp):
    clock = Clock()
    old = row(clock() - timedelta(hours=5), priority=1)  # long breached: known at start
    escalation, notices = escalation_for(clock, [old], "supervisor")
    assert escalation.tick() == []
    fresh = row(clock(), priority=1, title="Ngập sâu tại Phường 1")
    escalation.feed.book.apply([fresh])
    clock.advance(59)
    assert escalation.tick() == [] and escalation.tray.shown == []
    clock.advance(2)
    told = escalation.tick()
    assert [(b.alert_id, b.kind) for b in told] == [(fresh["id"], "acknowledge")]
    title, text = escalation.tray.shown[-1]
    assert title == "SLA breached: P1 Ngập sâu tại Phường 1"
    assert text.startswith("Not acknowledged in time (due 06/12/2026 09:01")
    assert notices == [("warning", f"{title}. {text}")]
    clock.advance(5)
    assert escalation.tick() == [] and len(escalation.tray.shown) == 1  # once


def test_several_breaches_at_once_make_one_notice_naming_the_most_urgent(qapp):
    clock = Clock()
    escalation, notices = escalation_for(clock, [], "admin")
    p2 = row(clock() - timedelta(seconds=250), priority=2, title="Kẹt xe")
    p1 = row(clock(), priority=1, title="Cháy chợ")
    escalation.feed.book.apply([p2, p1])
    clock.advance(61)
    assert len(escalation.tick()) == 2
    assert escalation.tray.shown == [
        ("SLA breached: 2 alerts", "The most urgent: P1 Cháy chợ.")]
    assert len(notices) == 1


def test_an_operators_console_marks_the_breach_but_pages_nobody(qapp):
    clock = Clock()
    escalation, notices = escalation_for(clock, [], "operator")
    escalation.feed.book.apply([row(clock(), priority=1)])
    clock.advance(61)
    assert len(escalation.tick()) == 1  # found (and logged) ...
    assert escalation.tray.shown == [] and notices == []  # ... but told to a supervisor only


def test_in_a_storm_of_breaches_the_supervisor_gets_one_notice_each_half_minute(qapp):
    clock = Clock()
    escalation, notices = escalation_for(clock, [], "supervisor")
    book = escalation.feed.book
    book.apply([row(clock(), priority=1, title="Thứ nhất")])
    clock.advance(61)
    escalation.tick()
    assert len(escalation.tray.shown) == 1
    for n in range(3):  # three more P1s breach within the next half minute
        book.apply([row(clock() - timedelta(seconds=55), priority=1, title=f"Số {n}")])
        clock.advance(6)
        assert len(escalation.tick()) == 1
    assert len(escalation.tray.shown) == 1  # held ...
    clock.advance(12)
    escalation.tick()  # ... and told together 30 s after the first
    assert escalation.tray.shown[-1] == ("SLA breached: 3 alerts", "The most urgent: P1 Số 0.")
    assert len(notices) == 2


def test_the_breach_of_an_alert_the_console_raised_itself_is_recorded_in_its_history(
    qapp, cache
):
    clock = Clock()
    escalation, _notices = escalation_for(clock, [], "operator", cache)
    own = row(clock(), priority=1, origin="cap_feed")  # from the site's CAP feed
    backend = row(clock(), priority=1)  # the backend records its own
    cache.apply_items("alerts", [own, backend]).result(5)
    escalation.feed.book.apply([own, backend])
    clock.advance(61)
    assert len(escalation.tick()) == 2
    cache.writer.submit(lambda _c: []).result(5)  # what was submitted before is written
    recorded = cache.get("alerts", own["id"])
    assert recorded["sla_breached"].keys() == {"acknowledge"}
    assert recorded["history"][-1]["action"] == "sla_breach"
    assert cache.get("alerts", backend["id"]).get("sla_breached") in (None, {})
