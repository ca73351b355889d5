"""A ward clerk's console drops a record that moves to another ward: live, through the event
stream's delete naming the ward left, and after an outage, through the scoped tombstone of
the next incremental read. The record is kept by the console of the ward it moved to."""

from __future__ import annotations

from waiting import wait_until

from ioc_console.core.sync.engine import LAST_EVENT_ID

OLD, NEW = "29884", "29869"  # Mỹ Ngãi -> Cao Lãnh
CLERK = ("clerk.myngai", "clerk.myngai-demo")


def move(backend, complaint_id: str, ward: str) -> dict:
    """The backend transfers a complaint to the ward competent for it."""
    unit = next(u for u in backend.store.items("units")
                if u["code"] == ward and not u.get("valid_to"))
    complaint = backend.store.get("complaints", complaint_id)
    moved = {**complaint, "ward": ward, "unit_id": unit["id"], "current_ward": ward,
             "lat": unit["lat"], "long": unit["lon"]}
    return backend.store.put("complaints", moved).item


def a_cached_complaint_of(cache, ward: str) -> dict:
    return next(c for c in cache.items("complaints") if c["current_ward"] == ward)


def test_a_complaint_moved_out_of_the_ward_leaves_a_live_clerk_s_cache(
    backend, cache, make_engine
):
    engine = make_engine(backend, user=CLERK, ward=OLD, resync_s=3600)
    engine.start()
    wait_until(lambda: engine.status.live and cache.count("complaints") > 0, 30,
               "the clerk's console synced and live")
    complaint = a_cached_complaint_of(cache, OLD)
    move(backend, complaint["id"], NEW)
    wait_until(lambda: cache.get("complaints", complaint["id"]) is None, 20,
               "the moved complaint to leave the clerk's cache")
    wait_until(lambda: cache.meta(LAST_EVENT_ID) == str(backend.store.last_event_id), 20,
               "the stream to pass the move")
    assert {c["current_ward"] for c in cache.items("complaints")} == {OLD}
    # the stream goes on after the delete: the next change of the ward still arrives
    still = a_cached_complaint_of(cache, OLD)
    changed = backend.store.put("complaints", backend.store.get("complaints", still["id"])).item
    wait_until(lambda: (cache.get("complaints", still["id"]) or {}).get("updated_at")
               == changed["updated_at"], 20, "the next change of the ward")


def test_a_move_made_while_the_clerk_was_offline_is_dropped_on_the_next_read(
    backend, cache, make_engine
):
    engine = make_engine(backend, user=CLERK, ward=OLD, events=False)
    engine.login()
    engine.check_scope()
    engine.pull_all()
    complaint = a_cached_complaint_of(cache, OLD)
    before = cache.count("complaints")
    move(backend, complaint["id"], NEW)  # while the clerk's console is not reading
    engine.pull_all()
    assert cache.get("complaints", complaint["id"]) is None
    assert cache.count("complaints") == before - 1


def test_the_ward_it_moved_to_gets_the_complaint(backend, cache, make_engine):
    engine = make_engine(backend, user=("clerk.caolanh", "clerk.caolanh-demo"), ward=NEW,
                         events=False)
    engine.login()
    engine.check_scope()
    engine.pull_all()
    complaint = next(c for c in backend.store.items("complaints")
                     if c["current_ward"] == OLD)
    move(backend, complaint["id"], NEW)
    engine.pull_all()
    cached = cache.get("complaints", complaint["id"])
    assert cached is not None and cached["current_ward"] == NEW
