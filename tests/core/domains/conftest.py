"""Fixtures of the domains' tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins import PluginManager

PLUGINS = Path(__file__).resolve().parents[3] / "plugins"


@pytest.fixture
def builtin_domains() -> Iterator[DomainRegistry]:
    """The domains the repository's plugins register (their KPIs as the overview shows them)."""
    domains = DomainRegistry()
    manager = PluginManager([PLUGINS], PanelRegistry(), domains=domains)
    manager.load_all()
    yield domains
    for record in manager.records:
        if record.api is not None:
            record.api.unregister_all()
