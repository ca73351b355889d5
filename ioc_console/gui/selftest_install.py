"""The self-test's checks of what an installation must carry besides the panels: a demo clip
decoded by a video worker (:mod:`.selftest_video`), pyqtgraph and QtAds widgets built, the
keyring's backends found.

These fail when a bundle or a package left a library or a plugin behind (the frozen console
imports them only when a panel needs them, so the self-test asks for them itself).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QMainWindow

from ioc_console.gui.selftest_video import decode_in_worker

Check = Callable[[str, bool, str], None]


def run_install_checks(check: Check) -> None:
    decode_in_worker(check)
    _pyqtgraph(check)
    _docking(check)
    _keyring(check)


def _pyqtgraph(check: Check) -> None:
    try:
        import pyqtgraph

        plot = pyqtgraph.PlotWidget()
        plot.plot([0, 1, 2], [2, 0, 1])
        plot.close()
        plot.deleteLater()
        check("pyqtgraph", True, f"pyqtgraph {pyqtgraph.__version__}: a plot built")
    except Exception as exc:
        check("pyqtgraph", False, f"{type(exc).__name__}: {exc}")


def _docking(check: Check) -> None:
    try:
        import PySide6QtAds as QtAds

        window = QMainWindow()
        manager = QtAds.CDockManager(window)
        dock = QtAds.CDockWidget(manager, "self-test")
        dock.setWidget(QLabel("self-test"))
        manager.addDockWidget(QtAds.DockWidgetArea.CenterDockWidgetArea, dock)
        window.close()
        window.deleteLater()
        check("docking", True, "QtAds dock manager and a dock built")
    except Exception as exc:
        check("docking", False, f"{type(exc).__name__}: {exc}")


def _keyring(check: Check) -> None:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        detail = (
            f"{name}: no secret store on this session; the sign-in is asked at each start"
            if isinstance(backend, fail.Keyring)
            else name
        )
        check("keyring", True, detail)
    except Exception as exc:
        check("keyring", False, f"{type(exc).__name__}: {exc}")
