"""Built-in plugin: citizen complaints of the 1022 hotline as a domain.

It brings the console's complaint list and complaint dashboard (their own panels, which the
console offers to this plugin) and puts the domain on the leaders' overview with the
dashboard's own figures for the whole city over all records (the period the dashboard opens
on), computed by the dashboard's arithmetic, never a second formula: the share of complaints
past their legal deadline that were handled, the share handled on time (among those handled
or past their deadline), the complaints open now and the citizens' satisfaction (among those
who rated). The backend raises its own alerts for overdue complaints, so this plugin adds no
rule.
"""

from __future__ import annotations

from ioc_console.plugin_api import QT_TRANSLATE_NOOP, PluginAPI, console_figure


def register(api: PluginAPI) -> None:
    api.register_console_panel("complaint_list")
    api.register_console_panel("complaint_dashboard")
    handled = api.register_kpi(
        "handled_rate",
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Due complaints handled"),
        dataset="complaints",
        formula=console_figure("complaints.handled_rate"),
        unit="%",
        target=100,
        amber=95,
        red=90,
    )
    on_time = api.register_kpi(
        "on_time_rate",
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Handled on time"),
        dataset="complaints",
        formula=console_figure("complaints.on_time_rate"),
        unit="%",
        target=95,
        amber=90,
        red=80,
    )
    open_now = api.register_kpi(
        "open_now",
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Open complaints"),
        dataset="complaints",
        formula=console_figure("complaints.open_now"),
        decimals=0,
    )
    satisfied = api.register_kpi(
        "satisfaction_rate",
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Citizens satisfied"),
        dataset="complaints",
        formula=console_figure("complaints.satisfaction_rate"),
        unit="%",
        target=90,
        amber=85,
        red=75,
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("ComplaintsDomain", "Citizen complaints (1022)"),
        headline_kpi=handled,
        dashboard="complaint_dashboard",
        kpis=(on_time, satisfied, open_now),
        icon="icon.svg",
        order=20,
    )
