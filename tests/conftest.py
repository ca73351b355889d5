"""Shared test set-up: every test gets its own settings, cache and log folders."""

from __future__ import annotations

import os
import sys

import pytest

# QtWebEngine must be imported, and the GL context shared, before pytest-qt creates the
# application; as root its sandbox must be off.
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
try:
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    import PySide6.QtWebEngineWidgets  # noqa: F401

    from ioc_console.gui.map.scheme import register_scheme

    register_scheme()  # the map's app:// scheme, before the application exists
except ImportError:  # the core tests run without Qt too
    pass


@pytest.fixture(autouse=True)
def ioc_home(tmp_path, monkeypatch):
    """All of the console's per-user folders below a temporary folder."""
    home = tmp_path / "ioc-home"
    monkeypatch.setenv("IOC_CONSOLE_HOME", str(home))
    monkeypatch.delenv("IOC_CONSOLE_PROFILE", raising=False)
    return home


@pytest.fixture
def backend():
    """The demo backend on a loopback port, without live events (tests make their own)."""
    from ioc_console.demo.backend import DemoBackend

    demo = DemoBackend(seed=7, rate=0, heartbeat_s=1.0)
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def cache(tmp_path):
    """An empty console cache (``tmp_path / "cache.sqlite3"``), closed at the end. Folders
    that need it filled override it (``tests/core/geo``: the demo world)."""
    from ioc_console.core.store.cache import Cache

    cache = Cache.open(tmp_path / "cache.sqlite3")
    yield cache
    cache.close()


@pytest.fixture(autouse=True)
def feeds_and_clock_end_with_the_test():
    """The plugins' feeds are the process's and the city's clock may be fixed: whatever a test
    left of either (a console or a plugin not unloaded) is undone after it."""
    from ioc_console.core import clock
    from ioc_console.core.store import datasets

    before = set(datasets.BY_NAME)
    yield
    for name in set(datasets.BY_NAME) - before:
        while name in datasets.BY_NAME:
            datasets.unregister_feed(name)
    clock.fix_time(None)


@pytest.fixture(autouse=True)
def memory_keyring():
    """Tokens go to an in-memory keyring during tests, never the machine's."""
    import keyring
    from memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


MANIFEST = """id = "{id}"
name = "{name}"
version = "{version}"
api_version = {api_version}
entry = "plugin:register"
"""


@pytest.fixture
def plugins_dir(tmp_path):
    return tmp_path / "plugins"


@pytest.fixture
def write_plugin(plugins_dir):
    """``write_plugin("id", code, ...)`` makes a plugin folder in ``plugins_dir``."""
    from textwrap import dedent

    def write(
        plugin_id,
        code=None,
        *,
        name=None,
        version="1.0.0",
        api_version=1,
        manifest=None,
        folder=None,
    ):
        path = plugins_dir / (folder or plugin_id)
        path.mkdir(parents=True)
        if manifest is None:
            manifest = MANIFEST.format(
                id=plugin_id,
                name=name or plugin_id.title(),
                version=version,
                api_version=api_version,
            )
        (path / "plugin.toml").write_text(dedent(manifest), encoding="utf-8")
        if code is not None:
            (path / "plugin.py").write_text(dedent(code), encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session", autouse=True)
def video_workers_end_with_the_run():
    """The application's video worker processes are asked to quit, and waited for, when the
    run ends (the test run's application never quits, which would do it)."""
    yield
    pool = sys.modules.get("ioc_console.gui.video.worker_pool")
    if pool is not None:
        pool.worker_pool().shutdown()
