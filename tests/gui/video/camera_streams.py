"""The demo backend's live camera streams for the tile tests, and the records pointing at them.

``camera(id)`` is a camera record as a console gets it (absolute URLs; cam-12 and cam-18 with
``rtsp://`` main/sub and an HTTP relay); ``stop()``/``start()`` take every camera's video
away and bring it back (the backend's streamer).
"""

from __future__ import annotations

from ioc_console.demo.data.cameras import absolute_streams


class BackendStreams:
    def __init__(self, backend) -> None:
        self.backend = backend

    def camera(self, cam: str) -> dict:
        return absolute_streams(self.backend.store.get("cameras", cam), self.backend.url)

    @property
    def running(self) -> bool:
        return self.backend.streamer.running

    def stop(self) -> None:
        self.backend.streamer.stop()

    def start(self) -> None:
        self.backend.streamer.start()
