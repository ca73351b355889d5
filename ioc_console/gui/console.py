"""The running console: ties the services, the windows, the menus, layouts and preferences."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog

from ioc_console.core.intents import Notice
from ioc_console.core.layouts.defaults import OPERATOR, WARD_OFFICE
from ioc_console.core.layouts.model import LayoutError
from ioc_console.core.logbook import set_log_level
from ioc_console.core.services import Services
from ioc_console.gui.alerts.attention import install as attention
from ioc_console.gui.bridge import follow
from ioc_console.gui.checks import PlatformChecks
from ioc_console.gui.complaints.intake_request import ComplaintRequests
from ioc_console.gui.crash import CrashReporter
from ioc_console.gui.dialogs.about import about_dialog
from ioc_console.gui.dialogs.settings_dialog import SettingsDialog
from ioc_console.gui.fonts import load_fonts
from ioc_console.gui.i18n import Languages, tr
from ioc_console.gui.link_notices import LinkNotices
from ioc_console.gui.plugins.switch import DISABLED, PluginSwitch
from ioc_console.gui.qapp import application
from ioc_console.gui.responsiveness import LagMeter
from ioc_console.gui.shell import layout_io
from ioc_console.gui.shell.intent_panels import IntentPanels
from ioc_console.gui.shell.menus import Menus, layout_title
from ioc_console.gui.shell.status_line import show_status
from ioc_console.gui.shell.window import ConsoleWindow
from ioc_console.gui.shell.window_manager import WindowManager
from ioc_console.gui.sync_bridge import DemoStarter, SyncBridge
from ioc_console.gui.theme import apply_theme
from ioc_console.gui.update_notice import UpdateNotice
from ioc_console.gui.video.router import VideoRouter

log = logging.getLogger(__name__)


class Console(QObject):
    def __init__(
        self,
        services: Services,
        languages: Languages,
        theme: str,
        *,
        start_demo: DemoStarter | None = None,
    ) -> None:
        """``start_demo`` starts the embedded demo backend (demo mode); the application's
        assembly (:mod:`ioc_console.gui.app`) hands it over."""
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
        self.quit_application = application().exit
        self._saved_on_exit = False
        follow(self, services.status.changed, lambda _part: self._refresh_status_bars())
        languages.languageChanged.connect(self._language_changed)
        self.plugin_switch = PluginSwitch(services, languages, self)  # on and off at run time
        self.checks = PlatformChecks(services, self)
        self.link = SyncBridge(services, self, start_demo=start_demo)
        self.link_notices = LinkNotices(self, self.link)
        self.updates = UpdateNotice(self, services.profile, self.notify)  # a newer release out
        self.crash = CrashReporter(self)
        self.video = VideoRouter(services, self)  # "show camera X": a wall's tile or a pop-up
        forget_notices = services.intents.handle(Notice, self._panel_notice)
        self.intent_panels = IntentPanels(services, self.wm)  # drill-downs, places on the map
        intent_panels = self.intent_panels
        # a complaint asked for from another panel (a social-media post): the intake, filled in
        self.complaint_requests = ComplaintRequests(services, self.wm)
        complaint_requests = self.complaint_requests

        def forget(*_args: object) -> None:
            forget_notices()
            intent_panels.close()
            complaint_requests.close()

        self.destroyed.connect(forget)
        self.meter = LagMeter(services.status.lag, self)  # the GUI event loop's lag, always on
        # sounds, tray notices, the unacknowledged-alert badge, the shift handover
        self.attention = attention.install(self)
        self.attention.start()
        from ioc_console.gui.briefing.schedule import BriefingSchedule

        self.briefing_schedule = BriefingSchedule(services, self)  # [briefing] time

    # -- windows -----------------------------------------------------------------------------
    def _make_window(self, window_id: str) -> ConsoleWindow:
        window = ConsoleWindow(window_id)
        if self.services.profile is not None:
            window.site_title = self.services.profile.site_name
            window.retranslate()
        attention.add_badge(self.attention, window)
        self.menus[window_id] = Menus(self, window)
        window.destroyed.connect(lambda *_: self.menus.pop(window_id, None))
        self._refresh_status_bar(window)
        return window

    def new_window(self, screen: int) -> None:
        self.wm.open_window(screen=screen)

    def notify(self, level: str, text: str):
        """Show a notice in the main window (and the log already has the details); returns
        the notice, which the caller may dismiss when it no longer holds."""
        details = None if level == "info" else self.show_event_log
        return self.wm.main_window.notifications.post(level, text, details)

    def _panel_notice(self, notice: Notice) -> bool:
        """A panel's :class:`Notice`: shown in the window that holds the panel (the main window
        when none does)."""
        window = self.wm.window_of(notice.source) if notice.source else None
        window = window or self.wm.main_window
        details = None if notice.level == "info" else self.show_event_log
        window.notifications.post(notice.level, notice.text, details)
        return True

    def show_event_log(self) -> None:
        """Open (or bring forward) the Event log, where the details of a notice are."""
        self.wm.open_panel("event_log", self.wm.main_window)

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
        for problem in self.services.layouts.take_problems():
            self.notify("warning", tr(problem))
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
            elif key == DISABLED:  # plugins switch on and off at once
                self.services.settings.set(key, value)
                self._plugins_switched(self.plugin_switch.apply_disabled(value))
            else:
                self.services.settings.set(key, value)
            if key == "ui.font_size":
                load_fonts(application(), value)
            elif key == "log.level":
                set_log_level(value)
            log.info("setting %s changed to %r", key, value)

    def show_plugins(self) -> None:
        """The plugin manager: every plugin, its state and errors; switch one on or off."""
        from ioc_console.gui.plugins.manager_dialog import PluginManagerDialog

        dialog = PluginManagerDialog(
            self.services, self.plugin_switch, self.languages.language, self.wm.active_window()
        )
        dialog.exec()
        dialog.deleteLater()

    def _plugins_switched(self, records: list) -> None:
        for record in records:
            if record.error:
                self.notify(
                    "error",
                    QCoreApplication.translate("Startup", "Plugin “%1” was not loaded: %2")
                    .replace("%1", record.display_name(self.languages.language))
                    .replace("%2", record.error),
                )

    def _language_changed(self, _language: str) -> None:
        self.wm.retranslate()
        for menus in list(self.menus.values()):
            menus.build()
        self._refresh_status_bars()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        apply_theme(application(), theme)
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
        self.link.stop()
        self.services.stop_domains()
        self.attention.stop()

    # -- platform and backend checks ---------------------------------------------------------
    def start_checks(self) -> None:
        self.checks.start()

    def start_link(self, username: str | None = None, password: str | None = None) -> None:
        """Connect to the backend (the embedded demo backend in demo mode), and ask the site's
        version feed whether a newer console is out. The plugins' KPIs and alert rules start
        with it, over the cache's last known data."""
        self.services.start_domains()
        self.link.start(username, password)
        self.updates.start()

    def set_demo_plugged(self, plugged: bool) -> None:
        self.link.set_demo_plugged(plugged)
        if not plugged:
            self.notify(
                "info",
                self.tr("Demo backend unplugged: the console now works as if the link were cut."),
            )

    def set_demo_streams(self, on: bool) -> None:
        self.link.set_demo_streams(on)
        if not on:
            self.notify(
                "info",
                self.tr(
                    "Demo camera streams stopped: the tiles show the stall and reconnect by "
                    "themselves once the streams are back."
                ),
            )

    # -- status bars -------------------------------------------------------------------------
    def _refresh_status_bars(self) -> None:
        for window in self.wm.windows.values():
            self._refresh_status_bar(window)

    def _refresh_status_bar(self, window: ConsoleWindow) -> None:
        show_status(window, self.services.status, layout_title(self.layout_name))
