"""Results of administrative procedures (TTHC) per working day, field, agency and ward.

The last 365 days, working days only, one row per (day, field, agency, ward) that received
files. Before 1 Jul 2025 the city's own departments handled land, building, business and
social files; since then the ward does. The files received on a day end resolved on time,
resolved late or still pending (recent days, and a few overdue land files).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .times import add_working_days, at, is_working_day, iso
from .units import Atlas

REFORM_2025_07 = date(2025, 7, 1)
CITY_DEPARTMENT = {
    "Đất đai": "Phòng Tài nguyên và Môi trường TP. Cao Lãnh",
    "Xây dựng": "Phòng Quản lý đô thị TP. Cao Lãnh",
    "Kinh doanh": "Phòng Tài chính – Kế hoạch TP. Cao Lãnh",
    "Lao động – Thương binh và Xã hội": "Phòng Lao động – Thương binh và Xã hội TP. Cao Lãnh",
}
LAND_OFFICE = "Văn phòng Đăng ký đất đai – Chi nhánh Cao Lãnh"


@dataclass(frozen=True)
class Field:
    name: str
    per_day: float  # files a working day, whole city
    online: float  # share submitted online (at the end of the period)
    days: int  # processing time, working days
    late: float  # share resolved late
    overdue: float  # share still pending past its deadline


FIELDS = (
    Field("Hộ tịch", 24, 0.55, 2, 0.02, 0.0),
    Field("Chứng thực", 40, 0.25, 0, 0.01, 0.0),
    Field("Đất đai", 18, 0.35, 10, 0.08, 0.02),
    Field("Xây dựng", 4, 0.6, 15, 0.05, 0.01),
    Field("Kinh doanh", 6, 0.75, 3, 0.02, 0.0),
    Field("Lao động – Thương binh và Xã hội", 8, 0.5, 7, 0.03, 0.0),
    Field("Cư trú", 14, 0.8, 5, 0.01, 0.0),
)


def _agencies(field: Field, unit_name: str, day: date) -> list[tuple[str, float]]:
    local = unit_name.replace("Phường ", "phường ").replace("Xã ", "xã ")
    if field.name == "Cư trú":
        return [(f"Công an {local}", 1.0)]
    if field.name in ("Hộ tịch", "Chứng thực"):
        return [(f"UBND {local}", 1.0)]
    if field.name == "Đất đai":
        first = f"UBND {local}" if day >= REFORM_2025_07 else CITY_DEPARTMENT[field.name]
        return [(first, 0.35), (LAND_OFFICE, 0.65)]
    if day >= REFORM_2025_07:
        return [(f"UBND {local}", 1.0)]
    return [(CITY_DEPARTMENT[field.name], 1.0)]


def _poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _binomial(rng: random.Random, n: int, p: float) -> int:
    return sum(rng.random() < p for _ in range(n))


def _shares(atlas: Atlas, day: date) -> list[tuple[str, str, float]]:
    """(code, name, share of the city's files) of the units in force on ``day``."""
    units = atlas.in_force(day)
    weights = {u.code: (3.0 if u.kind == "Phường" else 1.6) for u in units}
    if len(units) == 3:
        weights = {"29869": 6.2, "29884": 2.0, "29888": 1.8}
    total = sum(weights.values())
    return [(u.code, u.name, weights[u.code] / total) for u in units]


def build_procedure_results(seed: int, atlas: Atlas, now: datetime) -> list[dict]:
    rng = random.Random(f"{seed}:procedures")
    today = now.date()
    items = []
    for back in range(364, -1, -1):
        day = today - timedelta(days=back)
        if not is_working_day(day) or at(day, 7, 30) > now:
            continue
        progress = 1 - back / 730  # online shares grow through the year
        for code, name, share in _shares(atlas, day):
            for field in FIELDS:
                for agency, part in _agencies(field, name, day):
                    received = _poisson(rng, field.per_day * share * part)
                    if received == 0:
                        continue
                    items.append(_row(rng, field, agency, code, day, received, progress, now))
    return items


def _row(rng, field, agency, ward, day, received, progress, now) -> dict:
    due = add_working_days(day, field.days)
    online = _binomial(rng, received, field.online * progress)
    if due >= now.date():
        span = range((now.date() - day).days)
        waited = sum(1 for d in span if is_working_day(day + timedelta(d)))
        pending = _binomial(rng, received, 1 - 0.8 * waited / max(field.days, 1))
        last_change = now
    else:
        pending = _binomial(rng, received, field.overdue)
        last_change = min(now, at(due, 16, rng.randint(0, 59)))
    late = _binomial(rng, received - pending, field.late)
    return {
        "id": f"{day.isoformat()}|{field.name}|{agency}|{ward}",
        "date": day.isoformat(),
        "field": field.name,
        "agency": agency,
        "ward": ward,
        "received": received,
        "online": online,
        "resolved_on_time": received - pending - late,
        "resolved_late": late,
        "pending": pending,
        "updated_at": iso(max(last_change, min(now, at(day, 17, 30)))),
        "deleted": False,
    }
