"""Broken plugins, panels that raise, uncaught exceptions: reported, contained, survived."""

import sys

from ioc_console.core.plugins import PluginState
from ioc_console.gui.widgets.error_panel import ErrorPanel


def test_broken_plugin_is_reported_and_the_rest_works(
    start_console, write_plugin, plugins_dir, qtbot
):
    write_plugin(
        "broken", "import definitely_not_installed\n", name="Broken import", version="0.1.0"
    )
    write_plugin(
        "faulty_panel",
        name="Faulty panel",
        version="0.1.0",
        code="""
        def register(api):
            api.register_panel("boom", "Boom", build, area="left")

        def build(context):
            raise RuntimeError("camera server refused the login")
    """,
    )
    console = start_console("--lang", "en", "--plugins-dir", str(plugins_dir))
    records = {r.id: r for r in console.services.plugins.records}
    assert records["broken"].state is PluginState.FAILED
    assert records["faulty_panel"].state is PluginState.LOADED

    # reported where the operator looks: a notice, and the System status panel
    window = console.wm.main_window
    notices = [n.label.text() for n in window.notifications.notices()]
    assert any("Broken import" in t and "definitely_not_installed" in t for t in notices)
    status = console.wm.docks["system_status"].widget().tree
    plugins_section = status.topLevelItem(3)
    rows = {
        plugins_section.child(i).text(0): plugins_section.child(i).text(1)
        for i in range(plugins_section.childCount())
    }
    assert "definitely_not_installed" in rows["Broken import 0.1.0"]
    assert rows["Faulty panel 0.1.0"] == "Loaded"

    # a panel whose constructor raises is contained in its own dock
    dock = console.wm.open_panel("faulty_panel.boom")
    assert isinstance(dock.widget(), ErrorPanel)
    assert "camera server refused the login" in dock.widget().message.text()
    console.wm.open_panel("event_log")  # the rest works: the Event log comes forward
    log = console.wm.docks["event_log"].widget()
    qtbot.waitUntil(log.isVisible)
    log.search.setText("faulty_panel.boom")
    assert log.proxy.rowCount() >= 1


def test_uncaught_exception_is_logged_and_shown(console, qtbot, ioc_home):
    try:
        raise ValueError("malformed alert payload")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    window = console.wm.main_window
    qtbot.waitUntil(
        lambda: any(
            "malformed alert payload" in n.label.text() for n in window.notifications.notices()
        )
    )
    notice = next(n for n in window.notifications.notices() if "malformed" in n.label.text())
    console.wm.close_panel("event_log")
    qtbot.waitUntil(lambda: "event_log" not in console.wm.docks)
    notice.details.click()  # the notice leads to the details
    assert "event_log" in console.wm.docks
    log_file = ioc_home / "log" / "ioc-console.log"
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError: malformed alert payload" in text and "Traceback" in text
    assert window.isVisible()


def test_missing_translations_fall_back_to_english_with_a_notice(
    start_console, tmp_path, monkeypatch
):
    import ioc_console.gui.i18n as i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "no-translations")
    console = start_console()  # Vietnamese by default, but its catalogue is missing
    assert console.languages.language == "en"
    assert console.wm.docks["system_status"].windowTitle() == "System status"
    notices = [n.label.text() for n in console.wm.main_window.notifications.notices()]
    assert any("translations for “vi” are missing" in t for t in notices)


def test_damaged_cache_is_kept_aside_rebuilt_and_reported(start_console, ioc_home):
    cache = ioc_home / "cache" / "cache.sqlite3"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    console = start_console("--lang", "en")
    notices = [n.label.text() for n in console.wm.main_window.notifications.notices()]
    assert any(t.startswith("Cache: the cache was damaged") for t in notices), notices
    assert console.services.cache.quick_check() == "ok"
    assert list(cache.parent.glob("cache.sqlite3.corrupt-*"))  # kept, not deleted
    status = console.wm.docks["system_status"].widget().tree.topLevelItem(2)
    rows = [status.child(i).text(1) for i in range(status.childCount())]
    assert any("damaged" in r for r in rows)
