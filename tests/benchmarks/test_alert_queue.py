"""The alert queue under a burst, beside a plain Qt model, measured in the same run:

a queue already holding 100,000 alerts, sorted by time (newest first) and filtered to the open
alerts of one ward, receives 1,000 new alerts a second for 10 seconds (ten every 10 ms, put into
the core's alert book by a worker thread, as the console's feed does). Measured: the GUI event
loop's lag (how late a 10 ms timer fires: p50, p99, max), how many alerts got in, and the time
to apply a new text filter afterwards (until the view has painted). The baseline is the same
book feeding a ``QStandardItemModel`` behind a ``QSortFilterProxyModel`` (dynamic sort and
filter), the usual way to build such a table, each change appended as it comes.

    make bench
"""

from __future__ import annotations

import statistics
import threading
import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEventLoop, QRegularExpression, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.sla import SlaPolicy
from ioc_console.core.clock import CITY_TZ
from ioc_console.gui.alerts.model import AlertTableModel
from ioc_console.gui.alerts.ordering import QueueFilter
from ioc_console.gui.alerts.rows import COL
from ioc_console.gui.alerts.runtime import settle_heap
from ioc_console.gui.alerts.table import QueueTable
from ioc_console.gui.bridge import follow

START = datetime(2026, 12, 6, 8, 0, tzinfo=CITY_TZ)
QUEUED = 100_000
RATE = 1_000  # alerts a second
SECONDS = 10
TICK_MS = 10  # the feeder and the lag probe
WARDS = ("29869", "29884", "29888")
OPEN = frozenset({"new", "acknowledged", "assigned", "escalated", "shelved"})


def raised(n: int) -> datetime:
    """The queued alerts one every 6 s over the week before START; the burst's from START."""
    if n < QUEUED:
        return START - timedelta(seconds=6 * (QUEUED - n))
    return START + timedelta(milliseconds=n - QUEUED)


def row(n: int) -> dict:
    return {
        "id": f"AL-{n:07d}",
        "priority": n % 4 + 1,
        "type": ("ai_detection", "kpi_breach", "complaint_overdue")[n % 3],
        "title": f"Cảnh báo {n} — Phường {n % 11 + 1}",
        "source": f"CAM-{n % 400:03d}",
        "place": f"Đường Nguyễn Huệ số {n}",  # distinct: no repeat is folded
        "ward": WARDS[n % 3],
        # spread over the city (about 11 × 11 km) and, for the queued ones, over a week
        "lat": 10.40 + (n * 7919 % 10_007) / 100_000,
        "lon": 105.58 + (n * 104_729 % 10_009) / 100_000,
        "state": ("new", "acknowledged", "assigned", "resolved")[n % 4],
        "created_at": raised(n).isoformat(),
        "updated_at": raised(n).isoformat(),
    }


def texts(alert) -> list[str]:
    return [
        f"P{alert.priority}",
        alert.raised_at.isoformat()[:19],
        alert.source,
        alert.type,
        alert.ward or "",
        alert.place,
        str(alert.state),
        alert.owner or "",
        str(alert.duplicate_count or ""),
        "",
    ]


