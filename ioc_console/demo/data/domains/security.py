"""Security and public order: incidents the ward police received over the last 90 days, and
the patrol points with today's planned and done visits.

About two incidents a day for a city of ~160,000 people, mostly thefts; recent ones are still
being handled. Today one ward sees a cluster of incidents (a night of thefts and a fight near
the Mỹ Ngãi market), and two patrol points have not been visited for hours, so the security
rules have something to raise.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..places import STREETS, street_phrase
from ..times import TZ, iso

if TYPE_CHECKING:
    from ..units import Atlas
    from ..world import World

DAYS = 90
PER_DAY = 2.0  # incidents a day, on average
RECEIVED, HANDLING, HANDLED = "tiếp nhận", "đang xử lý", "đã xử lý"
SEVERITIES = ("ít nghiêm trọng", "nghiêm trọng", "rất nghiêm trọng")

# type -> (weight, severity weights, typical days to handle, what the report says)
TYPES: dict[str, tuple[int, tuple[int, int, int], int, tuple[str, ...]]] = {
    "Trộm cắp tài sản": (34, (80, 18, 2), 6, (
        "Mất trộm xe máy dựng trước nhà", "Trộm điện thoại tại quán cà phê",
        "Đột nhập nhà dân lấy tài sản", "Trộm cắp hàng hóa tại sạp chợ")),
    "Cướp giật tài sản": (7, (30, 60, 10), 9, (
        "Giật túi xách người đi đường", "Giật điện thoại người đi xe máy")),
    "Gây rối trật tự công cộng": (16, (60, 35, 5), 3, (
        "Đánh nhau tại quán nhậu", "Tụ tập gây ồn ào, mất trật tự ban đêm",
        "Xô xát giữa hai nhóm thanh niên")),
    "Lừa đảo chiếm đoạt tài sản": (13, (40, 50, 10), 20, (
        "Lừa đảo qua điện thoại giả danh công an", "Lừa đảo mua bán hàng qua mạng",
        "Lừa đảo chuyển tiền qua tài khoản ngân hàng")),
    "Ma túy": (7, (20, 60, 20), 12, (
        "Phát hiện nhóm đối tượng sử dụng trái phép chất ma túy",
        "Bắt quả tang tàng trữ trái phép chất ma túy")),
    "Cháy, nổ": (6, (50, 40, 10), 4, (
        "Cháy nhà dân do chập điện", "Cháy bãi cỏ, rác thải", "Cháy kiot tại chợ")),
    "Tranh chấp giao thông": (12, (85, 14, 1), 2, (
        "Cãi vã sau va chạm giao thông", "Tranh chấp bồi thường sau va chạm xe")),
    "Đánh bạc": (5, (70, 28, 2), 7, (
        "Tụ tập đánh bạc ăn tiền", "Tổ chức đá gà ăn tiền")),
}
# 2025-01 units and how often incidents happen there (the centre and the markets most)
UNIT_WEIGHTS = {
    "Phường 1": 18, "Phường 3": 9, "Phường 4": 8, "Phường 6": 7, "Phường Mỹ Phú": 9,
    "Phường Hòa Thuận": 6, "Phường Mỹ Ngãi": 7, "Xã Mỹ Tân": 5, "Xã Mỹ Trà": 5,
    "Xã Tân Thuận Tây": 3, "Xã Hòa An": 4, "Xã Tân Thuận Đông": 3, "Xã Tịnh Thới": 3,
}
LANDMARKS = ("gần chợ", "trước quán cà phê", "gần trường học", "trong hẻm", "gần cây xăng",
             "trước nhà dân", "gần bến xe", "gần cầu", "khu dân cư")
CLUSTER_UNIT = "Phường Mỹ Ngãi"
CLUSTER = ("Trộm cắp tài sản", "Trộm cắp tài sản", "Gây rối trật tự công cộng",
           "Trộm cắp tài sản", "Cướp giật tài sản")

# name, 2025-01 unit, offset from its centre, the team that patrols it, visits planned a day
PATROL_POINTS = [
    ("Chợ Cao Lãnh", "Phường 1", (0.003, -0.003), "Công an phường Cao Lãnh", 12),
    ("Quảng trường Trung tâm", "Phường 1", (-0.003, 0.002), "Công an phường Cao Lãnh", 8),
    ("Phố ẩm thực đêm Tôn Đức Thắng", "Phường 1", (-0.001, 0.004), "Công an phường Cao Lãnh",
     6),
    ("Công viên Văn Miếu", "Phường 1", (-0.004, -0.001), "Công an phường Cao Lãnh", 6),
    ("Bến xe khách Cao Lãnh", "Phường Mỹ Phú", (-0.002, -0.001), "Công an phường Mỹ Trà", 10),
    ("Ngã tư Lê Duẩn – Điện Biên Phủ", "Phường Mỹ Phú", (0.002, 0.002),
     "Công an phường Mỹ Trà", 6),
    ("Khu di tích Nguyễn Sinh Sắc", "Phường 4", (0.001, -0.002), "Công an phường Cao Lãnh",
     6),
    ("Trường Đại học Đồng Tháp", "Phường 6", (0.0, 0.004), "Công an phường Cao Lãnh", 4),
    ("Bến tàu du lịch sông Tiền", "Phường 6", (0.003, -0.004), "Công an phường Cao Lãnh", 4),
    ("Chợ Mỹ Ngãi", "Phường Mỹ Ngãi", (0.001, 0.001), "Công an phường Mỹ Ngãi", 8),
    ("Ngã ba Tỉnh lộ 850 – Quốc lộ 30", "Phường Mỹ Ngãi", (-0.003, 0.002),
     "Công an phường Mỹ Ngãi", 6),
    ("Khu công nghiệp Trần Quốc Toản – cổng chính", "Phường Hòa Thuận", (0.003, 0.002),
     "Công an phường Mỹ Ngãi", 4),
    ("Bệnh viện Đa khoa Đồng Tháp – cổng Quốc lộ 30", "Xã Mỹ Tân", (0.001, -0.003),
     "Công an phường Mỹ Ngãi", 6),
    ("Chợ Mỹ Trà", "Xã Mỹ Trà", (0.001, 0.002), "Công an phường Mỹ Trà", 6),
    ("Bến đò Tịnh Thới", "Xã Tịnh Thới", (-0.002, -0.002), "Công an phường Mỹ Trà", 4),
]
# points the patrols are behind on today: (index, hours since the last visit)
LATE_POINTS = {9: 5.5, 14: 7.2}


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _place(rng: random.Random, atlas: Atlas, unit: str) -> tuple[float, float, str, str]:
    """A point in ``unit`` (lon, lat), today's ward code there and the place in words."""
    lon, lat = atlas.near(unit, (rng.uniform(-0.004, 0.004), rng.uniform(-0.004, 0.004)))
    ward = atlas.ward_at((lon, lat))
    street = rng.choice(STREETS[unit])
    place = f"{rng.choice(LANDMARKS)}, {street_phrase(street)}, {ward.name}"
    return lon, lat, ward.code, place


