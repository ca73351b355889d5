"""Takes the README screenshot from the real console: opens it like ``main.py`` does, waits for
the platform checks, and grabs the screen (native video and web views included).

    make screenshot  (or: scripts/with-xvfb.sh .venv/bin/python scripts/screenshot.py OUT.png)
"""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ioc_console.core.cli import build_parser
from ioc_console.gui.app import start_console

WAIT_MS = 6000


def main() -> int:
    target = Path(sys.argv[1])
    console = start_console(build_parser().parse_args(sys.argv[2:]), None)

    def grab() -> None:
        window = console.wm.main_window
        screen = window.screen()
        pixmap = screen.grabWindow(0, *window.frameGeometry().getRect())
        target.parent.mkdir(parents=True, exist_ok=True)
        ok = pixmap.save(str(target))
        print(f"screenshot {'saved to' if ok else 'FAILED for'} {target}", flush=True)
        console.wm.quitting = True
        QApplication.instance().exit(0 if ok else 1)

    QTimer.singleShot(WAIT_MS, grab)
    return QApplication.instance().exec()


if __name__ == "__main__":
    sys.exit(main())
