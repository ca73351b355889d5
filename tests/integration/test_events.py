"""Live changes through the event stream, and a stream cut again and again."""

from __future__ import annotations

from waiting import wait_until

from ioc_console.core.status import ConnectionState
from ioc_console.core.sync.engine import LAST_EVENT_ID


def test_events_reach_the_cache_without_a_loss_or_a_repeat_across_cuts(
    backend, cache, make_engine
):
    engine = make_engine(backend, resync_s=3600)
    applied: list[int] = []
    original = engine._event

    def recording(event_id, data):
        original(event_id, data)
        applied.append(int(event_id))

    engine._event = recording
    engine.start()
    wait_until(lambda: engine.status.live, what="the stream to be live")
    for _cut in range(4):
        for _ in range(5):
            backend.emit_event()
        delivered = backend.store.last_event_id
        wait_until(lambda d=delivered: applied and applied[-1] >= d, what="the events so far")
        backend.stop()
        for _ in range(3):
            backend.emit_event()  # happen while the console cannot hear them
        backend.start()
        engine.kick()
    for _ in range(5):
        backend.emit_event()
    last = backend.store.last_event_id
    wait_until(lambda: cache.meta(LAST_EVENT_ID) == str(last), 30, "every event")
    assert applied == sorted(set(applied))  # none twice, in order
    assert applied[-1] == last
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, what="online")
    for name in ("alerts", "complaints", "kpis"):
        server = {i["id"]: i for i in backend.store.items(name)}
        cached = {i["id"]: i for i in cache.items(name)}
        assert cached == server, name


def test_a_silent_stream_falls_back_to_polling(backend, cache, make_engine):
    engine = make_engine(backend, poll_s=0.5, resync_s=3600)
    engine.start()
    wait_until(lambda: engine.status.live, what="live")
    backend.faults.stall_next(50, 30.0, prefix="/api/v1/events")
    backend.stop()
    backend.start()  # the stream reconnects, but the server stays silent on it
    wait_until(lambda: not engine.status.live, 20, "the stream declared dead")
    backend.touch("kpis", 1)
    changed = backend.store.items("kpis")
    latest = max(changed, key=lambda k: k["updated_at"])
    wait_until(lambda: cache.get("kpis", latest["id"]) == latest, 20, "a polled change")


def test_changes_between_the_first_read_and_the_stream_are_not_lost(backend, cache, make_engine):
    engine = make_engine(backend, resync_s=3600, poll_s=3600)
    original = engine._ensure_stream
    gap = []

    def late_stream():
        if not gap:  # a change after the first read, before the stream starts
            gap.extend(change.item for change in backend.touch("tasks", 1))
        original()

    engine._ensure_stream = late_stream
    engine.start()
    wait_until(lambda: gap, what="the first round")
    [changed] = gap
    wait_until(lambda: cache.get("tasks", changed["id"]) == changed, 15, "the change in the gap")


def test_a_stream_that_reconnects_from_now_reads_what_it_missed(backend, cache, make_engine):
    engine = make_engine(backend, resync_s=3600, poll_s=3600)
    engine.start()
    wait_until(lambda: engine.status.live, what="live")
    assert cache.meta(LAST_EVENT_ID) is None  # no event yet: it resumes "from now"
    backend.stop(keep_live=False)
    [change] = backend.touch("kpis", 1)  # changed while the console could not hear
    backend.start()
    wait_until(lambda: cache.get("kpis", change.item_id) == change.item, 30, "the missed change")


def test_a_ward_profile_follows_only_its_ward_whoever_signs_in(backend, cache, make_engine):
    engine = make_engine(backend, user=("supervisor", "supervisor-demo"), ward="29888",
                         resync_s=3600)
    heard: list[dict] = []
    original = engine._event

    heard_ids: list[int] = []

    def recording(event_id, data):
        heard.append(data)
        heard_ids.append(int(event_id))
        original(event_id, data)

    engine._event = recording
    engine.start()
    wait_until(lambda: engine.status.live, what="live")
    changes = [change for _ in range(40) for change in backend.emit_event()]
    ours = [c.id for c in changes if c.ward in (None, "29888")]
    assert ours and len(ours) < len(changes)  # the ward's own and other wards' changes
    # the stream has delivered what it carries: the ward's last change has arrived
    wait_until(lambda: heard_ids and heard_ids[-1] >= ours[-1], what="the ward's last change")
    assert heard  # the ward's own (and city-wide) events do arrive ...
    wards = {(d.get("item") or {}).get("current_ward", (d.get("item") or {}).get("ward"))
             for d in heard}
    assert wards <= {"29888", None}, wards  # ... and no other ward's travel the ward's link
