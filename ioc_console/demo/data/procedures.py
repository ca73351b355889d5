"""Results of administrative procedures (TTHC) per working day, field, agency and ward.

The last 365 days, working days only, one row per (day, field, agency, ward) that received
files. Before 1 Jul 2025 the city's own departments handled land, building, business and
social files; since then the ward does. Each day's files are drawn from a random stream of their
own (seeded by the seed and the day), each with the moment it will be resolved, so a row only
moves on as ``now`` passes those moments: a file is ``resolved_on_time`` when resolved by 17:00
of its due day (``resolved_early`` counts those of them resolved before their due day),
``resolved_late`` when resolved after it, ``pending`` while unresolved and not yet due, and
``overdue`` while unresolved past its due day (a few land and building files).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .draws import binomial, poisson
from .times import add_working_days, at, is_working_day, iso
from .units import Atlas

REFORM_2025_07 = date(2025, 7, 1)
REFERENCE_DAY = date(2026, 12, 1)  # online shares reach their full value on this day
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


def _shares(atlas: Atlas, day: date) -> list[tuple[str, str, float]]:
    """(code, name, share of the city's files) of the units in force on ``day``."""
    units = atlas.in_force(day)
    weights = {u.code: (3.0 if u.kind == "Phường" else 1.6) for u in units}
    if len(units) == 3:
        weights = {"29869": 6.2, "29884": 2.0, "29888": 1.8}
    total = sum(weights.values())
    return [(u.code, u.name, weights[u.code] / total) for u in units]


def build_procedure_results(seed: int, atlas: Atlas, now: datetime) -> list[dict]:
    today = now.date()
    items = []
    for back in range(364, -1, -1):
        day = today - timedelta(days=back)
        if not is_working_day(day) or at(day, 7, 30) > now:
            continue
        rng = random.Random(f"{seed}:procedures:{day.isoformat()}")
        progress = 1 - (REFERENCE_DAY - day).days / 730  # online shares grow over time
        for code, name, share in _shares(atlas, day):
            for field in FIELDS:
                for agency, part in _agencies(field, name, day):
                    received = poisson(rng, field.per_day * share * part)
                    if received == 0:
                        continue
                    online = binomial(rng, received, field.online * min(progress, 1.0))
                    resolved = [_resolution(rng, field, day) for _ in range(received)]
                    row = _row(field, agency, code, day, online, resolved, now)
                    items.append(row)
    return items


def _resolution(rng: random.Random, field: Field, day: date) -> datetime:
    """When one file received on ``day`` is resolved: mostly by its due day, some after."""
    due = add_working_days(day, field.days)
    draw = rng.random()
    if draw < field.overdue:  # held up for weeks past its due day
        when = add_working_days(due, rng.randint(10, 60))
    elif draw < field.overdue + field.late:
        when = add_working_days(due, rng.randint(1, 5))
    else:
        when = add_working_days(day, rng.randint(0, field.days))
    return at(when, rng.randint(8, 16), rng.randrange(60))


def _row(field, agency, ward, day, online, resolved, now) -> dict:
    """The row of ``resolved`` (each file's resolution moment) as it stands at ``now``."""
    due = add_working_days(day, field.days)
    deadline = at(due, 17)
    done = [t for t in resolved if t <= now]
    late = sum(t > deadline for t in done)
    early = sum(t.date() < due for t in done)
    unresolved = len(resolved) - len(done)
    overdue = unresolved if now > deadline else 0
    changes = [min(now, at(day, 17, 30)), *done]
    if overdue:
        changes.append(deadline)
    return {
        "id": f"{day.isoformat()}|{field.name}|{agency}|{ward}",
        "date": day.isoformat(),
        "field": field.name,
        "agency": agency,
        "ward": ward,
        "received": len(resolved),
        "online": online,
        "resolved_on_time": len(done) - late,
        "resolved_early": early,
        "resolved_late": late,
        "pending": unresolved - overdue,
        "overdue": overdue,
        "updated_at": iso(max(changes)),
        "deleted": False,
    }
