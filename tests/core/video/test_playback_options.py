"""The media options every tile's player opens its stream with (sent to the video workers)."""

from __future__ import annotations

from ioc_console.core.video.playback import MEDIA_OPTIONS, NETWORK_CACHING_MS


def option(name: str) -> str | None:
    found = [o.split("=", 1)[1] for o in MEDIA_OPTIONS if o.startswith(f":{name}=")]
    return found[0] if found else None


def test_a_live_stream_is_cached_for_a_third_of_a_second_and_plays_without_sound():
    assert option("network-caching") == str(NETWORK_CACHING_MS) == "300"
    assert ":no-audio" in MEDIA_OPTIONS


def test_a_relay_pipe_is_read_as_promptly_as_a_network_stream():
    # an RTSP camera behind the relay is played from fd://, which libVLC caches with its
    # file caching (1 s by default): the first picture came 0.9 s late without this
    assert option("file-caching") == str(NETWORK_CACHING_MS)
