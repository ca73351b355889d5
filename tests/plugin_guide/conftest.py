"""The fixtures ``ioc_console.plugin_testing`` gives a plugin's own tests (a plugin names them
with ``pytest_plugins`` in its top-level conftest; inside this suite they are imported)."""

from ioc_console.plugin_testing import demo_cache, demo_world, fake_clock, load_plugin

__all__ = ["demo_cache", "demo_world", "fake_clock", "load_plugin"]
