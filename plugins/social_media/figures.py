"""The social-media figures that a plain aggregate cannot say: counts over the last hours up to
the city's current time, the share of negative posts, the handling of the negative ones and
the largest burst of negative posts on one topic.

Each is a function of the ``social_posts`` records (a KPI formula); ``now`` defaults to the
city's current time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from ioc_console.plugin_api import city_now

NEGATIVE = "tiêu cực"
HANDLED = ("đã xử lý", "đã chuyển phản ánh")
SETTLE = timedelta(hours=48)  # a negative post is expected to be handled within this
Records = Sequence[Mapping[str, Any]]


def posted(record: Mapping[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(record.get("posted_at")))
    except ValueError:
        return None


def _within(records: Records, span: timedelta, now: datetime | None) -> list[Mapping[str, Any]]:
    now = now or city_now()
    out = []
    for record in records:
        at = posted(record)
        if at is not None and now - span < at <= now:
            out.append(record)
    return out


def mentions(hours: int) -> Callable[[Records], float | None]:
    """The number of posts of the last ``hours`` hours."""

    def count(records: Records, now: datetime | None = None) -> float | None:
        return float(len(_within(records, timedelta(hours=hours), now)))

    return count


def negative_share(records: Records, now: datetime | None = None) -> float | None:
    """The share (%) of negative posts among the posts of the last 7 days."""
    recent = _within(records, timedelta(days=7), now)
    if not recent:
        return None
    return 100.0 * sum(r.get("sentiment") == NEGATIVE for r in recent) / len(recent)


def negative_handled(records: Records, now: datetime | None = None) -> float | None:
    """The share (%) of negative posts, posted more than 48 hours ago in the last 30 days,
    that were verified and handled (or turned into a complaint)."""
    now = now or city_now()
    due = [
        r
        for r in _within(records, timedelta(days=30), now)
        if r.get("sentiment") == NEGATIVE and (at := posted(r)) is not None and at <= now - SETTLE
    ]
    if not due:
        return None
    return 100.0 * sum(r.get("state") in HANDLED for r in due) / len(due)


def hot_topic(records: Records, now: datetime | None = None) -> tuple[str, int]:
    """The topic with the most negative posts in the last 24 hours, and how many."""
    topics = Counter(
        str(r.get("topic") or "")
        for r in _within(records, timedelta(hours=24), now)
        if r.get("sentiment") == NEGATIVE
    )
    if not topics:
        return "", 0
    topic, count = topics.most_common(1)[0]
    return topic, count


def negative_burst(records: Records, now: datetime | None = None) -> float | None:
    """The most negative posts on one topic in the last 24 hours."""
    return float(hot_topic(records, now)[1])
