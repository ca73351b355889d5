"""A field filter takes the same records from a list in memory as from the cache's SQL."""

from __future__ import annotations

import pytest

from ioc_console.core.geo.rows import read_rows
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.match import FieldFilter, as_filters, record_matches

RECORDS = [
    {"id": "1", "kind": "hospital", "beds": 120, "open": True, "ward": "29869",
     "address": {"ward": "29869"}},
    {"id": "2", "kind": "clinic", "beds": 8.5, "open": False, "ward": "29884"},
    {"id": "3", "kind": "hospital", "beds": "120", "ward": None},
    {"id": "4", "kind": "school"},
    {"id": "5", "kind": "Hospital", "beds": 0, "open": True, "address": {"ward": "29888"}},
]
FILTERS = [
    {"kind": "hospital"},
    {"ward": None},
    {"open": True},
    {"beds": 120},
    [FieldFilter("beds", ">", 10)],
    [FieldFilter("beds", "<=", 8.5)],
    [FieldFilter("beds", ">=", 0), FieldFilter("kind", "!=", "clinic")],
    [FieldFilter("kind", "in", ("clinic", "school"))],
    [FieldFilter("ward", "in", ("29869", "29884"))],
    [FieldFilter("ward", "!=", "29869")],
    [FieldFilter("address.ward", "=", "29888")],
    [FieldFilter("kind", ">", "h")],
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    cache = Cache.open(tmp_path_factory.mktemp("match") / "cache.db")
    stamped = [{**r, "updated_at": "2026-12-06T09:00:00+07:00"} for r in RECORDS]
    cache.apply_items("facilities", stamped).result()
    yield cache
    cache.close()


@pytest.mark.parametrize("match", FILTERS, ids=str)
def test_a_filter_takes_the_same_records_in_memory_as_in_the_cache(cache, match):
    in_sql = [r["id"] for r in read_rows(cache, "facilities", match=match)]
    in_memory = [r["id"] for r in RECORDS if record_matches(r, as_filters(match))]
    assert in_memory == in_sql
