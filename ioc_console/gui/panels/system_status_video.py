"""System status's "Video workers" section: the worker processes (pid, players, memory, age),
cameras that play alone after crashing their workers, and the crashes of this session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidgetItem

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.status import AppStatus
from ioc_console.gui.timefmt import format_datetime

CONTEXT = "SystemStatusPanel"
CRASHES_SHOWN = 10

Row = Callable[[QTreeWidgetItem, str, str, str], QTreeWidgetItem]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def video_section(section: QTreeWidgetItem, status: AppStatus, row: Row) -> None:
    """Fill ``section`` (the panel's ``_row`` adds a name/value line with a state colour)."""
    workers = status.video_workers
    if not workers:
        row(section, _tr("Video workers"), _tr("None running (no tile plays)"), "muted")
    else:
        players = sum(w.players for w in workers)
        row(
            section,
            _tr("Video workers"),
            _tr("%1 running, %2 players").replace("%1", str(len(workers))).replace(
                "%2", str(players)
            ),
            "ok",
        )
    for worker in workers:
        text = (
            _tr("pid %1 · %2 players · %3 MB · %4 h")
            .replace("%1", str(worker.pid))
            .replace("%2", str(worker.players))
            .replace("%3", str(worker.rss_kb // 1024))
            .replace("%4", f"{worker.age_s / 3600:.1f}")
        )
        if worker.isolated:
            text += " · " + _tr("plays %1 alone").replace("%1", worker.isolated)
        if worker.retiring:
            text += " · " + _tr("being replaced")
        row(section, _tr("Worker %1").replace("%1", str(worker.id)), text, "")
    if status.video_isolated:
        row(
            section,
            _tr("Cameras playing alone"),
            ", ".join(status.video_isolated),
            "warning",
        )
    crashes = status.video_crashes
    parent = row(
        section,
        _tr("Worker crashes"),
        str(len(crashes)) if crashes else _tr("None"),
        "warning" if crashes else "ok",
    )
    for crash in reversed(crashes[-CRASHES_SHOWN:]):
        when = format_datetime(datetime.fromtimestamp(crash.at, CITY_TZ))
        row(
            parent,
            when,
            f"{', '.join(crash.cameras)} — pid {crash.pid}: {crash.reason}",
            "warning",
        )
