"""A day picker the way the console shows days: dd/MM/yyyy, a calendar, today in the city."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from ioc_console.core.clock import city_today


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_edit(object_name: str, parent: QWidget | None = None) -> QDateEdit:
    """A date field set to the city's today, with a calendar pop-up."""
    edit = QDateEdit(qdate(city_today()), parent)
    edit.setObjectName(object_name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit
