"""The bundled font (Noto Sans) so Vietnamese diacritics render alike everywhere."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ioc_console.core.paths import resources_dir

log = logging.getLogger(__name__)
FAMILY = "Noto Sans"


def load_fonts(app: QApplication, point_size: int) -> str:
    """Register the bundled fonts and make Noto Sans the application font; returns the family."""
    families: set[str] = set()
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in families else app.font().family()
    font = QFont(family, point_size)
    app.setFont(font)
    return family
