"""The Event log panel shows the console's own log, filtered by level and text."""

import logging


def test_event_log_shows_filters_and_details(console, qtbot):
    panel = console.wm.docks["event_log"].widget()
    log = logging.getLogger("ioc_console.test")
    log.info("Đồng bộ xong dữ liệu Phường Mỹ Phú")
    log.warning("camera 12 mất tín hiệu")
    log.error("chi tiết kỹ thuật")
    qtbot.waitUntil(
        lambda: any("Mỹ Phú" in panel.model.entry(r).message for r in range(panel.model.rowCount()))
    )

    def shown():
        return [panel.proxy.index(r, 3).data() for r in range(panel.proxy.rowCount())]

    panel.search.setText("my phu")  # diacritics ignored
    assert shown() == ["Đồng bộ xong dữ liệu Phường Mỹ Phú"]
    panel.level.setCurrentIndex(2)  # warnings and errors
    assert shown() == []
    panel.search.clear()
    assert shown()[-2:] == ["camera 12 mất tín hiệu", "chi tiết kỹ thuật"]
    panel.level.setCurrentIndex(3)  # errors only
    assert "camera 12 mất tín hiệu" not in shown()
    panel.level.setCurrentIndex(1)  # info and above
    assert "Đồng bộ xong dữ liệu Phường Mỹ Phú" in shown()
    # no empty band under the table until a row is chosen: then its details show below it
    assert not panel.details.isVisible()
    row = shown().index("camera 12 mất tín hiệu")
    panel.table.setCurrentIndex(panel.proxy.index(row, 0))
    assert "camera 12 mất tín hiệu" in panel.details.toPlainText()
    assert panel.details.isVisible() == panel.table.isVisible()
    assert panel.count.text().endswith(str(panel.model.rowCount()))
