"""The scope picker of the procedures dashboard: the whole city, or one ward (today's wards),
agency or field."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ioc_console.core.procedures.indicators import COLUMNS, Scope
from ioc_console.core.procedures.scopes import ScopeChoices
from ioc_console.gui.charts.scope_picker import Group, ScopePicker
from ioc_console.gui.procedures import texts


def procedure_scope_picker(parent: QWidget | None = None) -> ScopePicker[Scope]:
    return ScopePicker(texts.CITY, COLUMNS, Scope, parent)


def procedure_groups(choices: ScopeChoices) -> list[Group]:
    """The wards, agencies and fields the results hold."""
    return [
        (texts.GROUP_WARDS, "ward", choices.wards),
        (texts.GROUP_AGENCIES, "agency", [(a, a) for a in choices.agencies]),
        (texts.GROUP_FIELDS, "field", [(f, f) for f in choices.fields]),
    ]
