"""Alert rows in the backend's wire shape and a clock the tests move by hand."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import count
from typing import Any

from PySide6.QtGui import QIcon

from ioc_console.core.clock import CITY_TZ
from ioc_console.gui.alerts.attention.controller import Attention
from ioc_console.gui.alerts.attention.feed import AlertFeed
from ioc_console.gui.alerts.attention.sounds import SoundBank
from ioc_console.gui.alerts.attention.tray import TrayNotifier

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=CITY_TZ)
_numbers = count(1)


def iso(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


def row(at: datetime = T0, **fields: Any) -> dict[str, Any]:
    """An alert row; each one from its own source and place unless told (no deduplication)."""
    number = next(_numbers)
    data: dict[str, Any] = {
        "id": f"AL-{number:06d}",
        "priority": 3,
        "type": "manual",
        "title": f"Cảnh báo số {number}",
        "source": f"SRC-{number}",
        "place": f"Địa điểm {number}",
        "ward": None,
        "state": "new",
        "created_at": iso(at),
        "updated_at": iso(at),
        "history": [{"action": "create", "by": "system", "at": iso(at)}],
        "duplicate_count": 0,
        "deleted": False,
    }
    data.update(fields)
    return data


class Clock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def attention_for(clock: Clock, rows: list[dict] = (), device: bool = False) -> Attention:
    """Attention over a feed without a cache, already holding ``rows`` (known at start)."""
    feed = AlertFeed(None, clock)
    feed.book.load(list(rows))
    raised: list[int] = []
    tray = TrayNotifier(QIcon(), lambda: raised.append(1), available=lambda: False)
    attention = Attention(
        feed,
        SoundBank(None, has_device=lambda: device),
        tray,
        clock=clock,
        repeat_seconds=30,
        mute_minutes=5,
    )
    attention.start()
    attention.raised = raised
    return attention
