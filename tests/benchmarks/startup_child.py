"""Run by test_startup.py in a fresh process: time from interpreter start to the first window
painted, for the console (``console``) or for a bare Qt window (``baseline``)."""

import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def report_when_painted(window, app) -> None:
    def done():
        print(f"RESULT {time.perf_counter() - START:.4f}", flush=True)
        app.exit(0)

    window.repaint()
    QTimer.singleShot(0, done)


def main(kind: str) -> int:
    if kind == "baseline":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("IOC Console"))
        window.resize(1280, 800)
        window.show()
    else:
        from ioc_console.core.cli import build_parser
        from ioc_console.gui.app import start_console

        console = start_console(build_parser().parse_args(["--lang", "vi"]), None, checks=False)
        console.quit_application = lambda code=0: None
        app = QApplication.instance()
        window = console.wm.main_window
    QTimer.singleShot(0, lambda: report_when_painted(window, app))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
