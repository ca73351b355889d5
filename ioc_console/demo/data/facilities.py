"""Facilities per domain: hospitals and health stations, schools, tourist sites, police posts
and administrative offices, all inside the city.

Positions are the centre of the 2025-01 unit a facility stands in plus a small offset drawn from
the facility's own name, so they do not move between seeds.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .places import locality, street_phrase
from .times import TZ, iso
from .units import Atlas

# the last survey of the facilities: their records were last changed before it
SURVEYED = datetime(2026, 11, 1, 8, 0, tzinfo=TZ)
POINTS = ["Phường 3", "Phường 4", "Phường 6", "Phường Mỹ Phú", "Xã Hòa An",
          "Xã Tân Thuận Tây", "Xã Tân Thuận Đông", "Xã Tịnh Thới"]
SEATS = {"Phường Cao Lãnh": "Phường 1", "Phường Mỹ Ngãi": "Phường Mỹ Ngãi",
         "Phường Mỹ Trà": "Phường Mỹ Phú"}

# domain -> [(kind, name, street, 2025-01 unit)]; "{ward}" is today's ward, "{point}" the old
# unit a station or post still serves.
FACILITIES: dict[str, list[tuple[str, str, str, str]]] = {
    "healthcare": [
        ("Bệnh viện", "Bệnh viện Đa khoa Đồng Tháp", "Mai Văn Khải", "Xã Mỹ Tân"),
        ("Bệnh viện", "Bệnh viện Quân dân y Đồng Tháp", "Phạm Hữu Lầu", "Phường 6"),
        ("Bệnh viện", "Bệnh viện Phổi Đồng Tháp", "Lê Đại Hành", "Phường Mỹ Phú"),
        ("Bệnh viện", "Bệnh viện Y học cổ truyền Đồng Tháp", "Thiên Hộ Dương", "Phường 4"),
        ("Bệnh viện", "Bệnh viện Tâm thần Đồng Tháp", "Phạm Văn Đồng", "Xã Mỹ Trà"),
        ("Trung tâm y tế", "Trung tâm Y tế khu vực Cao Lãnh", "Nguyễn Huệ", "Phường 1"),
        ("Trung tâm y tế", "Trung tâm Kiểm soát bệnh tật Đồng Tháp", "Lý Thường Kiệt",
         "Phường 1"),
        *[("Trạm y tế", "Trạm Y tế {ward} (điểm {point})", "", p) for p in POINTS],
    ],
    "education": [
        ("Đại học", "Trường Đại học Đồng Tháp", "Phạm Hữu Lầu", "Phường 6"),
        ("Cao đẳng", "Trường Cao đẳng Cộng đồng Đồng Tháp", "Thiên Hộ Dương",
         "Phường Hòa Thuận"),
        ("Cao đẳng", "Trường Cao đẳng Y tế Đồng Tháp", "Tôn Đức Thắng", "Phường 1"),
        ("THPT", "Trường THPT Chuyên Nguyễn Quang Diêu", "Võ Trường Toản", "Phường Hòa Thuận"),
        ("THPT", "Trường THPT Thành phố Cao Lãnh", "Lê Lợi", "Phường 3"),
        ("THPT", "Trường THPT Thiên Hộ Dương", "Thiên Hộ Dương", "Phường 4"),
        ("THPT", "Trường THPT Đỗ Công Tường", "Lê Văn Đáng", "Phường 6"),
        ("THCS", "Trường THCS Kim Hồng", "Hùng Vương", "Phường 1"),
        ("THCS", "Trường THCS Nguyễn Trãi", "Nguyễn Thái Học", "Phường 4"),
        ("THCS", "Trường THCS Lê Quý Đôn", "Trần Phú", "Phường 3"),
        ("THCS", "Trường THCS Mỹ Ngãi", "Tỉnh lộ 850", "Phường Mỹ Ngãi"),
        ("Tiểu học", "Trường Tiểu học Kim Đồng", "Nguyễn Du", "Phường 1"),
        ("Tiểu học", "Trường Tiểu học Mỹ Trà", "Phạm Văn Đồng", "Xã Mỹ Trà"),
        ("Tiểu học", "Trường Tiểu học Tịnh Thới", "Đường Tịnh Thới", "Xã Tịnh Thới"),
        ("Mầm non", "Trường Mầm non Hoa Sen", "Ngô Thời Nhậm", "Phường 1"),
        ("Mầm non", "Trường Mầm non Tuổi Ngọc", "Điện Biên Phủ", "Phường Mỹ Phú"),
    ],
    "tourism": [
        ("Di tích", "Khu di tích Nguyễn Sinh Sắc", "Phạm Hữu Lầu", "Phường 4"),
        ("Di tích", "Văn Miếu Cao Lãnh", "Nguyễn Du", "Phường 1"),
        ("Quảng trường", "Quảng trường Trung tâm", "30 Tháng 4", "Phường 1"),
        ("Chợ", "Chợ Cao Lãnh", "Nguyễn Huệ", "Phường 1"),
        ("Du lịch sinh thái", "Khu du lịch sinh thái Cồn Tịnh Thới", "Đường vào cồn Tịnh Thới",
         "Xã Tịnh Thới"),
        ("Du lịch sinh thái", "Miệt vườn Tân Thuận Đông", "Đường Tân Thuận Đông",
         "Xã Tân Thuận Đông"),
        ("Bến du thuyền", "Bến tàu du lịch sông Tiền", "Đường Cầu Cao Lãnh", "Phường 6"),
        ("Ẩm thực", "Phố ẩm thực đêm Cao Lãnh", "Tôn Đức Thắng", "Phường 1"),
    ],
    "security": [
        *[("Công an phường", f"Công an {w.replace('Phường', 'phường')}", "", seat)
          for w, seat in SEATS.items()],
        ("Phòng cháy chữa cháy", "Đội Cảnh sát PCCC và CNCH khu vực Cao Lãnh", "Lê Duẩn",
         "Phường Mỹ Phú"),
        ("Cảnh sát giao thông", "Trạm CSGT Quốc lộ 30", "Quốc lộ 30", "Phường Mỹ Ngãi"),
        *[("Điểm công an", "Công an {ward} (điểm {point})", "", p) for p in POINTS[:7]],
    ],
    "administration": [
        *[("UBND phường", f"UBND {w.replace('Phường', 'phường')}", "", seat)
          for w, seat in SEATS.items()],
        ("Trung tâm hành chính công", "Trung tâm Phục vụ hành chính công (cơ sở Cao Lãnh)",
         "30 Tháng 4", "Phường 1"),
        ("Trung tâm điều hành", "Trung tâm Giám sát, điều hành đô thị thông minh (IOC)",
         "Đặng Văn Bình", "Phường 1"),
        ("Văn phòng đăng ký đất đai", "Văn phòng Đăng ký đất đai – Chi nhánh Cao Lãnh",
         "Lý Thường Kiệt", "Phường 1"),
        ("Bộ phận một cửa", "Bộ phận một cửa {ward} (điểm {point})", "", "Xã Hòa An"),
        ("Bộ phận một cửa", "Bộ phận một cửa {ward} (điểm {point})", "", "Xã Tân Thuận Tây"),
        ("Bưu điện", "Bưu điện Cao Lãnh", "Nguyễn Huệ", "Phường 1"),
    ],
}
PREFIX = {"healthcare": "hc", "education": "edu", "tourism": "tour", "security": "sec",
          "administration": "adm"}


def build_facilities(seed: int, atlas: Atlas, now: datetime) -> list[dict]:
    rng = random.Random(f"{seed}:facilities")
    items = []
    for domain, rows in FACILITIES.items():
        for n, (kind, name, street, unit_name) in enumerate(rows, 1):
            jitter = random.Random(f"facility:{domain}:{n}")
            offset = (jitter.uniform(-0.004, 0.004), jitter.uniform(-0.004, 0.004))
            if street == "":  # at the unit's own centre
                offset = (offset[0] / 8, offset[1] / 8)
            lon, lat = atlas.near(unit_name, offset)
            ward = atlas.ward_at((lon, lat))
            point = unit_name.replace("Xã ", "xã ")
            title = name.format(ward=ward.name.replace("Phường", "phường"), point=point)
            where = f"số {jitter.randint(1, 300)} {street_phrase(street)}, " if street else ""
            items.append({
                "id": f"fac-{PREFIX[domain]}-{n:02d}",
                "domain": domain,
                "kind": kind,
                "name": title,
                "address": where + locality(ward.name, now.date()),
                "ward": ward.code,
                "lat": lat,
                "lon": lon,
                "updated_at": iso(min(now, SURVEYED - timedelta(days=rng.randint(2, 300),
                                                                minutes=rng.randint(0, 1439)))),
                "deleted": False,
            })
    return items
