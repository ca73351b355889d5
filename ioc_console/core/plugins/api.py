"""The facade a plugin receives. Plugins never see the main window or the application.

Version 1 offers ``register_panel``; version 2 adds ``register_map_layer``; version 3 draws the
boundary: a map layer takes its records with a field filter (``match``), never SQL, and a panel
factory receives a :class:`~ioc_console.core.plugins.context.PluginPanelContext`, not the
console's services. Version 4 makes a domain whole: data feeds the sync engine pulls into the
cache, KPI definitions, alert rules, procedures for alert types, declarative dashboards, the
domain's tile on the leaders' overview, the console's own panels a domain brings, and
translations. A plugin written for an older version still loads
(:data:`SUPPORTED_API_VERSIONS`) and is served as that version promised. Everything a plugin
registers is recorded so that disabling it unregisters all of it. Plugins import what they use
from :mod:`ioc_console.plugin_api` alone.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ioc_console.core.alerts.procedures import Procedure, ProcedureStep
from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.dashboards import DashboardSpec, DomainSpec
from ioc_console.core.domains.kpis import Formula, KpiDefinition
from ioc_console.core.domains.registry import Dashboard, DomainRegistry
from ioc_console.core.domains.rules import AlertRule, RecordCondition, RecordText
from ioc_console.core.geo.features import FeatureContext
from ioc_console.core.geo.layers import MapLayerRegistry, MapLayerSpec
from ioc_console.core.i18n import as_tr_text
from ioc_console.core.intents import Intents
from ioc_console.core.panels import DockArea, PanelContext, PanelRegistry, PanelSpec
from ioc_console.core.plugins.context import CachedData, PluginPanelContext
from ioc_console.core.plugins.manifest import Manifest
from ioc_console.core.store import datasets
from ioc_console.core.store.match import Match, as_filters

if TYPE_CHECKING:
    from ioc_console.core.services import Services

PLUGIN_API_VERSION = 4
SUPPORTED_API_VERSIONS = (1, 2, 3, 4)  # the versions whose plugins this facade serves
NARROW_CONTEXT_SINCE = 3  # panels of plugins written for this version on get PluginPanelContext
DashboardFactory = Callable[[Dashboard], Callable[[PanelContext], Any]]
"""Given by the Qt layer: the panel factory that draws a declarative dashboard."""


class PluginAPI:
    """What one plugin may do to the console."""

    api_version = PLUGIN_API_VERSION

    def __init__(
        self,
        manifest: Manifest,
        panels: PanelRegistry,
        map_layers: MapLayerRegistry | None = None,
        domains: DomainRegistry | None = None,
        dashboard_factory: DashboardFactory | None = None,
    ) -> None:
        self._manifest = manifest
        self._panels = panels
        self._map_layers = map_layers if map_layers is not None else MapLayerRegistry(())
        self._domains = domains if domains is not None else DomainRegistry()
        self._dashboard_factory = dashboard_factory
        self._registered_panels: list[str] = []
        self._registered_layers: list[str] = []
        self._registered_feeds: list[str] = []
        self._registered: list[tuple[str, str]] = []  # (kind, id) in the domain registry
        self.translation_dirs: list[Path] = []
        self.log = logging.getLogger(f"ioc_console.plugins.{manifest.id}")

    @property
    def plugin_id(self) -> str:
        return self._manifest.id

    @property
    def folder(self) -> Path:
        """The plugin's own folder, for its data files and translations."""
        return self._manifest.folder

    @property
    def written_for(self) -> int:
        """The plugin API version the plugin's manifest names."""
        return self._manifest.api_version

    def panel_context(self, context: PanelContext) -> PluginPanelContext:
        """The narrow context a panel of this plugin gets, made from the console's."""
        services: Services | None = context.services  # None: a panel built alone (tests)
        return PluginPanelContext(
            instance_id=context.instance_id,
            plugin_id=self.plugin_id,
            folder=self.folder,
            data=CachedData(services.cache if services is not None else None),
            intents=services.intents if services is not None else Intents(),
            log=self.log,
            state=dict(context.state),
        )

    def register_panel(
        self,
        panel_id: str,
        title: str,
        factory: Callable[[PluginPanelContext], Any] | Callable[[PanelContext], Any],
        *,
        icon: str = "",
        area: DockArea | str = DockArea.CENTER,
        multi_instance: bool = False,
    ) -> str:
        """Add a panel kind; returns its full id, ``<plugin id>.<panel_id>``.

        ``factory(context)`` returns the panel's widget; ``context`` is a
        :class:`PluginPanelContext` (API 3; the console's ``PanelContext`` for plugins written
        for API 1 and 2).

        ``title`` should be marked with ``QT_TRANSLATE_NOOP`` (context of the plugin's choice); a
        plain string is looked up in the context "Plugins". ``icon`` is a file name in the
        plugin folder or the name of a console icon.
        """
        full_id = f"{self.plugin_id}.{panel_id}"
        icon_path = self.folder / icon if icon else None
        if self.written_for >= NARROW_CONTEXT_SINCE:
            build = self._narrowed(cast(Callable[[PluginPanelContext], Any], factory))
        else:
            build = cast(Callable[[PanelContext], Any], factory)
        spec = PanelSpec(
            id=full_id,
            title=as_tr_text(title),
            factory=build,
            icon=str(icon_path) if icon_path is not None and icon_path.is_file() else icon,
            area=DockArea(area),
            plugin_id=self.plugin_id,
            multi_instance=multi_instance,
        )
        self._panels.register(spec)
        self._registered_panels.append(full_id)
        return full_id

    def _narrowed(
        self, factory: Callable[[PluginPanelContext], Any]
    ) -> Callable[[PanelContext], Any]:
        """``factory`` as the shell calls it: with the console's context, narrowed first."""

        def build(context: PanelContext) -> Any:
            return factory(self.panel_context(context))

        return build

    @property
    def registered_panels(self) -> list[str]:
        return list(self._registered_panels)

    def register_map_layer(
        self,
        layer_id: str,
        title: str,
        *,
        dataset: str,
        feature: Callable[[dict, FeatureContext], dict | None],
        match: Match | None = None,
        where: str = "",
        params: tuple = (),
        style: dict | None = None,
        visible: bool = True,
        refresh_at: Callable[[dict], Any] | None = None,
    ) -> str:
        """Add a map layer ``<plugin id>.<layer_id>`` (API 2); returns its full id.

        ``feature(record, context)`` turns a record of the cache ``dataset`` into a GeoJSON
        Feature (None: not shown) whose properties are plain strings, numbers, booleans and
        None; the builders of :mod:`ioc_console.plugin_api` may be used as they are.
        ``match`` takes only some records: ``{"domain": "healthcare"}`` (each field equal to
        its value) or a list of ``FieldFilter(field, op, value)``; ValueError naming the field
        when it is malformed. ``style`` is plain data for the page (``color``, ``radius``,
        ``symbol``); ``title`` is marked like a panel's.

        ``where``/``params`` (SQL) are served only to plugins written for API 2; from API 3 on
        they are refused (TypeError): the core alone writes SQL.
        """
        full_id = f"{self.plugin_id}.{layer_id}"
        if (where or params) and self.written_for >= 3:
            raise TypeError(
                f"map layer {full_id!r}: plugin API {self.written_for} filters records with "
                "match={'field': value}, not with SQL (where/params)"
            )
        if where:
            self.log.info(
                "map layer %s filters in SQL (plugin API %d); API 3 uses match=",
                full_id,
                self.written_for,
            )
        spec = MapLayerSpec(
            id=full_id,
            title=as_tr_text(title),
            dataset=dataset,
            feature=feature,
            match=as_filters(match),
            where=where,
            params=tuple(params),
            style=dict(style or {}),
            visible=visible,
            plugin_id=self.plugin_id,
            refresh_at=refresh_at,
        )
        self._map_layers.register(spec)
        self._registered_layers.append(full_id)
        return full_id

    @property
    def registered_map_layers(self) -> list[str]:
        return list(self._registered_layers)

    # -- API 4: a domain's data, figures, rules and dashboards ---------------------------------

    def _full(self, name: str) -> str:
        return f"{self.plugin_id}.{name}"

    def _record(self, kind: str, key: str, item: Any) -> None:
        self._domains.table(kind).add(key, item, self.plugin_id)
        self._registered.append((kind, key))

    def register_feed(
        self,
        name: str,
        title: str,
        *,
        path: str,
        ward_field: str = "ward",
        fields: tuple[str, ...] | list[str] = (),
    ) -> str:
        """Declare a dataset the sync engine pulls from the backend's ``/api/v1<path>`` into
        the cache (API 4), like the console's own: incrementally by ``updated_at``, with
        tombstones, kept offline. ``name`` is the dataset's name everywhere (map layers,
        ``CachedData.records``, KPIs, charts): lower-case, unique across plugins.
        ``ward_field`` names the record field holding today's ward code ("" when the records
        have none). ``fields`` lists the fields the plugin reads (documentation; records keep
        every field). Returns ``name``."""
        feed = datasets.Dataset(
            name,
            path,
            as_tr_text(title, "Datasets"),
            ward_field,
            fields=tuple(fields),
            plugin_id=self.plugin_id,
        )
        datasets.register_feed(feed)
        self._registered_feeds.append(name)
        return name

    def register_kpi(
        self,
        name: str,
        title: str,
        *,
        dataset: str,
        formula: Formula,
        unit: str = "",
        target: float | None = None,
        amber: float | None = None,
        red: float | None = None,
        higher_is_better: bool = True,
        decimals: int = 1,
        description: str = "",
    ) -> str:
        """Declare KPI ``<plugin id>.<name>`` (API 4): ``formula`` (an ``Aggregate``, a
        ``Ratio`` or a function of the records) over the cached ``dataset``. ``target`` is
        met or not; past ``amber`` and ``red`` (below them when ``higher_is_better``, at or
        above them otherwise) the KPI turns amber and red; without a target it has no band.
        The site profile's ``[targets]`` may change all three. Returns the full id."""
        datasets.dataset(dataset)  # KeyError naming the known datasets
        goal = None
        if target is not None:
            goal = Target(
                float(target),
                float(target if amber is None else amber),
                float((target if amber is None else amber) if red is None else red),
                higher_is_better,
            )
        kpi = KpiDefinition(
            self._full(name),
            as_tr_text(title, "KPIs"),
            dataset,
            formula,
            unit=unit,
            target=goal,
            decimals=decimals,
            description=description,
            plugin_id=self.plugin_id,
        )
        self._record("kpi", kpi.id, kpi)
        return kpi.id

    def register_alert_rule(
        self,
        name: str,
        title: str,
        *,
        alert_type: str,
        priority: int = 2,
        kpi: str = "",
        when: KpiState | str = KpiState.RED,
        dataset: str = "",
        match: Match | None = None,
        condition: RecordCondition | None = None,
        text: RecordText | None = None,
    ) -> str:
        """Declare alert rule ``<plugin id>.<name>`` (API 4): while KPI ``kpi`` is in band
        ``when`` ("red", or "amber": amber or red), or for each record of ``dataset``
        matching ``match`` and ``condition(record, now)``, an alert of ``alert_type`` and
        ``priority`` is raised into the alert queue with ``title`` (and ``text(record)`` as
        its description)."""
        if dataset:
            datasets.dataset(dataset)
        rule = AlertRule(
            self._full(name),
            as_tr_text(title, "AlertRules"),
            alert_type,
            priority,
            kpi=kpi,
            when=KpiState(when),
            dataset=dataset,
            match=as_filters(match),
            condition=condition,
            text=text,
            plugin_id=self.plugin_id,
        )
        self._record("rule", rule.id, rule)
        return rule.id

    def register_procedure(
        self,
        name: str,
        title: str,
        *,
        alert_types: Sequence[str],
        steps: Sequence[str | tuple[str, bool]],
    ) -> str:
        """Declare the procedure (SOP) for alerts of ``alert_types`` (API 4): ordered
        ``steps``, each a text or ``(text, mandatory)``. The backend's ``alert_procedures``
        win over a plugin's for the same alert type."""
        parsed = tuple(
            ProcedureStep(step, False) if isinstance(step, str) else ProcedureStep(*step)
            for step in steps
        )
        procedure = Procedure(
            self._full(name), as_tr_text(title, "Procedures"), parsed, tuple(alert_types)
        )
        self._record("procedure", procedure.id, procedure)
        return procedure.id

    def register_dashboard(
        self,
        panel_id: str,
        title: str,
        spec: DashboardSpec,
        *,
        icon: str = "",
        area: DockArea | str = DockArea.CENTER,
    ) -> str:
        """Add a dashboard panel ``<plugin id>.<panel_id>`` (API 4) that the console draws
        from ``spec``: KPI tiles, charts and a list of records, like its own dashboards.
        Returns the panel id."""
        full_id = self._full(panel_id)
        dashboard = Dashboard(full_id, spec, self.plugin_id)
        self._record("dashboard", full_id, dashboard)
        if self._dashboard_factory is not None:
            build = self._dashboard_factory(dashboard)
        else:

            def build(context: PanelContext) -> Any:
                raise RuntimeError("dashboards are drawn by the console's Qt layer")

        spec_ = PanelSpec(
            id=full_id,
            title=as_tr_text(title),
            factory=build,
            icon=self._icon(icon),
            area=DockArea(area),
            plugin_id=self.plugin_id,
        )
        self._panels.register(spec_)
        self._registered_panels.append(full_id)
        return full_id

    def register_domain(
        self,
        title: str,
        *,
        headline_kpi: str = "",
        dashboard: str = "",
        kpis: tuple[str, ...] | list[str] = (),
        icon: str = "",
        order: int = 100,
        name: str = "",
    ) -> str:
        """Put the domain on the leaders' overview (API 4): a tile with ``headline_kpi`` (and
        ``kpis``) and its state; a click opens the panel ``dashboard``. ``name`` tells two
        domains of one plugin apart. Returns the domain's id."""
        domain_id = self._full(name) if name else self.plugin_id
        domain = DomainSpec(
            domain_id,
            as_tr_text(title, "Domains"),
            headline_kpi=headline_kpi,
            dashboard=dashboard,
            icon=self._icon(icon),
            order=order,
            kpis=tuple(kpis),
            plugin_id=self.plugin_id,
        )
        self._record("domain", domain_id, domain)
        return domain_id

    def register_console_panel(self, panel_id: str) -> str:
        """Bring one of the console's own panels that belongs to this domain (API 4;
        ``complaint_list``, ``complaint_dashboard``, ``procedures_dashboard``): it exists
        while the plugin is enabled, under its own id. KeyError for a panel the console does
        not offer; nothing where the console has no panels (without its Qt layer)."""
        offered = self._panels.offered(panel_id)
        if offered is None and not self._panels.offers_any():
            # a console without its Qt layer (--sync-once, a plugin's own tests): no panels
            self.log.debug("console panel %s left out: no panels here", panel_id)
            return panel_id
        if offered is None:
            raise KeyError(f"the console offers no panel {panel_id!r}")
        self._panels.register(dataclasses.replace(offered, plugin_id=self.plugin_id))
        self._registered_panels.append(panel_id)
        return panel_id

    def register_translations(self, folder: str = "translations") -> None:
        """Load the plugin's Qt translations (``<anything>_<language>.qm``) from ``folder``
        in the plugin's folder, in the console's language, while the plugin is enabled."""
        self.translation_dirs.append(self.folder / folder)

    def _icon(self, icon: str) -> str:
        path = self.folder / icon if icon else None
        return str(path) if path is not None and path.is_file() else icon

    @property
    def registered(self) -> dict[str, list[str]]:
        """Everything this plugin registered, by kind (panels, map layers, feeds, KPIs …)."""
        out: dict[str, list[str]] = {
            "panel": list(self._registered_panels),
            "map_layer": list(self._registered_layers),
            "feed": list(self._registered_feeds),
        }
        for kind, key in self._registered:
            out.setdefault(kind, []).append(key)
        return out

    def unregister_all(self) -> None:
        for panel_id in self._registered_panels:
            self._panels.unregister(panel_id)
        self._registered_panels.clear()
        for layer_id in self._registered_layers:
            self._map_layers.unregister(layer_id)
        self._registered_layers.clear()
        for kind, key in reversed(self._registered):
            self._domains.table(kind).remove(key)
        self._registered.clear()
        for name in self._registered_feeds:
            datasets.unregister_feed(name)
        self._registered_feeds.clear()
