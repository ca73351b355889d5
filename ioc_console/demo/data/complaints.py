"""Citizen complaints received by the 1022 hotline since 12 Dec 2021.

Every complaint is planned in full when it is drawn (received, assigned, in progress, resolved
on or before its legal deadline, closed after the call-back) and then cut at ``now``: whatever
is past its deadline is therefore handled, and recent ones may still be open within deadline.
Of the closed complaints that were rated, 92% (rounded) are satisfied (rating >= 4).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from ioc_console.core.domain.admin_units import current_ward

from . import geometry as geo
from .complaint_texts import CHANNEL_NOTES, DESCRIPTIONS, RESOLUTIONS, UNSAFE_LOOKING
from .places import LANDMARKS, STREETS, locality, street_phrase
from .services import BY_CODE, CATEGORIES, Category, agency
from .times import TZ, deadline_after, iso, working_hours_later
from .units import Atlas, unit_id

START = datetime(2021, 12, 12, tzinfo=TZ)
HOTLINE = "Tổng đài 1022"
SATISFIED_SHARE = 0.92
RATED_SHARE = 0.88

# Where complaints come from: weights of the 2025-01 units (denser wards send more).
UNIT_WEIGHTS = {
    "Phường 1": 14, "Phường 3": 8, "Phường 4": 8, "Phường 6": 7, "Phường Mỹ Phú": 8,
    "Phường Hòa Thuận": 8, "Phường Mỹ Ngãi": 7, "Xã Mỹ Tân": 6, "Xã Mỹ Trà": 5,
    "Xã Tân Thuận Tây": 3, "Xã Hòa An": 4, "Xã Tân Thuận Đông": 4, "Xã Tịnh Thới": 4,
}
# Channel shares at the start and at the end of the period: digital channels grow.
CHANNELS = {
    "phone": (45, 28), "email": (6, 4), "facebook": (12, 12),
    "website": (12, 10), "zalo": (15, 24), "edongthap": (10, 22),
}
UNSAFE_EVERY = 97  # one complaint in this many gets a text with quotes, < and &


def request_times(rng: random.Random, now: datetime, n: int) -> list[datetime]:
    """``n`` sorted moments between START and ``now``: more later on, a rainy-season bulge."""
    days = (now.date() - START.date()).days + 1
    weights = []
    for d in range(days):
        day = START.date() + timedelta(days=d)
        season = 1.3 if day.month in (9, 10, 11) else 1.0
        weekend = 0.6 if day.weekday() >= 5 else 1.0
        weights.append((0.6 + 0.8 * d / max(days, 1)) * season * weekend)
    out = []
    for day_index in rng.choices(range(days), weights=weights, k=n):
        while True:
            minute = int(rng.triangular(6 * 60, 22 * 60, 10 * 60))
            moment = START + timedelta(days=day_index, minutes=minute, seconds=rng.randrange(60))
            if moment < now:
                break
            day_index = max(0, day_index - 1)
        out.append(moment)
    return sorted(out)


def _agency_form(unit_name: str) -> str:
    return unit_name.replace("Phường ", "phường ").replace("Xã ", "xã ")


def _category(rng: random.Random, month: int):
    weights = [c.weight * (1.6 if month in c.peak_months else 1.0) for c in CATEGORIES]
    return rng.choices(CATEGORIES, weights=weights)[0]


def _channel(rng: random.Random, progress: float) -> str:
    names = list(CHANNELS)
    weights = [a + (b - a) * progress for a, b in CHANNELS.values()]
    return rng.choices(names, weights=weights)[0]


def plan(rng: random.Random, atlas: Atlas, requested: datetime, sid: str, unsafe=False,
         cat: Category | None = None) -> dict:
    """A complaint with its whole planned history (some of it may lie after ``now``)."""
    day = requested.date()
    progress = min(1.0, (requested - START) / (datetime(2027, 1, 1, tzinfo=TZ) - START))
    if cat is None and unsafe:
        cat = BY_CODE[rng.choice(sorted(UNSAFE_LOOKING))]
    elif cat is None:
        cat = _category(rng, requested.month)
    channel = _channel(rng, progress)
    mid_units = atlas.in_force(date(2025, 3, 1))
    name = rng.choices(list(UNIT_WEIGHTS), weights=list(UNIT_WEIGHTS.values()))[0]
    mid = next(u for u in mid_units if u.name == name)
    lon, lat = geo.point_in(rng, atlas.ring(mid), margin=0.0005)
    unit = atlas.unit_at((lon, lat), day)
    street = rng.choice(STREETS.get(mid.name, STREETS["Phường 1"]))
    landmark = rng.choice(LANDMARKS)
    template = UNSAFE_LOOKING[cat.code] if unsafe else rng.choice(DESCRIPTIONS[cat.code])
    text = template.format(street=street_phrase(street), landmark=landmark)
    number = rng.choice([f"số {rng.randint(1, 400)}", f"hẻm {rng.randint(1, 60)}",
                         f"gần {landmark},"])
    responsible = agency(cat, _agency_form(unit.name), day)
    deadline = deadline_after(requested, cat.deadline_days)
    assigned = working_hours_later(requested, rng.uniform(0.3, 4))
    started = working_hours_later(assigned, rng.uniform(1, 8))
    resolved = started + (deadline - started) * rng.betavariate(1.6, 3.5)
    closed = working_hours_later(resolved, rng.uniform(1, 16))
    resolution = rng.choice(RESOLUTIONS[cat.code])
    history = [
        ("received", requested, HOTLINE, CHANNEL_NOTES[channel]),
        ("assigned", assigned, HOTLINE, f"Chuyển {responsible} xử lý"),
        ("in_progress", started, responsible, "Đã cử cán bộ kiểm tra hiện trường"),
        ("resolved", resolved, responsible, resolution),
        ("closed", closed, HOTLINE, "Đã phản hồi kết quả cho người dân"),
    ]
    return {
        "id": sid,
        "service_request_id": sid,
        "service_code": cat.code,
        "service_name": cat.name,
        "description": text,
        "agency_responsible": responsible,
        "requested_datetime": iso(requested),
        "expected_datetime": iso(deadline),
        "address": f"{number} {street_phrase(street)}, {locality(unit.name, day)}",
        "lat": lat,
        "long": lon,
        "media_url": None,
        "channel": channel,
        "ward": unit.code,
        "unit_id": unit_id(unit),
        "current_ward": current_ward(unit).code,
        "category": cat.code,
        "legal_deadline": iso(deadline),
        "_plan": [(s, iso(at), by, note) for s, at, by, note in history],
        "_resolution": resolution,
    }


def settle(item: dict, now: datetime) -> dict:
    """Cut the planned history at ``now`` and set the fields that follow from it."""
    stamp = iso(now)
    done = [h for h in item["_plan"] if h[1] <= stamp] or item["_plan"][:1]
    out = {k: v for k, v in item.items() if not k.startswith("_")}
    state = done[-1][0]
    out.update(
        status="closed" if state in ("resolved", "closed") else "open",
        status_notes=done[-1][3],
        updated_datetime=done[-1][1],
        state=state,
        status_history=[{"state": s, "at": at, "by": by, "note": note} for s, at, by, note in done],
        resolution=item["_resolution"] if state in ("resolved", "closed") else None,
        satisfaction=None,
        satisfied=None,
        updated_at=done[-1][1],
        deleted=False,
    )
    return out


def rate(rng: random.Random, items: list[dict]) -> None:
    """Ratings from the call-back of closed complaints: exactly 92% (rounded) satisfied."""
    rated = [c for c in items if c["state"] == "closed" and rng.random() < RATED_SHARE]
    happy = set(rng.sample(range(len(rated)), round(SATISFIED_SHARE * len(rated))))
    for i, c in enumerate(rated):
        score = rng.choice((4, 5, 5)) if i in happy else rng.choice((1, 2, 2, 3, 3, 3))
        c["satisfaction"] = score
        c["satisfied"] = score >= 4
        last = c["status_history"][-1]
        last["note"] = f"{last['note']}; người dân đánh giá {score}/5"
        c["status_notes"] = last["note"]


def build_complaints(seed: int, atlas: Atlas, now: datetime, n: int) -> list[dict]:
    rng = random.Random(f"{seed}:complaints")
    per_year: dict[int, int] = {}
    items = []
    for i, requested in enumerate(request_times(rng, now, n)):
        per_year[requested.year] = per_year.get(requested.year, 0) + 1
        sid = f"PA-{requested.year}-{per_year[requested.year]:06d}"
        items.append(settle(plan(rng, atlas, requested, sid, i % UNSAFE_EVERY == 7), now))
    rate(random.Random(f"{seed}:satisfaction"), items)
    return items


def next_complaint_id(complaints: list[dict], year: int) -> str:
    prefix = f"PA-{year}-"
    last = max((int(c["id"][len(prefix):]) for c in complaints if c["id"].startswith(prefix)),
               default=0)
    return f"{prefix}{last + 1:06d}"
