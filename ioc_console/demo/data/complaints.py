"""Citizen complaints received by the 1022 hotline since 12 Dec 2021.

History is stable: each day's complaints are drawn from a random stream of their own (seeded by
the seed and the day) at a daily rate fixed by ``complaints`` and a fixed reference span
(START to REFERENCE_END, so ``complaints=1000`` gives about 1,000 by the end of Nov 2026 and a few
more each later week). A world built later has the same complaints, with the same ids (numbered
per year in the order received), texts, wards, histories and ratings; only complaints still open
move on as ``now`` advances.

Every complaint is planned in full when it is drawn (received, assigned, in progress, resolved
on or before its legal deadline, closed after the call-back), in office hours on working days,
and then cut at ``now``: whatever is past its deadline is therefore handled, and recent ones may
still be open within deadline. A complaint received before 1 Jul 2025 and still being handled
then passes to the agency in force from that day (a hand-over entry in its history). Of the
closed complaints, 88% are rated by the citizen at the call-back; whether a rating is satisfied
(>= 4) follows an evenly spread sequence over the complaints' order numbers, so about 92% of
ratings are satisfied in any stretch of history.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from functools import cache

from ioc_console.core.domain.admin_units import current_ward

from . import geometry as geo
from .complaint_texts import CHANNEL_NOTES, DESCRIPTIONS, RESOLUTIONS, UNSAFE_LOOKING
from .draws import poisson
from .places import LANDMARKS, STREETS, locality, street_phrase
from .services import BY_CODE, CATEGORIES, REFORM_2025_07, Category, agency
from .times import TZ, at, deadline_after, iso, working_hours_between, working_hours_later
from .units import Atlas, unit_id

START = datetime(2021, 12, 12, tzinfo=TZ)
REFERENCE_END = date(2026, 12, 1)  # ``complaints`` is the expected count from START to here
REFORM_AT = at(REFORM_2025_07, 7)  # the first office hour of the 2025-07 wards
HOTLINE = "Tổng đài 1022"
SATISFIED_SHARE = 0.92
RATED_SHARE = 0.88
_GOLDEN = 0.6180339887498949

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
UNSAFE_EVERY = 97  # about one complaint in this many gets a text with quotes, < and &
_REFERENCE_DAYS = (REFERENCE_END - START.date()).days


def day_weight(day: date) -> float:
    """How busy ``day`` is: more later on, a rainy-season bulge, quieter weekends."""
    d = (day - START.date()).days
    season = 1.3 if day.month in (9, 10, 11) else 1.0
    weekend = 0.6 if day.weekday() >= 5 else 1.0
    return (0.6 + 0.8 * d / _REFERENCE_DAYS) * season * weekend


@cache
def _reference_weight() -> float:
    return sum(day_weight(START.date() + timedelta(days=d)) for d in range(_REFERENCE_DAYS))


def day_rate(day: date, n: int) -> float:
    """The expected number of complaints received on ``day`` when ``n`` is the reference total."""
    return n * day_weight(day) / _reference_weight()


def day_times(rng: random.Random, day: date, n: int) -> list[datetime]:
    """The sorted moments complaints were received on ``day`` (06:00-22:00, most mid-morning)."""
    out = []
    for _ in range(poisson(rng, day_rate(day, n))):
        minute = int(rng.triangular(6 * 60, 22 * 60, 10 * 60))
        out.append(at(day, 0) + timedelta(minutes=minute, seconds=rng.randrange(60)))
    return sorted(out)


def satisfied_by_order(ordinal: int, seed: int) -> bool:
    """Whether the rating of the ``ordinal``-th complaint (0-based, since START) is satisfied.

    An evenly spread (golden-ratio) sequence: SATISFIED_SHARE of any run of complaints.
    """
    offset = random.Random(f"{seed}:satisfaction").random()
    return (offset + ordinal * _GOLDEN) % 1.0 < SATISFIED_SHARE


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
         cat: Category | None = None, happy: bool | None = None) -> dict:
    """A complaint with its whole planned history (some of it may lie after ``now``).

    ``happy``: whether the citizen's rating (if any) is satisfied; drawn when None.
    """
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
    deadline = deadline_after(requested, cat.deadline_days)
    assigned = working_hours_later(requested, rng.uniform(0.3, 4))
    started = working_hours_later(assigned, rng.uniform(1, 8))
    share = rng.betavariate(1.6, 3.5)
    resolved = working_hours_later(started, share * working_hours_between(started, deadline))
    closed = working_hours_later(resolved, rng.uniform(1, 16))
    resolution = rng.choice(RESOLUTIONS[cat.code])
    rated = rng.random() < RATED_SHARE
    scores = rng.choice((4, 5, 5)), rng.choice((1, 2, 2, 3, 3, 3))
    if happy is None:
        happy = rng.random() < SATISFIED_SHARE
    before = agency(cat, _agency_form(unit.name), day)
    after = agency(cat, _agency_form(current_ward(unit).name), REFORM_2025_07)

    def by(moment: datetime) -> str:
        return before if moment < REFORM_AT else after

    history = [
        ("received", requested, HOTLINE, CHANNEL_NOTES[channel], by(requested)),
        ("assigned", assigned, HOTLINE, f"Chuyển {by(assigned)} xử lý", by(assigned)),
        ("in_progress", started, by(started), "Đã cử cán bộ kiểm tra hiện trường", by(started)),
        ("resolved", resolved, by(resolved), resolution, by(resolved)),
        ("closed", closed, HOTLINE, "Đã phản hồi kết quả cho người dân", by(resolved)),
    ]
    if before != after and assigned < REFORM_AT <= resolved:
        state = [h for h in history if h[1] < REFORM_AT][-1][0]
        note = f"Chuyển {after} xử lý (sắp xếp đơn vị hành chính từ 01/07/2025)"
        history.append((state, REFORM_AT, HOTLINE, note, after))
        history.sort(key=lambda h: h[1])
    return {
        "id": sid,
        "service_request_id": sid,
        "service_code": cat.code,
        "service_name": cat.name,
        "description": text,
        "agency_responsible": before,
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
        "_plan": [(s, iso(t), who, note, resp) for s, t, who, note, resp in history],
        "_resolution": resolution,
        "_rating": (scores[0] if happy else scores[1]) if rated else None,
    }


def settle(item: dict, now: datetime) -> dict:
    """Cut the planned history at ``now`` and set the fields that follow from it."""
    stamp = iso(now)
    done = [h for h in item["_plan"] if h[1] <= stamp] or item["_plan"][:1]
    out = {k: v for k, v in item.items() if not k.startswith("_")}
    state = done[-1][0]
    history = [{"state": s, "at": t, "by": by, "note": note} for s, t, by, note, _ in done]
    score = item["_rating"] if state == "closed" else None
    if score is not None:
        history[-1]["note"] = f"{history[-1]['note']}; người dân đánh giá {score}/5"
    out.update(
        agency_responsible=done[-1][4],
        status="closed" if state in ("resolved", "closed") else "open",
        status_notes=history[-1]["note"],
        updated_datetime=done[-1][1],
        state=state,
        status_history=history,
        resolution=item["_resolution"] if state in ("resolved", "closed") else None,
        satisfaction=score,
        satisfied=None if score is None else score >= 4,
        updated_at=done[-1][1],
        deleted=False,
    )
    return out


def build_complaints(seed: int, atlas: Atlas, now: datetime, n: int) -> list[dict]:
    """Every complaint received from START up to ``now``, as it stands at ``now``."""
    per_year: dict[int, int] = {}
    items = []
    day = START.date()
    while day <= now.date():
        rng = random.Random(f"{seed}:complaints:{day.isoformat()}")
        for requested in day_times(rng, day, n):
            if requested >= now:
                break
            per_year[requested.year] = per_year.get(requested.year, 0) + 1
            sid = f"PA-{requested.year}-{per_year[requested.year]:06d}"
            unsafe = rng.random() < 1 / UNSAFE_EVERY
            happy = satisfied_by_order(len(items), seed)
            items.append(settle(plan(rng, atlas, requested, sid, unsafe, happy=happy), now))
        day += timedelta(days=1)
    return items


def next_complaint_id(complaints: list[dict], year: int) -> str:
    prefix = f"PA-{year}-"
    last = max((int(c["id"][len(prefix):]) for c in complaints if c["id"].startswith(prefix)),
               default=0)
    return f"{prefix}{last + 1:06d}"
