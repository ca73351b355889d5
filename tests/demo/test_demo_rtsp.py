"""The demo's RTSP cameras: a real RTSP server with a password on loopback, handed out as
cam-12's and cam-18's main and sub, going dark and coming back with the other cameras."""

from __future__ import annotations

import base64
import socket
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from demo_world import session_for

from ioc_console.demo import DemoBackend, rtsp_server
from ioc_console.demo.data.cameras import RTSP

pytestmark = pytest.mark.skipif(not rtsp_server.available(), reason=rtsp_server.availability()[1])


def wait_for(condition: Callable[[], object], timeout: float = 15.0) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"not within {timeout} s: {condition}")


def describe(url: str, *, credentials: bool = True) -> str:
    """The status line of an RTSP DESCRIBE of ``url`` ("" when nothing listens)."""
    parts = urlsplit(url)
    plain = f"rtsp://{parts.hostname}:{parts.port}{parts.path}"
    head = f"DESCRIBE {plain} RTSP/1.0\r\nCSeq: 1\r\nAccept: application/sdp\r\n"
    if credentials:
        token = base64.b64encode(f"{parts.username}:{parts.password}".encode()).decode()
        head += f"Authorization: Basic {token}\r\n"
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=5) as connection:
            connection.sendall((head + "\r\n").encode())
            answer = b""
            while b"\r\n\r\n" not in answer:
                data = connection.recv(4096)
                if not data:
                    break
                answer += data
    except OSError:
        return ""
    return answer.split(b"\r\n", 1)[0].decode()


def test_the_server_serves_its_mounts_to_those_with_the_password_and_stops():
    server = rtsp_server.DemoRtspServer(["/cam-12/main"], password="pw-1234")
    url = server.url("/cam-12/main")
    assert url == f"rtsp://operator:pw-1234@127.0.0.1:{server.port}/cam-12/main"
    assert describe(url) == ""  # known before it starts; nothing listens yet
    try:
        assert server.start() == f"rtsp://127.0.0.1:{server.port}"
        assert server.running
        assert describe(url) == "RTSP/1.0 200 OK"
        assert describe(url, credentials=False) == "RTSP/1.0 401 Unauthorized"
        assert describe(url.replace("/cam-12/main", "/cam-99/main")) == "RTSP/1.0 404 Not Found"
        pid = server.pid
        assert "pw-1234" not in open(f"/proc/{pid}/cmdline").read()  # handed over on stdin
        server.stop()
        assert not server.running and describe(url) == ""
        server.start()  # same port, same password
        assert describe(url) == "RTSP/1.0 200 OK"
    finally:
        server.stop()


def test_cam_12_and_cam_18_are_rtsp_cameras_of_the_demo_that_go_dark_with_the_others():
    demo = DemoBackend(seed=7, rate=0, complaints=50, heartbeat_s=1.0)
    demo.start()
    session = session_for(demo)
    try:

        def camera(cam: str) -> dict:
            return session.get(f"{demo.url}/api/v1/cameras/{cam}", timeout=5).json()

        port = demo.rtsp.server.port
        for cam in RTSP:
            streams = camera(cam)["streams"]
            assert streams["main"] == f"rtsp://operator:Cl-cam-2026@127.0.0.1:{port}/{cam}/main"
            assert streams["sub"] == f"rtsp://operator:Cl-cam-2026@127.0.0.1:{port}/{cam}/sub"
            assert streams["relay"] == f"{demo.url}/streams/{cam}/relay.ts"
        assert camera("cam-01")["streams"]["main"] == f"{demo.url}/streams/cam-01/main.ts"
        main = camera("cam-12")["streams"]["main"]
        wait_for(lambda: describe(main) == "RTSP/1.0 200 OK")  # started when handed out

        demo.streamer.stop()  # the cameras fail: the RTSP ones too
        assert describe(main) == ""
        assert camera("cam-12")["streams"]["main"] == main  # still named, not started
        assert not demo.rtsp.server.running
        demo.streamer.start()
        assert describe(main) == "RTSP/1.0 200 OK"

        demo.stop()  # the backend down: its RTSP server too
        assert describe(main) == ""
    finally:
        session.close()
        demo.stop()


def test_without_the_rtsp_server_the_cameras_keep_their_city_network_urls():
    demo = DemoBackend(seed=7, rate=0, complaints=50, heartbeat_s=1.0, rtsp=False)
    demo.start()
    session = session_for(demo)
    try:
        streams = session.get(f"{demo.url}/api/v1/cameras/cam-12", timeout=5).json()["streams"]
        assert streams["main"] == "rtsp://10.82.20.12:554/Streaming/Channels/101"
        assert demo.rtsp is None
    finally:
        session.close()
        demo.stop()
