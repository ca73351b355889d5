"""Built-in plugin: social-media information (thông tin mạng xã hội).

Posts that mention the city (the ``social_posts`` feed): mentions over 24 hours and 7 days,
the share of negative posts, how many negative posts were verified and handled, the hot topics;
an alert when negative posts on one topic come in a burst; the located posts on the map; and a
post turned into a complaint through the console's complaint intake (the operator checks it,
sees the possible duplicates and files it).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ioc_console.plugin_api import (
    QT_TRANSLATE_NOOP,
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    FeatureContext,
    FileComplaint,
    PluginAPI,
    RecordAction,
    Reduce,
    TableSpec,
    point_feature,
)

from .figures import mentions, negative_burst, negative_handled, negative_share

FEED = "social_posts"
FIELDS = (
    "platform",
    "posted_at",
    "date",
    "author",
    "text",
    "topic",
    "sentiment",
    "category",
    "reach",
    "interactions",
    "ward",
    "lat",
    "lon",
    "state",
    "complaint_id",
)
# the post's platform -> the complaint intake's channel (the 1022 website takes the others)
CHANNELS = {"Facebook": "facebook", "Zalo": "zalo"}
FILED = "đã chuyển phản ánh"
AWAITING = ("mới", "đã xác minh")  # not handled yet
ON_MAP = timedelta(days=7)
SENTIMENT_COLOURS = {"tiêu cực": "#cf222e", "trung lập": "#6e7781", "tích cực": "#1a7f37"}


def complaint_from(post: Mapping[str, Any]) -> FileComplaint | None:
    """The complaint intake filled in from ``post`` (None: it already became a complaint)."""
    if post.get("state") == FILED or post.get("complaint_id") or not post.get("text"):
        return None
    lat, lon = post.get("lat"), post.get("lon")
    return FileComplaint(
        text=str(post["text"]),
        channel=CHANNELS.get(str(post.get("platform")), "website"),
        category=str(post.get("category") or ""),
        lat=float(lat) if isinstance(lat, (int, float)) else None,
        lon=float(lon) if isinstance(lon, (int, float)) else None,
        reference=f"{FEED}/{post.get('id')}",
    )


def post_feature(record: dict, context: FeatureContext) -> dict | None:
    """A negative post of the last 7 days still awaiting handling, where it was made."""
    if record.get("lat") is None or record.get("lon") is None:
        return None  # a post the listening service could not place
    if record.get("state") not in AWAITING:
        return None
    try:
        posted = datetime.fromisoformat(str(record.get("posted_at")))
    except ValueError:
        return None
    if context.now - posted > ON_MAP:
        return None
    return point_feature(
        "social_post",
        record,
        lambda: {
            "name": f"{record.get('topic') or ''} · {record.get('platform') or ''}",
            "title": str(record.get("topic") or ""),
            "text": str(record.get("text") or ""),
            "sentiment": str(record.get("sentiment") or ""),
            "state": str(record.get("state") or ""),
            "posted_at": posted.isoformat(),
            "ward_name": context.ward_names.get(str(record.get("ward")), ""),
        },
    )


def leaves_map(feature: dict) -> datetime | None:
    """When a post's marker goes: 7 days after it was posted."""
    try:
        return datetime.fromisoformat(feature["properties"]["posted_at"]) + ON_MAP
    except (KeyError, TypeError, ValueError):
        return None


