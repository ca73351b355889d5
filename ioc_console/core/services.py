"""The console's Qt-free services, built once at start-up and handed to the Qt layer."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from ioc_console.core.cli import PROFILE_ENV
from ioc_console.core.config.console_id import console_id
from ioc_console.core.config.profile import SiteProfile, load_profile
from ioc_console.core.config.settings import Settings
from ioc_console.core.config.targets import DEFAULT_TARGETS
from ioc_console.core.domains.kpi_board import KpiBoard
from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.domains.rule_engine import RuleEngine
from ioc_console.core.events import Event
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message
from ioc_console.core.intents import Intents
from ioc_console.core.layouts.store import LayoutStore
from ioc_console.core.logbook import LogRing
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.paths import AppPaths, app_paths, system_profile
from ioc_console.core.plugins import PluginManager
from ioc_console.core.plugins.discovery import plugin_sources
from ioc_console.core.status import AppStatus, BackendStatus, ConnectionState
from ioc_console.core.store.cache import Cache

log = logging.getLogger(__name__)


def find_profile(explicit: Path | None, demo: bool, paths: AppPaths) -> Path | None:
    """The site profile to use: ``--profile``, else ``$IOC_CONSOLE_PROFILE``, else the
    configuration folder's ``site.toml``, else the machine's (:func:`system_profile`); none in
    demo mode."""
    if demo:
        return None
    if explicit is not None:
        return explicit
    env = os.environ.get(PROFILE_ENV)
    if env:
        return Path(env)
    if paths.default_profile.is_file():
        return paths.default_profile
    machine = system_profile()
    return machine if machine is not None and machine.is_file() else None


@dataclass
class Services:
    """What the Qt layer is handed at start-up: every Qt-free service of the console, each
    with its own type (panels reach them through :attr:`PanelContext.services`). ``cache`` is
    None when the cache file could not be opened; ``profile`` is None in demo mode."""

    paths: AppPaths
    settings: Settings
    profile: SiteProfile | None
    panels: PanelRegistry
    plugins: PluginManager
    layouts: LayoutStore
    status: AppStatus
    log_ring: LogRing
    cache: Cache | None = None
    previous_crash: str = ""  # what faulthandler left from a run that crashed
    intents: Intents = field(default_factory=Intents)  # requests between panels
    map_layers: MapLayerRegistry = field(default_factory=MapLayerRegistry)  # built in + plugins
    actions_queued: Event[[]] = field(default_factory=lambda: Event("actions_queued"))
    """A panel put an operator action in the outbox: the backend link sends it now."""
    console_id: str = ""  # this console position (X-Console-Id; the alerts' history)
    domains: DomainRegistry = field(default_factory=DomainRegistry)
    """The plugins' KPIs, alert rules, procedures, dashboards and domains."""
    kpi_board: KpiBoard | None = None
    """The registered KPIs' current values (None without a cache); started with the link."""
    rule_engine: RuleEngine | None = None
    """The plugins' alert rules raising alerts into the cache (None without a cache)."""

    def start_domains(self) -> None:
        """Start computing the KPIs and evaluating the alert rules (once the plugins are
        loaded: the profile's targets of KPIs no plugin registered are told then)."""
        if self.kpi_board is not None:
            self.kpi_board.start()
        if self.rule_engine is not None:
            self.rule_engine.start()

    def stop_domains(self) -> None:
        if self.rule_engine is not None:
            self.rule_engine.stop()
        if self.kpi_board is not None:
            self.kpi_board.stop()

    @property
    def demo(self) -> bool:
        return self.profile is None


def build_services(
    profile: SiteProfile | None,
    log_ring: LogRing,
    extra_plugin_dirs: list[Path] | None = None,
    paths: AppPaths | None = None,
) -> Services:
    """Read settings, open the cache and prepare (not yet load) the plugins."""
    paths = (paths or app_paths()).ensure()
    settings = Settings.load(paths.settings_file)
    panels = PanelRegistry()
    map_layers = MapLayerRegistry()
    domains = DomainRegistry()
    plugins = PluginManager(
        plugin_sources(
            paths.user_plugins_dir,
            profile.plugins_folder if profile is not None else None,
            extra_plugin_dirs or [],
        ),
        panels,
        disabled=set(settings.get("plugins.disabled")),
        map_layers=map_layers,
        domains=domains,
        entry_points=True,  # installed packages' plugins
    )
    if profile is None:
        backend = BackendStatus("demo", state=ConnectionState.CONNECTING)
    else:
        backend = BackendStatus(
            "site", url=profile.backend_url, site_name=profile.site_name, ward=profile.ward
        )
    status = AppStatus(backend=backend, cache_path=str(paths.cache_db))
    services = Services(
        paths,
        settings,
        profile,
        panels,
        plugins,
        LayoutStore(paths.layouts_dir),
        status,
        log_ring,
        map_layers=map_layers,
        domains=domains,
        console_id=console_id(settings, profile.console_position if profile else None),
    )
    try:
        services.cache = Cache.open(paths.cache_db)
        status.cache_problems = list(services.cache.problems)
        status.datasets = services.cache.datasets()
        services.kpi_board = KpiBoard(
            services.cache,
            domains,
            profile.targets if profile is not None else DEFAULT_TARGETS,
            plugins.report_error,
            overrides=profile.plugin_targets if profile is not None else None,
        )
        services.rule_engine = RuleEngine(
            services.cache, domains, services.kpi_board, plugins.report_error
        )
    except Exception as exc:  # the console still runs, without its cache
        log.error("the cache could not be opened: %s", exc, exc_info=True)
        status.cache_problems = [
            Message(QT_TRANSLATE_NOOP("Problems", "the cache could not be opened: %1"), exc)
        ]
    return services


__all__ = ["Services", "build_services", "find_profile", "load_profile"]
