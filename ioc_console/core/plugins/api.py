"""The facade a plugin receives. Plugins never see the main window or the application.

Version 1 offers ``register_panel``; version 2 adds ``register_map_layer``. A plugin written for
an older version still loads (:data:`SUPPORTED_API_VERSIONS`): a version only adds calls.
Everything a plugin registers is recorded so that disabling it unregisters all of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ioc_console.core.geo.features import FeatureContext
from ioc_console.core.geo.layers import MapLayerRegistry, MapLayerSpec
from ioc_console.core.i18n import as_tr_text
from ioc_console.core.panels import DockArea, PanelContext, PanelRegistry, PanelSpec
from ioc_console.core.plugins.manifest import Manifest

PLUGIN_API_VERSION = 2
SUPPORTED_API_VERSIONS = (1, 2)  # the versions whose plugins this facade serves


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

    def register_panel(
        self,
        panel_id: str,
        title: str,
        factory: Callable[[PanelContext], Any],
        *,
        icon: str = "",
        area: DockArea | str = DockArea.CENTER,
        multi_instance: bool = False,
    ) -> str:
        """Add a panel kind; returns its full id, ``<plugin id>.<panel_id>``.

        ``title`` should be marked with ``QT_TRANSLATE_NOOP`` (context of the plugin's choice);
        a plain string is looked up in the context "Plugins". ``icon`` is a file name in the
        plugin folder or the name of a console icon.
        """
        full_id = f"{self.plugin_id}.{panel_id}"
        icon_path = self.folder / icon if icon else None
        spec = PanelSpec(
            id=full_id,
            title=as_tr_text(title),
            factory=factory,
            icon=str(icon_path) if icon_path is not None and icon_path.is_file() else icon,
            area=DockArea(area),
            plugin_id=self.plugin_id,
            multi_instance=multi_instance,
        )
        self._panels.register(spec)
        self._registered_panels.append(full_id)
        return full_id

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
        where: str = "",
        params: tuple = (),
        style: dict | None = None,
        visible: bool = True,
        refresh_at: Callable[[dict], Any] | None = None,
    ) -> str:
        """Add a map layer ``<plugin id>.<layer_id>`` (API 2); returns its full id.

        ``feature(record, context)`` turns a record of the cache ``dataset`` into a GeoJSON
        Feature (None: not shown) whose properties are plain strings, numbers, booleans and
        None; the builders of :mod:`ioc_console.core.geo.features` may be used as they are.
        ``where``/``params`` filter the dataset in SQL (``json_extract(body, '$.x') = ?``);
        ``style`` is plain data for the page (``color``, ``radius``, ``symbol``); ``title`` is
        marked like a panel's.
        """
        full_id = f"{self.plugin_id}.{layer_id}"
        spec = MapLayerSpec(
            id=full_id,
            title=as_tr_text(title),
            dataset=dataset,
            feature=feature,
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
