"""A cache filled with the demo world's units, cameras and complaints (seed 7) at a fixed time."""

from __future__ import annotations

import pytest
from complaints_moment import NOW


@pytest.fixture(scope="session")
def world():
    from ioc_console.demo.data import build_world

    return build_world(seed=7, now=NOW)


@pytest.fixture
def cache(cache, world):
    for name in ("units", "cameras", "complaints"):
        cache.apply_items(name, world.dataset(name)).result()
    return cache
