"""The menus of a console window. Built from the panel registry and the layout store, so new
panels and layouts appear without changes here. Rebuilt when the language changes."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ioc_console.core.layouts.defaults import TITLES
from ioc_console.gui.i18n import tr
from ioc_console.gui.icons import icon
from ioc_console.gui.shell.screens import describe, screens

MAX_SCREEN_SHORTCUTS = 9


def layout_title(name: str) -> str:
    return tr(TITLES[name]) if name in TITLES else name


class Menus:
    """Builds and rebuilds one window's menu bar; dynamic parts fill in when opened."""

    def __init__(self, console, window) -> None:
        self.console = console
        self.window = window
        self.build()

    def build(self) -> None:
        bar = self.window.menuBar()
        bar.clear()
        for action in list(self.window.actions()):
            self.window.removeAction(action)
        self._console_menu(bar.addMenu(QCoreApplication.translate("Menus", "&Console")))
        self._dynamic(
            bar.addMenu(QCoreApplication.translate("Menus", "&Panels")), self._fill_panels
        )
        self._dynamic(
            bar.addMenu(QCoreApplication.translate("Menus", "&Window")), self._fill_window
        )
        self._dynamic(
            bar.addMenu(QCoreApplication.translate("Menus", "&Layouts")), self._fill_layouts
        )
        help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
        help_menu.addAction(
            QCoreApplication.translate("Menus", "&About IOC Console"), self.console.show_about
        )
        help_menu.addAction(
            QCoreApplication.translate("Menus", "Open the &log folder"),
            self.console.open_log_folder,
        )
        # window-wide shortcuts that work whether or not a menu was opened
        self._shortcut(
            QCoreApplication.translate("Menus", "Full screen"), "F11", self.window.toggle_fullscreen
        )
        self._shortcut(
            QCoreApplication.translate("Menus", "Float the current panel"),
            "Ctrl+Alt+F",
            lambda: self.console.float_current_panel(self.window),
        )
        self._shortcut(
            QCoreApplication.translate("Menus", "Save layout"), "Ctrl+S", self.console.save_layout
        )
        for n in range(MAX_SCREEN_SHORTCUTS):
            self._shortcut(
                QCoreApplication.translate("Menus", "Send the current panel to screen %1").replace(
                    "%1", str(n + 1)
                ),
                f"Ctrl+Alt+{n + 1}",
                partial(self.console.send_current_panel_to_screen, n, self.window),
            )

    def _shortcut(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _dynamic(self, menu: QMenu, fill) -> None:
        def refill() -> None:
            menu.clear()
            fill(menu)

        menu.aboutToShow.connect(refill)
        fill(menu)  # filled once so that tests and accessibility tools see the items

    def _daily_briefing(self) -> None:
        from ioc_console.gui.briefing.on_demand import make_briefing

        make_briefing(self.console.services)

    # -- Console -----------------------------------------------------------------------------
    def _console_menu(self, menu: QMenu) -> None:
        language = menu.addMenu(QCoreApplication.translate("Menus", "&Language"))
        group = QActionGroup(language)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = language.addAction(label, partial(self.console.set_language, code))
            action.setCheckable(True)
            action.setChecked(self.console.languages.language == code)
            group.addAction(action)
        theme = menu.addMenu(QCoreApplication.translate("Menus", "Colour &theme"))
        group = QActionGroup(theme)
        for code, label in (
            ("dark", QCoreApplication.translate("Menus", "Dark (control room)")),
            ("light", QCoreApplication.translate("Menus", "Light")),
        ):
            action = theme.addAction(label, partial(self.console.set_theme, code))
            action.setCheckable(True)
            action.setChecked(self.console.theme == code)
            group.addAction(action)
        menu.addSeparator()
        settings = menu.addAction(
            QCoreApplication.translate("Menus", "&Settings…"), self.console.show_settings
        )
        settings.setShortcut(QKeySequence("Ctrl+,"))
        menu.addAction(QCoreApplication.translate("Menus", "&Plugins…"), self.console.show_plugins)
        menu.addAction(QCoreApplication.translate("Menus", "Daily &briefing (PDF)"),
                       self._daily_briefing)
        if self.console.services.demo:
            # triggered(bool) carries the new check state (addAction(text, slot) drops it)
            plug = menu.addAction(QCoreApplication.translate("Menus", "&Demo backend connected"))
            plug.setCheckable(True)
            plug.triggered.connect(self.console.set_demo_plugged)
            streams = menu.addAction(
                QCoreApplication.translate("Menus", "Demo &camera streams on")
            )
            streams.setCheckable(True)
            streams.triggered.connect(self.console.set_demo_streams)

            def show_demo_state() -> None:
                plug.setChecked(self.console.link.demo_plugged)
                plug.setEnabled(self.console.link.demo is not None)
                streams.setChecked(self.console.link.demo_streams_on)
                streams.setEnabled(self.console.link.demo is not None)

            menu.aboutToShow.connect(show_demo_state)
        menu.addSeparator()
        self._alerts_items(menu)
        menu.addSeparator()
        quit_action = menu.addAction(
            QCoreApplication.translate("Menus", "&Quit"), self.console.quit
        )
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))

    def _alerts_items(self, menu: QMenu) -> None:
        attention = self.console.attention
        mute = menu.addAction(QCoreApplication.translate("Menus", "&Mute alert sounds"))
        mute.setCheckable(True)
        mute.triggered.connect(attention.set_muted)
        menu.aboutToShow.connect(lambda: mute.setChecked(attention.muted_until is not None))
        # the current shift so far (at a shift's end the handover opens by itself)
        menu.addAction(
            QCoreApplication.translate("Menus", "Shift &handover…"),
            lambda: attention.handover.open(),
        )

    # -- Panels ------------------------------------------------------------------------------
    def _fill_panels(self, menu: QMenu) -> None:
        wm = self.console.wm
        for spec in self.console.services.panels:
            action = menu.addAction(icon(spec.icon), tr(spec.title))
            action.setCheckable(not spec.multi_instance)
            action.setChecked(wm.is_open(spec.id))
            action.triggered.connect(
                lambda checked, s=spec: self.console.toggle_panel(s.id, checked, self.window)
            )
        menu.addSeparator()
        current = wm.current_panel(self.window)
        float_action = menu.addAction(
            QCoreApplication.translate("Menus", "&Float the current panel") + "\tCtrl+Alt+F",
            lambda: self.console.float_current_panel(self.window),
        )
        float_action.setEnabled(current is not None)
        send = menu.addMenu(
            QCoreApplication.translate("Menus", "&Send the current panel to screen")
        )
        send.setEnabled(current is not None)
        for index in range(len(screens())):
            keys = f"\tCtrl+Alt+{index + 1}" if index < MAX_SCREEN_SHORTCUTS else ""
            send.addAction(
                describe(index) + keys,
                partial(self.console.send_current_panel_to_screen, index, self.window),
            )
        move = menu.addMenu(
            QCoreApplication.translate("Menus", "&Move the current panel to window")
        )
        move.setEnabled(current is not None and len(wm.windows) > 1)
        for window in wm.windows.values():
            move.addAction(
                window.windowTitle(),
                partial(self.console.move_current_panel, window, self.window),
            )
        close = menu.addAction(
            QCoreApplication.translate("Menus", "&Close the current panel"),
            lambda: self.console.close_current_panel(self.window),
        )
        close.setEnabled(current is not None)

    # -- Window ------------------------------------------------------------------------------
    def _fill_window(self, menu: QMenu) -> None:
        full = menu.addAction(
            QCoreApplication.translate("Menus", "&Full screen") + "\tF11",
            self.window.toggle_fullscreen,
        )
        full.setCheckable(True)
        full.setChecked(self.window.isFullScreen())
        menu.addSeparator()
        new = menu.addMenu(QCoreApplication.translate("Menus", "&New window on screen"))
        for index in range(len(screens())):
            new.addAction(describe(index), partial(self.console.new_window, index))
        menu.addAction(
            QCoreApplication.translate("Menus", "Open a window on &every screen"),
            self.console.wm.open_window_on_every_screen,
        )
        menu.addSeparator()
        close = menu.addAction(
            QCoreApplication.translate("Menus", "&Close this window"), self.window.close
        )
        close.setEnabled(self.window.window_id != "main")

    # -- Layouts -----------------------------------------------------------------------------
    def _fill_layouts(self, menu: QMenu) -> None:
        store = self.console.services.layouts
        group = QActionGroup(menu)
        for name in store.names():
            action = menu.addAction(layout_title(name), partial(self.console.open_layout, name))
            action.setCheckable(True)
            action.setChecked(name == self.console.layout_name)
            group.addAction(action)
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("Menus", "&Save layout") + "\tCtrl+S",
            self.console.save_layout,
        )
        menu.addAction(
            QCoreApplication.translate("Menus", "Save layout &as…"), self.console.save_layout_as
        )
        name = self.console.layout_name
        reset = menu.addAction(
            QCoreApplication.translate("Menus", "&Reset to the default"), self.console.reset_layout
        )
        reset.setEnabled(store.is_default(name) and store.has_saved(name))
        delete = menu.addAction(
            QCoreApplication.translate("Menus", "&Delete this layout"), self.console.delete_layout
        )
        delete.setEnabled(not store.is_default(name) and store.has_saved(name))
