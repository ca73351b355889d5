"""The demo backend's social-media posts (``social_posts``) and the directive tasks' document
and progress: figures that look like a city's, stable for a seed, history that does not move
when the world is built later, items that keep the contract, served by the real backend with
paging and ward scope."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

import pytest
from demo_world import session_for

from ioc_console.core.api.contract import load_contract
from ioc_console.demo import DemoBackend
from ioc_console.demo.data import build_world
from ioc_console.demo.data.times import TZ

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=TZ)
WARDS = {"29869", "29884", "29888"}


@pytest.fixture(scope="module")
def world():
    return build_world(seed=7, now=NOW)


@pytest.fixture(scope="module")
def posts(world):
    return world.dataset("social_posts")


def test_posts_look_like_a_city_of_160000_talking_about_itself(posts):
    days = Counter(p["posted_at"][:10] for p in posts)
    assert len(days) == 31  # the last 30 days and today up to now
    days.pop(NOW.date().isoformat())
    assert all(15 <= n <= 60 for n in days.values())
    sentiments = Counter(p["sentiment"] for p in posts)
    assert 0.25 < sentiments["tiêu cực"] / len(posts) < 0.5
    assert sentiments["tích cực"] > 0.15 * len(posts)
    platforms = Counter(p["platform"] for p in posts)
    assert platforms.most_common(1)[0][0] == "Facebook"
    assert set(platforms) == {"Facebook", "Zalo", "TikTok", "YouTube", "báo điện tử"}
    placed = [p for p in posts if p["lat"] is not None]
    assert 0.4 < len(placed) / len(posts) < 0.95
    assert {p["ward"] for p in placed} <= WARDS
    assert all(10.3 < p["lat"] < 10.6 and 105.5 < p["lon"] < 105.8 for p in placed)
    assert all(p["ward"] is None for p in posts if p["lat"] is None)
    filed = [p for p in posts if p["state"] == "đã chuyển phản ánh"]
    assert filed and all(p["complaint_id"] for p in filed)
    assert all(p["complaint_id"] is None for p in posts if p["state"] != "đã chuyển phản ánh")
    assert all(p["updated_at"] <= NOW.isoformat() and p["posted_at"] <= p["updated_at"]
               for p in posts)
    pages = ("Nhóm ", "Hội ", "Tin ", "Cao Lãnh ")  # a group or page names itself
    assert all("***" in p["author"] or p["author"].startswith(pages) for p in posts)


def test_some_days_have_a_burst_of_negative_posts_on_one_topic(posts):
    by_day: dict[str, Counter] = {}
    for p in posts:
        if p["sentiment"] == "tiêu cực":
            by_day.setdefault(p["posted_at"][:10], Counter())[p["topic"]] += 1
    peaks = [max(c.values()) for c in by_day.values()]
    assert sum(n >= 9 for n in peaks) >= 5  # bursts on some days
    assert sum(n <= 5 for n in peaks) >= 5  # and quiet days


def test_posts_are_stable_for_a_seed_and_their_history_does_not_move(posts):
    assert build_world(seed=7, now=NOW).dataset("social_posts") == posts
    moment = NOW + timedelta(days=2)
    later = {p["id"]: p for p in build_world(seed=7, now=moment).dataset("social_posts")}
    kept = [p for p in posts if p["posted_at"][:10] >= (moment - timedelta(days=30)).date()
            .isoformat()]  # older ones left the window of 30 days
    assert len(kept) > 0.8 * len(posts)
    for old in kept:
        new = later.get(old["id"])
        assert new is not None, old["id"]
        assert {k: v for k, v in new.items() if k not in ("state", "updated_at", "complaint_id")} \
            == {k: v for k, v in old.items() if k not in ("state", "updated_at", "complaint_id")}
        assert new["updated_at"] >= old["updated_at"]
    other = build_world(seed=8, now=NOW).dataset("social_posts")
    assert [p["text"] for p in other] != [p["text"] for p in posts]


def test_directive_tasks_carry_their_document_and_progress(world):
    tasks = world.tasks
    assert all(t["document"].split("/")[1] in ("KH-UBND", "CT-UBND", "KH-SYT", "KH-BATGT",
                                               "TB-UBND") for t in tasks)
    for t in tasks:
        if t["state"] == "done":
            assert t["progress"] == 100 and t["completed_at"] <= t["updated_at"]
        else:
            assert 0 <= t["progress"] < 100 and t["completed_at"] is None
    assert any(0 < t["progress"] < 100 for t in tasks)
    late = [t for t in tasks if t["state"] == "done" and t["completed_at"] > t["deadline"]]
    assert late, "some tasks were done late"


def test_items_keep_the_contract(world, posts):
    from openapi_schema_validator import OAS31Validator

    contract = load_contract()

    def validator(name: str) -> OAS31Validator:
        return OAS31Validator(
            {"$ref": f"#/components/schemas/{name}", "components": contract["components"]}
        )

    post, task = validator("SocialPost"), validator("Task")
    for item in posts:
        post.validate(item)
    for item in world.tasks:
        task.validate(item)
    assert "/api/v1/social-posts" in contract["paths"]


@pytest.fixture(scope="module")
def served():
    demo = DemoBackend(seed=7, rate=0, heartbeat_s=1.0)
    demo.start()
    yield demo
    demo.stop()


def test_the_backend_serves_the_posts_page_by_page_and_by_ward(served):
    session = session_for(served)
    url = f"{served.url}/api/v1/social-posts"
    items, cursor = [], None
    while True:
        params = {"limit": 200, **({"cursor": cursor} if cursor else {})}
        answer = session.get(url, params=params, timeout=10)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert {i["id"] for i in items} == {p["id"] for p in served.store.items("social_posts")}
    order = [(i["updated_at"], i["id"]) for i in items]
    assert order == sorted(order)
    mine = session.get(url, params={"ward": "29884", "limit": 1000}, timeout=10).json()["items"]
    assert mine and {i["ward"] for i in mine} <= {"29884", None}
    assert any(i["ward"] is None for i in mine)  # posts without a place concern every ward
    one = session.get(f"{url}/{mine[0]['id']}", timeout=10)
    assert one.status_code == 200 and one.json() == mine[0]
