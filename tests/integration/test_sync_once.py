"""``main.py --sync-once``: headless, one line per dataset; an unreachable backend leaves the
cache as it was and exits non-zero."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

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


def test_sync_once_prints_each_dataset_and_keeps_the_cache_when_unreachable(backend, ioc_home):
    done = sync_once(ioc_home, "--backend", backend.url)
    assert done.returncode == 0, done.stderr
    lines = [LINE.match(x) for x in done.stdout.splitlines()]
    assert all(lines) and len(lines) == len(DATASETS), done.stdout
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
        assert {d.name: d.rows for d in cache.datasets()} == rows
        assert all(d.last_error is None for d in cache.datasets())
    finally:
        cache.close()
