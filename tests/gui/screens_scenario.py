"""Run by test_screens.py in a subprocess on Qt's offscreen platform with a screen layout file:
``save`` puts panels on the second screen and saves layout "Wall"; ``restore`` opens it.
Prints the windows and floating panels it ends with, as JSON."""

import json
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QRect
from PySide6.QtGui import QGuiApplication

from ioc_console.core.cli import build_parser
from ioc_console.gui.app import start_console


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(mode: str) -> None:
    argv = ["--lang", "en"]  # on restore, the layout saved last is opened at start
    console = start_console(build_parser().parse_args(argv), None, checks=False)
    wm = console.wm
    QCoreApplication.processEvents()
    if mode == "save":
        wm.send_to_screen("event_log", 1)
        wm.float_panel("system_status")
        QCoreApplication.processEvents()
        container = wm.docks["system_status"].floatingDockContainer()
        container.setGeometry(QRect(2600, 300, 500, 400))  # on the second screen
        QCoreApplication.processEvents()
        console.save_layout("Wall")
    screens = QGuiApplication.screens()
    result = {
        "layout": console.layout_name,
        "screens": [rect(s.geometry()) for s in screens],
        "windows": [
            {
                "id": w.window_id,
                "screen": screens.index(w.screen()),
                "rect": rect(w.geometry()),
                "panels": wm.panels_in(w),
                "floating": [rect(f.geometry()) for f in w.dock_manager.floatingWidgets()],
            }
            for w in wm.windows.values()
        ],
    }
    print("RESULT " + json.dumps(result), flush=True)
    console.crash.uninstall()
    console.wm.quitting = True  # as Console › Quit does: the windows close, then the app ends
    console.services.settings.set("layout.save_on_exit", False, save=False)
    for window in list(wm.windows.values()):
        window.close()
        window.deleteLater()
    console.link.stop()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


if __name__ == "__main__":
    main(sys.argv[1])
