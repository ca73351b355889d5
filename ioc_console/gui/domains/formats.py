"""Figures of the domains' KPIs as the operator reads them in the current language."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale

from ioc_console.core.domains.table_data import NumberStyle


def number_style() -> NumberStyle:
    """The current language's decimal and group separators."""
    locale = QLocale()
    return NumberStyle(locale.decimalPoint(), locale.groupSeparator())


def format_kpi(value: float | None, unit: str, decimals: int = 1) -> str:
    """"91,8 %", "1.234 lượt", "4,2 giờ"; "–" without a value. A whole number is written
    without decimals unless the unit is a percentage."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    locale = QLocale()
    places = max(int(decimals), 0)
    if unit != "%" and float(value).is_integer():
        places = 0
    text = locale.toString(float(value), "f", places)
    if not unit:
        return text
    return f"{text} {unit}"
