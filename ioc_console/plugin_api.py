"""The plugin API: the one module a plugin imports from the console.

A plugin (``plugins/<id>/``, see ``plugins/README.md``) imports what it uses from here and from
nowhere else in ``ioc_console``; a test parses the built-in plugins and fails on any other
import. ``__all__`` is the API; :data:`PLUGIN_API_VERSION` is its version (a plugin's manifest
names the version it was written for, and older versions keep loading).

Registering (the facade ``register(api)`` receives)
    :class:`PluginAPI` -- ``register_panel``, ``register_map_layer``, ``log``, ``folder``,
    ``plugin_id``. :class:`DockArea` -- where a panel docks.

A panel's context
    :class:`PluginPanelContext` -- ``instance_id``, ``state``, ``data`` (:class:`CachedData`,
    read-only records of the cached datasets), ``intents``, ``log``, ``folder``.

Taking records
    :class:`FieldFilter` -- ``FieldFilter("capacity", ">=", 50)``; a map layer's ``match`` and
    ``CachedData.records(match=...)`` take these or ``{"field": value}``. No SQL.

Requests to the other panels (post on ``context.intents``)
    :class:`ShowCamera`, :class:`SelectItem`, :class:`Notice`.

Map features
    :class:`FeatureContext`; the builders :func:`facility_feature`, :func:`camera_feature`,
    :func:`point_feature`.

Administrative units, time and text
    :class:`AdminUnit`, :func:`units_on`, :func:`find_unit`; :data:`CITY_TZ`,
    :func:`city_today`, :func:`city_now`, :func:`read_time` (a record's ISO 8601 time, aware,
    the city's zone when it has no offset; None when unreadable); :func:`fold` and
    :func:`matches` (search that ignores Vietnamese diacritics).

Translation
    :func:`QT_TRANSLATE_NOOP` -- marks a title for Qt Linguist (context of the plugin's choice).

A domain (API 4: ``register_feed``, ``register_kpi``, ``register_alert_rule``,
``register_procedure``, ``register_dashboard``, ``register_domain``,
``register_console_panel``, ``register_translations``)
    KPI formulas :class:`Aggregate`, :class:`Ratio`, and :func:`console_figure` (one of the
    console's own KPIs, ``complaints.on_time_rate`` …, computed as its dashboard computes it,
    for the whole city over a period of that dashboard's: all records by default);
    :class:`KpiState` (a KPI's band).
    Dashboards :class:`DashboardSpec`, :class:`ChartSpec` (:class:`ChartKind`,
    :class:`Reduce`), :class:`TableSpec`, :class:`Column` (:class:`ColumnFormat`),
    :class:`RecordAction`. Requests :class:`FileComplaint` (the complaint intake, filled in)
    and :class:`ShowPlace`.
"""

from __future__ import annotations

from ioc_console.core.clock import CITY_TZ, city_now, city_today, read_time
from ioc_console.core.complaints.kpi_figure import console_figure
from ioc_console.core.config.targets import KpiState
from ioc_console.core.domain.admin_units import AdminUnit, find_unit, units_on
from ioc_console.core.domains.dashboards import (
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    RecordAction,
    Reduce,
    TableSpec,
)
from ioc_console.core.domains.kpis import Aggregate, Ratio
from ioc_console.core.geo.features import (
    FeatureContext,
    camera_feature,
    facility_feature,
    point_feature,
)
from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.intents import FileComplaint, Notice, SelectItem, ShowCamera, ShowPlace
from ioc_console.core.panels import DockArea
from ioc_console.core.plugins.api import PLUGIN_API_VERSION, PluginAPI
from ioc_console.core.plugins.context import CachedData, PluginPanelContext
from ioc_console.core.store.match import FieldFilter
from ioc_console.core.text import fold, matches

__all__ = [
    "CITY_TZ",
    "PLUGIN_API_VERSION",
    "QT_TRANSLATE_NOOP",
    "AdminUnit",
    "Aggregate",
    "CachedData",
    "ChartKind",
    "ChartSpec",
    "Column",
    "ColumnFormat",
    "DashboardSpec",
    "DockArea",
    "FeatureContext",
    "FieldFilter",
    "FileComplaint",
    "KpiState",
    "Notice",
    "PluginAPI",
    "PluginPanelContext",
    "Ratio",
    "RecordAction",
    "Reduce",
    "SelectItem",
    "ShowCamera",
    "ShowPlace",
    "TableSpec",
    "camera_feature",
    "city_now",
    "city_today",
    "console_figure",
    "facility_feature",
    "find_unit",
    "fold",
    "matches",
    "point_feature",
    "read_time",
    "units_on",
]
