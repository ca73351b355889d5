"""A site profile that names a CAP feed: the console polls it into the cache and System status
shows how the feed is doing."""

from __future__ import annotations

from datetime import timedelta

from cap_samples import atom, city_warning

from ioc_console.core.clock import city_now
from ioc_console.core.config.profile import load_profile
from ioc_console.core.logbook import LogRing
from ioc_console.core.services import build_services
from ioc_console.gui.panels.system_status import SystemStatusPanel
from ioc_console.gui.sync_bridge import SyncBridge


def _feed_row(panel: SystemStatusPanel) -> tuple[str, str] | None:
    tree = panel.tree
    for i in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(i)
        for j in range(section.childCount()):
            row = section.child(j)
            if row.text(0) == "CAP warning feed":
                return section.text(0), row.text(1)
    return None


def test_the_profile_feed_is_polled_and_its_state_shown_in_system_status(
        qtbot, tmp_path, feed_server):
    url = feed_server.put("/cap.atom", "down for maintenance", "text/plain", status=503)
    profile = tmp_path / "site.toml"
    profile.write_text(
        '[backend]\nurl = "http://127.0.0.1:9"\n'
        f'[alerts]\ncap_feed_url = "{url}"\ncap_poll_seconds = 15\n', encoding="utf-8")
    services = build_services(load_profile(profile), LogRing())
    panel = SystemStatusPanel(services)
    qtbot.addWidget(panel)
    assert _feed_row(panel) is None  # no feed started yet: no row
    bridge = SyncBridge(services)
    try:
        bridge.start()
        assert bridge.cap_poller is not None
        bridge.cap_poller.retry_first_s = 0.05
        feed = services.status.capabilities
        qtbot.waitUntil(lambda: feed.get("cap_feed") and feed["cap_feed"].ok is False,
                        timeout=10_000)
        assert "503" in feed["cap_feed"].detail
        qtbot.waitUntil(lambda: (_feed_row(panel) or ("", ""))[1].startswith(
            "the CAP feed could not be read"), timeout=10_000)
        assert _feed_row(panel)[0] == "Platform"

        feed_server.put("/cap.atom", atom(city_warning("w1", city_now() - timedelta(minutes=1))))
        qtbot.waitUntil(lambda: feed["cap_feed"].ok is True, timeout=10_000)
        qtbot.waitUntil(lambda: _feed_row(panel)[1] == (
            "1 message(s) read: 1 new or changed, 0 already known, 0 not raised, 0 refused"),
            timeout=10_000)
        alerts = services.cache.items("alerts")
        assert [(a["type"], a["title"]) for a in alerts] == [("cap_warning", "Cảnh báo mưa lớn")]
    finally:
        bridge.stop()
        services.cache.close()
