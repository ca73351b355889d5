"""Finds plugin folders, checks their manifests, imports them and calls their entry point.

Plugins come from folders and from installed packages' entry points
(:mod:`ioc_console.core.plugins.discovery`); both are loaded the same way, from the plugin's
folder. Each record tells its origin.

A plugin that cannot be read, imported or registered is recorded with its error and skipped;
whatever it registered before failing is removed again. Start-up always goes on.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import traceback
import types
from collections.abc import Sequence
from pathlib import Path

from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins.api import (
    PLUGIN_API_VERSION,
    SUPPORTED_API_VERSIONS,
    DashboardFactory,
    PluginAPI,
)
from ioc_console.core.plugins.discovery import (
    EntryPointPlugin,
    PluginSource,
    as_source,
    entry_point_folder,
    entry_point_plugins,
    plugin_folders,
)
from ioc_console.core.plugins.manifest import Manifest, ManifestError, read_manifest
from ioc_console.core.plugins.records import PluginRecord, PluginState
from ioc_console.core.plugins.runtime import PluginRuntime

__all__ = ["NAMESPACE", "PluginManager", "PluginRecord", "PluginState"]
log = logging.getLogger(__name__)
NAMESPACE = "ioc_console_plugins"


class PluginManager(PluginRuntime):
    """Loads the plugins found in ``search_dirs`` (earlier folders win on equal ids), then,
    with ``entry_points``, those of installed packages; their panels go to ``panels`` and
    their map layers to ``map_layers``. A folder given as a plain path is the console's own
    ("built-in") or one named on the command line; a :class:`PluginSource` names its origin.
    Switching plugins on and off while the console runs, and their runtime errors:
    :class:`PluginRuntime`."""

    def __init__(
        self,
        search_dirs: Sequence[Path | PluginSource],
        panels: PanelRegistry,
        disabled: set[str] | None = None,
        map_layers: MapLayerRegistry | None = None,
        domains: DomainRegistry | None = None,
        *,
        entry_points: bool = False,
    ) -> None:
        self.sources = [as_source(d) for d in search_dirs]
        self.search_dirs = [source.folder for source in self.sources]
        self.entry_points = entry_points
        self.panels = panels
        self.map_layers = map_layers if map_layers is not None else MapLayerRegistry()
        self.domains = domains if domains is not None else DomainRegistry()
        self.dashboard_factory: DashboardFactory | None = None  # given by the Qt layer
        self.disabled = set(disabled or ())
        self.records: list[PluginRecord] = []

    def discover(self) -> list[Path]:
        """The plugin folders of the search folders, in loading order."""
        return [folder for source in self.sources for folder in plugin_folders(source)]

    def load_all(self) -> list[PluginRecord]:
        seen: set[str] = set()
        for source in self.sources:
            for folder in plugin_folders(source):
                self._add_record(self._load_from(folder, source.origin, seen), seen)
        if self.entry_points:
            for plugin in entry_point_plugins():
                self._add_record(self._load_entry_point(plugin, seen), seen)
        return self.records

    def _add_record(self, record: PluginRecord, seen: set[str]) -> None:
        self.records.append(record)
        if record.manifest:
            seen.add(record.manifest.id)

    def _load_from(self, folder: Path, origin: str, seen: set[str]) -> PluginRecord:
        """Load the plugin in ``folder`` and say where it came from."""
        record = self._load(folder, seen)
        record.origin = origin
        return record

    def _load_entry_point(self, plugin: EntryPointPlugin, seen: set[str]) -> PluginRecord:
        """Load an installed package's plugin from its folder, like a folder's; an entry
        point that names no importable module, or one without a manifest, is a failed record."""
        try:
            folder = entry_point_folder(plugin)
        except ManifestError as exc:
            log.error("plugin of %s skipped: %s", plugin.distribution, exc)
            record = PluginRecord(Path(plugin.name), PluginState.FAILED, error=str(exc))
            record.origin = plugin.origin
            return record
        return self._load_from(folder, plugin.origin, seen)

    @property
    def failures(self) -> list[PluginRecord]:
        return [
            r for r in self.records if r.state in (PluginState.FAILED, PluginState.INCOMPATIBLE)
        ]

    def _load(self, folder: Path, seen: set[str]) -> PluginRecord:
        try:
            manifest = read_manifest(folder)
        except ManifestError as exc:
            log.error("plugin in %s skipped: %s", folder, exc)
            return PluginRecord(folder, PluginState.FAILED, error=str(exc))
        if manifest.id in seen:
            message = f"another plugin with id '{manifest.id}' was loaded first"
            log.error("plugin in %s skipped: %s", folder, message)
            return PluginRecord(folder, PluginState.FAILED, manifest, error=message)
        if manifest.id in self.disabled:
            log.info("plugin %s is disabled in the settings", manifest.id)
            return PluginRecord(folder, PluginState.DISABLED, manifest)
        if manifest.api_version not in SUPPORTED_API_VERSIONS:
            message = (
                f"written for plugin API {manifest.api_version}; "
                f"this console offers API {PLUGIN_API_VERSION} "
                f"(and loads plugins written for {', '.join(map(str, SUPPORTED_API_VERSIONS))})"
            )
            log.error("plugin %s skipped: %s", manifest.id, message)
            return PluginRecord(folder, PluginState.INCOMPATIBLE, manifest, error=message)
        api = PluginAPI(
            manifest, self.panels, self.map_layers, self.domains, self.dashboard_factory
        )
        try:
            module = _import_plugin_module(manifest)
            entry = getattr(module, manifest.function, None)
            if not callable(entry):
                raise AttributeError(f"'{manifest.entry}': no function '{manifest.function}'")
            entry(api)
        except Exception as exc:  # a broken plugin must never stop start-up
            api.unregister_all()
            details = traceback.format_exc()
            log.error("plugin %s failed to load: %s\n%s", manifest.id, exc, details)
            return PluginRecord(
                folder,
                PluginState.FAILED,
                manifest,
                error=f"{type(exc).__name__}: {exc}",
                details=details,
            )
        log.info(
            "plugin %s %s loaded (%d panels, %d map layers)",
            manifest.id,
            manifest.version,
            len(api.registered_panels),
            len(api.registered_map_layers),
        )
        return PluginRecord(folder, PluginState.LOADED, manifest, api=api)

    def unload(self, plugin_id: str) -> None:
        for record in self.records:
            if record.id == plugin_id and record.api is not None:
                record.api.unregister_all()
                record.api = None
                record.state = PluginState.DISABLED


def _import_plugin_module(manifest: Manifest) -> types.ModuleType:
    """Import ``<folder>/<module>.py`` as ``ioc_console_plugins.<id>.<module>``."""
    if NAMESPACE not in sys.modules:
        namespace = types.ModuleType(NAMESPACE)
        namespace.__path__ = []  # a namespace package: its plugins' folders are added below
        sys.modules[NAMESPACE] = namespace
    package_name = f"{NAMESPACE}.{manifest.id}"
    _forget_other_folder(package_name, manifest.folder)
    if package_name not in sys.modules:
        init = manifest.folder / "__init__.py"
        if init.is_file():
            spec = importlib.util.spec_from_file_location(
                package_name, init, submodule_search_locations=[str(manifest.folder)]
            )
            if spec is None or spec.loader is None:
                raise ImportError(f"cannot import the plugin folder {manifest.folder}")
            package = importlib.util.module_from_spec(spec)
            sys.modules[package_name] = package
            try:
                spec.loader.exec_module(package)
            except BaseException:
                del sys.modules[package_name]
                raise
        else:
            package = types.ModuleType(package_name)
            package.__path__ = [str(manifest.folder)]
            sys.modules[package_name] = package
    return importlib.import_module(f"{package_name}.{manifest.module}")


def _forget_other_folder(package_name: str, folder: Path) -> None:
    """A plugin with this id imported before from another folder (a plugin moved or copied,
    another package's): its modules are forgotten, so that this folder's code is what runs.
    From the same folder the modules imported before are kept (enabling again)."""
    package = sys.modules.get(package_name)
    if package is None or list(getattr(package, "__path__", [])) == [str(folder)]:
        return
    log.info("plugin package %s is imported again from %s", package_name, folder)
    for name in [n for n in sys.modules if n == package_name or n.startswith(package_name + ".")]:
        del sys.modules[name]
