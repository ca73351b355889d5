"""The procedures dashboard on five years of daily results (about 30,000 rows a year), measured
side by side:

- every indicator and series of "this year" computed in SQL, against a plain-Python loop over
  the same rows (read, decoded, counted one by one) — printed as a ratio;
- the leaders' daily briefing PDF: the time to build it (content and PDF) on that cache with the
  demo city's complaints and alerts (it must stay well under 10 s).

    make bench
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.periods import PeriodKind, make_period
from ioc_console.core.procedures import indicators as ind
from ioc_console.core.store.cache import Cache

NOW = datetime(2026, 12, 4, 16, 0, tzinfo=CITY_TZ)
YEARS = 5
ROUNDS = 5
WARDS = ("29869", "29884", "29888", "29872", "29887", "29875")  # today's and some of before 2025
FIELDS = ("Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Kinh doanh", "Cư trú",
          "Lao động – Thương binh và Xã hội")


def synthetic(seed: int = 7) -> list[dict]:
    """About 30,000 rows a year: every working day, ward, field and three agencies (a few
    without files), with realistic early/on time/late splits and a few overdue files."""
    rng = random.Random(seed)
    rows = []
    day = NOW.date() - timedelta(days=365 * YEARS)
    while day <= NOW.date():
        if day.weekday() < 5:
            for ward in WARDS:
                for field in FIELDS:
                    for agency in (f"UBND {ward}", f"Chi nhánh {field}", f"Sở {field}"):
                        if rng.random() < 0.05:
                            continue
                        received = rng.randint(1, 12)
                        late = sum(rng.random() < 0.03 for _ in range(received))
                        overdue = 1 if rng.random() < 0.01 else 0
                        pending = rng.randint(0, 2) if (NOW.date() - day).days < 10 else 0
                        done = max(received - late - overdue - pending, 0)
                        early = sum(rng.random() < 0.6 for _ in range(done))
                        rows.append({
                            "id": f"{day}|{field}|{agency}|{ward}", "date": day.isoformat(),
                            "field": field, "agency": agency, "ward": ward,
                            "received": received, "online": rng.randint(0, received),
                            "resolved_on_time": done, "resolved_early": early,
                            "resolved_late": late, "pending": pending, "overdue": overdue,
                            "updated_at": f"{day}T17:30:00+07:00", "deleted": False})
        day += timedelta(days=1)
    return rows


@pytest.fixture(scope="module")
def rows():
    return synthetic()


@pytest.fixture
def big_cache(tmp_path, rows):
    cache = Cache.open(tmp_path / "bench.sqlite3")
    started = time.perf_counter()
    for i in range(0, len(rows), 10_000):
        cache.apply_items("procedure_results", rows[i:i + 10_000]).result()
    print(f"\n  {len(rows):,} procedure results ({len(rows) / YEARS:,.0f} a year) written in "
          f"{time.perf_counter() - started:.1f} s (facts kept by the triggers)")
    yield cache
    cache.close()


def python_loop(cache: Cache, first: date, last: date) -> dict:
    """The baseline: every row read and decoded, then summed one by one in Python."""
    total = Counter()
    by = {c: defaultdict(Counter) for c in ("ward", "agency", "field")}
    daily = defaultdict(Counter)
    overdue = []
    for (body,) in cache.conn.execute("SELECT body FROM procedure_results"):
        r = json.loads(body)
        if r["overdue"]:
            overdue.append(r["id"])
        day = date.fromisoformat(r["date"])
        if not first <= day <= last:
            continue
        early = r.get("resolved_early", 0)
        counts = Counter(received=r["received"], online=r["online"], early=early,
                         on_time=r["resolved_on_time"] - early, late=r["resolved_late"],
                         pending=r["pending"], overdue=r["overdue"])
        total.update(counts)
        for column in by:
            by[column][r[column]].update(counts)
        daily[day - timedelta(days=day.weekday())].update(counts)
    return {"total": total, "by": by, "daily": daily, "overdue": overdue}


def best(fn, rounds=ROUNDS):
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return min(times), result


def test_indicators_this_year_against_a_python_loop(big_cache):
    year = make_period(PeriodKind.YEAR, NOW)
    conn = big_cache.conn
    sql, board = best(lambda: ind.dashboard(conn, year, ind.CITY, NOW))
    loop, plain = best(lambda: python_loop(big_cache, year.first_day, year.last_day), rounds=3)
    assert plain["total"]["received"] == board.figures.counts.received
    assert plain["total"]["late"] == board.figures.counts.late
    assert plain["total"]["early"] == board.figures.counts.early
    scoped, _ = best(lambda: ind.dashboard(conn, year, ind.Scope("ward", "29888"), NOW))
    print(f"\n  procedures dashboard, this year ({board.figures.counts.received:,} files): "
          f"SQL {sql * 1000:.0f} ms, one ward {scoped * 1000:.0f} ms; Python loop "
          f"{loop * 1000:.0f} ms; ratio {loop / sql:.1f}x")
    assert sql < loop


def test_briefing_pdf_build_time(big_cache, tmp_path, qtbot):
    from ioc_console.core.briefing.content import build_briefing
    from ioc_console.demo.data import build_world
    from ioc_console.gui.briefing.pdf import write_briefing

    world = build_world(1, NOW)
    big_cache.apply_items("complaints", world.complaints).result()
    big_cache.apply_items("alerts", world.alerts).result()
    path = tmp_path / "briefing.pdf"

    def build():
        return write_briefing(build_briefing(big_cache.conn, NOW.date(), NOW), path)

    took, _ = best(build, rounds=3)
    size = path.stat().st_size
    print(f"\n  daily briefing PDF: built in {took * 1000:.0f} ms, {size / 1024:.0f} KiB")
    assert took < 10 and size < 2_000_000
