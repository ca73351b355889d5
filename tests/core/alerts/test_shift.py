"""The shift report's figures against a fixture computed by hand.

The shift runs 08:00-16:00. Targets are the defaults: acknowledge P1 60 s, P2 5 min, P3 15 min,
P4 1 h; resolve P1 30 min, P2 2 h, P3 8 h, P4 24 h.

| alert | P | raised      | source  | what happened                               | state      |
|-------|---|-------------|---------|---------------------------------------------|------------|
| A     | 1 | 08:10       | CAM-001 | ack 08:10:30, resolved 08:30 (in time)      | resolved   |
| B     | 2 | 09:00       | CAM-001 | 2 repeats, nobody acted                     | new        |
| C     | 3 | 10:00       | 1022    | ack 10:20 (target 10:15), assigned 10:25    | assigned   |
| D     | 4 | yest. 07:00 | kpi:aqi | ack yesterday; a comment today              | acknowl.   |
| E     | 3 | 12:00       | CAM-002 | shelved 12:02                               | shelved    |
| F     | 1 | 15:59:30    | CAM-001 | nothing yet (its target is after the shift) | new        |
| G     | 2 | 17:00       | CAM-003 | after the shift                             | new        |
| H     | 3 | 08:00       | 1022    | breach recorded 08:15; ack 08:20, resolved  | closed     |
|       |   |             |         | 09:00, closed 09:10                         |            |

raised: A B C E F H = 6, with 2 repeats (B's); handled (an operator acknowledged, assigned,
shelved, resolved ... in the shift): A C E H = 4 (D's comment is no handling); open at the end:
B C D E F = 5, shown F (P1), B (P2), C, E (P3, oldest first), D (P4); standing at 16:00: B = 1;
stale: D = 1; SLA breaches: B acknowledge (09:05), B resolve (11:00), C acknowledge (10:15),
H acknowledge (08:15, computed and recorded: once) = 4; noisiest (an alert and its repeats):
CAM-001 A+B(3)+F = 5, 1022 C+H = 2, CAM-002 E = 1 of 8; priorities of the 8: P1 2, P2 3, P3 3.
A flood of 11 alarms at 10:00:00-10:00:10, one a second, starts at the 11th (10:00:10) and ends
when the 5th latest (10:00:06) leaves the window at 10:10:06: 596 s in flood.
"""

from __future__ import annotations

from datetime import timedelta

from alert_fixtures import T0, iso, wire_alert

from ioc_console.core.alerts.load import AlarmLoad
from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.shift import shift_report
from ioc_console.core.alerts.sla import SlaPolicy

START, END = T0, T0 + timedelta(hours=8)


def at(hours: int, minutes: int = 0, seconds: int = 0) -> str:
    """A time of the shift's day, as the wire writes it."""
    return iso(T0.replace(hour=hours, minute=minutes, second=seconds))


def entry(action: str, when: str, by: str = "operator", text: str | None = None) -> dict:
    return {"action": action, "by": by, "at": when, "text": text}


def raised(when: str, **fields: object) -> Alert:
    history = [entry("create", when, "system"), *fields.pop("history", [])]  # type: ignore[misc]
    row = wire_alert(T0, created_at=when, history=history, **fields)
    return Alert.from_row(row)


def fixture() -> dict[str, Alert]:
    yesterday = T0 - timedelta(days=1)
    return {
        "A": raised(at(8, 10), priority=1, source="CAM-001", state="resolved",
                    acknowledged_at=at(8, 10, 30),
                    history=[entry("acknowledge", at(8, 10, 30)), entry("resolve", at(8, 30))]),
        "B": raised(at(9), priority=2, source="CAM-001", duplicate_count=2,
                    last_repeat_at=at(9, 30)),
        "C": raised(at(10), priority=3, source="1022", state="assigned",
                    acknowledged_at=at(10, 20),
                    history=[entry("acknowledge", at(10, 20)), entry("assign", at(10, 25))]),
        "D": raised(iso(yesterday.replace(hour=7)), priority=4, source="kpi:aqi",
                    state="acknowledged", acknowledged_at=iso(yesterday.replace(hour=7, minute=30)),
                    history=[entry("acknowledge", iso(yesterday.replace(hour=7, minute=30))),
                             entry("comment", at(9), text="Đang theo dõi")]),
        "E": raised(at(12), priority=3, source="CAM-002", state="shelved",
                    history=[entry("shelve", at(12, 2), text="Chờ lực lượng")]),
        "F": raised(at(15, 59, 30), priority=1, source="CAM-001"),
        "G": raised(at(17), priority=2, source="CAM-003"),
        "H": raised(at(8), priority=3, source="1022", state="closed", acknowledged_at=at(8, 20),
                    history=[entry("sla_breach", at(8, 15), "system", "acknowledge"),
                             entry("acknowledge", at(8, 20)), entry("resolve", at(9)),
                             entry("close", at(9, 10), "supervisor")]),
    }


def test_the_shift_reports_figures_match_the_hand_computed_ones(clock):
    alerts = fixture()
    name = {a.id: key for key, a in alerts.items()}
    load = AlarmLoad(clock)
    for second in range(11):
        clock.now = T0.replace(hour=10, second=second)
        load.record(clock(), "CAM-001", 3)
    clock.now = END

    report = shift_report(alerts.values(), START, END, SlaPolicy.from_rows([]), load,
                          note="Bàn giao: theo dõi B")

    assert (report.raised, report.repeats, report.handled, report.open) == (6, 2, 4, 5)
    assert [name[i] for i in report.open_items] == ["F", "B", "C", "E", "D"]
    assert (report.standing, report.stale) == (1, 1)
    assert report.sla_breaches == 4
    assert sorted((name[i], kind) for i, kind in report.breaches) == [
        ("B", "acknowledge"), ("B", "resolve"), ("C", "acknowledge"), ("H", "acknowledge")]
    assert report.flood_seconds == 596
    assert [(s.source, s.count, s.share) for s in report.noisiest] == [
        ("CAM-001", 5, 0.625), ("1022", 2, 0.25), ("CAM-002", 1, 0.125)]
    assert report.priority_mix.counts == {1: 2, 2: 3, 3: 3}
    assert report.priority_mix.shares == {"low": 0.375, "medium": 0.375, "high": 0.25}
    assert report.note == "Bàn giao: theo dõi B"


def test_a_report_without_an_alarm_load_has_no_time_in_flood():
    report = shift_report([], START, END, SlaPolicy.from_rows([]))
    assert (report.raised, report.open, report.flood_seconds, report.noisiest) == (0, 0, 0, [])