def register(api: PluginAPI) -> None:
    api.register_feed(
        FEED,
        QT_TRANSLATE_NOOP("SocialMedia", "Social-media posts"),
        path="/social-posts",
        fields=FIELDS,
    )
    mentions_24h = api.register_kpi(
        "mentions_24h",
        QT_TRANSLATE_NOOP("SocialMedia", "Mentions, last 24 hours"),
        dataset=FEED,
        formula=mentions(24),
        unit="bài",
        decimals=0,
    )
    mentions_7d = api.register_kpi(
        "mentions_7d",
        QT_TRANSLATE_NOOP("SocialMedia", "Mentions, last 7 days"),
        dataset=FEED,
        formula=mentions(24 * 7),
        unit="bài",
        decimals=0,
    )
    negative = api.register_kpi(
        "negative_share",
        QT_TRANSLATE_NOOP("SocialMedia", "Share of negative posts, last 7 days"),
        dataset=FEED,
        formula=negative_share,
        unit="%",
        target=30,
        amber=35,
        red=45,
        higher_is_better=False,
        description=QT_TRANSLATE_NOOP(
            "SocialMedia", "Share of negative posts among the posts of the last 7 days"
        ),
    )
    handled = api.register_kpi(
        "negative_handled",
        QT_TRANSLATE_NOOP("SocialMedia", "Negative posts verified and handled"),
        dataset=FEED,
        formula=negative_handled,
        unit="%",
        target=95,
        amber=90,
        red=85,
        description=QT_TRANSLATE_NOOP(
            "SocialMedia",
            "Share of the negative posts older than 48 hours (last 30 days) that were verified "
            "and handled or turned into a complaint",
        ),
    )
    burst = api.register_kpi(
        "negative_burst",
        QT_TRANSLATE_NOOP("SocialMedia", "Negative posts on one topic, last 24 hours"),
        dataset=FEED,
        formula=negative_burst,
        unit="bài",
        target=5,
        amber=6,
        red=8,
        higher_is_better=False,
        decimals=0,
    )
    api.register_alert_rule(
        "negative_burst",
        QT_TRANSLATE_NOOP("SocialMedia", "Many negative posts on one topic"),
        alert_type="social_negative_burst",
        priority=2,
        kpi=burst,
        when="red",
    )
    api.register_procedure(
        "negative_burst",
        QT_TRANSLATE_NOOP("SocialMedia", "Handling a wave of negative posts"),
        alert_types=["social_negative_burst"],
        steps=[
            ("Xem các bài viết tiêu cực của chủ đề trên bảng điều khiển mạng xã hội", True),
            ("Xác minh thông tin với phường và đơn vị phụ trách lĩnh vực", True),
            ("Chuyển bài viết có nội dung phản ánh thành phản ánh 1022", True),
            ("Báo cáo lãnh đạo nếu vụ việc lan rộng hoặc có báo chí quan tâm", False),
            ("Phối hợp đăng thông tin phản hồi chính thức trên trang của thành phố", False),
        ],
    )
    api.register_map_layer(
        "posts",
        QT_TRANSLATE_NOOP("SocialMedia", "Negative posts awaiting handling"),
        dataset=FEED,
        feature=post_feature,
        match={"sentiment": "tiêu cực"},
        style={"color": "#bf3989", "radius": 5, "symbol": "!"},
        refresh_at=leaves_map,
    )
    api.register_dashboard(
        "dashboard",
        QT_TRANSLATE_NOOP("SocialMedia", "Social media"),
        DashboardSpec(
            tiles=(mentions_24h, mentions_7d, negative, handled, burst),
            charts=(
                ChartSpec(
                    QT_TRANSLATE_NOOP("SocialMedia", "Mentions per day, last 30 days"),
                    FEED,
                    x="date",
                    kind=ChartKind.LINE,
                    reduce=Reduce.COUNT,
                    within_days=30,
                    unit="bài",
                ),
                ChartSpec(
                    QT_TRANSLATE_NOOP("SocialMedia", "Hot topics, last 7 days"),
                    FEED,
                    x="topic",
                    kind=ChartKind.RANKED,
                    reduce=Reduce.COUNT,
                    within_days=7,
                    date_field="posted_at",
                    limit=8,
                    unit="bài",
                ),
                ChartSpec(
                    QT_TRANSLATE_NOOP("SocialMedia", "Posts by sentiment, last 7 days"),
                    FEED,
                    x="sentiment",
                    kind=ChartKind.BARS,
                    reduce=Reduce.COUNT,
                    within_days=7,
                    date_field="posted_at",
                    unit="bài",
                ),
                ChartSpec(
                    QT_TRANSLATE_NOOP("SocialMedia", "Posts by platform, last 7 days"),
                    FEED,
                    x="platform",
                    kind=ChartKind.RANKED,
                    reduce=Reduce.COUNT,
                    within_days=7,
                    date_field="posted_at",
                    unit="bài",
                ),
            ),
            table=TableSpec(
                QT_TRANSLATE_NOOP("SocialMedia", "Posts"),
                FEED,
                (
                    Column(
                        "posted_at",
                        QT_TRANSLATE_NOOP("SocialMedia", "Posted"),
                        ColumnFormat.DATETIME,
                    ),
                    Column("platform", QT_TRANSLATE_NOOP("SocialMedia", "Platform")),
                    Column("topic", QT_TRANSLATE_NOOP("SocialMedia", "Topic")),
                    Column("sentiment", QT_TRANSLATE_NOOP("SocialMedia", "Sentiment")),
                    Column("text", QT_TRANSLATE_NOOP("SocialMedia", "Text")),
                    Column("ward", QT_TRANSLATE_NOOP("SocialMedia", "Ward"), ColumnFormat.WARD),
                    Column("state", QT_TRANSLATE_NOOP("SocialMedia", "State")),
                    Column("reach", QT_TRANSLATE_NOOP("SocialMedia", "Reach"), ColumnFormat.NUMBER),
                    Column("complaint_id", QT_TRANSLATE_NOOP("SocialMedia", "Complaint")),
                ),
                sort_by="posted_at",
                limit=500,
                actions=(
                    RecordAction(
                        QT_TRANSLATE_NOOP("SocialMedia", "Turn into a complaint…"), complaint_from
                    ),
                ),
            ),
            notes=QT_TRANSLATE_NOOP(
                "SocialMedia",
                "Posts mentioning the city, as the listening service classifies them",
            ),
        ),
        icon="icon.svg",
    )
    api.register_domain(
        QT_TRANSLATE_NOOP("SocialMedia", "Social media"),
        headline_kpi=negative,
        dashboard="social_media.dashboard",
        kpis=(mentions_24h, handled, burst),
        icon="icon.svg",
        order=40,
    )
