"""The docking library's Python bindings must not drop references they do not own.

PySide6-QtAds 5.1.1.1 (for PySide6 6.12.0) lost a reference to None on every call of a method
returning nothing or a null pointer; after a few thousand panel operations the interpreter
aborted. This guards the pinned pair against that fault.
"""

import sys

import PySide6QtAds as QtAds
from PySide6.QtWidgets import QLabel, QMainWindow

CALLS = 500


def test_no_reference_to_none_is_lost(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    manager = QtAds.CDockManager(window)
    dock = QtAds.CDockWidget(manager, "probe")
    dock.setWidget(QLabel("probe"))
    manager.addDockWidget(QtAds.DockWidgetArea.LeftDockWidgetArea, dock)
    feature = QtAds.CDockWidget.DockWidgetFeature.DockWidgetFocusable
    calls = {
        "setFeature": lambda: dock.setFeature(feature, True),
        "toggleView": lambda: dock.toggleView(True),
        "focusedDockWidget": manager.focusedDockWidget,
        "setAsCurrentTab": dock.setAsCurrentTab,
    }
    for name, call in calls.items():
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            call()
        assert sys.getrefcount(None) > before - CALLS // 2, f"{name} loses references to None"
