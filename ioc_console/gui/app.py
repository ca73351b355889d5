"""Application bootstrap: environment, QApplication, logging, translations, theme, start-up."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ioc_console import (
    APPLICATION_ID,
    APPLICATION_NAME,
    ORGANIZATION_DOMAIN,
    ORGANIZATION_NAME,
    __version__,
)
from ioc_console.core.cli import PASSWORD_ENV
from ioc_console.core.config.profile import SiteProfile
from ioc_console.core.layouts.defaults import OPERATOR
from ioc_console.core.logbook import enable_faulthandler, set_log_level, setup_logging
from ioc_console.core.paths import app_paths
from ioc_console.core.services import Services, build_services
from ioc_console.core.userns import userns_restricted
from ioc_console.gui.domains.factory import dashboard_factory
from ioc_console.gui.fonts import load_fonts
from ioc_console.gui.gc_thread import collect_on_gui_thread
from ioc_console.gui.i18n import Languages, tr
from ioc_console.gui.icons import icon
from ioc_console.gui.panels import register_builtin_panels
from ioc_console.gui.plugins.switch import translation_dirs
from ioc_console.gui.qapp import application
from ioc_console.gui.shell import docking
from ioc_console.gui.system_opener import install_system_opener
from ioc_console.gui.theme import apply_theme

log = logging.getLogger(__name__)
AFTER_FIRST_PAINT_MS = 300
# set: print "FIRST_PAINT <wall-clock time>" once the main window is painted, then quit (the
# start-up benchmark compares a frozen console with one run from source this way)
FIRST_PAINT_ENV = "IOC_CONSOLE_EXIT_AFTER_FIRST_PAINT"


def start_demo_backend(**options: Any) -> tuple[Any, Any]:
    """Start the embedded demo backend (demo mode); returns ``(DemoBackend, BackendTarget)``.

    This is the one place the Qt layer reaches the demo package: the console and the self-test
    are handed this function. The package is imported on first use, after the first window is
    up, because its HTTP stack takes time to load."""
    from ioc_console.demo.embedded import start_embedded

    return start_embedded(**options)


def prepare_environment() -> list[str]:
    """Environment QtWebEngine needs; returns what was changed, for the log."""
    notes = []
    if (
        hasattr(os, "geteuid")
        and os.geteuid() == 0
        and "QTWEBENGINE_DISABLE_SANDBOX" not in os.environ
    ):
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        notes.append("running as root: QtWebEngine's sandbox is disabled (it refuses root)")
    elif "QTWEBENGINE_DISABLE_SANDBOX" not in os.environ and userns_restricted():
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        notes.append(
            "user namespaces are restricted here and no AppArmor profile 'ioc-console' allows "
            "them (the package installs one): QtWebEngine's sandbox is disabled, or the map "
            "would stay blank"
        )
    return notes


def create_application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    try:  # QtWebEngine must be loaded, and the map's app:// scheme declared, before it exists
        import PySide6.QtWebEngineWidgets  # noqa: F401

        from ioc_console.gui.map.scheme import register_scheme

        register_scheme()
    except ImportError as exc:
        log.warning("QtWebEngine is not available: %s", exc)
    app = QApplication(sys.argv[:1])
    QGuiApplication.setDesktopFileName(APPLICATION_ID)
    install_system_opener(app)  # the frozen bundle's own libraries stay out of xdg-open
    return app


def bootstrap(
    args: argparse.Namespace, profile: SiteProfile | None
) -> tuple[QApplication, Services, Languages, str]:
    """Everything up to (not including) the windows: shared by the console and the self-test."""
    notes = prepare_environment()
    paths = app_paths().ensure()
    ring = setup_logging(paths.log_file)
    for note in notes:
        log.info("%s", note)
    previous_crash = enable_faulthandler(paths.crash_file)
    app = create_application()
    app.setWindowIcon(icon("app"))
    services = build_services(profile, ring, list(args.plugins_dir or []), paths)
    set_log_level(services.settings.get("log.level"))
    services.previous_crash = previous_crash
    if services.rule_engine is not None:  # rules' alerts are raised in the console's language
        services.rule_engine.translate = tr
    log.info(
        "IOC Console %s starting (%s, platform %s)",
        __version__,
        "demo" if profile is None else f"profile {profile.path}",
        app.platformName(),
    )
    docking.configure()
    register_builtin_panels(services.panels)
    languages = Languages()
    services.plugins.dashboard_factory = dashboard_factory
    for record in services.plugins.load_all():
        languages.set_plugin_dirs(record.id, translation_dirs(record))
    language = (
        args.lang or (profile.language if profile else None) or services.settings.get("ui.language")
    )
    languages.set_language(language)
    theme = args.theme or (profile.theme if profile else None) or services.settings.get("ui.theme")
    apply_theme(app, theme)
    load_fonts(app, services.settings.get("ui.font_size"))
    return app, services, languages, theme


def start_console(
    args: argparse.Namespace,
    profile: SiteProfile | None,
    *,
    checks: bool = True,
    link: bool = True,
):
    """Bootstrap and open the console's windows in their layout; returns the Console.

    ``checks`` starts the platform checks, ``link`` the backend link (in demo mode, the
    embedded demo backend)."""
    from ioc_console.gui.console import Console

    app, services, languages, theme = bootstrap(args, profile)
    collect_on_gui_thread()
    console = Console(services, languages, theme, start_demo=start_demo_backend)
    console.crash.install()
    console.crash.errorCaught.connect(
        lambda summary: console.notify(
            "error",
            QCoreApplication.translate(
                "Startup",
                "Unexpected error: %1. The console goes on; details are in the Event log.",
            ).replace("%1", summary),
        )
    )
    name = console.startup_layout(args.layout)
    if not console.open_layout(name):
        console.open_layout(console.startup_layout(None) if args.layout else OPERATOR)
    _startup_notices(console, services, languages.language_requested)
    app.aboutToQuit.connect(console.about_to_quit)
    # both once the windows are painted: the cache already shows the last known data
    if checks:
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, console.start_checks)
    if link:
        QTimer.singleShot(
            AFTER_FIRST_PAINT_MS,
            lambda: console.start_link(args.user, os.environ.get(PASSWORD_ENV)),
        )
    return console


def run(args: argparse.Namespace, profile: SiteProfile | None) -> int:
    if args.self_test:
        from ioc_console.gui.selftest import run_self_test

        _app, services, languages, _theme = bootstrap(args, profile)
        return run_self_test(services, languages, start_demo_backend)
    console = start_console(args, profile)
    if os.environ.get(FIRST_PAINT_ENV):
        _exit_after_first_paint(console)
    code = application().exec()
    console.crash.uninstall()
    log.info("IOC Console stopped (exit status %d)", code)
    return code


def _exit_after_first_paint(console) -> None:
    import time

    def painted() -> None:
        console.wm.main_window.repaint()
        print(f"FIRST_PAINT {time.time():.4f}", flush=True)
        console.quit_application(0)

    QTimer.singleShot(0, painted)


def _startup_notices(console, services: Services, language: str) -> None:
    if console.languages.language != language:
        console.notify(
            "warning",
            QCoreApplication.translate(
                "Startup", "The translations for “%1” are missing; the interface is in English."
            ).replace("%1", language),
        )
    if services.previous_crash:
        console.notify(
            "error",
            QCoreApplication.translate(
                "Startup",
                "The console stopped unexpectedly last time; the report is in the Event log.",
            ),
        )
    for problem in services.settings.problems:
        console.notify(
            "warning",
            QCoreApplication.translate("Startup", "Settings: %1").replace("%1", tr(problem)),
        )
    for cache_problem in services.status.cache_problems:
        console.notify(
            "error",
            QCoreApplication.translate("Startup", "Cache: %1").replace("%1", tr(cache_problem)),
        )
    for record in services.plugins.failures:
        console.notify(
            "error",
            QCoreApplication.translate("Startup", "Plugin “%1” was not loaded: %2")
            .replace("%1", record.display_name(console.languages.language))
            .replace("%2", record.error),
        )
    if services.demo:
        console.notify(
            "info",
            QCoreApplication.translate(
                "Startup",
                "Demo mode: the console runs on its embedded demo backend with data for Cao "
                "Lãnh. Console › Demo backend connected takes it off the network and back; "
                "Console › Demo camera streams on stops the cameras' video and starts it again.",
            ),
        )
