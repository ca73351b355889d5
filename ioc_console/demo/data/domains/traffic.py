"""Traffic safety: road accidents since the start of last year, violations the AI cameras
detected over the last 30 days, and the congestion points watched now.

The city's plan asks for fewer accidents, deaths and injuries than in the same period of last
year. This year has fewer accidents and a few fewer injuries, but more deaths (a fatal accident
happened a few hours ago), so the deaths figure misses the plan. A violation names the camera that
saw it, one of the city's traffic cameras (``world.cameras``), and stands where it stands.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..places import street_phrase
from ..times import TZ, iso

if TYPE_CHECKING:
    from ..units import Atlas
    from ..world import World

# road -> the 2025-01 units it runs through, and its weight among accidents
ROADS: dict[str, tuple[tuple[str, ...], int]] = {
    "Quốc lộ 30": (("Phường Hòa Thuận", "Phường Mỹ Ngãi", "Xã Mỹ Tân"), 30),
    "Tỉnh lộ 850": (("Phường Mỹ Ngãi",), 10),
    "Lê Lợi": (("Phường 3",), 6),
    "Nguyễn Huệ": (("Phường 1",), 7),
    "Tôn Đức Thắng": (("Phường 1",), 6),
    "Phạm Hữu Lầu": (("Phường 4", "Phường 6"), 9),
    "Lê Duẩn": (("Phường Mỹ Phú",), 7),
    "Điện Biên Phủ": (("Phường Mỹ Phú",), 5),
    "Thiên Hộ Dương": (("Phường 4",), 4),
    "Phạm Văn Đồng": (("Xã Mỹ Trà",), 5),
    "Đường Tịnh Thới": (("Xã Tịnh Thới",), 3),
}
CAUSES = {
    "Không chú ý quan sát": 26, "Chạy quá tốc độ": 18, "Đi không đúng phần đường": 16,
    "Sử dụng rượu, bia khi lái xe": 14, "Chuyển hướng không đúng quy định": 11,
    "Không nhường đường": 9, "Vượt đèn đỏ": 6,
}
VEHICLES = {
    "xe máy – xe máy": 34, "xe máy – ô tô con": 18, "xe máy – ô tô tải": 14,
    "xe máy tự gây tai nạn": 12, "ô tô con – ô tô tải": 6, "xe máy – xe đạp": 8,
    "xe máy – người đi bộ": 8,
}
PER_YEAR = 46  # accidents recorded in a year
CASES, DEATHS, INJURIES = 0.90, 1.25, 0.97  # this year against the same period of last year

VIOLATIONS = {  # type -> weight
    "Vượt đèn đỏ": 30, "Đi sai làn đường": 22, "Không đội mũ bảo hiểm": 20,
    "Dừng, đỗ xe sai quy định": 16, "Chạy quá tốc độ": 12,
}
VIOLATION_DAYS = 30
VIOLATIONS_PER_CAMERA = 3.5  # a traffic camera's detections a day, on average
DETECTED, VERIFIED, FINED = "phát hiện", "đã xác minh", "đã xử phạt"

# name, road, camera, level now (None: drawn), note
CONGESTION = [
    ("Ngã tư Quốc lộ 30 – Nguyễn Văn Cừ", "Quốc lộ 30", "cam-17", 3,
     "Va chạm giữa ô tô tải và xe máy, một làn bị chiếm"),
    ("Cầu Cao Lãnh – đầu cầu phía thành phố", "Quốc lộ 30", "cam-11", 2,
     "Lưu lượng lớn hướng về trung tâm"),
    ("Ngã ba Tỉnh lộ 850 – Quốc lộ 30", "Tỉnh lộ 850", "cam-19", 2,
     "Xe tải vào khu công nghiệp"),
    ("Quốc lộ 30 – cửa ngõ Mỹ Ngãi", "Quốc lộ 30", "cam-18", None, ""),
    ("Ngã tư Nguyễn Huệ – Lý Thường Kiệt", "Nguyễn Huệ", "cam-02", None, ""),
    ("Ngã tư Đặng Văn Bình – Lý Thường Kiệt", "Đặng Văn Bình", "cam-01", None, ""),
    ("Ngã ba Tôn Đức Thắng – Hùng Vương", "Tôn Đức Thắng", "cam-06", None, ""),
    ("Ngã tư Lê Duẩn – Điện Biên Phủ", "Lê Duẩn", "cam-13", None, ""),
    ("Ngã ba Phạm Hữu Lầu – Thiên Hộ Dương", "Phạm Hữu Lầu", "cam-14", None, ""),
    ("Ngã tư Nguyễn Thị Minh Khai – Lê Lợi", "Lê Lợi", "cam-16", None, ""),
    ("Bến xe khách Cao Lãnh – cổng ra", "Lê Duẩn", "cam-10", None, ""),
]
LEVEL_TEXT = ("thông thoáng", "đông xe", "ùn ứ", "ùn tắc")
SPEED = ((30, 45), (18, 28), (8, 16), (0, 6))  # km/h at each level


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _moment(rng: random.Random, day: date, latest: datetime) -> datetime:
    """A time on ``day``, more often at rush hours and in the evening, not after ``latest``."""
    hour = rng.choices(range(24), weights=[1, 1, 1, 1, 2, 4, 7, 9, 6, 4, 4, 5,
                                           5, 4, 4, 5, 7, 9, 9, 8, 6, 4, 2, 1])[0]
    moment = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), tzinfo=TZ)
    return min(moment, latest - timedelta(minutes=rng.randint(20, 90)))


def _spread(rng: random.Random, total: int, slots: int, most: int) -> list[int]:
    """``total`` deaths or injuries over ``slots`` accidents, at most ``most`` each."""
    counts = [0] * slots
    for _ in range(min(total, slots * most)):
        free = [i for i in range(slots) if counts[i] < most]
        counts[rng.choice(free)] += 1
    return counts


def _accident(rng: random.Random, atlas: Atlas, moment: datetime, deaths: int,
              injuries: int, road: str = "") -> dict:
    road = road or _pick(rng, {r: w for r, (_, w) in ROADS.items()})
    unit = rng.choice(ROADS[road][0])
    lon, lat = atlas.near(unit, (rng.uniform(-0.004, 0.004), rng.uniform(-0.004, 0.004)))
    ward = atlas.ward_at((lon, lat))
    return {
        "occurred_at": iso(moment),
        "date": moment.date().isoformat(),
        "road": road,
        "place": f"{street_phrase(road)}, {ward.name}",
        "ward": ward.code,
        "lat": lat,
        "lon": lon,
        "deaths": deaths,
        "injuries": injuries,
        "vehicles": _pick(rng, VEHICLES),
        "cause": _pick(rng, CAUSES),
        "updated_at": iso(moment + timedelta(hours=rng.randint(2, 30))),
        "deleted": False,
    }


def _year(rng: random.Random, first: date, last: date, count: int) -> list[date]:
    span = (last - first).days
    return sorted(first + timedelta(days=rng.randint(0, span)) for _ in range(count))


def build_traffic_accidents(seed: int, atlas: Atlas, now: datetime,
                            world: World | None = None) -> list[dict]:
    """The ``traffic_accidents`` dataset: from 1 January of last year to ``now``."""
    rng = random.Random(f"{seed}:traffic_accidents")
    local = now.astimezone(TZ)
    today = local.date()
    last_start, last_end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    last_days = _year(rng, last_start, last_end, PER_YEAR)
    same_day = date(today.year - 1, today.month, min(today.day, 28))
    before = [d for d in last_days if d <= same_day]
    deaths = [1 if rng.random() < 0.3 else 0 for _ in last_days]
    injuries = [rng.choice((0, 1, 1, 1, 2, 2, 3)) for _ in last_days]
    this_count = max(1, round(len(before) * CASES))
    this_days = _year(rng, date(today.year, 1, 1), today - timedelta(days=1), this_count - 1)
    this_deaths = max(1, round(sum(deaths[: len(before)]) * DEATHS))
    this_injuries = round(sum(injuries[: len(before)]) * INJURIES)
    death_counts = [1, *_spread(rng, this_deaths - 1, this_count - 1, 2)]  # [0]: the latest
    injury_counts = _spread(rng, this_injuries, this_count, 4)
    end_of_last = datetime(last_end.year, 12, 31, 23, 59, tzinfo=TZ)
    rows = [_accident(rng, atlas, _moment(rng, d, end_of_last), deaths[i], injuries[i])
            for i, d in enumerate(last_days)]
    rows += [_accident(rng, atlas, _moment(rng, d, local), death_counts[i + 1],
                       injury_counts[i + 1]) for i, d in enumerate(this_days)]
    fatal = _accident(rng, atlas, local - timedelta(hours=min(6.0, local.hour + 0.5)), 1,
                      injury_counts[0], road="Quốc lộ 30")
    fatal.update(cause="Chạy quá tốc độ", vehicles="xe máy – ô tô tải")
    rows.append(fatal)
    rows.sort(key=lambda r: r["occurred_at"])
    items = []
    for n, row in enumerate(rows, 1):
        year = row["date"][:4]
        row["updated_at"] = min(row["updated_at"], iso(local))
        items.append({"id": f"TNGT-{year}-{n:04d}", **row})
    return items


def _plate(rng: random.Random, vehicle: str) -> str:
    """A plate of Đồng Tháp (66) with the last digits masked."""
    if vehicle == "xe máy":
        return f"66-{rng.choice('BCDGHK')}{rng.randint(1, 9)} {rng.randint(100, 999)}.**"
    return f"66{rng.choice('ABCH')}-{rng.randint(100, 999)}.**"


def build_traffic_violations(seed: int, atlas: Atlas, now: datetime,
                             world: World | None = None) -> list[dict]:
    """The ``traffic_violations`` dataset: what the traffic cameras detected in 30 days."""
    rng = random.Random(f"{seed}:traffic_violations")
    cameras = [c for c in (world.cameras if world is not None else [])
               if c.get("domain") == "traffic" and "red_light_violation" in c.get("ai_features",
                                                                                  [])]
    local = now.astimezone(TZ)
    items = []
    for back in range(VIOLATION_DAYS - 1, -1, -1):
        day = local.date() - timedelta(days=back)
        for camera in cameras:
            busy = 1.6 if "Quốc lộ" in camera["name"] else 1.0
            count = round(rng.uniform(0.5, 1.5) * VIOLATIONS_PER_CAMERA * busy)
            if back == 0:
                count = round(count * (local.hour * 60 + local.minute) / 1440)
            if camera.get("status") != "online" and back < 3:
                count = 0
            for _ in range(count):
                moment = _moment(rng, day, local)
                if moment.date() != day:
                    continue
                kind = _pick(rng, VIOLATIONS)
                vehicle = "xe máy" if kind == "Không đội mũ bảo hiểm" or rng.random() < 0.7 \
                    else rng.choice(("ô tô con", "ô tô tải"))
                age = (local - moment).total_seconds() / 3600
                state = FINED if age > 72 and rng.random() < 0.85 else (
                    VERIFIED if age > 4 and rng.random() < 0.8 else DETECTED)
                item = {
                    "detected_at": iso(moment),
                    "date": day.isoformat(),
                    "camera_id": camera["id"],
                    "camera_name": camera["name"],
                    "type": kind,
                    "vehicle": vehicle,
                    "plate": _plate(rng, vehicle),
                    "speed_kmh": None,
                    "state": state,
                    "ward": camera["ward"],
                    "lat": camera["lat"],
                    "lon": camera["lon"],
                    "updated_at": iso(min(local, moment + timedelta(
                        hours={DETECTED: 0, VERIFIED: 3, FINED: 70}[state]))),
                    "deleted": False,
                }
                if kind == "Chạy quá tốc độ":
                    item["speed_kmh"] = rng.randint(62, 88) if "Quốc lộ" in camera["name"] \
                        else rng.randint(52, 70)
                items.append(item)
    items.sort(key=lambda i: (i["detected_at"], i["camera_id"]))
    return [{"id": f"VP-{i['date'].replace('-', '')}-{n:05d}", **i}
            for n, i in enumerate(items, 1)]


def build_traffic_congestion(seed: int, atlas: Atlas, now: datetime,
                             world: World | None = None) -> list[dict]:
    """The ``traffic_congestion`` dataset: each watched point's level now (0-3)."""
    rng = random.Random(f"{seed}:traffic_congestion")
    cameras = {c["id"]: c for c in (world.cameras if world is not None else [])}
    local = now.astimezone(TZ)
    rush = local.hour in (6, 7, 11, 16, 17, 18)
    items = []
    for n, (name, road, camera_id, level, note) in enumerate(CONGESTION, 1):
        if level is None:
            level = rng.choices((0, 1, 2), weights=(4, 3, 2) if rush else (7, 3, 0))[0]
        camera = cameras.get(camera_id)
        if camera is not None:
            lon, lat, ward = camera["lon"], camera["lat"], camera["ward"]
        else:  # a world without cameras: near the centre
            lon, lat = atlas.near("Phường 1", (0.001 * n, 0.0))
            ward = atlas.ward_at((lon, lat)).code
        low, high = SPEED[level]
        items.append({
            "id": f"ut-{n:02d}",
            "name": name,
            "road": road,
            "level": level,
            "level_text": LEVEL_TEXT[level],
            "speed_kmh": rng.randint(low, high),
            "camera_id": camera_id,
            "note": note,
            "ward": ward,
            "lat": lat,
            "lon": lon,
            "updated_at": iso(local - timedelta(seconds=rng.randint(30, 600))),
            "deleted": False,
        })
    return items
