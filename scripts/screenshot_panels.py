"""Screenshots of panels in the real console: opens it like ``main.py`` does (with the demo
backend), waits for the data, then opens each panel named, floats it over the whole screen
and grabs it.

    XVFB_SCREENS=1366x768 scripts/with-xvfb.sh .venv/bin/python scripts/screenshot_panels.py \
        OUT_DIR overview,healthcare.dashboard -- --lang vi --plugins-dir DIR

Each picture is ``OUT_DIR/<panel id>.png``.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ioc_console.core.cli import build_parser
from ioc_console.gui.app import start_console

WAIT_MS = 9000  # the demo backend's first sync
PANEL_MS = 2500  # a panel's figures, computed off the GUI thread


def main() -> int:
    out, panels = Path(sys.argv[1]), [p for p in sys.argv[2].split(",") if p]
    argv = sys.argv[4:] if len(sys.argv) > 3 and sys.argv[3] == "--" else sys.argv[3:]
    console = start_console(build_parser().parse_args(argv), None, checks=False)
    window = console.wm.main_window
    window.showNormal()
    screen = window.screen().geometry()
    window.setGeometry(screen)
    out.mkdir(parents=True, exist_ok=True)
    queue = list(panels)

    def grab(name: str) -> None:
        dock = console.wm.docks.get(name)
        widget = dock.widget() if dock is not None else window
        pixmap = widget.grab()
        path = out / f"{name}.png"
        print(f"screenshot {'saved to' if pixmap.save(str(path)) else 'FAILED for'} {path}",
              flush=True)

    def next_panel() -> None:
        if not queue:
            console.wm.quitting = True
            QApplication.instance().exit(0)
            return
        panel = queue.pop(0)
        if console.wm.open_panel(panel) is None:
            print(f"no panel {panel}", flush=True)
            QTimer.singleShot(0, next_panel)
            return
        console.wm.float_panel(panel)  # the whole screen, as on a monitor of its own
        console.wm.docks[panel].window().setGeometry(screen)
        QTimer.singleShot(PANEL_MS, lambda: (grab(panel), next_panel()))

    QTimer.singleShot(WAIT_MS, next_panel)
    return QApplication.instance().exec()


if __name__ == "__main__":
    sys.exit(main())
