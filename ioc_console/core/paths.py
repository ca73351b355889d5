"""Where the console keeps its files.

Per-user folders come from platformdirs. ``IOC_CONSOLE_HOME`` puts every one of them below a
single folder: tests use it to stay hermetic, a portable install can use it too.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from ioc_console import APPLICATION_ID

HOME_ENV = "IOC_CONSOLE_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The console's per-user folders and the files inside them."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def default_profile(self) -> Path:
        return self.config_dir / "site.toml"

    @property
    def layouts_dir(self) -> Path:
        return self.config_dir / "layouts"

    @property
    def cache_db(self) -> Path:
        return self.cache_dir / "cache.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "ioc-console.log"

    @property
    def crash_file(self) -> Path:
        return self.log_dir / "crash.log"

    @property
    def user_plugins_dir(self) -> Path:
        return self.data_dir / "plugins"

    def ensure(self) -> AppPaths:
        for folder in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """The folders for this user, or all below ``$IOC_CONSOLE_HOME`` when it is set."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home)
        return AppPaths(root / "config", root / "data", root / "cache", root / "log")
    return AppPaths(
        Path(platformdirs.user_config_dir(APPLICATION_ID, appauthor=False)),
        Path(platformdirs.user_data_dir(APPLICATION_ID, appauthor=False)),
        Path(platformdirs.user_cache_dir(APPLICATION_ID, appauthor=False)),
        Path(platformdirs.user_log_dir(APPLICATION_ID, appauthor=False)),
    )


def system_profile() -> Path | None:
    """The machine's site profile, written by the installer or the IT staff for every user:
    ``/etc/opt/ioc-console/site.toml`` (Linux), ``%ProgramData%\\IOC Console\\site.toml``
    (Windows). None under ``$IOC_CONSOLE_HOME``, which keeps a console to its own folder."""
    if os.environ.get(HOME_ENV):
        return None
    if sys.platform.startswith("win"):
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "IOC Console" / "site.toml"
    return Path("/etc/opt") / APPLICATION_ID / "site.toml"


def install_root() -> Path:
    """The folder holding ``resources/``, ``plugins/`` and ``ui/``: the checkout or the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return install_root() / "resources"


def builtin_plugins_dir() -> Path:
    return install_root() / "plugins"


def ui_dir() -> Path:
    return install_root() / "ui"


def translations_dir() -> Path:
    return resources_dir() / "translations"
