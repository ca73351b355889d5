"""The demo cameras' live video as a viewer sees it: a real libVLC player (no window) on the
URLs the camera records name, served by a real demo backend on loopback."""

from __future__ import annotations

import pytest
import requests
import vlc
from demo_world import session_for
from waiting import wait_until

from ioc_console.demo import DemoBackend
from ioc_console.demo.__main__ import build_backend, parse_args
from ioc_console.demo.streamer import DemoStreamer

FINISHED = (vlc.State.Ended, vlc.State.Error, vlc.State.Stopped)


@pytest.fixture(scope="module")
def city():
    """The demo city (cam-01..cam-24, cam-12 and cam-18 with rtsp:// mains) on loopback."""
    demo = DemoBackend(seed=7, rate=0, complaints=50, heartbeat_s=1.0)
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def cameras(city):
    """The camera records as the console reads them: ``cameras("cam-01")``."""
    city.start()
    city.streamer.start()
    session = session_for(city)
    yield lambda cam: session.get(f"{city.url}/api/v1/cameras/{cam}", timeout=5).json()
    session.close()


class Viewer:
    """A libVLC player without a window or sound on one stream URL."""

    def __init__(self, instance: vlc.Instance, url: str) -> None:
        self.player = instance.media_player_new()
        self.media = instance.media_new(url)
        self.player.set_media(self.media)
        self.player.audio_set_mute(True)
        self.player.play()

    def stats(self) -> vlc.MediaStats:
        stats = vlc.MediaStats()
        self.media.get_stats(stats)
        return stats

    def decoded(self) -> int:
        return self.stats().decoded_video

    def decodes(self, more_than: int = 50, timeout: float = 30.0) -> None:
        wait_until(
            lambda: self.decoded() > more_than,
            timeout,
            f"{self.media.get_mrl()} decodes more than {more_than} pictures "
            f"(state {self.player.get_state()}, {self.decoded()} decoded)",
        )

    def finished(self) -> bool:
        return self.player.get_state() in FINISHED

    def close(self) -> None:
        self.player.stop()
        self.player.release()
        self.media.release()


@pytest.fixture
def watch():
    """``watch(url)``: a Viewer playing ``url``; stopped and released at the end."""
    instance = vlc.Instance("--no-xlib", "--vout=dummy", "--aout=dummy", "--quiet")
    viewers: list[Viewer] = []

    def start(url: str) -> Viewer:
        viewers.append(Viewer(instance, url))
        return viewers[-1]

    yield start
    for viewer in viewers:
        viewer.close()
    instance.release()


def test_a_camera_sub_stream_plays_on_past_the_end_of_its_clip(city, cameras, watch):
    url = cameras("cam-01")["streams"]["sub"]
    assert url == f"{city.url}/streams/cam-01/sub.ts"
    viewer = watch(url)
    viewer.decodes(more_than=50)
    # the clip holds 200 pictures (8 s): more shown means the live stream went round the loop
    wait_until(
        lambda: viewer.stats().displayed_pictures > 260,
        60,
        "the player shows pictures past the loop point",
    )
    decoded = viewer.decoded()
    viewer.decodes(more_than=decoded + 25)
    assert viewer.player.get_state() == vlc.State.Playing


