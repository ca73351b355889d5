"""Live demo camera streams for the tile tests, and the camera records that point at them.

``CameraStreams`` serves the cameras' ``/streams/<camera>/{main,sub,relay}.ts`` and gives
records shaped like the backend's (absolute URLs; cam-12 with ``rtsp://`` main/sub and an HTTP
relay). ``stop()``/``start()`` take the video away and bring it back.
"""

from __future__ import annotations

from standin_streamer import StandInStreamer

NAMES = {
    "cam-01": ("Ngã tư Đặng Văn Bình – Lý Thường Kiệt", "Phường Cao Lãnh"),
    "cam-02": ("Ngã tư Nguyễn Huệ – Lý Thường Kiệt", "Phường Cao Lãnh"),
    "cam-12": ("Quốc lộ 30 – cổng Bệnh viện Đa khoa Đồng Tháp", "Phường Mỹ Ngãi"),
}


class CameraStreams:
    def __init__(self, streamer: StandInStreamer) -> None:
        self.streamer = streamer

    def camera(self, cam: str) -> dict:
        name, ward = NAMES.get(cam, (cam, "Phường Cao Lãnh"))
        if cam == "cam-12":
            streams = {
                "main": "rtsp://10.82.20.12:554/Streaming/Channels/101",
                "sub": "rtsp://10.82.20.12:554/Streaming/Channels/102",
                "relay": self.streamer.url(cam, "relay"),
            }
        else:
            streams = {
                "main": self.streamer.url(cam, "main"),
                "sub": self.streamer.url(cam, "sub"),
                "relay": None,
            }
        return {
            "id": cam,
            "name": name,
            "ward": "",
            "ward_name": ward,
            "status": "online",
            "streams": streams,
        }

    @property
    def running(self) -> bool:
        return self.streamer.running

    def stop(self) -> None:
        self.streamer.stop()

    def start(self) -> None:
        self.streamer.start()
