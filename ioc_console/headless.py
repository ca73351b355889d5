"""``main.py --sync-once``: fill the cache from the backend without a window, then exit.

With no backend named (``--backend`` or the site profile), the embedded demo backend is started
in this process and read. One line per dataset: ``NAME: ROWS rows, as of TIME``. The plugins
are loaded (without their panels) so that their feeds are read too, as a window's would be.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from dataclasses import replace

from ioc_console.core.api.errors import ApiError
from ioc_console.core.cli import PASSWORD_ENV
from ioc_console.core.config.console_id import console_id
from ioc_console.core.config.profile import SiteProfile
from ioc_console.core.config.settings import Settings
from ioc_console.core.i18n import as_tr_text
from ioc_console.core.logbook import setup_logging
from ioc_console.core.panels import PanelContext, PanelRegistry, PanelSpec
from ioc_console.core.paths import AppPaths, app_paths
from ioc_console.core.plugins import PluginManager
from ioc_console.core.plugins.discovery import plugin_sources
from ioc_console.core.store.cache import Cache, CacheError
from ioc_console.core.sync.link import BackendTarget, build_engine
from ioc_console.core.sync.status import DatasetResult

log = logging.getLogger(__name__)


def sync_once(args: argparse.Namespace, profile: SiteProfile | None) -> int:
    paths = app_paths().ensure()
    setup_logging(paths.log_file, stderr=False)
    demo = None
    if args.backend or profile is not None:
        target = _site_target(args, profile)
    else:
        from ioc_console.demo.embedded import start_embedded

        demo, target = start_embedded(rate=0)
    try:
        cache = Cache.open(paths.cache_db)
    except CacheError as exc:
        print(f"sync: the cache cannot be opened: {exc}", file=sys.stderr)
        return 1
    for problem in cache.problems:
        print(f"sync: {problem}", file=sys.stderr)
    # the queued actions it delivers name this console position, as the window's would
    settings = Settings.load(paths.settings_file)
    position = console_id(settings, profile.console_position if profile else None)
    plugins = _load_plugins(args, profile, paths, settings)
    engine = build_engine(cache, replace(target, console_id=position), events=False)
    done: list[DatasetResult] = []
    try:
        engine.login()  # nothing is written before the backend has answered
        for ds in engine.datasets:  # the console's own and the loaded plugins' feeds
            done.append(engine.pull(ds))
        delivered = engine.push()
    except ApiError as exc:
        print(f"sync: {target.url}: {exc}", file=sys.stderr)
        if done:
            names = ", ".join(r.name for r in done)
            print(f"sync: updated before the failure: {names}; the others were left as they were",
                  file=sys.stderr)
        else:
            print("sync: the cache was left as it was", file=sys.stderr)
        return 3
    finally:
        cache.close()
        if demo is not None:
            demo.stop()
        for record in plugins.records:
            plugins.unload(record.id)
    for result in done:
        when = result.refreshed_at.isoformat(timespec="seconds") if result.refreshed_at else "-"
        line = f"{result.name}: {result.rows} rows, as of {when}"
        print(line + (f" (error: {result.error})" if result.error else ""))
    if delivered:
        print(f"outbox: {delivered} action(s) delivered")
    return 1 if any(r.error for r in done) else 0


class _WindowlessPanels(PanelRegistry):
    """Panels without a window: a console panel a domain plugin brings is accepted (it is never
    built here), so that the plugin loads whole and its feeds are registered."""

    def offered(self, panel_id: str) -> PanelSpec | None:
        return super().offered(panel_id) or PanelSpec(panel_id, as_tr_text(panel_id), _no_window)


def _no_window(context: PanelContext) -> None:
    raise RuntimeError("no panel is built without a window")


def _load_plugins(
    args: argparse.Namespace, profile: SiteProfile | None, paths: AppPaths, settings: Settings
) -> PluginManager:
    """The plugins enabled in the settings, from where the console finds them: their feeds
    are registered (and read with the console's datasets); a plugin that fails is logged."""
    manager = PluginManager(
        plugin_sources(
            paths.user_plugins_dir,
            profile.plugins_folder if profile is not None else None,
            getattr(args, "plugins_dir", None) or [],
        ),
        _WindowlessPanels(),
        disabled=set(settings.get("plugins.disabled")),
        entry_points=True,
    )
    for record in manager.load_all():
        if record.error:
            log.warning("plugin %s (%s): %s", record.id, record.origin, record.error)
    return manager


def _site_target(args: argparse.Namespace, profile: SiteProfile | None) -> BackendTarget:
    # the caller comes here with a --backend or a profile
    url = (args.backend or (profile.backend_url if profile else "")).rstrip("/")
    password = os.environ.get(PASSWORD_ENV)
    if args.user and password is None and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.user} at {url}: ")
    return BackendTarget(
        url,
        args.user,
        password,
        ward=profile.ward if profile else None,
        ca_bundle=str(profile.ca_bundle) if profile and profile.ca_bundle else None,
        timeout_s=profile.timeout_s if profile else 10.0,
    )
