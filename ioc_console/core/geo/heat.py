"""The complaint density layer: where complaints came from over a recent period."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ioc_console.core.clock import CITY_TZ, city_now
from ioc_console.core.geo.features import COMPLAINT_KEYS, state_class
from ioc_console.core.geo.rows import read_rows
from ioc_console.core.geo.values import lon_lat, moment
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.core.store.cache import Cache

HEAT_PERIODS = (1, 7, 30, 90)  # days, today included
HEAT_PERIOD_TITLES: dict[int, TrText] = {
    1: QT_TRANSLATE_NOOP("MapLayers", "Today"),
    7: QT_TRANSLATE_NOOP("MapLayers", "7 days"),
    30: QT_TRANSLATE_NOOP("MapLayers", "30 days"),
    90: QT_TRANSLATE_NOOP("MapLayers", "90 days"),
}
OVERDUE_WEIGHT = 2.0


def heat_points(
    cache: Cache | None, days: int, today: date | None = None, now: datetime | None = None
) -> list[list[float]]:
    """``[lat, lon, weight]`` of the complaints received on the ``days`` days up to ``today``
    (the city's today by default): weight 1.0, 2.0 for one overdue at ``now``."""
    now = now or city_now()
    today = today or now.astimezone(CITY_TZ).date()
    first = today - timedelta(days=max(1, days) - 1)
    # ISO text compares as time only within one offset: read a day more, then check exactly
    since = (first - timedelta(days=1)).isoformat()
    where = "json_extract(body, '$.requested_datetime') >= ?"
    rows = read_rows(cache, "complaints", COMPLAINT_KEYS, where, (since,))
    points = []
    for row in rows:
        received = moment(row.get("requested_datetime"))
        if received is None or not first <= received.astimezone(CITY_TZ).date() <= today:
            continue
        point = lon_lat(row)
        if point is None or row.get("deleted") is True:
            continue
        weight = OVERDUE_WEIGHT if state_class(row, now) == "overdue" else 1.0
        points.append([point[1], point[0], weight])
    return points
