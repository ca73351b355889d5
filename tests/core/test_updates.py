"""The update notice's core: the site's version feed read from a real server on loopback (the
demo backend), compared by PEP 440, and silence when the feed is unreachable or unusable."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from ioc_console import __version__
from ioc_console.core.config.profile import ProfileError, load_profile
from ioc_console.core.updates import (
    FeedError,
    default_feed_url,
    is_newer,
    newer_release,
    parse_feed,
)


@pytest.mark.parametrize(
    ("current", "offered", "told"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "0.1.0", False),
        ("0.2.0", "0.1.9", False),
        ("0.1.0", "0.1.0.post1", True),
        ("0.9.0", "0.10.0", True),  # numbers, not text
        ("0.1.0", "0.2.0rc1", False),  # a release is not offered a release candidate
        ("0.2.0rc1", "0.2.0rc2", True),  # a test station is
        ("0.2.0rc1", "0.2.0", True),  # and the release follows its candidates
        ("0.2.0", "0.2.0rc1", False),
        ("0.1.0", "not a version", False),
    ],
)
def test_versions_are_compared_by_pep_440(current, offered, told):
    assert is_newer(current, offered) is told


def test_the_feed_is_on_the_backend_unless_the_profile_names_one():
    assert default_feed_url("https://ioc.example.gov.vn/") == (
        "https://ioc.example.gov.vn/api/v1/client-version"
    )
    assert default_feed_url("https://ioc.example.gov.vn/api/v1") == (
        "https://ioc.example.gov.vn/api/v1/client-version"
    )


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        ([], "not a JSON object"),
        ({"download_url": "https://x"}, "names no version"),
        ({"version": "soon", "download_url": "https://x"}, "not a PEP 440 version"),
        ({"version": "1.0", "download_url": "javascript:alert(1)"}, "download_url"),
        ({"version": "1.0"}, "download_url"),
    ],
)
def test_a_bad_feed_is_refused_with_the_reason(payload, problem):
    with pytest.raises(FeedError, match=problem):
        parse_feed(payload)


def test_a_newer_release_on_the_backend_is_announced(backend):
    backend.announce_client("9.1.0", "https://ioc.example.gov.vn/downloads/9.1.0/", "Bản mới")
    release = newer_release(__version__, default_feed_url(backend.url), timeout_s=5)
    assert release is not None
    assert (release.version, release.download_url, release.notes) == (
        "9.1.0", "https://ioc.example.gov.vn/downloads/9.1.0/", "Bản mới",
    )


def test_the_demo_backend_offers_the_running_version_so_nothing_is_announced(backend):
    assert newer_release(__version__, default_feed_url(backend.url), timeout_s=5) is None


def test_an_unreachable_feed_says_nothing(backend):
    url = default_feed_url(backend.url)
    backend.stop()
    assert newer_release("0.0.1", url, timeout_s=2) is None


def test_a_feed_that_never_answers_gives_up_at_the_timeout():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(listener.accept()[0]), daemon=True).start()
    started = time.monotonic()
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/api/v1/client-version"
        assert newer_release("0.0.1", url, timeout_s=0.5) is None
    finally:
        listener.close()
        for conn in held:
            conn.close()
    assert time.monotonic() - started < 5


def test_a_feed_answering_an_error_says_nothing(backend):
    backend.faults.fail_next(1, 503, prefix="/api/v1/client-version")
    assert newer_release("0.0.1", default_feed_url(backend.url), timeout_s=5) is None


def test_the_profile_may_name_the_feed_or_turn_the_check_off(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text(
        '[backend]\nurl = "https://ioc.example.gov.vn"\n'
        '[updates]\nfeed_url = "https://updates.example.gov.vn/ioc.json"\ncheck = false\n',
        encoding="utf-8",
    )
    profile = load_profile(path)
    assert profile.update_feed == "https://updates.example.gov.vn/ioc.json"
    assert profile.update_check is False
    path.write_text(
        '[backend]\nurl = "https://ioc.example.gov.vn"\n[updates]\nfeed_url = "ftp://x"\n',
        encoding="utf-8",
    )
    with pytest.raises(ProfileError) as error:
        load_profile(path)
    assert any("[updates] feed_url must be an http" in e for e in error.value.errors)
