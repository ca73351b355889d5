"""The update notice in a running console: a site backend announcing a newer release gets one
notice naming it and where to get it; the check never holds the GUI thread, and an
unreachable or silent backend says nothing."""

from __future__ import annotations

import socket
import time

from ioc_console import __version__
from ioc_console.core.config.profile import load_profile


def profile_for(tmp_path, url: str, extra: str = ""):
    path = tmp_path / "site.toml"
    path.write_text(f'[backend]\nurl = "{url}"\ntimeout_s = 2\n{extra}', encoding="utf-8")
    return load_profile(path)


def update_notices(console) -> list[str]:
    notices = console.wm.main_window.notifications.notices()
    return [n.label.text() for n in notices if "IOC Console" in n.label.text()]


def check_now(console, qtbot):
    """Run one check and wait for its answer on the GUI thread; the release or None."""
    with qtbot.waitSignal(console.updates.checked, timeout=15_000) as answer:
        console.updates.check()
    return answer.args[0]


def test_a_newer_release_is_announced_once(start_console, backend, tmp_path, qtbot):
    backend.announce_client("9.1.0", "https://ioc.example.gov.vn/downloads/")
    console = start_console("--lang", "en", profile=profile_for(tmp_path, backend.url))
    assert check_now(console, qtbot).version == "9.1.0"
    (text,) = update_notices(console)
    assert "IOC Console 9.1.0 is available" in text
    assert f"(this is {__version__})" in text
    assert "https://ioc.example.gov.vn/downloads/" in text

    check_now(console, qtbot)  # the twice-daily check finds the same release: no second notice
    assert len(update_notices(console)) == 1
    backend.announce_client("9.2.0", "https://ioc.example.gov.vn/downloads/")
    check_now(console, qtbot)
    assert "IOC Console 9.2.0 is available" in update_notices(console)[-1]


def test_the_running_version_is_no_news(start_console, backend, tmp_path, qtbot):
    console = start_console("--lang", "en", profile=profile_for(tmp_path, backend.url))
    assert check_now(console, qtbot) is None
    assert update_notices(console) == []


def test_an_unreachable_backend_says_nothing(start_console, backend, tmp_path, qtbot):
    backend.announce_client("9.1.0", "https://ioc.example.gov.vn/downloads/")
    console = start_console("--lang", "en", profile=profile_for(tmp_path, backend.url))
    backend.stop()
    assert check_now(console, qtbot) is None
    assert update_notices(console) == []


def test_a_silent_backend_does_not_hold_the_gui_thread(start_console, tmp_path, qtbot):
    listener = socket.socket()  # accepts, never answers
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        console = start_console("--lang", "en", profile=profile_for(tmp_path, url))
        console.updates.timeout_s = 1.0
        with qtbot.waitSignal(console.updates.checked, timeout=15_000) as answer:
            started = time.monotonic()
            console.updates.check()
            returned_after = time.monotonic() - started
        assert returned_after < 0.2  # the read went to the thread pool
        assert answer.args == [None]
        assert update_notices(console) == []
    finally:
        listener.close()


def test_a_profile_may_turn_the_check_off(start_console, backend, tmp_path):
    profile = profile_for(tmp_path, backend.url, "[updates]\ncheck = false\n")
    assert start_console("--lang", "en", profile=profile).updates.url is None


def test_demo_mode_checks_nothing(console):
    assert console.updates.url is None


def test_an_answer_after_the_console_closed_is_dropped(qapp, backend, tmp_path, qtbot):
    from PySide6.QtCore import QCoreApplication, QObject, QThreadPool

    from ioc_console.gui.update_notice import UpdateNotice

    backend.announce_client("9.1.0", "https://ioc.example.gov.vn/downloads/")
    told = []
    owner = QObject()
    notice = UpdateNotice(owner, profile_for(tmp_path, backend.url), lambda *a: told.append(a))
    notice.check()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(notice), timeout=5_000)
    QThreadPool.globalInstance().waitForDone(10_000)  # the feed has been read
    QCoreApplication.sendPostedEvents()  # and its answer delivered
    assert told == []
