"""A date axis in city time whose month and weekday names are the operator's language's
(pyqtgraph writes them with ``strftime``, always in English: "Dec" on a Vietnamese dashboard)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLocale

from ioc_console.core.clock import CITY_TZ

CITY_UTC_OFFSET = -25200  # pyqtgraph's sign: minus the zone's offset from UTC
_SHORT = QLocale.FormatType.ShortFormat


class CityDateAxis(pg.DateAxisItem):
    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, utcOffset=CITY_UTC_OFFSET, **kwargs)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or ("%b" not in spec.format and "%a" not in spec.format):
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        out = []
        for value in values:
            try:
                day = datetime.fromtimestamp(value, CITY_TZ)
            except (OverflowError, ValueError, OSError):
                out.append("")
                continue
            text = spec.format.replace("%b", locale.monthName(day.month, _SHORT))
            text = text.replace("%a", locale.dayName(day.isoweekday(), _SHORT))
            out.append(text.replace("%d", f"{day.day:02d}"))
        return out

    def relabel(self) -> None:
        """Draw the labels again (in the language now chosen)."""
        self.picture = None
        self.update()
