"""``main.py --sync-once``: headless, one line per dataset; an unreachable backend leaves the
cache as it was and exits non-zero."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from ioc_console.core.panels import PanelRegistry
from ioc_console.core.paths import builtin_plugins_dir
from ioc_console.core.plugins import PluginManager
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.datasets import DATASETS

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^(\w+): (\d+) rows, as of (\S+)$")


def sync_once(home, *args):
    env = dict(os.environ, IOC_CONSOLE_HOME=str(home), IOC_CONSOLE_PASSWORD="operator-demo")
    return subprocess.run(
        [sys.executable, "main.py", "--sync-once", "--user", "operator", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def builtin_feeds() -> set[str]:
    """The feeds of the built-in plugins that load without a window."""
    manager = PluginManager([builtin_plugins_dir()], PanelRegistry())
    try:
        return {f for r in manager.load_all() if r.api for f in r.api.registered["feed"]}
    finally:
        for record in manager.records:
            manager.unload(record.id)


def test_sync_once_prints_each_dataset_and_keeps_the_cache_when_unreachable(backend, ioc_home):
    done = sync_once(ioc_home, "--backend", backend.url)
    assert done.returncode == 0, done.stderr
    lines = [LINE.match(x) for x in done.stdout.splitlines()]
    assert all(lines), done.stdout
    # the console's datasets and the plugins' feeds
    assert {m[1] for m in lines} == {d.name for d in DATASETS} | builtin_feeds(), done.stdout
    from ioc_console.core.paths import app_paths as paths_now

    log_text = paths_now().log_file.read_text(encoding="utf-8")
    assert "failed to load" not in log_text  # every built-in plugin loads without a window
    rows = {m[1]: int(m[2]) for m in lines}
    assert rows["complaints"] == len(backend.store.items("complaints"))
    assert all(n > 0 for n in rows.values())

    from ioc_console.core.paths import app_paths

    db = app_paths().cache_db
    dead = sync_once(ioc_home, "--backend", f"http://127.0.0.1:{free_port()}")
    assert dead.returncode != 0
    assert "cannot connect" in dead.stderr and "left as it was" in dead.stderr
    cache = Cache.open(db)
    try:
        own = {d.name for d in DATASETS}  # the feeds' status is listed while registered
        assert {d.name: d.rows for d in cache.datasets()} == {
            name: count for name, count in rows.items() if name in own
        }
        assert all(d.last_error is None for d in cache.datasets())
    finally:
        cache.close()
