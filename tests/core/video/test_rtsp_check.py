"""The check a waiting tile makes of an RTSP camera: does it describe its stream again?
Against the demo's real RTSP server (Basic authentication) and a small Digest server, both on
loopback."""

from __future__ import annotations

import hashlib
import re
import socket
import threading
from collections.abc import Iterator

import pytest

from ioc_console.core.video.reachability import stream_answers
from ioc_console.demo import rtsp_server


@pytest.fixture
def camera() -> Iterator[rtsp_server.DemoRtspServer]:
    if not rtsp_server.available():
        pytest.skip(rtsp_server.availability()[1])
    server = rtsp_server.DemoRtspServer(["/cam-12/sub"])
    server.start()
    yield server
    server.stop()


def test_an_rtsp_camera_answers_while_it_serves_its_stream_and_not_once_it_is_gone(camera):
    url = camera.url("/cam-12/sub")
    assert stream_answers(url)
    assert not stream_answers(url.replace("cam-12/sub", "cam-99/sub"))  # no such stream
    assert not stream_answers(url.replace(camera.password, "wrong"))
    assert not stream_answers(camera.url("/cam-12/sub", credentials=False))
    camera.stop()
    assert not stream_answers(url)
    camera.start()
    assert stream_answers(url)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


class DigestCamera:
    """Answers DESCRIBE with a Digest challenge, then 200 to the right response."""

    def __init__(self, user: str, password: str) -> None:
        self.user, self.password = user, password
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                self._talk(conn)

    def _talk(self, conn: socket.socket) -> None:
        while True:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
            head = data.decode()
            uri = head.split()[1]
            cseq = re.search(r"CSeq: (\d+)", head).group(1)
            given = re.search(r'response="(\w+)"', head)
            ha1 = _md5(f"{self.user}:cams:{self.password}")
            wanted = _md5(f"{ha1}:abc123:{_md5(f'DESCRIBE:{uri}')}")
            if given and given.group(1) == wanted:
                conn.sendall(f"RTSP/1.0 200 OK\r\nCSeq: {cseq}\r\n\r\n".encode())
                return
            conn.sendall(
                f"RTSP/1.0 401 Unauthorized\r\nCSeq: {cseq}\r\n"
                'WWW-Authenticate: Digest realm="cams", nonce="abc123"\r\n\r\n'.encode()
            )

    def close(self) -> None:
        self.sock.close()


def test_a_camera_asking_for_digest_authentication_answers_to_its_user_and_password():
    server = DigestCamera("admin", "s3cret")
    try:
        assert stream_answers(f"rtsp://admin:s3cret@127.0.0.1:{server.port}/Streaming/101")
        assert not stream_answers(f"rtsp://admin:nope@127.0.0.1:{server.port}/Streaming/101")
    finally:
        server.close()


def test_something_that_is_not_an_rtsp_server_does_not_answer():
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        assert not stream_answers(f"rtsp://127.0.0.1:{port}/x", timeout_s=0.3)
    assert not stream_answers(f"rtsp://127.0.0.1:{port}/x", timeout_s=0.3)  # nothing listens
