"""Vietnamese by default, English on demand, switching live from the menu."""

from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
QM = ROOT / "resources" / "translations" / "ioc_console_vi.qm"


def from_qm(context: str, source: str) -> str:
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} is missing: run `make translations`"
    return translator.translate(context, source)


def titles(console):
    menus = [a.text() for a in console.wm.main_window.menuBar().actions()]
    docks = {i: d.windowTitle() for i, d in console.wm.docks.items()}
    return menus, docks


def test_vietnamese_is_the_default(start_console):
    console = start_console()
    assert console.languages.language == "vi"
    menus, docks = titles(console)
    assert menus[0] == "&Hệ thống"
    assert docks["system_status"] == "Trạng thái hệ thống"
    assert docks["event_log"] == "Nhật ký sự kiện"


def test_switching_language_redraws_menus_panels_and_status(console, qtbot):
    assert titles(console)[0][1] == "&Panels"
    console.set_language("vi")
    menus, docks = titles(console)
    assert menus[1] == from_qm("Menus", "&Panels") != "&Panels"
    assert docks["system_status"] == from_qm("Panels", "System status")
    status = console.wm.docks["system_status"].widget()
    backend = from_qm("SystemStatusPanel", "Backend")
    qtbot.waitUntil(lambda: status.tree.topLevelItem(1).text(0) == backend)  # LanguageChange
    assert console.services.settings.get("ui.language") == "vi"  # remembered
    console.set_language("en")
    assert titles(console)[1]["system_status"] == "System status"


def test_ages_and_dates_read_the_vietnamese_way(console):
    from datetime import datetime, timedelta

    from ioc_console.gui.timefmt import format_age, format_datetime

    console.set_language("vi")
    now = datetime(2026, 11, 29, 15, 0)
    assert format_age(now - timedelta(minutes=5), now) == "5 phút trước"
    assert format_age(now - timedelta(days=2), now) == "2 ngày trước"
    assert format_datetime(now) == "29/11/2026 15:00"


def test_problems_found_by_the_core_reach_the_operator_in_vietnamese(start_console, ioc_home):
    settings = ioc_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text("{oops")
    console = start_console("--lang", "vi")
    notices = [n.label.text() for n in console.wm.main_window.notifications.notices()]
    assert any(
        "không đọc được cài đặt" in t and "settings.json.unreadable-" in t for t in notices
    ), notices
    assert list(settings.parent.glob("settings.json.unreadable-*"))  # kept, nothing lost
