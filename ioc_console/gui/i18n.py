"""Interface language: Qt translators for the console, its plugins and Qt itself."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ioc_console.core.i18n import Message, TrText, fill
from ioc_console.core.paths import translations_dir
from ioc_console.gui.qapp import core_application

log = logging.getLogger(__name__)
CATALOG = "ioc_console"


def tr(text: TrText | Message | str, context: str = "Plugins") -> str:
    """Translate a :class:`TrText` or a :class:`Message` from the core (plain strings are
    looked up in ``context``)."""
    if isinstance(text, Message):
        return fill(tr(text.template), text.args)
    ctx = text.context if isinstance(text, TrText) else context
    return QCoreApplication.translate(ctx, str(text))


class Languages(QObject):
    """Installs the translators of one language and announces a change."""

    languageChanged = Signal(str)
    """Emitted with the language code after the translators of a new language are installed."""

    def __init__(self, plugin_translation_dirs: list[Path] | None = None) -> None:
        super().__init__()
        self.language = "en"
        self.language_requested = "en"
        self._installed: list[QTranslator] = []
        self._plugin_dirs = list(plugin_translation_dirs or [])
        self._dirs_of: dict[str, list[Path]] = {}  # the folders of each enabled plugin
        self.loaded_files: list[Path] = []

    def add_plugin_dir(self, folder: Path) -> None:
        self._plugin_dirs.append(folder)

    def set_plugin_dirs(self, plugin_id: str, folders: list[Path]) -> bool:
        """The translation folders of plugin ``plugin_id`` (none: it was switched off); True
        when they changed (:meth:`reload` installs them)."""
        before = self._dirs_of.get(plugin_id, [])
        if folders:
            self._dirs_of[plugin_id] = list(folders)
        else:
            self._dirs_of.pop(plugin_id, None)
        return list(folders) != before

    def reload(self) -> None:
        """Install the current language's translators again (plugins came or went)."""
        self.set_language(self.language_requested)

    def set_language(self, language: str) -> bool:
        """Switch to ``language``; returns False when its catalogue is missing (English stays)."""
        app = core_application()
        self.language_requested = language
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.loaded_files.clear()
        ok = True
        if language != "en":
            ok = self._install(translations_dir() / f"{CATALOG}_{language}.qm")
            qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            self._install(qt_dir / f"qtbase_{language}.qm", quiet=True)
            for folder in self.plugin_dirs:
                for qm in sorted(folder.glob(f"*_{language}.qm")):
                    self._install(qm)
            if not ok:
                log.error(
                    "translations for %r not found in %s (run `make translations`); "
                    "the interface stays in English",
                    language,
                    translations_dir(),
                )
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
                QLocale.Country.Vietnam if language == "vi" else QLocale.Country.UnitedKingdom,
            )
        )
        self.language = language if ok else "en"
        self.languageChanged.emit(self.language)
        return ok

    @property
    def plugin_dirs(self) -> list[Path]:
        """Every folder whose ``*_<language>.qm`` files are installed with the console's."""
        folders = list(self._plugin_dirs)
        for owned in self._dirs_of.values():
            folders.extend(f for f in owned if f not in folders)
        return folders

    def _install(self, path: Path, quiet: bool = False) -> bool:
        translator = QTranslator(self)
        if not path.is_file() or not translator.load(str(path)):
            if not quiet:
                log.warning("translation file %s could not be loaded", path)
            return False
        core_application().installTranslator(translator)
        self._installed.append(translator)
        self.loaded_files.append(path)
        return True
