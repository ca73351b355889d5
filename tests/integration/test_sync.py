"""Reading the backend into the cache: complete, incremental, scoped, and cut off half-way."""

from __future__ import annotations

from datetime import datetime

import pytest

from ioc_console.core.api.errors import ApiError
from ioc_console.core.store.datasets import DATASETS


def test_first_sync_fills_every_dataset_and_the_published_figures_follow(
    backend, cache, make_engine
):
    engine = make_engine(backend, events=False)
    engine.login()
    engine.check_scope()
    results = engine.pull_all()
    assert {r.name for r in results} == {d.name for d in DATASETS}
    for result in results:
        assert result.error is None and result.rows > 0, result
        assert result.rows == len(backend.store.items(result.name)), result.name
    assert cache.count("complaints") == len(backend.store.items("complaints")) > 900

    # the city's published figures, computed from the cached records
    now = datetime.now().astimezone()
    complaints = cache.items("complaints")
    due = [c for c in complaints if datetime.fromisoformat(c["legal_deadline"]) < now]
    handled = [c for c in due if c["state"] in ("resolved", "closed")]
    assert due and len(handled) == len(due)
    rated = [c for c in complaints if c["satisfaction"] is not None]
    satisfied = sum(1 for c in rated if c["satisfaction"] >= 4) / len(rated)
    assert 0.88 <= satisfied <= 0.96


def test_incremental_sync_reads_only_the_changes(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    engine.login()
    engine.pull_all()
    backend.touch("complaints", 7)
    backend.store.delete("cameras", backend.store.items("cameras")[0]["id"])
    results = {r.name: r for r in engine.pull_all()}
    assert results["complaints"].received == 7
    assert results["cameras"].received == 1  # the tombstone
    assert cache.count("cameras") == len(backend.store.items("cameras"))
    assert sum(r.received for r in results.values()) == 8


def test_a_ward_clerk_keeps_only_its_ward(backend, cache, make_engine):
    engine = make_engine(backend, user=("clerk.mytra", "clerk.mytra-demo"), ward="29888",
                         events=False)
    engine.login()
    engine.check_scope()
    engine.pull_all()
    complaints = cache.items("complaints")
    assert complaints and {c["current_ward"] for c in complaints} == {"29888"}
    assert {c["ward"] for c in cache.items("cameras")} == {"29888"}
    assert cache.count("complaints") < len(backend.store.items("complaints"))


def test_a_cache_of_another_scope_is_emptied(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    engine.login()
    engine.check_scope()
    engine.pull_all()
    clerk = make_engine(backend, user=("clerk.mytra", "clerk.mytra-demo"), ward="29888",
                        events=False)
    clerk.check_scope()
    assert cache.count("complaints") == 0 and cache.dataset_status("complaints") is None


def test_backend_dying_mid_read_leaves_whole_pages_and_the_next_read_resumes(
    backend, cache, make_engine
):
    engine = make_engine(backend, events=False, page_limit=100)
    engine.login()
    pages = []

    def after_page(change):
        if change.dataset == "complaints":
            pages.append(len(change.upserted))
            if len(pages) == 3:
                backend.stop()

    cache.changed.connect(after_page)
    with pytest.raises(ApiError) as failure:
        engine.pull_all()
    assert failure.value.kind in ("unreachable", "timeout")
    status = cache.dataset_status("complaints")
    assert cache.count("complaints") == 300  # three whole pages, nothing of the fourth
    assert status.resume_cursor and status.refreshed_at is None

    cache.changed.disconnect(after_page)
    backend.start()
    results = {r.name: r for r in engine.pull_all()}
    total = len(backend.store.items("complaints"))
    assert results["complaints"].received == total - 300  # resumed, not started again
    assert cache.count("complaints") == total
    assert cache.dataset_status("complaints").resume_cursor is None


def test_faults_are_recorded_per_dataset_and_the_others_still_read(backend, cache, make_engine):
    engine = make_engine(backend, events=False)
    engine.login()
    backend.faults.fail_next(5, 500, prefix="/api/v1/kpis")
    results = {r.name: r for r in engine.pull_all()}
    assert "500" in results["kpis"].error
    assert cache.dataset_status("kpis").last_error
    assert results["complaints"].error is None and results["complaints"].rows == len(
        backend.store.items("complaints")
    )


def test_the_scope_follows_who_signs_in(backend, cache, make_engine):
    operator = make_engine(backend, events=False)
    operator.login()
    operator.pull_all()
    assert cache.count("complaints") == len(backend.store.items("complaints"))
    clerk = make_engine(backend, user=("clerk.mytra", "clerk.mytra-demo"), events=False)
    clerk.login()  # same console, same profile, another account: a ward clerk's view only
    clerk.pull_all()
    assert {c["current_ward"] for c in cache.items("complaints")} == {"29888"}
    again = make_engine(backend, events=False)
    again.login()
    again.pull_all()
    assert cache.count("complaints") == len(backend.store.items("complaints"))  # all


def test_a_cursor_the_server_no_longer_takes_starts_the_read_again(backend, cache, make_engine):
    engine = make_engine(backend, events=False, page_limit=100)
    engine.login()
    engine.pull_all()
    cache.writer.submit(
        lambda c: c.execute(
            "UPDATE datasets SET resume_cursor = 'bm90LWEtY3Vyc29y', resume_since = since "
            "WHERE name = 'complaints'"
        )
    ).result()
    backend.touch("complaints", 3)
    results = {r.name: r for r in engine.pull_all()}
    assert results["complaints"].error is None and results["complaints"].received == 3
    assert cache.dataset_status("complaints").resume_cursor is None
