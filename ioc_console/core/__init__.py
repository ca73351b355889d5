"""The Qt-free core: configuration, domain, clients, cache, plugin registry.

Nothing under this package may import Qt, libVLC or ``ioc_console.gui``; the import-linter
contracts in ``pyproject.toml`` and ``tests/core/test_core_boundary.py`` enforce it.
"""
