"""GUI tests: a real console on the test display (Xvfb, started by `make test`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from ioc_console.core.cli import build_parser


def _flush() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def start_console(qapp, ioc_home):
    """``start_console("--lang", "en", ...)`` opens a console like ``main.py`` would."""
    from ioc_console.gui.app import start_console as start

    consoles = []

    def _start(*argv: str, profile=None, checks: bool = False, link: bool = False):
        args = build_parser().parse_args(list(argv))
        console = start(args, profile, checks=checks, link=link)
        console.quit_requests = []  # the test run's event loop is not the console's to end
        console.quit_application = console.quit_requests.append
        consoles.append(console)
        _flush()
        return console

    yield _start
    for console in consoles:
        console.link.stop()
        console.services.stop_domains()  # the KPI board's and the rule engine's threads
        console.crash.uninstall()
        console.wm.quitting = True  # closing the main window must not quit the test run
        console.services.settings.set("layout.save_on_exit", False, save=False)
        for window in list(console.wm.windows.values()):
            window.close()
            window.deleteLater()
        console.languages.set_language("en")  # remove this console's translators
        for record in console.services.plugins.records:  # their feeds are the process's
            console.services.plugins.unload(record.id)
        console.deleteLater()
    _flush()


@pytest.fixture
def console(start_console):
    return start_console("--lang", "en")


@pytest.fixture
def menu_item():
    """``menu_item(console, "&Demo backend connected")``: that item of the main window's menus,
    its menu's ``aboutToShow`` emitted first (as opening the menu would)."""

    def find(console, text: str):
        from PySide6.QtWidgets import QMenu

        for menu in console.wm.main_window.menuBar().findChildren(QMenu):
            for action in menu.actions():
                if action.text() == text:
                    menu.aboutToShow.emit()
                    return action
        raise AssertionError(f"no menu item {text!r}")

    return find
