"""Where plugins come from, and what each one's origin is called.

In this order (an earlier plugin wins over a later one with the same id): the console's own
``plugins/`` folder ("built-in"), the user's plugins folder ("user folder"), the folder the
site profile names in ``[plugins] folder`` ("site folder"), the folders given with
``--plugins-dir`` ("command line"), then the installed packages that declare an entry point in
the group ``ioc_console.plugins`` ("entry point <distribution>"). An entry point's value names
an importable module or package whose folder holds ``plugin.toml``; the folder is found
without importing the plugin, which is then loaded from it like any other folder.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ioc_console.core.paths import builtin_plugins_dir
from ioc_console.core.plugins.manifest import MANIFEST_NAME, ManifestError

log = logging.getLogger(__name__)
ENTRY_POINT_GROUP = "ioc_console.plugins"
BUILT_IN = "built-in"
USER_FOLDER = "user folder"
SITE_FOLDER = "site folder"
COMMAND_LINE = "command line"


@dataclass(frozen=True)
class PluginSource:
    """A folder whose sub-folders are plugins, and what to call their origin."""

    folder: Path
    origin: str


@dataclass(frozen=True)
class EntryPointPlugin:
    """An installed package's plugin: entry point ``name = value`` of ``distribution``."""

    name: str
    value: str
    distribution: str

    @property
    def origin(self) -> str:
        return f"entry point {self.distribution}"

    @property
    def module(self) -> str:
        return self.value.split(":", 1)[0].strip()


def as_source(item: Path | PluginSource) -> PluginSource:
    """A folder given without an origin: the console's own, else one from the command line."""
    if isinstance(item, PluginSource):
        return item
    folder = Path(item)
    try:
        builtin = folder.resolve() == builtin_plugins_dir().resolve()
    except OSError:
        builtin = False
    return PluginSource(folder, BUILT_IN if builtin else COMMAND_LINE)


def plugin_sources(
    user_folder: Path | None = None,
    site_folder: Path | None = None,
    command_line: Iterable[Path] = (),
    builtin: Path | None = None,
) -> list[PluginSource]:
    """The plugin folders of this console, in the order they are loaded."""
    sources = [PluginSource(builtin or builtin_plugins_dir(), BUILT_IN)]
    if user_folder is not None:
        sources.append(PluginSource(user_folder, USER_FOLDER))
    if site_folder is not None:
        sources.append(PluginSource(site_folder, SITE_FOLDER))
    sources += [PluginSource(Path(folder), COMMAND_LINE) for folder in command_line]
    return sources


def plugin_folders(source: PluginSource) -> list[Path]:
    """The plugin folders (holding ``plugin.toml``) in ``source``, by name."""
    if not source.folder.is_dir():
        return []
    return [
        child
        for child in sorted(source.folder.iterdir())
        if child.is_dir() and (child / MANIFEST_NAME).is_file()
    ]


def entry_point_plugins(group: str = ENTRY_POINT_GROUP) -> list[EntryPointPlugin]:
    """The installed packages' plugins, by distribution and name (nothing is imported)."""
    found: list[EntryPointPlugin] = []
    try:
        points = metadata.entry_points(group=group)
    except Exception as exc:  # a broken installation must not stop start-up
        log.error("the installed packages' plugins could not be listed: %s", exc)
        return []
    for point in points:
        dist = getattr(point, "dist", None)
        name = getattr(dist, "name", None) or "?"
        found.append(EntryPointPlugin(point.name, point.value, str(name)))
    return sorted(set(found), key=lambda p: (p.distribution, p.name))


def entry_point_folder(plugin: EntryPointPlugin) -> Path:
    """The folder of the module or package an entry point names, holding ``plugin.toml``.
    Its parent packages are imported, not the plugin itself. ManifestError saying why not."""
    where = f"entry point '{plugin.name} = {plugin.value}' of {plugin.distribution}"
    try:
        spec = importlib.util.find_spec(plugin.module)
    except (ImportError, ValueError) as exc:
        raise ManifestError(f"{where}: {type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # a parent package that raises while imported
        raise ManifestError(f"{where}: importing it raised {type(exc).__name__}: {exc}") from exc
    if spec is None:
        raise ManifestError(f"{where}: no module '{plugin.module}' is installed")
    if spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
    elif spec.origin and spec.has_location:
        folder = Path(spec.origin).parent
    else:
        raise ManifestError(f"{where}: module '{plugin.module}' has no folder")
    if not (folder / MANIFEST_NAME).is_file():
        raise ManifestError(f"{where}: {folder} holds no {MANIFEST_NAME}")
    return folder
