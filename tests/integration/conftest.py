"""Integration tests: the sync engine and the cache against the demo backend on loopback."""

from __future__ import annotations

import pytest

from ioc_console.core.sync.link import BackendTarget, build_engine


@pytest.fixture
def make_engine(cache):
    engines = []

    def make(backend, user=("operator", "operator-demo"), ward=None, **options):
        target = BackendTarget(backend.url, user[0], user[1], ward=ward, timeout_s=3.0)
        options.setdefault("poll_s", 0.5)
        engine = build_engine(cache, target, **options)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.stop()
