"""Words of the domain dashboards and the overview."""

from __future__ import annotations

from ioc_console.core.i18n import QT_TRANSLATE_NOOP

COMPUTING = QT_TRANSLATE_NOOP("DomainDashboard", "Computing…")
AS_OF = QT_TRANSLATE_NOOP("DomainDashboard", "Figures as of %1")
FAILED = QT_TRANSLATE_NOOP("DomainDashboard", "The figures could not be computed: %1")
NO_CACHE = QT_TRANSLATE_NOOP(
    "DomainDashboard", "No local cache: the figures cannot be computed on this console."
)
NO_DATA = QT_TRANSLATE_NOOP(
    "DomainDashboard", "No data yet: the records appear here once the console has received them."
)
NO_KPI_BOARD = QT_TRANSLATE_NOOP("DomainDashboard", "KPI figures are not computed yet.")
UNKNOWN_KPI = QT_TRANSLATE_NOOP("DomainDashboard", "KPI %1 is not registered")
KPI_ERROR = QT_TRANSLATE_NOOP("DomainDashboard", "Could not compute: %1")
NO_RECORDS = QT_TRANSLATE_NOOP("DomainDashboard", "No records.")
NO_MATCH = QT_TRANSLATE_NOOP("DomainDashboard", "No record matches the search.")
SEARCH = QT_TRANSLATE_NOOP("DomainDashboard", "Search the list (accents optional)")
COUNT = QT_TRANSLATE_NOOP("DomainDashboard", "%1 of %2 records")
DRILLED = QT_TRANSLATE_NOOP("DomainDashboard", "Showing the %1 records behind: %2")
SHOW_ALL = QT_TRANSLATE_NOOP("DomainDashboard", "Show all records")
SHOW_ON_MAP = QT_TRANSLATE_NOOP("DomainDashboard", "Show on map")
NO_PLACE = QT_TRANSLATE_NOOP("DomainDashboard", "This record has no position on the map.")
SELECT_FIRST = QT_TRANSLATE_NOOP("DomainDashboard", "Select a record in the list first.")
ACTION_NOTHING = QT_TRANSLATE_NOOP("DomainDashboard", "“%1” does not apply to this record.")
ACTION_FAILED = QT_TRANSLATE_NOOP("DomainDashboard", "“%1” failed: %2")
TARGET = QT_TRANSLATE_NOOP("DomainDashboard", "target %1")
NO_CHART_DATA = QT_TRANSLATE_NOOP("DomainDashboard", "No data for this chart yet")
COUNT_SERIES = QT_TRANSLATE_NOOP("DomainDashboard", "Records")

OVERVIEW_EMPTY = QT_TRANSLATE_NOOP(
    "DomainOverview",
    "No domain is enabled: domains come from plugins, which the plugin manager enables.",
)
OVERVIEW_HINT = QT_TRANSLATE_NOOP(
    "DomainOverview", "Click a domain (or press Enter) to open its dashboard."
)
OPEN_ALERTS = QT_TRANSLATE_NOOP("DomainOverview", "%1 open alerts")
NO_HEADLINE = QT_TRANSLATE_NOOP("DomainOverview", "No headline figure")
NO_DASHBOARD = QT_TRANSLATE_NOOP("DomainOverview", "This domain has no dashboard.")
