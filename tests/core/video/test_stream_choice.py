"""Which stream a tile plays: size with hysteresis and dwell, the operator's override, and the
URLs to try in order on a player with or without RTSP."""

from __future__ import annotations

from ioc_console.core.video.streams import (
    StreamChoice,
    StreamSelector,
    candidate_urls,
    needs_rtsp,
    redacted,
)

SMALL, BIG, MIDDLE = (480, 270), (1200, 700), (800, 450)
HTTP = {"main": "http://h/cam/main.ts", "sub": "http://h/cam/sub.ts", "relay": None}
RTSP_RELAY = {
    "main": "rtsp://10.0.0.1/101",
    "sub": "rtsp://10.0.0.1/102",
    "relay": "http://h/cam/relay.ts",
}
RTSP_ONLY = {"main": "rtsp://10.0.0.1/101", "sub": "rtsp://10.0.0.1/102", "relay": None}


def test_first_choice_is_immediate():
    assert StreamSelector().update(0.0, *SMALL) == "sub"
    assert StreamSelector().update(0.0, *BIG) == "main"
    assert StreamSelector().update(0.0, 960, 100) == "main"  # wide enough
    assert StreamSelector().update(0.0, 100, 540) == "main"  # high enough


def test_switch_waits_for_the_dwell():
    sel = StreamSelector(dwell_s=5.0)
    assert sel.update(0.0, *SMALL) == "sub"
    assert sel.update(1.0, *BIG) == "sub"
    assert sel.pending_until(1.0, *BIG) == 5.0
    assert sel.update(4.9, *BIG) == "sub"
    assert sel.update(5.0, *BIG) == "main"
    assert sel.pending_until(5.0, *BIG) is None
    # back small: again not before the dwell since the last switch
    assert sel.update(6.0, *SMALL) == "main"
    assert sel.update(10.0, *SMALL) == "sub"


def test_hysteresis_keeps_main_between_the_thresholds():
    sel = StreamSelector(dwell_s=0.0)
    assert sel.update(0.0, *BIG) == "main"
    assert sel.update(1.0, *MIDDLE) == "main"  # below the entry size, above the exit size
    assert sel.update(2.0, 719, 404) == "sub"
    assert sel.update(3.0, *MIDDLE) == "sub"  # not big enough to enter main again
    assert sel.update(4.0, 960, 300) == "main"


def test_a_resize_back_and_forth_never_flaps():
    sel = StreamSelector(dwell_s=5.0)
    switches, current, t = 0, sel.update(0.0, *SMALL), 0.0
    for step in range(200):  # a size jumping every 100 ms for 20 s
        t += 0.1
        variant = sel.update(t, *(BIG if step % 2 else SMALL))
        switches += variant != current
        current = variant
    assert switches <= 20 / 5.0


def test_override_applies_at_once_and_beats_the_size():
    sel = StreamSelector(dwell_s=5.0)
    sel.update(0.0, *SMALL)
    assert sel.set_override(StreamChoice.HIGH, 0.5, *SMALL) == "main"
    assert sel.update(30.0, *SMALL) == "main"
    assert sel.set_override(StreamChoice.LOW, 31.0, *BIG) == "sub"
    assert sel.update(60.0, *BIG) == "sub"
    assert sel.set_override(StreamChoice.AUTO, 61.0, *BIG) == "main"


def test_candidates_wanted_first_then_the_other():
    assert candidate_urls(HTTP, "sub", rtsp_ok=False) == [
        ("sub", HTTP["sub"]),
        ("main", HTTP["main"]),
    ]
    assert candidate_urls(HTTP, "main", rtsp_ok=True) == [
        ("main", HTTP["main"]),
        ("sub", HTTP["sub"]),
    ]


def test_candidates_without_rtsp_fall_back_to_the_relay():
    assert candidate_urls(RTSP_RELAY, "sub", rtsp_ok=False) == [("relay", RTSP_RELAY["relay"])]
    assert candidate_urls(RTSP_ONLY, "main", rtsp_ok=False) == []
    assert needs_rtsp(RTSP_ONLY) and not needs_rtsp(HTTP)


def test_candidates_with_rtsp_keep_the_relay_last():
    assert candidate_urls(RTSP_RELAY, "main", rtsp_ok=True) == [
        ("main", RTSP_RELAY["main"]),
        ("sub", RTSP_RELAY["sub"]),
        ("relay", RTSP_RELAY["relay"]),
    ]


def test_candidates_skip_empty_and_repeated_urls():
    streams = {"main": "http://h/a.ts", "sub": "http://h/a.ts", "relay": ""}
    assert candidate_urls(streams, "sub", rtsp_ok=True) == [("sub", "http://h/a.ts")]
    assert candidate_urls({}, "sub", rtsp_ok=True) == []


def test_credentials_are_left_out_of_what_is_shown():
    assert redacted("rtsp://admin:s3cret@10.0.0.1:554/101") == "rtsp://***@10.0.0.1:554/101"
    assert redacted("http://h/cam/sub.ts") == "http://h/cam/sub.ts"
    assert redacted("not a url") == "not a url"
