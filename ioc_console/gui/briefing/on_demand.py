"""The daily briefing on demand: the menu's "Daily briefing (PDF)" builds today's from the cache
(off the GUI thread), saves it to the folder of the settings and opens it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from ioc_console.core.briefing.content import Briefing, build_briefing
from ioc_console.core.clock import city_now
from ioc_console.core.config.targets import DEFAULT_TARGETS
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.intents import Notice
from ioc_console.core.services import Services
from ioc_console.gui.briefing.pdf import write_briefing
from ioc_console.gui.i18n import tr
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
SAVED = QT_TRANSLATE_NOOP("Briefing", "The daily briefing was saved to %1")
FAILED = QT_TRANSLATE_NOOP("Briefing", "The daily briefing could not be made: %1")
NO_CACHE = QT_TRANSLATE_NOOP("Briefing", "The cache is not available: no briefing can be made.")


def briefing_folder(services: Services) -> Path:
    """The folder of the settings (``briefing.folder``), else Documents/IOC Console."""
    chosen = str(services.settings.get("briefing.folder") or "").strip() \
        if services.settings is not None else ""
    if chosen:
        return Path(chosen).expanduser()
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "IOC Console"


def briefing_path(folder: Path, day: date) -> Path:
    return folder / f"ban-tin-{day.isoformat()}.pdf"


def make_briefing(services: Services, day: date | None = None, open_it: bool = True,
                  clock: Callable[[], datetime] = city_now,
                  done: Callable[[Path], None] | None = None,
                  folder: Path | None = None) -> None:
    """Build the briefing of ``day`` (today) in the background, save it, open it when asked;
    the operator is told where it went, or why it could not be made."""
    cache = services.cache
    if cache is None:
        services.intents.post(Notice("error", tr(NO_CACHE), "briefing"))
        return
    now = clock()
    wanted = day or now.date()
    targets = services.profile.targets if services.profile else DEFAULT_TARGETS

    def build() -> Briefing:
        return build_briefing(cache.conn, wanted, now)

    def write(briefing: Briefing) -> None:
        path = briefing_path(folder or briefing_folder(services), wanted)
        try:
            write_briefing(briefing, path, targets)
        except (OSError, RuntimeError) as exc:
            failed(exc)
            return
        services.intents.post(Notice("info", tr(SAVED).replace("%1", str(path)), "briefing"))
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if done is not None:
            done(path)

    def failed(error: Exception) -> None:
        log.error("the daily briefing failed: %s", error, exc_info=error)
        services.intents.post(Notice("error", tr(FAILED).replace("%1", str(error)), "briefing"))

    run_in_background(build, write, failed)
