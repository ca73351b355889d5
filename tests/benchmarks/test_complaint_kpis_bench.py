"""The complaint dashboard on 100,000 complaints over five years, measured side by side:

- every KPI and series of "this year" computed in SQL and drawn, against a plain-Python loop
  over the same records (read, decoded, counted one by one) — printed as a ratio;
- the update after 100 complaints change: from the cache's commit to the new figures drawn;
- the GUI event loop's worst lag during both (the computing runs off the GUI thread).

    make bench
"""

from __future__ import annotations

import json
import os
import random
import statistics
import time
import types
from collections import Counter, defaultdict
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.complaints import kpis
from ioc_console.core.intents import Intents
from ioc_console.core.periods import PeriodKind, make_period
from ioc_console.core.store.cache import Cache
from ioc_console.demo.data.times import (
    deadline_after,
    iso,
    parse,
    working_hours_between,
    working_hours_later,
)

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CITY_TZ)
COMPLAINTS = int(os.environ.get("IOC_BENCH_COMPLAINTS", "100000"))  # fewer: a quick look
ROUNDS = 5
WARDS = ("29869", "29884", "29888")
CHANNELS = ("phone", "zalo", "edongthap", "facebook", "website", "email")
AGENCIES = [f"Cơ quan {i}" for i in range(12)]


def synthetic(n: int, seed: int = 5) -> list[dict]:
    """``n`` complaints received evenly over the five years before NOW, handled in office
    hours, a few late, the recent ones partly open, most closed ones rated."""
    rng = random.Random(seed)
    start = NOW - timedelta(days=5 * 365)
    span = (NOW - start).total_seconds()
    items = []
    for i in range(n):
        received = start + timedelta(seconds=span * (i + rng.random()) / n)
        deadline = deadline_after(received, rng.choice((5, 7, 10, 15)))
        hours = rng.uniform(2, 80) * (1.6 if rng.random() < 0.05 else 1.0)
        resolved = working_hours_later(received, hours)
        history = [{"state": "received", "at": iso(received), "by": "1022", "note": None}]
        state = "received"
        if resolved <= NOW:
            history.append({"state": "resolved", "at": iso(resolved), "by": "x", "note": None})
            state = "resolved"
            closed = resolved + timedelta(hours=rng.uniform(1, 30))
            if closed <= NOW:
                history.append({"state": "closed", "at": iso(closed), "by": "x", "note": None})
                state = "closed"
        rating = rng.choice((4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 2)) if state == "closed" and \
            rng.random() < 0.88 else None
        ward = rng.choice(WARDS)
        items.append({
            "id": f"PA-{i:07d}", "requested_datetime": iso(received),
            "legal_deadline": iso(deadline), "state": state,
            "status": "closed" if state != "received" else "open", "status_history": history,
            "ward": ward, "current_ward": ward, "channel": rng.choice(CHANNELS),
            "category": "rac_thai", "agency_responsible": rng.choice(AGENCIES),
            "satisfaction": rating, "satisfied": None if rating is None else rating >= 4,
            "updated_at": history[-1]["at"], "deleted": False,
        })
    return items


@pytest.fixture(scope="module")
def items():
    return synthetic(COMPLAINTS)


@pytest.fixture
def big_cache(tmp_path, items):
    cache = Cache.open(tmp_path / "bench.sqlite3")
    started = time.perf_counter()
    for i in range(0, len(items), 5000):
        cache.apply_items("complaints", items[i:i + 5000]).result()
    print(f"\n  {COMPLAINTS:,} complaints written to the cache in "
          f"{time.perf_counter() - started:.1f} s (facts kept by the triggers)")
    yield cache
    cache.close()


def python_loop(cache: Cache, period) -> dict:
    """The baseline: every record read and decoded, then counted one by one in Python."""
    start, end, now = period.start, period.end, NOW
    counts = Counter()
    hours, intake, by_ward, by_agency = [], Counter(), defaultdict(Counter), defaultdict(Counter)
    received_days, handled_days = Counter(), Counter()
    for (body,) in cache.conn.execute("SELECT body FROM complaints"):
        c = json.loads(body)
        received = parse(c["requested_datetime"])
        deadline = parse(c["legal_deadline"])
        handled = None
        if c["state"] in ("resolved", "closed"):
            handled = parse(next(h["at"] for h in c["status_history"]
                                 if h["state"] in ("resolved", "closed")))
        received_days[received.date()] += 1
        if handled is not None:
            handled_days[handled.date()] += 1
        if not start <= received < end:
            continue
        counts["received"] += 1
        late = (handled is not None and handled > deadline) or (handled is None and deadline < now)
        counts["late"] += late
        counts["on_time"] += handled is not None and handled <= deadline
        counts["due"] += deadline <= now
        counts["rated"] += c["satisfaction"] is not None
        counts["satisfied"] += bool(c["satisfied"])
        if handled is not None:
            hours.append(working_hours_between(received, handled))
        monday = received.date() - timedelta(days=received.weekday())
        intake[(monday, c["channel"])] += 1
        by_ward[c["current_ward"]]["received"] += 1
        by_agency[c["agency_responsible"]]["received"] += 1
    hours.sort()
    return {"counts": counts, "median": statistics.median(hours) if hours else None,
            "p90": hours[int(0.9 * len(hours))] if hours else None, "intake": intake,
            "wards": by_ward, "agencies": by_agency,
            "backlog": (received_days, handled_days)}


