"""Moved to :mod:`ioc_console.core.paths` (the ground every layer may stand on); this name is
kept so that code written against the old place still imports."""

from ioc_console.core.paths import (
    HOME_ENV,
    AppPaths,
    app_paths,
    builtin_plugins_dir,
    install_root,
    resources_dir,
    translations_dir,
    ui_dir,
)

__all__ = [
    "HOME_ENV",
    "AppPaths",
    "app_paths",
    "builtin_plugins_dir",
    "install_root",
    "resources_dir",
    "translations_dir",
    "ui_dir",
]
