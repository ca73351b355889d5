"""Screenshots of the alert queue, in normal and in flood mode: the demo backend's alerts read
into a fresh cache, the queue panel in the dark theme, then a burst of alerts from a few
cameras that sets off flood mode.

    scripts/with-xvfb.sh .venv/bin/python scripts/screenshot_alerts.py OUT_DIR
"""

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("IOC_CONSOLE_HOME", tempfile.mkdtemp(prefix="ioc-shot-"))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ioc_console.core.clock import city_now
from ioc_console.core.logbook import LogRing
from ioc_console.core.services import build_services
from ioc_console.core.sync.link import BackendTarget, build_engine
from ioc_console.demo.backend import DemoBackend
from ioc_console.gui.theme import apply_theme


def wait(condition, seconds: float = 20.0) -> None:
    loop = QEventLoop()
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: condition() and loop.quit())
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    timer.start()
    loop.exec()


def burst(now) -> list[dict]:
    rows = []
    for n in range(40):
        at = (now - timedelta(seconds=20 * n)).isoformat()
        rows.append(
            {
                "id": f"FLOOD-{n:03d}",
                "priority": (1, 2, 3, 4, 3)[n % 5],
                "type": "ai_detection",
                "title": f"Phát hiện đám đông tụ tập #{n}",
                "source": ("CAM-CHO-01", "CAM-CAU-02", "CAM-BX-03")[n % 3],
                "place": f"Chợ Cao Lãnh, cổng {n % 4 + 1}",
                "ward": "29869",
                "lat": 10.4603,
                "lon": 105.6329,
                "state": "new",
                "created_at": at,
                "updated_at": at,
                "related": {"camera": "cam-001"},
            }
        )
    return rows


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import keyring
    from memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the demo's sign-in token, for the snapshot
    app = QApplication(sys.argv)
    apply_theme(app, "dark")
    services = build_services(None, LogRing())
    demo = DemoBackend(seed=7, rate=0)
    demo.start()
    engine = build_engine(
        services.cache, BackendTarget(demo.url, "operator", "operator-demo"), events=False
    )
    engine.login()
    engine.pull_all()
    services.status.update_backend(url=demo.url)
    from ioc_console.gui.alerts.panel import AlertQueuePanel

    panel = AlertQueuePanel(services)
    panel.resize(1500, 760)
    panel.show()
    wait(lambda: panel.model.rowCount() > 0)
    panel.filter_bar.set_states(set(panel.filter_bar.states) | {"resolved"})
    wait(lambda: False, 1.5)
    panel.grab().save(str(out / "alert-queue.png"))
    detection = next((a for a in panel.runtime.book.alerts() if a.snapshot_box), None)
    if detection is not None:
        row = panel.model.row_of(detection.id)
        if row is not None:
            panel._go(row)
            panel.run_command("snapshot")
            wait(lambda: panel.details.snapshot.image is not None, 10)
            panel.grab().save(str(out / "alert-queue-snapshot.png"))
    services.cache.apply_items("alerts", burst(city_now())).result()
    wait(lambda: panel.model.flood)
    wait(lambda: False, 1.5)
    panel.grab().save(str(out / "alert-queue-flood.png"))
    print(f"screenshots saved in {out}", flush=True)
    engine.stop()
    demo.stop()
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