def _snapshot(viewer: Viewer, path) -> tuple[tuple[int, int], bytes]:
    """The picture the player shows now, as PNG: its (width, height) and its bytes."""
    assert viewer.player.video_take_snapshot(0, str(path), 0, 0) == 0
    png = path.read_bytes()
    return (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")), png


def test_main_and_sub_are_different_streams_of_moving_pictures(cameras, watch, tmp_path):
    streams = cameras("cam-02")["streams"]
    main, sub = watch(streams["main"]), watch(streams["sub"])
    for viewer in (main, sub):
        viewer.decodes(more_than=10)
        wait_until(lambda v=viewer: v.player.video_get_size() != (0, 0), 20, "a picture size")
    assert main.player.video_get_size() == (960, 540)
    assert sub.player.video_get_size() == (480, 270)
    size, first = _snapshot(main, tmp_path / "main-1.png")
    assert size == (960, 540)
    wait_until(
        lambda: _snapshot(main, tmp_path / "main-2.png")[1] != first, 20, "the picture changes"
    )


def test_stopping_the_streamer_ends_open_streams_until_it_starts_again(city, cameras, watch):
    url = cameras("cam-03")["streams"]["sub"]
    viewer = watch(url)
    viewer.decodes()

    city.streamer.stop()
    assert not city.streamer.running
    wait_until(viewer.finished, 30, "the open stream ends when the cameras stop")
    assert city.streamer.viewers == 0
    answer = requests.get(url, timeout=5)
    assert answer.status_code == 503
    assert answer.headers["Retry-After"] == "5"
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert answer.json()["code"] == "unavailable"
    assert "stopped" in answer.json()["detail"]

    city.streamer.start()
    assert city.streamer.running
    watch(url).decodes()


def test_the_relay_of_an_rtsp_camera_plays_its_main_picture(city, cameras, watch):
    camera = cameras("cam-12")
    assert camera["streams"]["main"].startswith("rtsp://")
    assert camera["streams"]["sub"].startswith("rtsp://")
    assert camera["streams"]["relay"] == f"{city.url}/streams/cam-12/relay.ts"
    not_served = requests.get(f"{city.url}/streams/cam-12/main.ts", timeout=5)
    assert not_served.status_code == 404 and not_served.json()["code"] == "not_found"
    relay = watch(camera["streams"]["relay"])
    relay.decodes()
    wait_until(lambda: relay.player.video_get_size() == (960, 540), 20, "the main picture size")


def test_unknown_cameras_and_streams_a_camera_lacks_are_not_found(city, cameras):
    assert cameras("cam-01")["streams"]["relay"] is None
    for path in ("cam-99/main.ts", "cam-01/relay.ts", "cam-01/other.ts"):
        answer = requests.get(f"{city.url}/streams/{path}", timeout=5)
        assert answer.status_code == 404, path
        assert answer.json()["code"] == "not_found"


def test_a_viewer_that_goes_away_frees_its_connection(city, cameras):
    url = cameras("cam-04")["streams"]["sub"]
    wait_until(lambda: city.streamer.viewers == 0, 20, "the other tests' viewers are gone")
    answer = requests.get(url, stream=True, timeout=(5, 10))
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "video/mp2t"
    assert answer.raw.read(188 * 20)[0] == 0x47  # MPEG-TS packets
    assert city.streamer.viewers == 1
    answer.close()
    wait_until(lambda: city.streamer.viewers == 0, 20, "the server lets the stream go")


def test_stopping_the_backend_cuts_an_open_stream(city, cameras):
    url = cameras("cam-05")["streams"]["sub"]
    answer = requests.get(url, stream=True, timeout=(5, 10))
    chunks = answer.iter_content(4096)
    assert next(chunks)
    city.stop()
    try:
        for _ in chunks:  # a live stream: it ends only because the backend stopped
            pass
    except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError) as cut:
        assert "timed out" not in str(cut).lower()
    answer.close()
    assert not city.streamer.streaming  # libVLC let go with the backend
    wait_until(lambda: city.streamer.viewers == 0, 20, "the relay of the stream ended")
    city.start()
    with requests.get(url, stream=True, timeout=(5, 10)) as again:
        assert again.status_code == 200


def test_a_missing_clip_makes_the_stream_unavailable(make_backend, tmp_path):
    demo = make_backend(streamer=DemoStreamer(clips=tmp_path))
    demo.start()
    answer = requests.get(f"{demo.url}/streams/cam-01/sub.ts", timeout=5)
    assert answer.status_code == 503
    assert answer.headers["Retry-After"] == "5"
    assert "no demo clip" in answer.json()["detail"]


def test_the_program_starts_with_the_video_off_when_asked():
    demo = build_backend(parse_args(["--no-streams", "--rate", "0", "--complaints", "50"]))
    demo.start()
    try:
        assert not demo.streamer.running
        answer = requests.get(f"{demo.url}/streams/cam-01/sub.ts", timeout=5)
        assert answer.status_code == 503 and "stopped" in answer.json()["detail"]
    finally:
        demo.stop()
    assert build_backend(parse_args(["--complaints", "50"])).streamer.running
