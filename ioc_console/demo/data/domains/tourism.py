"""Tourism of the demo city: visitors per tourist site and day, accommodation, events.

Cao Lãnh receives about 1.2-1.4 million visits a year, most of them at Khu di tích Nguyễn Sinh
Sắc; weekends and public holidays bring peaks, and an event adds crowds at its place. The sites
are the ``facilities`` of domain "tourism". A site's day is published at 00:30 the next day;
rooms occupied are counted each morning. While an event is on, the hotels nearest to it fill
up, and the biggest ongoing event draws more people than its place holds.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..places import locality, street_phrase
from ..times import at, iso

if TYPE_CHECKING:
    from ..units import Atlas
    from ..world import World

DAYS = 90  # the daily series reaches back so many days
HOLIDAYS = {(1, 1), (4, 30), (5, 1), (9, 2)}
WEEKDAY_FACTOR = (1.0, 0.92, 0.95, 0.97, 1.08, 1.7, 1.9)  # Monday .. Sunday
# site name -> (weekday visitors, spend per domestic visitor in đồng, international share)
SITES: dict[str, tuple[int, int, float]] = {
    "Khu di tích Nguyễn Sinh Sắc": (1050, 15_000, 0.035),
    "Văn Miếu Cao Lãnh": (250, 10_000, 0.03),
    "Quảng trường Trung tâm": (480, 5_000, 0.01),
    "Chợ Cao Lãnh": (350, 120_000, 0.02),
    "Khu du lịch sinh thái Cồn Tịnh Thới": (180, 150_000, 0.05),
    "Miệt vườn Tân Thuận Đông": (110, 180_000, 0.06),
    "Bến tàu du lịch sông Tiền": (80, 200_000, 0.08),
    "Phố ẩm thực đêm Cao Lãnh": (400, 110_000, 0.015),
}
PLAN_FACTOR = 1.36  # the year's plan per site and day, times its weekday visitors
FOREIGN_SPEND = 2.5  # an international visitor spends so many times a domestic one


def _factor(day: date) -> float:
    factor = WEEKDAY_FACTOR[day.weekday()]
    if (day.month, day.day) in HOLIDAYS:
        factor = max(factor, 2.4)
    if day.month in (1, 2):  # the weeks around Tết
        factor *= 1.15
    return factor


# -- events ---------------------------------------------------------------------------------

# name, kind, place (a site name or a street and 2025-01 unit), days, capacity, expected
# visitors, start offset in days from today (drawn around it), start hour
EVENTS: list[tuple[str, str, str, int, int, int, int, int]] = [
    ("Lễ hội Xoài Cao Lãnh", "Lễ hội", "Quảng trường Trung tâm", 5, 6000, 42000, -2, 8),
    ("Hội chợ Thương mại – Du lịch Đồng Tháp", "Hội chợ", "Chợ Cao Lãnh", 7, 3500, 28000, -4, 8),
    ("Đêm nhạc đường phố cuối tuần", "Văn nghệ", "Phố ẩm thực đêm Cao Lãnh", 1, 2500, 2200, 3,
     19),
    ("Giải đua ghe ngo truyền thống trên sông Tiền", "Thể thao", "Bến tàu du lịch sông Tiền", 1,
     8000, 7000, 5, 7),
    ("Ngày hội Văn hóa – Du lịch miệt vườn", "Lễ hội", "Miệt vườn Tân Thuận Đông", 2, 3000,
     4500, 9, 7),
    ("Lễ hội Hoa kiểng Xuân", "Lễ hội", "Quảng trường Trung tâm", 10, 6000, 65000, 24, 7),
    ("Chương trình nghệ thuật chào năm mới", "Văn nghệ", "Quảng trường Trung tâm", 1, 10000,
     12000, 25, 20),
    ("Lễ giỗ cụ Phó bảng Nguyễn Sinh Sắc", "Lễ hội", "Khu di tích Nguyễn Sinh Sắc", 3, 15000,
     36000, -12, 7),
    ("Hội thi ẩm thực bánh dân gian Nam Bộ", "Ẩm thực", "Phố ẩm thực đêm Cao Lãnh", 3, 2500,
     9000, -20, 16),
    ("Ngày hội du lịch sinh thái Cồn Tịnh Thới", "Lễ hội", "Khu du lịch sinh thái Cồn Tịnh Thới",
     2, 2000, 3800, -33, 7),
    ("Tuần lễ Văn hóa ẩm thực Đồng Tháp", "Ẩm thực", "Chợ Cao Lãnh", 7, 3500, 15000, -48, 8),
    ("Lễ hội Sen Đồng Tháp (hoạt động tại Cao Lãnh)", "Lễ hội", "Văn Miếu Cao Lãnh", 4, 4000,
     16000, -70, 7),
]
STATE_NAMES = {"planned": "Sắp diễn ra", "ongoing": "Đang diễn ra", "done": "Đã kết thúc"}
ORGANISERS = ["UBND phường Cao Lãnh", "Sở Văn hóa, Thể thao và Du lịch Đồng Tháp",
              "Trung tâm Xúc tiến Thương mại – Du lịch", "Hiệp hội Du lịch Đồng Tháp"]


def _events(seed: int, now: datetime, sites: dict[str, dict]) -> list[dict[str, Any]]:
    today = now.date()
    items = []
    for n, (name, kind, place, days, capacity, expected, offset, hour) in enumerate(EVENTS, 1):
        rng = random.Random(f"{seed}:tourism:event:{n}")
        site = sites[place]
        start = at(today + timedelta(days=offset), hour)
        end = at(start.date() + timedelta(days=days - 1), 22 if hour < 19 else 23)
        if end <= now:
            state = "done"
        elif start <= now:
            state = "ongoing"
        else:
            state = "planned"
        crowd = None
        if state == "ongoing":  # the first ongoing festival overflows its place
            crowd = round(capacity * (1.06 if n == 1 else 0.55 + rng.uniform(0, 0.2)))
        announced = start - timedelta(days=rng.randint(20, 40))
        changed = {"planned": announced, "ongoing": start, "done": end}[state]
        items.append({
            "id": f"tev-{n:03d}", "name": name, "kind": kind, "place": place,
            "site_id": site["id"], "address": site["address"],
            "start": iso(start), "end": iso(end), "state": state, "state_name": STATE_NAMES[state],
            "expected_visitors": expected, "capacity": capacity, "visitors_now": crowd,
            "organiser": ORGANISERS[rng.randrange(len(ORGANISERS))],
            "lat": site["lat"], "lon": site["lon"], "ward": site["ward"],
            "updated_at": iso(min(now, changed)), "deleted": False,
        })
    return items


# -- accommodation --------------------------------------------------------------------------

# name, kind, stars (0: none), rooms, street, 2025-01 unit
LODGINGS: list[tuple[str, str, int, int, str, str]] = [
    ("Khách sạn Mekong Cao Lãnh", "Khách sạn", 4, 120, "Nguyễn Huệ", "Phường 1"),
    ("Khách sạn Hòa Bình", "Khách sạn", 3, 68, "30 Tháng 4", "Phường 1"),
    ("Khách sạn Sông Tiền", "Khách sạn", 3, 72, "Đường Cầu Cao Lãnh", "Phường 6"),
    ("Khách sạn Bông Sen Đồng Tháp", "Khách sạn", 3, 55, "Tôn Đức Thắng", "Phường 1"),
    ("Khách sạn Cao Lãnh Riverside", "Khách sạn", 4, 96, "Lê Văn Đáng", "Phường 6"),
    ("Khách sạn Xoài Cát", "Khách sạn", 2, 40, "Lý Thường Kiệt", "Phường 1"),
    ("Khách sạn Đất Sen Hồng", "Khách sạn", 2, 36, "Nguyễn Thị Minh Khai", "Phường 3"),
    ("Khách sạn Thiên Hộ", "Khách sạn", 2, 32, "Thiên Hộ Dương", "Phường 4"),
    ("Khách sạn Phù Sa", "Khách sạn", 1, 24, "Lê Duẩn", "Phường Mỹ Phú"),
    ("Khách sạn Hoa Tràm", "Khách sạn", 1, 22, "Quốc lộ 30", "Phường Mỹ Ngãi"),
    ("Khách sạn Quê Hương", "Khách sạn", 1, 26, "Hùng Vương", "Phường 1"),
    ("Nhà nghỉ Minh Tâm", "Nhà nghỉ", 0, 14, "Nguyễn Du", "Phường 1"),
    ("Nhà nghỉ Phương Nam", "Nhà nghỉ", 0, 16, "Phạm Hữu Lầu", "Phường 4"),
    ("Nhà nghỉ Kim Ngân", "Nhà nghỉ", 0, 12, "Lê Lợi", "Phường 3"),
    ("Nhà nghỉ Thanh Bình", "Nhà nghỉ", 0, 15, "Quốc lộ 30", "Phường Hòa Thuận"),
    ("Nhà nghỉ Hồng Phúc", "Nhà nghỉ", 0, 18, "Điện Biên Phủ", "Phường Mỹ Phú"),
    ("Nhà nghỉ Bến Xe", "Nhà nghỉ", 0, 20, "Tỉnh lộ 850", "Phường Mỹ Ngãi"),
    ("Nhà nghỉ An Bình", "Nhà nghỉ", 0, 12, "Trần Hưng Đạo", "Phường 1"),
    ("Nhà nghỉ Ngọc Lan", "Nhà nghỉ", 0, 10, "Trần Thị Nhượng", "Phường 6"),
    ("Nhà nghỉ Tân Mỹ", "Nhà nghỉ", 0, 11, "Mai Văn Khải", "Xã Mỹ Tân"),
    ("Nhà nghỉ Mỹ Trà", "Nhà nghỉ", 0, 13, "Phạm Văn Đồng", "Xã Mỹ Trà"),
    ("Homestay Cồn Tịnh Thới", "Homestay", 0, 6, "Đường vào cồn Tịnh Thới", "Xã Tịnh Thới"),
    ("Homestay Vườn Xoài Út Hiền", "Homestay", 0, 5, "Đường Tân Thuận Đông",
     "Xã Tân Thuận Đông"),
    ("Homestay Miệt Vườn Hòa An", "Homestay", 0, 4, "Đường Hòa An", "Xã Hòa An"),
    ("Homestay Sen Hồng", "Homestay", 0, 6, "Đê bao Tân Thuận Tây", "Xã Tân Thuận Tây"),
    ("Homestay Bến Sông", "Homestay", 0, 5, "Đê bao Cồn Bắc Nam", "Xã Tân Thuận Đông"),
]
BUSY_NEAR_EVENT = 2  # while an event is on, so many lodgings nearest to it are (nearly) full


def _lodgings(seed: int, atlas: Atlas, now: datetime,
              events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    today = now.date()
    counted = at(today, 6, 30)
    if counted > now:  # this morning's count is not in yet: yesterday's
        counted -= timedelta(days=1)
    day_rng = random.Random(f"{seed}:tourism:rooms:{counted.date().isoformat()}")
    weekend = counted.weekday() >= 5  # counted after a Friday or Saturday night
    items: list[dict[str, Any]] = []
    shares: dict[str, float] = {}  # lodging id -> share of its rooms occupied
    for n, (name, kind, stars, rooms, street, unit) in enumerate(LODGINGS, 1):
        jitter = random.Random(f"lodging:{n}")
        lon, lat = atlas.near(unit, (jitter.uniform(-0.004, 0.004), jitter.uniform(-0.004, 0.004)))
        ward = atlas.ward_at((lon, lat))
        base = {"Khách sạn": 0.39 + 0.04 * stars, "Nhà nghỉ": 0.38, "Homestay": 0.32}[kind]
        shares[f"tac-{n:03d}"] = base + (0.08 if weekend else 0) + day_rng.uniform(-0.1, 0.08)
        items.append({
            "id": f"tac-{n:03d}", "name": name, "kind": kind, "stars": stars or None,
            "rooms": rooms, "phone": f"0277 3{jitter.randint(800000, 899999)}",
            "address": f"số {jitter.randint(1, 250)} {street_phrase(street)}, "
                       + locality(ward.name, today),
            "ward": ward.code, "lat": lat, "lon": lon,
        })
    ongoing = [e for e in events if e["state"] == "ongoing"]
    for event in ongoing:
        nearest = sorted(items, key=lambda i: math.dist((i["lat"], i["lon"]),
                                                         (event["lat"], event["lon"])))
        for item in nearest[:BUSY_NEAR_EVENT]:
            shares[item["id"]] = max(shares[item["id"]], 0.95 + day_rng.uniform(0, 0.05))
    for item in items:
        share, rooms = min(1.0, max(0.1, shares[item["id"]])), int(item["rooms"])
        occupied = min(rooms, math.ceil(rooms * share - 1e-9) if share >= 0.95
                       else round(rooms * share))
        item["occupied"] = occupied
        item["occupancy"] = round(100 * occupied / rooms, 1)
        item["counted_at"] = iso(counted)
        item["updated_at"] = iso(counted)
        item["deleted"] = False
    return items


# -- visits ---------------------------------------------------------------------------------


def _visits(seed: int, now: datetime, sites: dict[str, dict],
            events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    today = now.date()
    last = today - timedelta(days=1) if now >= at(today, 0, 30) else today - timedelta(days=2)
    items = []
    for name, (weekday, spend, foreign) in SITES.items():
        site = sites[name]
        plan = round(weekday * PLAN_FACTOR)
        busy = [(e["start"][:10], e["end"][:10], e["expected_visitors"]) for e in events
                if e["site_id"] == site["id"]]
        for back in range(DAYS - 1, -1, -1):
            day = last - timedelta(days=back)
            rng = random.Random(f"{seed}:tourism:visits:{site['id']}:{day.isoformat()}")
            count = weekday * _factor(day) * rng.uniform(0.85, 1.12)
            text = day.isoformat()
            for first, final, expected in busy:
                if first <= text <= final:  # an event day at the site
                    span = (date.fromisoformat(final) - date.fromisoformat(first)).days + 1
                    count += 0.12 * expected / span
            total = round(count)
            international = round(total * foreign * rng.uniform(0.6, 1.4))
            domestic = total - international
            revenue = (domestic + FOREIGN_SPEND * international) * spend / 1e6  # triệu đồng
            items.append({
                "id": f"tvs-{site['id'][-2:]}-{day:%Y%m%d}", "date": text,
                "site_id": site["id"], "site": name, "domestic": domestic,
                "international": international, "visitors": total,
                "revenue": round(revenue, 1), "plan": plan, "ward": site["ward"],
                "updated_at": iso(at(day + timedelta(days=1), 0, 30)), "deleted": False,
            })
    return items


def _sites(world: World) -> dict[str, dict]:
    return {f["name"]: f for f in world.facilities if f["domain"] == "tourism"}


def build_visits(seed: int, atlas: Atlas, now: datetime, world: World) -> list[dict[str, Any]]:
    sites = _sites(world)
    return _visits(seed, now, sites, _events(seed, now, sites))


def build_accommodation(seed: int, atlas: Atlas, now: datetime,
                        world: World) -> list[dict[str, Any]]:
    return _lodgings(seed, atlas, now, _events(seed, now, _sites(world)))


def build_events(seed: int, atlas: Atlas, now: datetime, world: World) -> list[dict[str, Any]]:
    return _events(seed, now, _sites(world))


__all__ = ["build_accommodation", "build_events", "build_visits"]
