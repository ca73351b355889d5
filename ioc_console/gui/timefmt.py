"""Dates and ages as the operator reads them: dd/MM/yyyy, Asia/Ho_Chi_Minh, "5 minutes ago"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ioc_console.core.clock import CITY_TZ


def format_datetime(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(CITY_TZ)
    return moment.strftime("%d/%m/%Y %H:%M")


def format_age(moment: datetime, now: datetime | None = None) -> str:
    now = now or (datetime.now(moment.tzinfo) if moment.tzinfo else datetime.now())
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("Time", "just now")
    # counts computed apart: lupdate reads "//" inside a call as the start of a comment
    minutes, hours, days = (
        divmod(seconds, 60)[0],
        divmod(seconds, 3600)[0],
        divmod(seconds, 86400)[0],
    )
    if seconds < 3600:
        return QCoreApplication.translate("Time", "%n minute(s) ago", None, minutes)
    if seconds < 86400:
        return QCoreApplication.translate("Time", "%n hour(s) ago", None, hours)
    return QCoreApplication.translate("Time", "%n day(s) ago", None, days)
