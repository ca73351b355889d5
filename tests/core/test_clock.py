"""The core's one date-time reader: with and without offset, Z, fractions, bad input; and the
places that read times agree on a time written without its offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ioc_console.core.api.errors import ApiError
from ioc_console.core.api.payload import check_item
from ioc_console.core.clock import CITY_TZ, NoOffsetError, parse_time, read_time
from ioc_console.core.geo.values import city_time, moment
from ioc_console.core.store.cache import Cache


def test_a_time_with_an_offset_keeps_it():
    when = parse_time("2026-11-29T14:03:00+07:00")
    assert when == datetime(2026, 11, 29, 7, 3, tzinfo=UTC)
    assert when.utcoffset() == timedelta(hours=7)
    assert parse_time("2026-11-29T09:03:00-05:00") == datetime(2026, 11, 29, 14, 3, tzinfo=UTC)


@pytest.mark.parametrize("text", ["2026-11-29T07:03:00Z", "2026-11-29T07:03:00z"])
def test_z_is_utc(text):
    assert parse_time(text) == datetime(2026, 11, 29, 7, 3, tzinfo=UTC)


def test_a_time_without_an_offset_is_the_citys():
    when = parse_time("2026-11-29T14:03:00")
    assert when.tzinfo is CITY_TZ
    assert when == datetime(2026, 11, 29, 7, 3, tzinfo=UTC)
    assert parse_time("2026-11-29 14:03:00") == when  # a space for the T


def test_fractional_seconds_of_any_length_are_read_to_the_microsecond():
    assert parse_time("2026-11-29T14:03:00.5+07:00").microsecond == 500_000
    assert parse_time("2026-11-29T14:03:00.123Z").microsecond == 123_000
    assert parse_time("2026-11-29T14:03:00.1234567+07:00").microsecond == 123_456


@pytest.mark.parametrize("bad", ["", "yesterday", "2026-13-01T00:00:00+07:00", "29/11/2026 14:03"])
def test_bad_text_is_refused_with_the_reason_and_read_as_nothing(bad):
    with pytest.raises(ValueError, match="is not an ISO 8601 date-time"):
        parse_time(bad)
    assert read_time(bad) is None


@pytest.mark.parametrize("value", [None, 0, 1732860000, ["2026-11-29T14:03:00+07:00"]])
def test_values_that_are_no_text_are_read_as_nothing(value):
    assert read_time(value) is None


def test_an_offset_can_be_required():
    with pytest.raises(NoOffsetError, match="has no time zone offset"):
        parse_time("2026-11-29T14:03:00", require_offset=True)
    when = parse_time("2026-11-29T14:03:00+07:00", require_offset=True)
    assert when.utcoffset() == timedelta(hours=7)


def test_the_backend_check_refuses_a_time_without_offset_and_names_the_field():
    item = {"id": "PA-1", "updated_at": "2026-11-29T14:03:00", "deleted": False}
    with pytest.raises(ApiError, match="updated_at has no time zone offset"):
        check_item(item, "complaints")
    with pytest.raises(ApiError, match="updated_at is not an ISO 8601"):
        check_item({**item, "updated_at": "soon"}, "complaints")
    check_item({**item, "updated_at": "2026-11-29T07:03:00Z"}, "complaints")


def test_the_map_reads_a_time_without_offset_on_the_citys_clock():
    assert moment("2026-11-29T14:03:00") == datetime(2026, 11, 29, 14, 3, tzinfo=CITY_TZ)
    assert city_time("2026-11-29T07:03:00Z") == "2026-11-29T14:03:00+07:00"
    assert city_time("2026-11-29T14:03:00") == "2026-11-29T14:03:00+07:00"


def test_the_cache_orders_a_time_without_offset_as_the_citys(tmp_path):
    """A record first written with a city time without offset (14:03, i.e. 07:03 UTC) is
    replaced by a later version written with its offset (14:30+07:00); read as UTC the first
    one seemed seven hours later and the newer version was refused."""
    cache = Cache.open(tmp_path / "c.db")
    try:
        first = {"id": "PA-1", "updated_at": "2026-11-29T14:03:00", "description": "cũ"}
        cache.apply_items("complaints", [first]).result()
        later = {**first, "updated_at": "2026-11-29T14:30:00+07:00", "description": "mới"}
        cache.apply_items("complaints", [later]).result()
        assert cache.get("complaints", "PA-1")["description"] == "mới"
        # and the same instant written in another zone is the same time, not an older one
        same = {**first, "updated_at": "2026-11-29T07:30:00+00:00", "description": "lại"}
        cache.apply_items("complaints", [same]).result()
        assert cache.get("complaints", "PA-1")["description"] == "lại"
    finally:
        cache.close()


def test_a_fixed_offset_zone_is_kept_as_given():
    ict = timezone(timedelta(hours=7))
    assert parse_time("2026-11-29T14:03:00+07:00").tzinfo == ict
