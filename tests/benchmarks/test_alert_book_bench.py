"""The alert book under the queue's load: 100,000 alerts loaded (most of them closed), then
bursts of 1,000 new alerts a second, compared with the same bursts into an empty book: an
update must cost the same however many alerts the book holds. Prints figures; asserts nothing
about time."""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.load import AlarmLoad
from ioc_console.core.clock import CITY_TZ

T0 = datetime(2026, 12, 6, 8, 0, tzinfo=CITY_TZ)
PLACES = [f"Điểm {i}" for i in range(5000)]
SOURCES = [f"CAM-{i:03d}" for i in range(300)]


def row(rng: random.Random, n: int, at: datetime, state: str = "new") -> dict:
    return {
        "id": f"AL-{n:07d}", "priority": rng.choice((1, 2, 3, 3, 4)), "state": state,
        "type": rng.choice(("ai_detection", "kpi_breach", "complaint_overdue")),
        "source": rng.choice(SOURCES), "place": rng.choice(PLACES),
        "lat": 10.40 + rng.random() * 0.1, "lon": 105.58 + rng.random() * 0.1,
        "ward": "29869", "created_at": at.isoformat(), "updated_at": at.isoformat(),
        "related": {"camera": rng.choice(SOURCES)}, "history": [],
    }


def bursts(book: AlertBook, rng: random.Random, first: int, start: datetime) -> list[float]:
    seconds = []
    n = first
    for second in range(10):
        at = start + timedelta(seconds=second)
        rows = [row(rng, n + i, at) for i in range(1000)]
        n += 1000
        began = time.perf_counter()
        book.apply(rows)
        seconds.append(time.perf_counter() - began)
    return seconds


def test_alert_book_bursts_cost_the_same_with_100000_alerts_held():
    rng = random.Random(7)
    empty = AlertBook()
    small = bursts(empty, rng, 0, T0)

    big = AlertBook()
    # a city's queue: most alerts of the past are closed, some still open
    states = ("closed",) * 7 + ("resolved", "acknowledged", "new")
    history = [row(rng, 1_000_000 + i, T0 - timedelta(seconds=i * 3), rng.choice(states))
               for i in range(100_000)]
    began = time.perf_counter()
    big.load(history)
    load_s = time.perf_counter() - began
    loaded = bursts(big, rng, 0, T0)

    alarms = AlarmLoad(lambda: T0 + timedelta(seconds=10))
    began = time.perf_counter()
    alarms.replay(big.all_alerts())
    record_s = time.perf_counter() - began

    def per_alert_us(seconds: list[float]) -> float:
        return sorted(seconds)[len(seconds) // 2] / 1000 * 1e6

    print(f"\nalert book: load of 100,000 rows {load_s:.2f} s ({len(big)} rows shown)")
    print(f"  burst of 1,000 into an empty book: median {per_alert_us(small):.0f} µs an alert")
    print(f"  burst of 1,000 into 100,000: median {per_alert_us(loaded):.0f} µs an alert, "
          f"ratio {per_alert_us(loaded) / per_alert_us(small):.2f}")
    print(f"  alarm load: replay of {len(big.all_alerts())} alerts {record_s:.2f} s")
