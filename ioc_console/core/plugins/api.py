"""The facade a plugin receives. Plugins never see the main window or the application.

Version 1 offers ``register_panel``; version 2 adds ``register_map_layer``; version 3 draws the
boundary: a map layer takes its records with a field filter (``match``), never SQL, and a panel
factory receives a :class:`~ioc_console.core.plugins.context.PluginPanelContext`, not the
console's services. A plugin written for an older version still loads
(:data:`SUPPORTED_API_VERSIONS`) and is served as that version promised. Everything a plugin
registers is recorded so that disabling it unregisters all of it. Plugins import what they use
from :mod:`ioc_console.plugin_api` alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ioc_console.core.geo.features import FeatureContext
from ioc_console.core.geo.layers import MapLayerRegistry, MapLayerSpec
from ioc_console.core.i18n import as_tr_text
from ioc_console.core.intents import Intents
from ioc_console.core.panels import DockArea, PanelContext, PanelRegistry, PanelSpec
from ioc_console.core.plugins.context import CachedData, PluginPanelContext
from ioc_console.core.plugins.manifest import Manifest
from ioc_console.core.store.match import Match, as_filters

if TYPE_CHECKING:
    from ioc_console.core.services import Services

PLUGIN_API_VERSION = 3
SUPPORTED_API_VERSIONS = (1, 2, 3)  # the versions whose plugins this facade serves
NARROW_CONTEXT_SINCE = 3  # panels of plugins written for this version on get PluginPanelContext


class PluginAPI:
    """What one plugin may do to the console."""

    api_version = PLUGIN_API_VERSION

    def __init__(
        self,
        manifest: Manifest,
        panels: PanelRegistry,
        map_layers: MapLayerRegistry | None = None,
    ) -> None:
        self._manifest = manifest
        self._panels = panels
        self._map_layers = map_layers if map_layers is not None else MapLayerRegistry(())
        self._registered_panels: list[str] = []
        self._registered_layers: list[str] = []
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

    def unregister_all(self) -> None:
        for panel_id in self._registered_panels:
            self._panels.unregister(panel_id)
        self._registered_panels.clear()
        for layer_id in self._registered_layers:
            self._map_layers.unregister(layer_id)
        self._registered_layers.clear()
