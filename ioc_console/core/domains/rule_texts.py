"""What a KPI rule's alert says about its KPI: data written into the alert record, in the
city's language (as the backend words its own alerts), with Vietnamese number formatting."""

from __future__ import annotations

from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.kpis import KpiDefinition, KpiValue

BAND_WORDS = {KpiState.RED: "ngưỡng đỏ", KpiState.AMBER: "ngưỡng vàng"}


def number(value: float, decimals: int = 1) -> str:
    """``value`` as Vietnamese writes it: ``1.234,5``."""
    text = f"{value:,.{max(0, decimals)}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def kpi_description(definition: KpiDefinition, value: KpiValue, target: Target | None) -> str:
    """``Chỉ số …: 72,5 % (mục tiêu 85 %; ngưỡng đỏ 75 %).``"""
    unit = f" {definition.unit}" if definition.unit else ""
    shown = "—" if value.value is None else number(value.value, definition.decimals) + unit
    text = f"Chỉ số {definition.title}: {shown}"
    if target is not None:
        band = KpiState.RED if value.state is KpiState.RED else KpiState.AMBER
        threshold = target.red if band is KpiState.RED else target.amber
        text += (f" (mục tiêu {number(target.target, definition.decimals)}{unit}; "
                 f"{BAND_WORDS[band]} {number(threshold, definition.decimals)}{unit})")
    return text + "."
