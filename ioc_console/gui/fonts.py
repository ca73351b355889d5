"""The bundled font (Noto Sans) so Vietnamese diacritics render alike everywhere."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ioc_console.core.paths import resources_dir

log = logging.getLogger(__name__)
FAMILY = "Noto Sans"


_registered: set[str] = set()


def register_fonts() -> set[str]:
    """Register the bundled fonts once; returns their families (empty when none loaded)."""
    if not _registered:
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("font %s could not be loaded", path)
                continue
            _registered.update(QFontDatabase.applicationFontFamilies(font_id))
    return set(_registered)


def bundled_family() -> str | None:
    """The bundled family (Noto Sans), registered; None if its files could not be loaded.
    What is printed (the shift handover PDF) names it explicitly, so the document embeds the
    font the console ships, whatever the machine has installed."""
    return FAMILY if FAMILY in register_fonts() else None


def load_fonts(app: QApplication, point_size: int) -> str:
    """Register the bundled fonts and make Noto Sans the application font; returns the family."""
    family = bundled_family() or app.font().family()
    font = QFont(family, point_size)
    app.setFont(font)
    return family
