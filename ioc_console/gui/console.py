"""The running console: ties the services, the windows, the menus and the platform checks."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QInputDialog

from ioc_console.core.api.reachability import probe
from ioc_console.core.layouts.defaults import OPERATOR, WARD_OFFICE
from ioc_console.core.layouts.model import LayoutError
from ioc_console.core.logbook import set_log_level
from ioc_console.core.status import Capability, ConnectionState
from ioc_console.gui.crash import CrashReporter
from ioc_console.gui.dialogs.about import about_dialog
from ioc_console.gui.dialogs.settings_dialog import SettingsDialog
from ioc_console.gui.fonts import load_fonts
from ioc_console.gui.i18n import Languages
from ioc_console.gui.shell import layout_io
from ioc_console.gui.shell.menus import Menus, layout_title
from ioc_console.gui.shell.window import ConsoleWindow
from ioc_console.gui.shell.window_manager import WindowManager
from ioc_console.gui.tasks import run_in_background
from ioc_console.gui.theme import apply_theme, state_colour
from ioc_console.gui.timefmt import format_age
from ioc_console.gui.video.vlc_probe import VlcProbe
from ioc_console.gui.web.webengine_probe import WebEngineProbe

log = logging.getLogger(__name__)
REACHABILITY_MS = 30_000


class Console(QObject):
    def __init__(self, services, languages: Languages, theme: str) -> None:
        super().__init__()
        self.services = services
        self.languages = languages
        self.theme = theme
        self.layout_name = ""
        self.menus: dict[str, Menus] = {}
        self.wm = WindowManager(services, self._make_window)
        self.wm.windowsChanged.connect(self._refresh_status_bars)
        self.wm.mainClosing.connect(self._main_closing)
        # ends the event loop; exit() rather than quit(), which a window may refuse
        self.quit_application = QApplication.instance().exit
        self._saved_on_exit = False
        services.status.subscribe(lambda _part: self._refresh_status_bars())
        languages.languageChanged.connect(self._language_changed)
        self._probes: list[QObject] = []
        self.crash = CrashReporter(self)

    # -- windows -----------------------------------------------------------------------------
    def _make_window(self, window_id: str) -> ConsoleWindow:
        window = ConsoleWindow(window_id)
        if self.services.profile is not None:
            window.site_title = self.services.profile.site_name
            window.retranslate()
        self.menus[window_id] = Menus(self, window)
        window.destroyed.connect(lambda *_: self.menus.pop(window_id, None))
        self._refresh_status_bar(window)
        return window

    def new_window(self, screen: int) -> None:
        self.wm.open_window(screen=screen)

    def notify(self, level: str, text: str) -> None:
        """Show a notice in the main window (and the log already has the details)."""
        self.wm.main_window.notifications.post(level, text)

    # -- panels ------------------------------------------------------------------------------
    def toggle_panel(self, panel_id: str, checked: bool, window: ConsoleWindow) -> None:
        spec = self.services.panels.get(panel_id)
        if spec is not None and not spec.multi_instance and not checked:
            self.wm.close_panel(panel_id)
        else:
            self.wm.open_panel(panel_id, window)

    def _with_current(self, action, window: ConsoleWindow | None = None) -> None:
        current = self.wm.current_panel(window)
        if current is None:
            self.notify(
                "info",
                QCoreApplication.translate(
                    "Console", "Click in a panel first: there is no current panel."
                ),
            )
            return
        action(current)

    def float_current_panel(self, window: ConsoleWindow | None = None) -> None:
        self._with_current(self.wm.float_panel, window)

    def send_current_panel_to_screen(self, index: int, window: ConsoleWindow | None = None) -> None:
        self._with_current(lambda p: self.wm.send_to_screen(p, index), window)

    def move_current_panel(
        self, target: ConsoleWindow, window: ConsoleWindow | None = None
    ) -> None:
        self._with_current(lambda p: self.wm.move_panel(p, target), window)

    def close_current_panel(self, window: ConsoleWindow | None = None) -> None:
        self._with_current(self.wm.close_panel, window)

    # -- layouts -----------------------------------------------------------------------------
    def startup_layout(self, requested: str | None) -> str:
        profile = self.services.profile
        for name in (
            requested,
            profile.layout if profile else None,
            self.services.settings.get("layout.last"),
        ):
            if name:
                return name
        return WARD_OFFICE if profile is not None and profile.ward else OPERATOR

    def open_layout(self, name: str) -> bool:
        try:
            layout = self.services.layouts.load(name)
        except LayoutError as exc:
            log.error("layout %r cannot be opened: %s", name, exc)
            self.notify(
                "error",
                QCoreApplication.translate("Console", "The layout “%1” cannot be opened: %2")
                .replace("%1", name)
                .replace("%2", str(exc)),
            )
            return False
        layout_io.apply(self.wm, layout)
        self.layout_name = name
        self.services.settings.set("layout.last", name)
        self._refresh_status_bars()
        log.info("layout %r opened", name)
        return True

    def save_layout(self, name: str | None = None) -> None:
        name = name or self.layout_name or OPERATOR
        try:
            self.services.layouts.save(layout_io.capture(self.wm, name))
        except OSError as exc:
            log.error("layout %r could not be saved: %s", name, exc)
            self.notify(
                "error",
                QCoreApplication.translate("Console", "The layout could not be saved: %1").replace(
                    "%1", str(exc)
                ),
            )
            return
        self.layout_name = name
        self.services.settings.set("layout.last", name)
        self.wm.main_window.statusBar().showMessage(
            QCoreApplication.translate("Console", "Layout “%1” saved").replace(
                "%1", layout_title(name)
            ),
            4000,
        )
        self._refresh_status_bars()

    def save_layout_as(self) -> None:
        name, ok = QInputDialog.getText(
            self.wm.active_window(),
            QCoreApplication.translate("Console", "Save layout as"),
            QCoreApplication.translate("Console", "Name of the layout:"),
            text=layout_title(self.layout_name),
        )
        if ok and name.strip():
            self.save_layout(name.strip())

    def reset_layout(self) -> None:
        self.services.layouts.delete(self.layout_name)
        self.open_layout(self.layout_name)

    def delete_layout(self) -> None:
        self.services.layouts.delete(self.layout_name)
        self.open_layout(OPERATOR)

    # -- preferences -------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        if self.languages.set_language(language):
            self.services.settings.set("ui.language", language)
        else:
            self.notify(
                "warning",
                QCoreApplication.translate(
                    "Console", "This language is not installed; the interface stays in English."
                ),
            )

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.services.settings, self.wm.active_window())
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.changes())

    def apply_settings(self, changes: dict) -> None:
        """Save changed options and make them take effect now where they can."""
        for key, value in changes.items():
            if key == "ui.language":
                self.set_language(value)
            elif key == "ui.theme":
                self.set_theme(value)
            else:
                self.services.settings.set(key, value)
            if key == "ui.font_size":
                load_fonts(QApplication.instance(), value)
            elif key == "log.level":
                set_log_level(value)
            log.info("setting %s changed to %r", key, value)

    def _language_changed(self, _language: str) -> None:
        self.wm.retranslate()
        for menus in list(self.menus.values()):
            menus.build()
        self._refresh_status_bars()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        apply_theme(QApplication.instance(), theme)
        self.services.settings.set("ui.theme", theme)
        self._refresh_status_bars()

    # -- help --------------------------------------------------------------------------------
    def show_about(self) -> None:
        about_dialog(self.wm.active_window()).exec()

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.paths.log_dir)))

    def quit(self) -> None:
        self.wm.main_window.close()

    def _main_closing(self) -> None:
        self.about_to_quit()
        self.quit_application(0)

    def about_to_quit(self) -> None:
        """Save the layout once, while the windows are still as the operator left them."""
        if self._saved_on_exit:
            return
        self._saved_on_exit = True
        if self.services.settings.get("layout.save_on_exit") and self.layout_name:
            self.save_layout(self.layout_name)

    # -- platform and backend checks ---------------------------------------------------------
    def start_checks(self) -> None:
        vlc_probe = VlcProbe(self)
        vlc_probe.finished.connect(self._vlc_checked)
        web_probe = WebEngineProbe(self)
        web_probe.finished.connect(
            lambda ok, detail: self.services.status.set_capability(
                "webengine", Capability(ok, detail)
            )
        )
        self._probes += [vlc_probe, web_probe]
        vlc_probe.start()
        web_probe.start()
        if self.services.profile is not None:
            self.check_backend()
            self._backend_timer = QTimer(self)
            self._backend_timer.timeout.connect(self.check_backend)
            self._backend_timer.start(REACHABILITY_MS)

    def _vlc_checked(self, report) -> None:
        status = self.services.status
        if report.version is None:
            status.set_capability("libvlc", Capability(False, report.error))
            status.set_capability(
                "rtsp",
                Capability(False, QCoreApplication.translate("Console", "libVLC is not available")),
            )
            return
        status.set_capability("libvlc", Capability(True, f"libVLC {report.version}"))
        if report.rtsp:
            status.set_capability(
                "rtsp", Capability(True, QCoreApplication.translate("Console", "rtsp:// opens"))
            )
        else:
            status.set_capability(
                "rtsp",
                Capability(
                    False,
                    QCoreApplication.translate(
                        "Console",
                        "this libVLC cannot open rtsp:// (built without live555); cameras "
                        "play through their HTTP/HLS relay address, or install a VLC build "
                        "with RTSP",
                    ),
                ),
            )

    def check_backend(self) -> None:
        """Ask the site's backend whether it answers (off the GUI thread)."""
        profile = self.services.profile
        if self.services.status.backend.state is ConnectionState.UNKNOWN:
            self.services.status.update_backend(state=ConnectionState.CONNECTING)
        ca = str(profile.ca_bundle) if profile.ca_bundle else None
        run_in_background(
            lambda: probe(profile.backend_url, ca, min(profile.timeout_s, 10.0)),
            on_success=self._backend_checked,
        )

    def _backend_checked(self, result) -> None:
        status = self.services.status
        if result.reachable:
            status.update_backend(
                state=ConnectionState.ONLINE, last_contact=datetime.now(), last_error=""
            )
        else:
            if status.backend.state is not ConnectionState.OFFLINE:
                log.warning("backend %s unreachable: %s", status.backend.url, result.detail)
            status.update_backend(state=ConnectionState.OFFLINE, last_error=result.detail)

    # -- status bars -------------------------------------------------------------------------
    def _refresh_status_bars(self) -> None:
        for window in self.wm.windows.values():
            self._refresh_status_bar(window)

    def _refresh_status_bar(self, window: ConsoleWindow) -> None:
        status = self.services.status
        state = status.backend.state
        texts = {
            ConnectionState.UNKNOWN: (
                QCoreApplication.translate("Console", "Backend: not checked yet"),
                "muted",
            ),
            ConnectionState.CONNECTING: (
                QCoreApplication.translate("Console", "Backend: connecting…"),
                "warning",
            ),
            ConnectionState.ONLINE: (QCoreApplication.translate("Console", "● Online"), "ok"),
            ConnectionState.OFFLINE: (
                QCoreApplication.translate("Console", "● Offline — working from the cache"),
                "error",
            ),
            ConnectionState.NO_BACKEND: (
                QCoreApplication.translate("Console", "● Demo — no backend in this version"),
                "warning",
            ),
        }
        text, colour = texts[state]
        window.connection_label.setText(text)
        window.connection_label.setStyleSheet(f"color: {state_colour(colour).name()};")
        refreshed = [d.refreshed_at for d in status.datasets if d.refreshed_at]
        if not refreshed:
            window.data_label.setText(
                QCoreApplication.translate("Console", "Cache empty: no data received yet")
            )
        else:
            window.data_label.setText(
                QCoreApplication.translate("Console", "Data as of %1").replace(
                    "%1", format_age(min(refreshed))
                )
            )
        window.layout_label.setText(
            QCoreApplication.translate("Console", "Layout: %1").replace(
                "%1", layout_title(self.layout_name)
            )
            if self.layout_name
            else ""
        )
