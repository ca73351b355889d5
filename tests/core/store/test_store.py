"""The cache's writer, dataset tables and outbox."""

import json
import threading

from ioc_console.core.store.cache import SCHEMA_VERSION, Cache
from ioc_console.core.store.changes import Change
from ioc_console.core.store.dataset_writes import PageProgress

T0 = "2026-11-29T08:00:00+07:00"


def item(i, ward="29869", **extra):
    return {"id": f"PA-{i}", "updated_at": T0, "current_ward": ward, **extra}


def test_schema_is_current_with_a_table_per_dataset(cache):
    assert cache.schema_version == SCHEMA_VERSION
    tables = set(cache.db.table_names())
    assert {"complaints", "alerts", "cameras", "units", "outbox", "meta"} <= tables


def test_a_page_is_applied_with_its_progress_and_announced(cache):
    heard: list[Change] = []
    cache.changed.connect(heard.append)
    items = [item(1, description="đèn <hỏng> & tối"), item(2)]
    cache.apply_page("complaints", items, PageProgress(None, "cur-2", T0)).result()
    status = cache.dataset_status("complaints")
    assert (status.rows, status.resume_cursor, status.refreshed_at) == (2, "cur-2", None)
    assert cache.get("complaints", "PA-1")["description"] == "đèn <hỏng> & tối"
    cache.apply_page("complaints", [], PageProgress(None, None, T0)).result()
    status = cache.dataset_status("complaints")
    assert status.resume_cursor is None and status.since == T0 and status.refreshed_at
    assert Change("complaints", frozenset({"PA-1", "PA-2"})) in heard


def test_tombstones_remove_and_bad_items_are_skipped(cache):
    cache.apply_items("complaints", [item(1), item(2)]).result()
    bad = [None, 7, {"id": 3}, {"updated_at": T0}, {"id": "", "updated_at": T0}]
    [change] = cache.apply_items(
        "complaints", [{"id": "PA-1", "updated_at": T0, "deleted": True}, *bad]
    ).result()
    assert change.removed == {"PA-1"} and cache.count("complaints") == 1


def test_ward_scope_keeps_only_that_ward(cache):
    cache.apply_items("complaints", [item(1), item(2, ward="29884")], "29869").result()
    assert [c["id"] for c in cache.items("complaints")] == ["PA-1"]
    # an item that moved out of the ward leaves the cache
    cache.apply_items("complaints", [item(1, ward="29888")], "29869").result()
    assert cache.count("complaints") == 0


def test_items_can_be_queried_by_field(cache):
    cache.apply_items("alerts", [item(1, state="new"), item(2, state="closed")]).result()
    found = cache.items("alerts", "json_extract(body, '$.state') = ?", ("new",))
    assert [a["id"] for a in found] == ["PA-1"]


def test_outbox_keeps_order_and_keys(cache):
    keys = [
        cache.enqueue(f"/alerts/AL-{i}/actions", {"action": "acknowledge"}, dataset="alerts",
                      item_id=f"AL-{i}").result()
        for i in range(3)
    ]
    assert len(set(keys)) == 3
    queued = cache.outbox()
    assert [a.key for a in queued] == keys and cache.outbox_count() == 3
    assert queued[0].body == {"action": "acknowledge"} and queued[0].item_id == "AL-0"
    cache.action_failed(queued[0].seq, "offline").result()
    assert cache.outbox()[0].attempts == 1
    cache.remove_action(queued[0].seq).result()
    assert [a.key for a in cache.outbox()] == keys[1:]


def test_reads_on_other_threads_see_committed_writes(cache):
    cache.apply_items("cameras", [item(1)]).result()
    seen = []
    t = threading.Thread(target=lambda: seen.append(cache.count("cameras")))
    t.start()
    t.join()
    assert seen == [1]


def test_data_survives_reopening(cache):
    cache.apply_items("kpis", [item(1, value=3.5)]).result()
    cache.set_meta("last_event_id", "42").result()
    cache.close()
    again = Cache.open(cache.path)
    assert again.get("kpis", "PA-1")["value"] == 3.5 and again.meta("last_event_id") == "42"
    assert json.loads(again.conn.execute("SELECT body FROM kpis").fetchone()[0])["id"] == "PA-1"
    again.close()


def test_an_older_version_never_replaces_a_newer_one(cache):
    newer = {"id": "AL-1", "updated_at": "2026-11-29T10:00:00.500+07:00", "state": "resolved"}
    older = {"id": "AL-1", "updated_at": "2026-11-29T10:00:00+07:00", "state": "acknowledged"}
    cache.apply_items("alerts", [newer]).result()
    cache.apply_items("alerts", [older]).result()  # a replayed answer, a page read earlier
    assert cache.get("alerts", "AL-1")["state"] == "resolved"
    same_moment_utc = {**newer, "updated_at": "2026-11-29T03:00:00.500Z", "state": "closed"}
    cache.apply_items("alerts", [same_moment_utc]).result()  # equal time: the later write wins
    assert cache.get("alerts", "AL-1")["state"] == "closed"
    # a tombstone older than the item does not remove it; a newer one does
    cache.apply_items("alerts", [{**older, "deleted": True}]).result()
    assert cache.count("alerts") == 1
    cache.apply_items(
        "alerts", [{"id": "AL-1", "updated_at": "2026-11-29T11:00:00+07:00", "deleted": True}]
    ).result()
    assert cache.count("alerts") == 0


def test_a_write_after_closing_fails_at_once(cache):
    cache.close()
    future = cache.apply_items("alerts", [item(1)])
    assert isinstance(future.exception(timeout=1), RuntimeError)


def test_queued_actions_survive_a_cache_that_must_be_set_aside(tmp_path):
    import sqlite3

    path = tmp_path / "c.db"
    cache = Cache.open(path)
    keys = [
        cache.enqueue(f"/alerts/AL-{i}/actions", {"action": "acknowledge"}).result()
        for i in range(3)
    ]
    cache.close()
    conn = sqlite3.connect(path)  # written by a newer console: this one cannot use the file
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    again = Cache.open(path)
    assert [a.key for a in again.outbox()] == keys
    assert any("3 queued action(s) were recovered" in str(p) for p in again.problems)
    again.close()


def test_a_file_of_garbage_is_set_aside_without_rescuing_anything(tmp_path):
    path = tmp_path / "c.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    cache = Cache.open(path)
    assert cache.outbox() == [] and len(cache.problems) == 1
