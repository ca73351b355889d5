"""The leaders' daily briefing PDF on the demo city: Vietnamese that reads and copies back,
the bundled font embedded, small, and the same figures as the dashboards for the same period."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.demo.data import build_world

NOW = datetime(2026, 12, 4, 16, 0, tzinfo=CITY_TZ)
ROOT = Path(__file__).resolve().parents[3]
# written decomposed (NFD), as text pasted from macOS or Word arrives
DECOMPOSED = unicodedata.normalize("NFD", "Văn phòng Đăng ký đất đai – Chi nhánh Lấp Vò")


@pytest.fixture(scope="module")
def world():
    return build_world(1, NOW)


@pytest.fixture
def filled(console, world):
    cache = console.services.cache
    old = {"id": f"2026-01-05|Đất đai|{DECOMPOSED}|29869", "date": "2026-01-05",
           "field": "Đất đai", "agency": DECOMPOSED, "ward": "29869", "received": 3, "online": 0,
           "resolved_on_time": 1, "resolved_early": 0, "resolved_late": 0, "pending": 0,
           "overdue": 2, "updated_at": "2026-01-20T17:00:00+07:00", "deleted": False}
    for name, items in (("complaints", world.complaints),
                        ("procedure_results", [*world.procedure_results, old]),
                        ("alerts", world.alerts)):
        cache.apply_items(name, items).result()
    return console


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_briefing_reads_in_vietnamese_with_the_dashboards_figures(filled, qtbot, tmp_path):
    from ioc_console.core.briefing.content import build_briefing
    from ioc_console.gui.briefing import texts
    from ioc_console.gui.briefing.painter import nfc
    from ioc_console.gui.briefing.pdf import write_briefing
    from ioc_console.gui.complaints.dashboard import ComplaintDashboardPanel
    from ioc_console.gui.i18n import tr
    from ioc_console.gui.procedures.dashboard import ProceduresDashboardPanel

    conn = filled.services.cache.conn
    assert filled.languages.set_language("vi")  # the leaders read it in Vietnamese
    path = write_briefing(build_briefing(conn, NOW.date(), NOW), tmp_path / "b.pdf")
    assert path.stat().st_size < 2_000_000
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    assert "A4" in info and int(info.split("Pages:")[1].split()[0]) <= 2  # one or two A4 pages
    text = pdf_text(path)
    for heading in (texts.TITLE, texts.COMPLAINTS, texts.PROCEDURES, texts.ALERTS):
        assert tr(heading) in text
    assert "Bản tin điều hành hằng ngày cho lãnh đạo thành phố" in text
    # Vietnamese words of the records copy back out of the PDF as they went in (composed)
    # (the dash prints as "-": the bundled font has no en dash, and no other font is embedded)
    composed = unicodedata.normalize("NFC", DECOMPOSED).replace("–", "-")
    for words in ("Phường Cao Lãnh", "Đất đai", "Hộ tịch", "Văn phòng Đăng ký đất đai",
                  composed):
        assert words in text
    assert unicodedata.normalize("NFD", "Lấp Vò") not in text
    # the alerts raised in the 24 hours before, counted by priority
    day_before = NOW - timedelta(hours=24)
    raised = Counter(a["priority"] for a in filled.services.cache.items("alerts")
                     if day_before <= datetime.fromisoformat(a["created_at"]) < NOW)
    assert raised
    for priority, n in raised.items():
        assert tr(texts.PRIORITY).replace("%1", str(priority)).replace("%2", str(n)) in text
    panel = ProceduresDashboardPanel(filled.services, clock=lambda: NOW)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.board is not None, timeout=10_000)
    for kpi in ("received", "resolved", "on_time_rate", "overdue_now", "online_share"):
        figure = panel.tiles[f"procedures.{kpi}"].value.text()
        assert figure != "–" and figure in text, kpi
    # and so does the change against the previous period, whole (printed +/- for the arrows)
    changes = [panel.tiles[f"procedures.{k}"].change.text() for k in ("resolved", "on_time_rate",
                                                                       "online_share")]
    assert all(changes)
    for change in changes:
        assert nfc(change) in text, change
    complaints = ComplaintDashboardPanel(filled.services, state={"period": {"kind": "30d"}},
                                         clock=lambda: NOW)
    qtbot.addWidget(complaints)
    qtbot.waitUntil(lambda: complaints.board is not None, timeout=10_000)
    for kpi in ("received", "on_time_rate", "open_now", "satisfaction_rate"):
        figure = complaints.tiles[f"complaints.{kpi}"].value.text()
        assert figure != "–" and figure in text, kpi
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[0].startswith("NotoSans") for line in fonts)
    assert all(line.split()[-5] == "yes" for line in fonts)  # embedded
    images = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True,
                            text=True).stdout.splitlines()[2:]
    assert images == []  # the charts are vectors, not pictures


def test_briefing_from_the_command_line_without_a_window(tmp_path):
    out = tmp_path / "out" / "briefing.pdf"
    env = {**os.environ, "IOC_CONSOLE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--briefing", str(out),
                           "--date", "2026-12-01", "--lang", "en"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "briefing:" in done.stdout and out.is_file()
    assert "01/12/2026" in pdf_text(out)


def test_briefing_from_the_command_line_after_a_sync_with_a_named_backend(backend, tmp_path):
    """``--backend URL --user NAME``: the cache is filled from that backend first, so a file
    it holds (overdue since January, at an agency of its own) is in the briefing."""
    backend.store.put("procedure_results", {
        "id": "2026-01-05|Hộ tịch|Tổ một cửa thử nghiệm|29869", "date": "2026-01-05",
        "field": "Hộ tịch", "agency": "Tổ một cửa thử nghiệm", "ward": "29869",
        "received": 7, "online": 0, "resolved_on_time": 0, "resolved_early": 0,
        "resolved_late": 0, "pending": 0, "overdue": 7})
    overdue = sum(r["overdue"] for r in backend.store.items("procedure_results"))
    out = tmp_path / "briefing.pdf"
    env = {**os.environ, "IOC_CONSOLE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "IOC_CONSOLE_PASSWORD": "operator-demo"}
    env.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--briefing", str(out),
                           "--backend", backend.url, "--user", "operator", "--lang", "en"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "did not complete" not in done.stderr
    text = pdf_text(out)
    assert "Tổ một cửa thử nghiệm" in text and "05/01/2026" in text
    assert f"Overdue procedure files ({overdue:,} in all" in text


def test_a_bad_date_is_refused_with_a_clear_message(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--briefing",
                           str(tmp_path / "b.pdf"), "--date", "2026-13-01"],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2
    assert "not a day as YYYY-MM-DD" in done.stderr


def test_briefing_on_demand_goes_to_the_folder_of_the_settings(filled, qtbot, tmp_path):
    from ioc_console.core.intents import Notice
    from ioc_console.gui.briefing.on_demand import make_briefing

    services = filled.services
    services.settings.set("briefing.folder", str(tmp_path / "briefings"), save=False)
    notices, made = [], []
    services.intents.handle(Notice, lambda n: notices.append(n) or True)
    make_briefing(services, open_it=False, clock=lambda: NOW, done=made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    assert made[0] == tmp_path / "briefings" / "ban-tin-2026-12-04.pdf"
    assert made[0].stat().st_size > 10_000
    assert notices[-1].level == "info" and str(made[0]) in notices[-1].text


def test_the_console_menu_offers_the_briefing(console):
    texts = [a.text() for m in console.wm.main_window.menuBar().actions() if m.menu()
             for a in m.menu().actions()]
    assert any("briefing" in t.lower() or "bản tin" in t.lower() for t in texts)


def test_briefing_on_schedule_once_a_day_after_its_time(filled, qtbot, tmp_path):
    from ioc_console.gui.briefing.schedule import BriefingSchedule

    clock = [NOW.replace(hour=6, minute=0)]
    schedule = BriefingSchedule(filled.services, clock=lambda: clock[0])
    schedule.at, schedule.folder = time(6, 30), tmp_path  # as [briefing] time = "06:30"
    assert not schedule.check()  # not yet 06:30
    clock[0] = NOW.replace(hour=6, minute=31)
    assert schedule.check()
    made = tmp_path / "ban-tin-2026-12-04.pdf"
    qtbot.waitUntil(made.exists, timeout=10_000)
    assert not schedule.check()  # once a day
    again = BriefingSchedule(filled.services, clock=lambda: clock[0])
    again.at, again.folder = time(6, 30), tmp_path
    assert not again.check()  # another console, or a restart: the day's file is there


def test_a_briefing_of_an_empty_cache_says_there_is_nothing_rather_than_blank_charts(
        qapp, cache, tmp_path):
    """A first start whose sync failed: every chart says it has no file to show, every list
    says "None."."""
    from ioc_console.core.briefing.content import build_briefing
    from ioc_console.gui.briefing import texts
    from ioc_console.gui.briefing.pdf import write_briefing
    from ioc_console.gui.i18n import tr

    path = write_briefing(build_briefing(cache.conn, NOW.date(), NOW), tmp_path / "empty.pdf")
    text = pdf_text(path)
    assert text.count(tr(texts.NO_FILES)) == 3  # the daily, fields and wards charts
    wards = text.split(tr(texts.LAGGING_WARDS), 1)[1]
    assert tr(texts.NONE) in wards
