"""The video workers' policy: placement, strikes and isolation with back-off, recycling."""

from __future__ import annotations

from ioc_console.core.video.worker_plan import STRIKE_WINDOW_S, WorkerPlan

A, B, C = "http://cam/a.ts", "http://cam/b.ts", "http://cam/c.ts"


def plan_with_workers(*ids: int, tiles: int = 2) -> WorkerPlan:
    plan = WorkerPlan(tiles_per_worker=tiles)
    for worker_id in ids:
        plan.add_worker(worker_id, 0.0)
    return plan


def test_players_fill_the_busiest_worker_with_room_and_leave_the_spare_idle():
    plan = plan_with_workers(1, 2)
    assert plan.place(A, 0) in (1, 2)
    plan.assign(1, 10, A, 0)
    assert plan.place(B, 0) == 1
    plan.assign(1, 11, B, 0)
    assert plan.place(C, 0) == 2  # worker 1 is full
    assert plan.spare() == 2
    plan.assign(2, 12, C, 0)
    assert plan.spare() is None and plan.place(A, 0) == 2
    plan.assign(2, 13, A, 0)
    assert plan.place(B, 0) is None  # a new worker is needed
    plan.release(1, 10)
    assert plan.place(A, 0) == 1


def test_a_worker_being_replaced_takes_no_new_players():
    plan = plan_with_workers(1)
    plan.workers[1].retiring = True
    assert plan.place(A, 0) is None and plan.spare() is None


def test_two_deaths_within_ten_minutes_isolate_a_stream_and_it_plays_alone():
    plan = plan_with_workers(1, 2)
    plan.assign(1, 1, A, 0)
    plan.assign(1, 2, B, 0)
    assert plan.crashed(1, 10.0) == []  # a first strike each
    assert plan.strikes(A, 10.0) == 1 and not plan.is_isolated(A, 10.0)
    plan.add_worker(3, 11.0)
    plan.assign(3, 3, A, 11.0)
    assert plan.crashed(3, 20.0) == [A]  # only A was there the second time
    assert plan.is_isolated(A, 20.0) and not plan.is_isolated(B, 20.0)
    assert plan.isolated_streams(20.0) == [A]
    assert plan.wait_before(A, 20.0) == 0.0  # isolation itself needs no wait

    plan.add_worker(4, 21.0)
    plan.assign(2, 5, B, 21.0)
    assert plan.place(A, 21.0) == 4  # an empty worker, not beside B
    plan.assign(4, 6, A, 21.0)
    assert plan.workers[4].isolated == A
    assert plan.place(C, 21.0) == 2  # nobody joins an isolated stream


def test_an_isolated_stream_that_crashes_again_backs_off_longer_each_time():
    plan = plan_with_workers()
    waits = []
    for n in range(8):
        now = 100.0 + n
        plan.add_worker(n, now)
        plan.assign(n, n + 1, A, now)
        plan.crashed(n, now)
        waits.append(plan.wait_before(A, now))
    assert waits[:2] == [0.0, 0.0]
    assert all(w > 0 for w in waits[2:])
    assert waits[2] < 2.0 and waits[-1] > 20.0 and max(waits) <= 60.0
    assert plan.wait_before(A, 100.0 + 7 + 61) == 0.0  # waited out


def test_strikes_are_forgotten_after_the_window_and_the_isolation_with_them():
    plan = plan_with_workers(1, 2)
    plan.assign(1, 1, A, 0)
    plan.crashed(1, 0.0)
    plan.assign(2, 2, A, 0)
    plan.crashed(2, 1.0)
    assert plan.is_isolated(A, 2.0)
    assert not plan.is_isolated(A, 1.0 + STRIKE_WINDOW_S + 1)
    assert plan.strikes(A, 1.0 + STRIKE_WINDOW_S + 1) == 0


def test_a_worker_past_its_memory_budget_or_age_is_replaced_only_at_a_quiet_moment():
    plan = WorkerPlan(tiles_per_worker=4, memory_mb=100, max_age_h=1)
    plan.add_worker(1, 0.0)
    plan.add_worker(2, 0.0)
    plan.assign(1, 1, A, 0.0)
    plan.assign(2, 2, B, 0.0)
    plan.workers[1].rss_kb = 150 * 1024
    assert plan.to_recycle(10.0) is None  # its player waits for a first picture
    plan.pictured(1, 1)
    assert plan.to_recycle(10.0) == (1, "memory")
    plan.workers[1].retiring = True
    plan.pictured(2, 2)
    assert plan.to_recycle(3601.0) is None  # one replacement at a time
    plan.remove_worker(1)
    assert plan.to_recycle(3601.0) == (2, "age")
    assert plan.to_recycle(10.0) is None


def test_an_idle_worker_past_its_budget_is_simply_stopped():
    plan = WorkerPlan(memory_mb=100)
    plan.add_worker(1, 0.0)
    plan.workers[1].rss_kb = 200 * 1024
    assert plan.to_recycle(1.0) is None
    assert plan.idle_past_budget(1.0) == [1]


def test_streams_with_a_strike_do_not_share_a_worker_so_only_the_bad_one_is_isolated():
    plan = plan_with_workers(1, tiles=4)
    for slot, url in enumerate((A, B, C), start=1):
        plan.assign(1, slot, url, 0.0)
    plan.crashed(1, 1.0)  # A is the bad one; B and C were there too
    plan.add_worker(2, 2.0)
    plan.assign(2, 4, A, 2.0)
    assert plan.place(B, 2.0) is None  # not beside A: a worker of its own
    plan.add_worker(3, 2.0)
    plan.assign(3, 5, B, 2.0)
    assert plan.place(C, 2.0) is None
    plan.add_worker(4, 2.0)
    plan.assign(4, 6, C, 2.0)
    assert plan.place("http://cam/d.ts", 2.0) in (2, 3, 4)  # a stream without strikes may join
    assert plan.crashed(2, 3.0) == [A]
    assert plan.isolated_streams(3.0) == [A]
