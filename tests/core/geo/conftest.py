"""A cache filled with the demo world's records (seed 7), as the sync engine leaves it."""

from __future__ import annotations

from datetime import datetime

import pytest

from ioc_console.core.clock import CITY_TZ

MAP_DATASETS = ("units", "cameras", "complaints", "alerts", "facilities")
# a fixed moment for everything that depends on the time (state classes, heat periods)
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)


@pytest.fixture(scope="session")
def world():
    from ioc_console.demo.data import build_world

    return build_world(seed=7, now=NOW)


@pytest.fixture
def cache(cache, world):
    """The suite's cache, filled with the demo world's map datasets."""
    for name in MAP_DATASETS:
        cache.apply_items(name, world.dataset(name)).result()
    return cache
