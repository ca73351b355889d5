"""The daily briefing on the site profile's schedule (``[briefing] time``): once a day, at or
after that time, a running console makes the day's briefing into the profile's folder (else the
settings'), unless that day's file is there already (made by another console or an earlier
run)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from ioc_console.core.clock import city_now
from ioc_console.core.services import Services
from ioc_console.gui.briefing.on_demand import briefing_folder, briefing_path, make_briefing

log = logging.getLogger(__name__)
CHECK_MS = 30_000


class BriefingSchedule(QObject):
    def __init__(self, services: Services, parent: QObject | None = None,
                 clock: Callable[[], datetime] = city_now) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        profile = services.profile
        self.at = profile.briefing.time if profile is not None else None
        self.folder = (profile.briefing.folder if profile is not None else None) \
            or briefing_folder(services)
        self.made: date | None = None  # the last day made (or found made)
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        if self.at is not None:
            self.timer.start()
            QTimer.singleShot(0, self.check)

    def check(self) -> bool:
        """Make today's briefing if it is due and not yet made; True when one was started."""
        if self.at is None:
            return False
        now = self.clock()
        today = now.date()
        if self.made == today or now.time() < self.at:
            return False
        self.made = today
        if briefing_path(self.folder, today).exists():
            return False
        log.info("making the daily briefing of %s on schedule (%s)", today, self.at)
        make_briefing(self.services, today, open_it=False, clock=self.clock, folder=self.folder,
                      done=self._made)
        return True

    def _made(self, path: Path) -> None:
        log.info("scheduled daily briefing written to %s", path)
