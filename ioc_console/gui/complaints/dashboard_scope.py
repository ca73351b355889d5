"""The scope picker of the complaint dashboard: the whole city, or one ward (today's wards),
agency, category or channel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ioc_console.core.complaints.kpi_scopes import ScopeChoices
from ioc_console.core.complaints.kpis import COLUMNS, Scope
from ioc_console.gui.charts.scope_picker import Group, ScopePicker
from ioc_console.gui.complaints import dashboard_texts as texts


def complaint_scope_picker(parent: QWidget | None = None) -> ScopePicker[Scope]:
    return ScopePicker(texts.CITY, COLUMNS, Scope, parent)


def complaint_groups(choices: ScopeChoices, names: dict[str, str]) -> list[Group]:
    """The wards (named as the console names them), agencies, categories and channels the
    complaints hold."""
    return [
        (texts.GROUP_WARDS, "ward", [(c, names.get(c, n)) for c, n in choices.wards]),
        (texts.GROUP_AGENCIES, "agency", [(a, a) for a in choices.agencies]),
        (texts.GROUP_CATEGORIES, "category", choices.categories),
        (texts.GROUP_CHANNELS, "channel",
         [(c, texts.CHANNELS.get(c, c)) for c in choices.channels]),
    ]
