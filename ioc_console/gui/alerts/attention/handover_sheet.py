"""What a shift handover says, as texts ready to show or print: the shift's figures (from the
core's shift report), the noisiest sources, the open items (most urgent first) and the
outgoing operator's note. The dialog and the PDF both draw this one sheet."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.gui.i18n import tr
from ioc_console.gui.timefmt import format_datetime

STATE_TITLES = {
    "new": QT_TRANSLATE_NOOP("Alerts", "New"),
    "acknowledged": QT_TRANSLATE_NOOP("Alerts", "Acknowledged"),
    "assigned": QT_TRANSLATE_NOOP("Alerts", "In progress"),
    "escalated": QT_TRANSLATE_NOOP("Alerts", "Escalated"),
    "shelved": QT_TRANSLATE_NOOP("Alerts", "Shelved"),
}


def nfc(text: str) -> str:
    """Vietnamese text in one Unicode form (composed), so every font and PDF reader shows and
    finds the same letters whichever keyboard typed them."""
    return unicodedata.normalize("NFC", text)


def duration_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    return (
        QCoreApplication.translate("Alerts", "%1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", f"{minutes % 60:02d}")
    )


@dataclass(frozen=True)
class OpenItem:
    priority: int
    raised: str
    title: str
    place: str
    state: str
    alert_id: str


@dataclass(frozen=True)
class HandoverSheet:
    start: datetime
    end: datetime
    figures: tuple[tuple[str, str], ...]
    noisiest: tuple[tuple[str, int, float], ...]  # source, alerts, share 0..1
    open_items: tuple[OpenItem, ...]
    note: str = ""
    operator: str = ""
    written_at: datetime | None = field(default=None)

    @property
    def period(self) -> str:
        return f"{format_datetime(self.start)} – {format_datetime(self.end)}"

    def with_note(self, note: str, operator: str, written_at: datetime) -> HandoverSheet:
        return replace(self, note=nfc(note), operator=nfc(operator), written_at=written_at)


def open_item(alert: Any) -> OpenItem:
    state = str(alert.state)
    return OpenItem(
        int(alert.priority),
        alert.raised_at.astimezone(CITY_TZ).strftime("%d/%m %H:%M"),
        nfc(alert.title or ""),
        nfc(alert.place or ""),
        tr(STATE_TITLES[state]) if state in STATE_TITLES else state,
        alert.id,
    )


def sheet_from_report(report: Any, lookup: Callable[[str], Any]) -> HandoverSheet:
    """The sheet of a core ``ShiftReport``; ``lookup`` finds an alert by id (the open items
    keep the report's order: highest priority, then the oldest)."""
    mix = report.priority_mix.shares
    figures = (
        (QCoreApplication.translate("Alerts", "Alerts raised"), str(report.raised)),
        (QCoreApplication.translate("Alerts", "Repeats of them"), str(report.repeats)),
        (QCoreApplication.translate("Alerts", "Alerts handled"), str(report.handled)),
        (QCoreApplication.translate("Alerts", "Open at the end of the shift"), str(report.open)),
        (
            QCoreApplication.translate("Alerts", "Standing (unacknowledged past the SLA)"),
            str(report.standing),
        ),
        (QCoreApplication.translate("Alerts", "Stale (open more than 24 h)"), str(report.stale)),
        (QCoreApplication.translate("Alerts", "SLA breaches"), str(report.sla_breaches)),
        (
            QCoreApplication.translate("Alerts", "Time in flood"),
            duration_text(report.flood_seconds),
        ),
        (
            QCoreApplication.translate(
                "Alerts", "Priority mix high / medium / low (aim 5 / 15 / 80 %)"
            ),
            f"{mix['high']:.0%} / {mix['medium']:.0%} / {mix['low']:.0%}",
        ),
    )
    noisiest = tuple((nfc(s.source), int(s.count), float(s.share)) for s in report.noisiest)
    items = tuple(open_item(a) for i in report.open_items if (a := lookup(i)) is not None)
    return HandoverSheet(report.start, report.end, figures, noisiest, items, nfc(report.note))
