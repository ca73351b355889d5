"""The one way off the GUI thread and back: work on the pool, callbacks on the GUI thread."""

import threading

from ioc_console.gui.tasks import run_in_background


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot):
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 42

    run_in_background(
        work, on_success=lambda r: seen.update(result=r, callback=threading.current_thread())
    )
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_failures_come_back_as_exceptions(qtbot):
    errors = []

    def work():
        raise ConnectionError("backend unreachable")

    run_in_background(work, on_failure=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ConnectionError)


def test_cache_reads_on_the_pool_reuse_their_thread_s_connection(qtbot, cache):
    """A console that reads the cache in the background twice a second for a shift keeps a
    connection per pool thread, not one per read (each job had opened a new one)."""
    import os

    from PySide6.QtCore import QThreadPool

    done = []
    files = len(os.listdir("/proc/self/fd"))

    def read() -> int:
        return cache.conn.execute("SELECT count(*) FROM complaints").fetchone()[0]

    for _ in range(40):
        run_in_background(read, done.append)
    qtbot.waitUntil(lambda: len(done) == 40)
    threads = QThreadPool.globalInstance().maxThreadCount()
    assert len(cache._readers) <= threads + 1  # the pool's threads and this one
    assert len(os.listdir("/proc/self/fd")) - files < 40  # a connection per read: 80 and more


def test_the_results_of_a_deleted_owner_are_dropped(qtbot, caplog):
    """A panel closed while its figures were computed gets no callback (it would raise on its
    deleted widgets); a living owner gets it."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    caplog.set_level("DEBUG", logger="ioc_console.gui.tasks")
    got = []
    closed, kept = QWidget(), QWidget()
    first, second = threading.Event(), threading.Event()
    run_in_background(lambda: first.wait(5) and "late", got.append, got.append, owner=closed)
    run_in_background(lambda: second.wait(5) and "kept", got.append, got.append, owner=kept)
    closed.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(closed))
    first.set()
    qtbot.waitUntil(lambda: "ended after its owner was deleted" in caplog.text)
    second.set()
    qtbot.waitUntil(lambda: got == ["kept"])
    kept.deleteLater()


def test_what_a_task_holds_is_let_go_on_the_gui_thread(qtbot):
    """A function's closure, its result and its exception are released on the GUI thread: a
    Qt object the pool's thread destroyed could be receiving an event on the GUI thread."""
    from ioc_console.gui import tasks

    released = []

    class Held:
        def __init__(self, name: str) -> None:
            self.name = name

        def __del__(self) -> None:
            released.append((self.name, threading.current_thread()))

    def start(name: str, fail: bool) -> None:
        captured = Held(f"{name}: closure")

        def work():
            assert captured
            if fail:
                raise RuntimeError(Held(f"{name}: exception"))
            return Held(f"{name}: result")

        run_in_background(work, on_success=lambda _r: None, on_failure=lambda _e: None)

    for i in range(20):
        start(f"task {i}", fail=i % 2 == 1)
    qtbot.waitUntil(lambda: tasks.pending() == 0 and len(released) == 40, timeout=10_000)
    assert {thread for _name, thread in released} == {threading.main_thread()}, [
        name for name, thread in released if thread is not threading.main_thread()
    ]


def test_a_task_ended_by_systemexit_still_fails_back(qtbot):
    from ioc_console.gui import tasks

    errors = []

    def work():
        raise SystemExit(3)

    run_in_background(work, on_failure=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], RuntimeError) and "SystemExit" in str(errors[0])
    assert tasks.pending() == 0


def test_a_callback_that_raises_is_reported_and_keeps_nothing_of_its_task(qtbot, monkeypatch):
    import gc
    import sys

    reported, released = [], []

    class Held:
        def __del__(self) -> None:
            released.append(threading.current_thread())

    monkeypatch.setattr(sys, "excepthook", lambda *info: reported.append(info[1]))

    def start() -> None:
        captured = Held()

        def on_success(_result):
            assert captured
            raise ValueError("a defect in a panel's callback")

        run_in_background(lambda: Held(), on_success=on_success)

    start()
    qtbot.waitUntil(lambda: len(reported) == 1)
    assert isinstance(reported[0], ValueError)
    gc.collect()
    qtbot.waitUntil(lambda: len(released) == 2)  # the closure's object and the result
    assert set(released) == {threading.main_thread()}