def best(fn, rounds=ROUNDS):
    """The fastest of ``rounds`` runs (wall clock), its processor time, and the result."""
    times, result = [], None
    for _ in range(rounds):
        started, cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - started, time.process_time() - cpu))
    wall, cpu = min(times)
    return wall, cpu, result


class LagProbe:
    """A 5 ms precise timer on the GUI thread: its worst lateness is the event loop's lag."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=5)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart() / 1000 - 0.005)

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def test_dashboard_this_year_against_a_python_loop(big_cache, items, qtbot):
    from ioc_console.gui.complaints.dashboard import ComplaintDashboardPanel

    year = make_period(PeriodKind.YEAR, NOW)
    conn = big_cache.conn
    compute, compute_cpu, board = best(lambda: kpis.dashboard(conn, year, kpis.CITY, NOW))
    baseline, baseline_cpu, plain = best(lambda: python_loop(big_cache, year), rounds=3)
    assert plain["counts"]["received"] == board.figures.counts.received
    assert plain["counts"]["late"] == board.figures.counts.late

    services = types.SimpleNamespace(cache=big_cache, profile=None, intents=Intents())
    panel = ComplaintDashboardPanel(services, state={"period": {"kind": "year"}},
                                    clock=lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(1280, 1000)
    panel.show()
    qtbot.waitUntil(lambda: panel.board is not None, timeout=30_000)
    probe = LagProbe()  # the machine's own lag, nothing running: the reference
    qtbot.wait(1000)
    lag_idle = probe.stop()

    def redraw():
        panel._redraw()
        panel.repaint()

    draw, draw_cpu, _ = best(redraw)
    probe = LagProbe()
    refresh = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        with qtbot.waitSignal(panel.shown, timeout=10_000):
            panel.refresh()
        refresh.append(time.perf_counter() - started)
    lag_full = probe.stop()

    probe = LagProbe()
    updates = []
    rng = random.Random(9)
    for round_ in range(ROUNDS):
        changed = []
        for item in rng.sample(items[-20_000:], 100):
            rating = 1 if round_ % 2 == 0 else 5
            changed.append(dict(item, satisfaction=rating, satisfied=rating >= 4, state="closed",
                                updated_at=iso(NOW + timedelta(minutes=round_ + 1))))
        committed = []
        with qtbot.waitSignal(panel.shown, timeout=10_000):
            # written by the cache's writer thread, as the sync engine writes: the GUI waits
            big_cache.apply_items("complaints", changed).add_done_callback(
                lambda _f, done=committed: done.append(time.perf_counter()))
        updates.append(time.perf_counter() - committed[0])
    lag_update = probe.stop()

    sql, sql_cpu = compute + draw, compute_cpu + draw_cpu
    print(f"\n  complaint dashboard, 'this year' ({board.figures.counts.received:,} of "
          f"{COMPLAINTS:,} complaints over five years)        wall clock   processor")
    rows = (
        ("plain-Python loop over every record (baseline)", baseline, baseline_cpu),
        ("SQL: every KPI and series", compute, compute_cpu),
        ("redraw of the tiles and charts", draw, draw_cpu),
        ("SQL + redraw", sql, sql_cpu),
    )
    for label, wall, cpu in rows:
        print(f"  {label:<62}{wall * 1000:9.1f} ms {cpu * 1000:9.1f} ms")
    print(f"  {'baseline / (SQL + redraw)':<62}{baseline / sql:9.1f} x  "
          f"{baseline_cpu / sql_cpu:9.1f} x")
    print(f"  {'refresh as the panel runs it (off the GUI thread), median':<62}"
          f"{statistics.median(refresh) * 1000:9.1f} ms")
    print(f"  {'update after 100 complaints change (commit -> drawn), median':<62}"
          f"{statistics.median(updates) * 1000:9.1f} ms")
    print(f"  {'worst event-loop lag: idle (reference) / refreshes / updates':<62}"
          f"{lag_idle * 1000:9.1f} / {lag_full * 1000:.1f} / {lag_update * 1000:.1f} ms")
    print(f"  (load average of the machine: {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
          "processors)")
