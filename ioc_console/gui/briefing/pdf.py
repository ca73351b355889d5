"""The leaders' daily briefing as an A4 PDF written with QPdfWriter: the date, the key figures
of complaints (1022) and administrative procedures against their targets, the alerts of the
last 24 hours by priority, three charts drawn as vectors, and the lists of overdue complaints
and files and of lagging agencies and wards. The bundled Noto Sans is named explicitly (so it is
the font embedded) and every text is NFC-normalised."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ioc_console import APPLICATION_NAME
from ioc_console.core.alerts.vocabulary import STATE_NAMES
from ioc_console.core.briefing.content import Briefing
from ioc_console.core.config.targets import DEFAULT_TARGETS, KpiState, Target
from ioc_console.core.procedures.defs import BY_ID as PROCEDURE_KPIS
from ioc_console.core.procedures.indicators import Counts
from ioc_console.gui.briefing import texts
from ioc_console.gui.briefing.painter import COLOURS, GAP, MUTED, Page, nfc
from ioc_console.gui.charts.kpi_tile import format_change, format_value
from ioc_console.gui.fonts import bundled_family
from ioc_console.gui.i18n import tr
from ioc_console.gui.procedures.charts import short_field
from ioc_console.gui.timefmt import format_datetime

log = logging.getLogger(__name__)
DPI = 300
MARGIN_MM = 12
LIST_ROWS = 6  # rows of the overdue files and lagging agencies (one page in all)
STATE = {KpiState.MET: "ok", KpiState.BELOW: "muted", KpiState.AMBER: "warning",
         KpiState.RED: "error", KpiState.NONE: "muted"}
# complaint KPIs on the briefing: (id, title context "KPIs")
COMPLAINT_TILES = ("complaints.received", "complaints.on_time_rate", "complaints.open_now",
                   "complaints.overdue_now", "complaints.satisfaction_rate")
PROCEDURE_TILES = ("procedures.received", "procedures.resolved", "procedures.on_time_rate",
                   "procedures.overdue_now", "procedures.online_share")


def _count(n: int) -> str:
    return format_value(n, "")


def _state(state: str) -> str:
    names = {s.value: t for s, t in STATE_NAMES.items()}
    return tr(names[state]) if state in names else state


def _day(day: object) -> str:
    return day.strftime("%d/%m/%Y")  # type: ignore[attr-defined]


def write_briefing(briefing: Briefing, path: Path,
                   targets: dict[str, Target] | None = None) -> Path:
    """Write the briefing to ``path`` (its folder is made); returns the path."""
    targets = targets if targets is not None else DEFAULT_TARGETS
    family = bundled_family()
    if family is None:
        raise RuntimeError("the bundled font (Noto Sans) could not be loaded")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(nfc(f"{tr(texts.TITLE)} {_day(briefing.day)}"))
    writer.setCreator(APPLICATION_NAME)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        _draw(Page(writer, painter, family), briefing, targets)
    finally:
        painter.end()
    log.info("daily briefing of %s written to %s", briefing.day, path)
    return path


def _tile(kpi_id: str, title: str, unit: str, value: float | None, previous: float | None,
          targets: dict[str, Target]) -> tuple[str, str, str, str]:
    target = targets.get(kpi_id)
    state = target.state(value) if target else KpiState.NONE
    goal = ""
    if target is not None:
        goal = QCoreApplication.translate("KpiTile", "target %1")
        goal = goal.replace("%1", format_value(target.target, unit))
    change = format_change(value, previous, unit)  # ▲▼ print as +/- (see painter)
    note = "\n".join(t for t in (goal, change) if t)  # a line each, as on the dashboard
    return title, format_value(value, unit), note, STATE[state]


def _draw(page: Page, b: Briefing, targets: dict[str, Target]) -> None:
    from ioc_console.core.complaints.kpi_defs import BY_ID as COMPLAINT_KPIS

    page.text(tr(texts.TITLE), 15, bold=True)
    page.text(tr(texts.DAY).replace("%1", _day(b.day)).replace("%2", format_datetime(b.at))
              .replace("%3", _day(b.period.first_day)).replace("%4", _day(b.period.last_day)),
              8.5, colour=MUTED)
    page.rule()
    page.text(tr(texts.COMPLAINTS), 10.5, bold=True)
    page.gap(0.3)
    tiles = []
    for kpi_id in COMPLAINT_TILES:
        kpi = COMPLAINT_KPIS[kpi_id]
        previous = b.complaints_previous.value(kpi_id) if b.complaints_previous and not kpi.now \
            else None
        tiles.append(_tile(kpi_id, tr(kpi.title), kpi.unit, b.complaints.value(kpi_id), previous,
                           targets))
    page.tiles(tiles)
    page.gap()
    page.text(tr(texts.PROCEDURES), 10.5, bold=True)
    page.gap(0.3)
    board = b.procedures
    tiles = []
    for kpi_id in PROCEDURE_TILES:
        tthc = PROCEDURE_KPIS[kpi_id]
        previous = board.previous.value(kpi_id) if board.previous and not tthc.now else None
        tiles.append(_tile(kpi_id, tr(tthc.title), tthc.unit, board.figures.value(kpi_id),
                           previous, targets))
    page.tiles(tiles)
    page.gap()
    _alerts(page, b)
    page.gap()
    _charts(page, b, targets)
    page.gap()
    _lists(page, b)


def _alerts(page: Page, b: Briefing) -> None:
    page.text(tr(texts.ALERTS), 10.5, bold=True)
    if not b.alerts_by_priority:
        page.text(tr(texts.NO_ALERTS), 8.5)
        return
    counts = "   ".join(tr(texts.PRIORITY).replace("%1", str(p)).replace("%2", str(n))
                        for p, n in sorted(b.alerts_by_priority.items()))
    page.text(counts, 9, bold=True)
    for alert in b.alerts[:5]:
        page.row([(f"P{alert.priority}", 0), (alert.created.strftime("%H:%M %d/%m"), 50),
                  (alert.title, 200), (_state(alert.state), 850)])


def _charts(page: Page, b: Briefing, targets: dict[str, Target]) -> None:
    board = b.procedures
    s = board.series
    height = 620
    page.need(height * 2 + GAP)
    half = (page.width - GAP * 2) // 2
    days = [i for i, n in enumerate(s.received) if n or s.resolved[i]]
    area = page.chart_box(0, half, height, tr(texts.CHART_DAILY))
    if days:
        page.bars_and_line(area, [s.received[i] for i in days], [s.resolved[i] for i in days],
                           [s.starts[i].strftime("%d/%m") for i in days])
    else:
        page.empty(area, tr(texts.NO_FILES))
    fields = board.by_field
    area = page.chart_box(half + GAP * 2, half, height, tr(texts.CHART_FIELDS))
    if fields:
        _fields_chart(page, area, fields)
    else:
        page.empty(area, tr(texts.NO_FILES))
    page.y += height + GAP
    wards = board.wards
    area = page.chart_box(0, page.width, 70 + 65 * max(len(wards), 1), tr(texts.CHART_WARDS))
    if not wards:
        page.empty(area, tr(texts.NO_FILES))
        page.y = int(area.bottom()) + GAP
        return
    rates = [w.counts.on_time_rate or 0.0 for w in wards]
    target = targets.get("procedures.on_time_rate", DEFAULT_TARGETS["procedures.on_time_rate"])
    target_rate = target.target
    low = max(0.0, 5 * (min([*rates, target_rate]) // 5) - 5)
    page.hbars(area, [b.ward_names.get(w.key, w.key) for w in wards], [rates],
               [COLOURS["blue"]], scale=(low, 100.0),
               notes=[f"{format_value(r, '%')} ({_count(w.counts.resolved)})"
                      for r, w in zip(rates, wards, strict=True)])
    page.y = int(area.bottom()) + GAP


def _fields_chart(page: Page, area: QRectF, fields: list[tuple[str, Counts]]) -> None:
    """Files resolved per field, stacked early, on time and late, with a legend below."""
    legend = QRectF(area.left(), area.bottom() - 50, area.width(), 50)
    area.setBottom(area.bottom() - 60)
    colours = [COLOURS["green"], COLOURS["blue"], COLOURS["red"]]
    page.hbars(area, [short_field(f) for f, _ in fields],
               [[c.early for _, c in fields], [c.on_time for _, c in fields],
                [c.late for _, c in fields]], colours,
               notes=[_count(c.resolved) for _, c in fields])
    words = [tr(texts.EARLY), tr(texts.ON_TIME), tr(texts.LATE)]
    step = legend.width() / 3
    for i, (word, colour) in enumerate(zip(words, colours, strict=True)):
        page.painter.fillRect(QRectF(legend.left() + i * step, legend.top() + 12, 26, 26), colour)
        page.axis_label(QRectF(legend.left() + i * step + 36, legend.top(), step - 40, 50), word,
                        align=Qt.AlignmentFlag.AlignLeft)


def _lists(page: Page, b: Briefing) -> None:
    board = b.procedures
    page.text(tr(texts.OVERDUE_COMPLAINTS).replace("%1", _count(b.overdue_complaints_total)),
              10, bold=True)
    for c in b.overdue_complaints:
        page.row([(c.id, 0), (c.title, 170), (c.ward, 600),
                  (tr(texts.DEADLINE).replace("%1", c.deadline), 800)])
    if not b.overdue_complaints:
        page.text(tr(texts.NONE), 8.5)
    page.gap(0.5)
    overdue = board.overdue
    page.text(tr(texts.OVERDUE_FILES).replace("%1", _count(board.figures.overdue_now)), 10,
              bold=True)
    for row in overdue[:LIST_ROWS]:
        page.row([(tr(texts.RECEIVED_ON).replace("%1", _day(row.day)), 0), (row.field, 170),
                  (row.agency, 330), (b.ward_names.get(row.ward, row.ward), 750),
                  (tr(texts.FILES).replace("%1", str(row.overdue)), 900)])
    if not overdue:
        page.text(tr(texts.NONE), 8.5)
    page.gap(0.5)
    page.text(tr(texts.LAGGING_AGENCIES).replace("%1", str(board.min_volume)), 10, bold=True)
    ranked = [r for r in board.agencies if r.ranked][:LIST_ROWS]
    for r in ranked:
        page.row([(r.key, 0), (format_value(r.counts.on_time_rate, "%"), 650),
                  (tr(texts.FILES).replace("%1", _count(r.counts.resolved)), 780)])
    if not ranked:
        page.text(tr(texts.NONE), 8.5)
    page.gap(0.5)
    page.text(tr(texts.LAGGING_WARDS), 10, bold=True)
    for r in board.wards:
        page.row([(b.ward_names.get(r.key, r.key), 0),
                  (format_value(r.counts.on_time_rate, "%"), 650),
                  (tr(texts.FILES).replace("%1", _count(r.counts.resolved)), 780)])
    if not board.wards:
        page.text(tr(texts.NONE), 8.5)
