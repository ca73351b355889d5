"""The city's cameras at real Cao Lãnh intersections and places.

Stream URLs: a URL that begins with "/" is a path on the demo server itself
(``/streams/cam-01/main.ts``); the server serves it under its own base URL, and
:func:`absolute_streams` turns a camera into one whose URLs are absolute
(``http://127.0.0.1:PORT/streams/cam-01/main.ts``). Absolute URLs (the ``rtsp://`` main and
sub of cam-12 and cam-18, on the city network) are left alone, unless the demo serves those
cameras itself over RTSP (``rtsp_cameras.py``): then they become URLs of its RTSP server.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from .times import TZ, iso
from .units import Atlas

AI = {
    "traffic": ["vehicle_count", "license_plate", "red_light_violation", "wrong_way"],
    "security": ["person_detection", "crowd_density", "loitering", "intrusion"],
    "tourism": ["people_count", "crowd_density"],
    "flood": ["water_level", "person_detection"],
}

# name, 2025-01 unit it stands in, (dlon, dlat) from that unit's centre, domain,
# direction (None: indoor / panoramic), field of view
CAMERAS = [
    ("Ngã tư Đặng Văn Bình – Lý Thường Kiệt", "Phường 1", (0.002, 0.001), "traffic", 45, 90),
    ("Ngã tư Nguyễn Huệ – Lý Thường Kiệt", "Phường 1", (0.0, -0.002), "traffic", 135, 90),
    ("Quảng trường Trung tâm – đường 30 Tháng 4", "Phường 1", (-0.003, 0.002), "security",
     180, 110),
    ("Chợ Cao Lãnh – cổng chính đường Nguyễn Huệ", "Phường 1", (0.003, -0.003), "security",
     270, 100),
    ("Chợ Cao Lãnh – bến tàu khách", "Phường 1", (0.004, -0.004), "security", 200, 100),
    ("Ngã ba Tôn Đức Thắng – Hùng Vương", "Phường 1", (-0.001, 0.004), "traffic", 0, 80),
    ("Khu di tích Nguyễn Sinh Sắc – cổng chính", "Phường 4", (0.001, -0.002), "tourism",
     90, 100),
    ("Khu di tích Nguyễn Sinh Sắc – khu mộ cụ Phó bảng", "Phường 4", (0.002, -0.003),
     "tourism", 300, 90),
    ("Công viên Văn Miếu – cổng chính", "Phường 1", (-0.004, -0.001), "tourism", 225, 100),
    ("Bến xe khách Cao Lãnh – cổng ra", "Phường Mỹ Phú", (-0.002, -0.001), "traffic", 160, 90),
    ("Cầu Cao Lãnh – đầu cầu phía thành phố", "Phường 6", (0.003, -0.004), "traffic", 200, 60),
    ("Quốc lộ 30 – cổng Bệnh viện Đa khoa Đồng Tháp", "Xã Mỹ Tân", (0.001, -0.003),
     "security", 110, 90),
    ("Ngã tư Lê Duẩn – Điện Biên Phủ", "Phường Mỹ Phú", (0.002, 0.002), "traffic", 30, 90),
    ("Ngã ba Phạm Hữu Lầu – Thiên Hộ Dương", "Phường 4", (-0.002, 0.001), "traffic", 250, 90),
    ("Trường Đại học Đồng Tháp – cổng Phạm Hữu Lầu", "Phường 6", (0.0, 0.004), "security",
     320, 100),
    ("Ngã tư Nguyễn Thị Minh Khai – Lê Lợi", "Phường 3", (-0.001, 0.001), "traffic", 70, 90),
    ("Ngã tư Quốc lộ 30 – Nguyễn Văn Cừ", "Phường Hòa Thuận", (0.002, -0.001), "traffic",
     100, 90),
    ("Quốc lộ 30 – cửa ngõ Mỹ Ngãi", "Phường Mỹ Ngãi", (0.003, 0.0), "traffic", 80, 60),
    ("Ngã ba Tỉnh lộ 850 – Quốc lộ 30", "Phường Mỹ Ngãi", (-0.003, 0.002), "traffic", 260, 90),
    ("Bến đò Tịnh Thới", "Xã Tịnh Thới", (-0.002, -0.002), "tourism", 190, 100),
    ("Đê bao Tân Thuận Đông – trạm bơm ấp 3", "Xã Tân Thuận Đông", (0.002, 0.002), "flood",
     140, 70),
    ("Trụ sở UBND phường Mỹ Trà", "Phường Mỹ Phú", (0.001, 0.003), "security", None, None),
    ("Đường Tôn Đức Thắng – khu hành chính", "Phường 1", (-0.005, 0.003), "security", 10, 90),
    ("Trung tâm Phục vụ hành chính công – sảnh tiếp dân", "Phường 1", (-0.002, -0.003),
     "security", None, None),
]
RTSP = {"cam-12": "10.82.20.12", "cam-18": "10.82.20.18"}
# the last survey of the cameras: their records were last changed before it
SURVEYED = datetime(2026, 11, 1, 8, 0, tzinfo=TZ)
STATUS = {"cam-09": "offline", "cam-20": "offline", "cam-21": "maintenance"}


def build_cameras(seed: int, atlas: Atlas, now: datetime) -> list[dict]:
    rng = random.Random(f"{seed}:cameras")
    items = []
    for n, (name, unit_name, (dx, dy), domain, direction, fov) in enumerate(CAMERAS, 1):
        cam = f"cam-{n:02d}"
        lon, lat = atlas.near(unit_name, (dx, dy))
        if cam in RTSP:
            host = RTSP[cam]
            streams = {"main": f"rtsp://{host}:554/Streaming/Channels/101",
                       "sub": f"rtsp://{host}:554/Streaming/Channels/102",
                       "relay": f"/streams/{cam}/relay.ts"}
        else:
            streams = {"main": f"/streams/{cam}/main.ts", "sub": f"/streams/{cam}/sub.ts",
                       "relay": None}
        items.append({
            "id": cam,
            "name": name,
            "ward": atlas.ward_at((lon, lat)).code,
            "lat": lat,
            "lon": lon,
            "direction_deg": direction,
            "fov_deg": fov,
            "streams": streams,
            "status": STATUS.get(cam, "online"),
            "domain": domain,
            "ai_features": list(AI[domain]),
            "updated_at": iso(min(now, SURVEYED - timedelta(days=rng.randint(1, 120),
                                                            minutes=rng.randint(0, 1439)))),
            "deleted": False,
        })
    return items


def absolute_streams(
    camera: dict, base_url: str, rtsp: Callable[[str, str], str | None] | None = None
) -> dict:
    """A copy of ``camera`` whose server-relative stream paths are prefixed with ``base_url``;
    ``rtsp(camera_id, stream)``: the URL the demo serves that stream on over RTSP, or None."""
    base = base_url.rstrip("/")
    streams = {k: (f"{base}{v}" if isinstance(v, str) and v.startswith("/") else v)
               for k, v in camera["streams"].items()}
    if rtsp is not None:
        for name, url in streams.items():
            served = rtsp(camera["id"], name) if isinstance(url, str) else None
            if served:
                streams[name] = served
    return {**camera, "streams": streams}
