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