def _state(rng: random.Random, age_days: float, typical: int) -> str:
    """Older incidents are mostly handled; fraud and drug cases take longest."""
    if age_days < 0.5:
        return RECEIVED if rng.random() < 0.55 else HANDLING
    done = min(0.97, age_days / (age_days + typical * 0.2))
    return HANDLED if rng.random() < done else HANDLING


def _incident(n: int, kind: str, occurred: datetime, now: datetime, rng: random.Random,
              atlas: Atlas, unit: str) -> dict:
    _, severities, typical, summaries = TYPES[kind]
    lon, lat, ward, place = _place(rng, atlas, unit)
    reported = min(now, occurred + timedelta(minutes=rng.randint(5, 180)))
    state = _state(rng, (now - occurred).total_seconds() / 86400, typical)
    changed = reported
    if state != RECEIVED:
        changed = min(now, reported + timedelta(hours=rng.uniform(0.5, 6)))
    if state == HANDLED:
        changed = min(now, reported + timedelta(days=rng.uniform(0.2, typical * 1.5)))
    return {
        "id": f"ANTT-{n:05d}",
        "type": kind,
        "summary": rng.choice(summaries),
        "severity": rng.choices(SEVERITIES, weights=severities)[0],
        "state": state,
        "occurred_at": iso(occurred),
        "reported_at": iso(reported),
        "date": occurred.astimezone(TZ).date().isoformat(),
        "place": place,
        "ward": ward,
        "lat": lat,
        "lon": lon,
        "updated_at": iso(changed),
        "deleted": False,
    }


def build_security_incidents(seed: int, atlas: Atlas, now: datetime,
                             world: World | None = None) -> list[dict]:
    """The ``security_incidents`` dataset: the last 90 days, oldest first."""
    rng = random.Random(f"{seed}:security_incidents")
    kinds = {k: v[0] for k, v in TYPES.items()}
    start = now - timedelta(days=DAYS)
    moments = sorted(start + timedelta(seconds=rng.uniform(0, DAYS * 86400))
                     for _ in range(int(DAYS * PER_DAY)))
    items = [_incident(n, _pick(rng, kinds), at_, now, rng, atlas, _pick(rng, UNIT_WEIGHTS))
             for n, at_ in enumerate(moments, 1)]
    midnight = now.astimezone(TZ).replace(hour=0, minute=0, second=0)
    elapsed = max(60.0, (now - midnight).total_seconds())
    for k, kind in enumerate(CLUSTER):  # today's cluster in one ward
        occurred = midnight + timedelta(seconds=elapsed * (k + 0.5) / (len(CLUSTER) + 1))
        items.append(_incident(len(items) + 1, kind, min(occurred, now), now, rng, atlas,
                               CLUSTER_UNIT))
    return items


def build_patrol_points(seed: int, atlas: Atlas, now: datetime,
                        world: World | None = None) -> list[dict]:
    """The ``security_patrol_points`` dataset: today's patrol visits at each point."""
    rng = random.Random(f"{seed}:security_patrol_points")
    local = now.astimezone(TZ)
    midnight = local.replace(hour=0, minute=0, second=0)
    day_share = (local - midnight).total_seconds() / 86400
    items = []
    for n, (name, unit, offset, team, planned) in enumerate(PATROL_POINTS):
        lon, lat = atlas.near(unit, offset)
        due = max(1, round(planned * day_share))
        late = LATE_POINTS.get(n)
        if late is not None:
            done = max(0, due - 2)
            last = local - timedelta(hours=late)
        else:
            done = max(0, due - (1 if rng.random() < 0.2 else 0))
            last = local - timedelta(minutes=rng.randint(10, min(220, 24 * 60 // planned)))
        items.append({
            "id": f"patrol-{n + 1:02d}",
            "name": name,
            "team": team,
            "planned_today": planned,
            "due_now": due,
            "done_today": done,
            "last_visit_at": iso(last),
            "date": local.date().isoformat(),
            "ward": atlas.ward_at((lon, lat)).code,
            "lat": lat,
            "lon": lon,
            "updated_at": iso(last),
            "deleted": False,
        })
    return items
