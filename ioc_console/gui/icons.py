"""Icons by name: the console's SVGs in resources/icons, or a file path (plugins)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from ioc_console.core.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    if not name:
        return QIcon()
    path = Path(name)
    if not path.is_file():
        path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