def run_burst(book: AlertBook, first: int) -> tuple[list[float], int]:
    """Feed RATE alerts a second for SECONDS into ``book`` from a worker thread (as the
    console's feed does); the lag of a 10 ms timer on the GUI thread (ms), and how many
    alerts went in."""
    app = QApplication.instance()
    lags: list[float] = []
    last: list[float] = []
    per_tick = RATE * TICK_MS // 1000
    stop = threading.Event()
    fed = [0]

    def feeder() -> None:
        n, due = first, time.perf_counter()
        while not stop.is_set():
            book.apply([row(i) for i in range(n, n + per_tick)])
            n += per_tick
            fed[0] = n - first
            due += TICK_MS / 1000
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)

    def probe() -> None:
        now = time.perf_counter()
        if last:
            lags.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
        last[:] = [now]

    prober = QTimer(interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
    prober.timeout.connect(probe)
    loop = QEventLoop()
    QTimer.singleShot(SECONDS * 1000, loop.quit)
    thread = threading.Thread(target=feeder, name="alert-burst")
    prober.start()
    thread.start()
    loop.exec()
    stop.set()
    thread.join()
    prober.stop()
    app.processEvents()
    return lags, fed[0]


def settle(view: QTableView) -> float:
    """Paint the view now; the seconds it took."""
    start = time.perf_counter()
    view.viewport().repaint()
    QApplication.instance().processEvents()
    return time.perf_counter() - start


def figures(lags: list[float]) -> tuple[float, float, float]:
    ordered = sorted(lags)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return statistics.median(ordered), p99, ordered[-1]


@pytest.fixture(scope="module")
def book():
    """The queued alerts, read once (both models then receive their own burst into it)."""
    book = AlertBook()
    book.load(row(n) for n in range(QUEUED))
    return book


def ours(book: AlertBook, first: int) -> dict:
    policy = SlaPolicy.from_rows([])
    model = AlertTableModel(book, lambda: START + timedelta(seconds=30), policy.countdown)
    while model.loading:  # the rows are made off the GUI thread
        QApplication.instance().processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    view = QueueTable()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    view.sortByColumn(COL["time"], Qt.SortOrder.DescendingOrder)
    model.set_filter(QueueFilter(states=OPEN, wards=frozenset({WARDS[0]})))
    settle(view)
    settle_heap()  # as the console does once the alerts are loaded
    lags, fed = run_burst(book, first)
    model.flush()
    settle(view)
    start = time.perf_counter()
    model.set_filter(QueueFilter("nguyen hue so 12", states=OPEN, wards=frozenset({WARDS[0]})))
    settle(view)
    filter_s = time.perf_counter() - start
    result = {"lags": lags, "filter": filter_s, "rows": model.rowCount(), "fed": fed}
    view.close()
    view.deleteLater()
    model.deleteLater()
    return result


def plain(book: AlertBook, first: int) -> dict:
    source = QStandardItemModel(0, 10)
    for alert in book.alerts():
        source.appendRow([QStandardItem(t) for t in texts(alert)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setDynamicSortFilter(True)
    proxy.setFilterKeyColumn(COL["ward"])
    proxy.setFilterFixedString(WARDS[0])
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1200, 700)
    view.show()
    view.sortByColumn(COL["time"], Qt.SortOrder.DescendingOrder)
    settle(view)
    settle_heap()  # the same help for the baseline

    def added(changes) -> None:
        for alert_id in changes.added:
            alert = book.get(alert_id)
            if alert is not None:
                source.appendRow([QStandardItem(t) for t in texts(alert)])

    relay = follow(view, book.changed, added)  # the GUI thread takes each change at once
    lags, fed = run_burst(book, first)
    relay.close()
    settle(view)
    start = time.perf_counter()
    proxy.setFilterKeyColumn(COL["place"])
    proxy.setFilterRegularExpression(
        QRegularExpression("Nguyễn Huệ số 12", QRegularExpression.CaseInsensitiveOption)
    )
    settle(view)
    filter_s = time.perf_counter() - start
    result = {"lags": lags, "filter": filter_s, "rows": proxy.rowCount(), "fed": fed}
    view.close()
    view.deleteLater()
    return result


@pytest.mark.timeout(1200)
def test_alert_queue_burst_against_plain_qt_model(qapp, book):
    print()
    print(
        f"  {QUEUED:,} alerts queued, then {RATE:,}/s for {SECONDS} s; sorted by time, "
        "filtered to the open alerts of one ward"
    )
    mine = ours(book, QUEUED)
    base = plain(book, QUEUED + RATE * SECONDS)
    for label, result in (("alert queue model", mine), ("QStandardItemModel + proxy", base)):
        p50, p99, top = figures(result["lags"])
        print(
            f"  {label:<28} lag p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  max {top:7.0f} ms  "
            f"({len(result['lags'])} ticks)  new text filter {result['filter'] * 1000:7.0f} ms"
            f"  ({result['fed']:,} alerts in, {result['rows']:,} rows shown after)"
        )
    m50, m99, mmax = figures(mine["lags"])
    b50, b99, bmax = figures(base["lags"])
    print(
        f"  ratio (plain / ours): lag p50 {b50 / max(m50, 0.01):5.1f}×  "
        f"p99 {b99 / max(m99, 0.01):5.1f}×  max {bmax / max(mmax, 0.01):5.1f}×  "
        f"text filter {base['filter'] / max(mine['filter'], 1e-6):5.1f}×"
    )
    print(f"  aim: lag p99 under 50 ms (ours {m99:.1f} ms) and 10× better than the plain model")
