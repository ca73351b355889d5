"""Switching plugins on and off from the Qt layer: the setting, and the plugins' translations.

The shell follows the registries by itself (docks close and reopen with their panel kinds, the
map with its layers); what is left here is what the core does not know: the translators a
plugin brings, and remembering the choice in ``plugins.disabled`` for the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject

from ioc_console.core.plugins import PluginRecord, PluginState
from ioc_console.core.services import Services
from ioc_console.gui.bridge import follow
from ioc_console.gui.i18n import Languages

log = logging.getLogger(__name__)
DISABLED = "plugins.disabled"


def translation_dirs(record: PluginRecord) -> list[Path]:
    """The folders a loaded plugin's ``*_<language>.qm`` files are read from: its
    ``translations/`` folder and those it registered, those that exist (none when it is not
    loaded: a plugin without translations costs no reinstalling of the translators)."""
    if record.state is not PluginState.LOADED:
        return []
    folders = [record.folder / "translations"]
    if record.api is not None:
        folders.extend(f for f in record.api.translation_dirs if f not in folders)
    return [folder for folder in folders if folder.is_dir()]


class PluginSwitch(QObject):
    """Enables and disables plugins at run time for the console."""

    def __init__(self, services: Services, languages: Languages, parent: QObject | None) -> None:
        super().__init__(parent)
        self.services = services
        self.languages = languages
        follow(self, services.plugins.changed, self._changed)

    def set_enabled(self, plugin_id: str, on: bool) -> PluginRecord:
        """Switch ``plugin_id`` on or off now and remember it for the next start."""
        manager = self.services.plugins
        record = manager.enable(plugin_id) if on else manager.disable(plugin_id)
        self._remember()
        return record

    def apply_disabled(self, disabled: Iterable[str]) -> list[PluginRecord]:
        """Make the plugins named in ``disabled`` off and the others on (the setting was
        edited); returns the records that changed."""
        off = set(disabled)
        changed = []
        for record in list(self.services.plugins.records):
            if record.id in off and record.state is not PluginState.DISABLED:
                changed.append(self.services.plugins.disable(record.id))
            elif record.id not in off and record.state is PluginState.DISABLED:
                changed.append(self.services.plugins.enable(record.id))
        return changed

    def _remember(self) -> None:
        manager = self.services.plugins
        known = {record.id for record in manager.records}
        saved = [i for i in self.services.settings.get(DISABLED) if i not in known]
        self.services.settings.set(DISABLED, sorted({*saved, *(manager.disabled & known)}))

    def _changed(self, record: PluginRecord) -> None:  # the GUI thread
        if self.languages.set_plugin_dirs(record.id, translation_dirs(record)):
            log.info("translations of plugin %s %s", record.id, record.state)
            self.languages.reload()
